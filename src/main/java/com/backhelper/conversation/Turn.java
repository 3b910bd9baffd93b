package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backhelper.progress.Progress;
import com.backhelper.routine.Question;
import com.backhelper.routine.Reply;
import com.backhelper.routine.RoutineState;

import java.util.Objects;

/**
 * This request's view of the person's progress: loaded the first time a handler needs it (so requests that never
 * look cost no DynamoDB read), changed by the handler, saved once after it. Kept in the request attributes, which
 * live for one request.
 */
public final class Turn {

    private static final String KEY = Turn.class.getName();

    private final HandlerInput input;
    private final ProgressLoader loader;
    private ProgressLoader.Loaded loaded;
    private RoutineState current;
    private final long startedNanos = System.nanoTime();
    private boolean beginsEpisode;
    private boolean forgotten;
    private String writeOutcome = "none";

    Turn(HandlerInput input, ProgressLoader loader) {
        this.input = input;
        this.loader = loader;
    }

    static void attach(HandlerInput input, Turn turn) {
        input.getAttributesManager().getRequestAttributes().put(KEY, turn);
    }

    /** This request's turn. The loading interceptor always attaches one; without it nothing can be loaded. */
    public static Turn of(HandlerInput input) {
        Object turn = input.getAttributesManager().getRequestAttributes().get(KEY);
        if (turn instanceof Turn t) {
            return t;
        }
        Turn detached = new Turn(input, null);
        attach(input, detached);
        return detached;
    }

    /** Where the person is now, with the question just asked. Loads their progress the first time. */
    public RoutineState routine() {
        loaded();
        return current;
    }

    /** The progress this request started from. Loads it the first time. */
    public Progress startingProgress() {
        return loaded().progress();
    }

    public void update(Reply reply) {
        loaded();
        current = Objects.requireNonNull(reply.state());
        beginsEpisode |= reply.effect() == Reply.Effect.BEGINS_EPISODE;
    }

    /** Something was stored for this person that could not be trusted; they start fresh and are told so once. */
    public boolean storedStateWasUnusable() {
        return loaded != null && loaded.unusable();
    }

    ProgressLoader.Loaded loaded() {
        if (loaded == null) {
            loaded = loader == null
                    ? new ProgressLoader.Loaded(Progress.NONE, Question.NONE,
                            ProgressLoader.Source.NO_USER, false, false)
                    : loader.load(input);
            current = loaded.progress().routine().withQuestion(loaded.question());
        }
        return loaded;
    }

    /** True once anything asked for the progress: only then can there be something to save. */
    boolean touched() {
        return loaded != null;
    }

    boolean beginsEpisode() {
        return beginsEpisode;
    }

    /** The person's stored progress was deleted on this turn: nothing is to be written back. */
    void forget() {
        forgotten = true;
    }

    boolean forgotten() {
        return forgotten;
    }

    /** For the request log: where the progress came from (none if nobody asked for it). */
    String readOutcome() {
        if (loaded == null) {
            return "none";
        }
        return switch (loaded.source()) {
            case SESSION -> "session";
            case STORE -> loaded.unusable() ? "unusable" : loaded.progress().isStored() ? "found" : "absent";
            case STORE_FAILED -> "failed";
            case NO_USER -> "none";
        };
    }

    String writeOutcome() {
        return writeOutcome;
    }

    void noteWrite(String outcome) {
        writeOutcome = outcome;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
