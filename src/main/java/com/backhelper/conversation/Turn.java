package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.backhelper.progress.Progress;
import com.backhelper.routine.Reply;
import com.backhelper.routine.RoutineState;

import java.util.Objects;

/**
 * One request's small record of the person's progress: what the {@link ProgressKeeper} loaded at its start, what
 * the handler changed, and what DynamoDB did (for the request log). Kept in the request attributes, which live for
 * one request. Handlers only read and change it; the keeper alone loads and saves.
 */
public final class Turn {

    private static final String KEY = Turn.class.getName();

    /** What the request log says about the read. */
    enum Read { NONE, SESSION, FOUND, ABSENT, UNUSABLE, FAILED }

    private final HandlerInput input;
    private final ProgressKeeper keeper;
    private final boolean progressFree;
    private final long startedNanos = System.nanoTime();
    private SessionCopy copy;
    private RoutineState current;
    private boolean beginsEpisode;
    private boolean unusable;
    private boolean forgotten;
    private Read read = Read.NONE;
    private String write = "none";

    Turn(HandlerInput input, ProgressKeeper keeper, boolean progressFree) {
        this.input = input;
        this.keeper = keeper;
        this.progressFree = progressFree;
    }

    void attach() {
        input.getAttributesManager().getRequestAttributes().put(KEY, this);
    }

    /** This request's turn. The keeper attaches one to every request; without it, nothing is kept. */
    public static Turn of(HandlerInput input) {
        Object turn = input.getAttributesManager().getRequestAttributes().get(KEY);
        if (turn instanceof Turn t) {
            return t;
        }
        Turn detached = new Turn(input, null, true);
        detached.attach();
        return detached;
    }

    /** Where the person is now, with the question just asked. */
    public RoutineState routine() {
        loaded();
        return current;
    }

    /** The progress this request started from. */
    public Progress startingProgress() {
        return loaded().view();
    }

    public void update(Reply reply) {
        loaded();
        current = Objects.requireNonNull(reply.state());
        beginsEpisode |= reply.effect() == Reply.Effect.BEGINS_EPISODE;
    }

    /** Something was stored for this person that could not be trusted; they start fresh and are told so once. */
    public boolean storedStateWasUnusable() {
        return unusable;
    }

    /**
     * The session's progress. Loaded at the start of every request that needs it; a handler of a request declared
     * as not needing it ({@link NeedsNoProgress}) that asks anyway gets it loaded now.
     */
    SessionCopy loaded() {
        if (copy == null) {
            copy = keeper == null ? SessionCopy.NOTHING_STORED : keeper.load(this);
            current = copy.view().routine().withQuestion(copy.question());
        }
        return copy;
    }

    void noteRead(Read how, boolean wasUnusable) {
        read = how;
        unusable = wasUnusable;
    }

    boolean readFailed() {
        return read == Read.FAILED;
    }

    boolean isLoaded() {
        return copy != null;
    }

    HandlerInput input() {
        return input;
    }

    /** The request was declared as not needing progress: it makes no DynamoDB call. */
    boolean progressFree() {
        return progressFree;
    }

    boolean beginsEpisode() {
        return beginsEpisode;
    }

    /**
     * "Forget me", a disabled skill: everything stored about the person is deleted, and nothing of this session is
     * written back.
     *
     * @return true only if the delete happened
     */
    public boolean forgetEverything() {
        return keeper != null && keeper.forget(this);
    }

    /** Nothing is to be written back on this turn. */
    void forget() {
        forgotten = true;
    }

    boolean forgotten() {
        return forgotten;
    }

    String readOutcome() {
        return read.name().toLowerCase(java.util.Locale.ROOT);
    }

    String writeOutcome() {
        return write;
    }

    void noteWrite(String outcome) {
        write = outcome;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** The Alexa user id of the request, from wherever the envelope carries it; null when it carries none. */
    String userId() {
        return userIdOf(input);
    }

    static String userIdOf(HandlerInput input) {
        RequestEnvelope envelope = input.getRequestEnvelope();
        String id = null;
        if (envelope.getContext() != null && envelope.getContext().getSystem() != null
                && envelope.getContext().getSystem().getUser() != null) {
            id = envelope.getContext().getSystem().getUser().getUserId();
        } else if (envelope.getSession() != null && envelope.getSession().getUser() != null) {
            id = envelope.getSession().getUser().getUserId();
        }
        return id == null || id.isBlank() ? null : id;
    }
}
