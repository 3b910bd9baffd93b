package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SessionEndedRequest;
import com.backhelper.progress.AppliedChanges;
import com.backhelper.progress.CallBudget;
import com.backhelper.progress.Change;
import com.backhelper.progress.ChangeWriter;
import com.backhelper.progress.Progress;
import com.backhelper.progress.ProgressStore;
import com.backhelper.progress.StoredProgress;
import com.backhelper.progress.UnusableProgressException;
import com.backhelper.routine.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one owner of a person's progress for a request: the request interceptor that loads it and the response
 * interceptor that keeps it, in one class, and the only code that writes or deletes it.
 *
 * <p><b>Load</b>, at the start of every launch and intent request: within a session from the session's copy (no
 * DynamoDB call), at a session's start from DynamoDB (one read). Requests that a {@link NeedsNoProgress} handler
 * takes (warning signs, calls for help) make no DynamoDB call at all.
 *
 * <p><b>Keep</b>, after the handler (and from the error handler, since the SDK skips response interceptors when a
 * handler throws): the turn's change joins the session's unconfirmed changes, and when one of them is worth a write
 * (or the session is ending) they are written together, on top of whatever is stored ({@link ChangeWriter}); what
 * DynamoDB did not confirm rides in the session to the next turn. A returning person's visit alone is not worth a
 * write, and a launch makes none of its own (it answers after its one read): both ride on the session's next write,
 * or on its end. What a session-ending turn still cannot save is logged
 * as lost. Every DynamoDB call of the turn shares one {@link CallBudget}.
 */
public final class ProgressKeeper implements RequestInterceptor, ResponseInterceptor {

    /** Attempts at the write of a session-ending turn, within the turn's budget: there is no later turn. */
    static final int MOST_ENDING_TRIES = 3;
    /** Failed deletes remembered for a retry; more than this means DynamoDB is down, and TTL deletes in the end. */
    static final int MOST_PENDING_DELETES = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(ProgressKeeper.class);

    private final ProgressStore store;
    private final ChangeWriter writer;
    private final Clock clock;
    private final List<RequestHandler> progressFree;
    private final Set<String> failedDeletes = ConcurrentHashMap.newKeySet();

    /** @param handlers the skill's handlers: those marked {@link NeedsNoProgress} decide which requests skip it */
    public ProgressKeeper(ProgressStore store, Clock clock, List<? extends RequestHandler> handlers) {
        this.store = store;
        this.writer = new ChangeWriter(store);
        this.clock = clock;
        this.progressFree = handlers.stream().filter(h -> h instanceof NeedsNoProgress)
                .map(h -> (RequestHandler) h).toList();
    }

    // ---- load ----------------------------------------------------------------------------------------------------

    @Override
    public void process(HandlerInput input) {
        CallBudget.startTurn(CallBudget.PER_TURN);
        Request request = input.getRequestEnvelope().getRequest();
        boolean free = progressFree.stream().anyMatch(handler -> handler.canHandle(input));
        Turn turn = new Turn(input, this, free);
        turn.attach();
        if (!free) {
            retryOneFailedDelete();
            if (request instanceof LaunchRequest || request instanceof IntentRequest) {
                turn.loaded();
            }
        }
    }

    /** Where the person is, for this turn: the session's copy, or what is stored (read once), or nothing. */
    SessionCopy load(Turn turn) {
        HandlerInput input = turn.input();
        Session session = input.getRequestEnvelope().getSession();
        boolean tampered = false;
        if (session != null && !Boolean.TRUE.equals(session.getNew())) {
            SessionCopy.Decoded decoded = SessionCopy.decode(
                    input.getAttributesManager().getSessionAttributes(), sessionTag(input), clock.instant());
            if (decoded.copy().isPresent()) {
                turn.noteRead(Turn.Read.SESSION, false);
                return decoded.copy().get();
            }
            tampered = decoded.tampered(); // a copy that cannot be trusted: the stored progress is the one to believe
        }
        String userId = turn.userId();
        if (userId == null) {
            return SessionCopy.NOTHING_STORED;
        }
        if (failedDeletes.contains(userId) && !delete(userId)) {
            turn.forget(); // they asked for everything to go: nothing of theirs is read or written until it has
            return SessionCopy.NOTHING_STORED;
        }
        try {
            Optional<StoredProgress> stored = store.read(userId);
            turn.noteRead(stored.isPresent() ? Turn.Read.FOUND : Turn.Read.ABSENT, tampered && stored.isEmpty());
            return stored.map(SessionCopy::of).orElse(SessionCopy.NOTHING_STORED);
        } catch (UnusableProgressException unusable) {
            LOG.warn("stored progress unusable; starting fresh over version {}", unusable.version());
            turn.noteRead(Turn.Read.UNUSABLE, true);
            return SessionCopy.of(
                    new StoredProgress(Progress.NONE.withVersion(unusable.version()), AppliedChanges.NONE));
        } catch (RuntimeException storeFault) {
            // What is stored is unknown, so it will be read again before any write, and merged, never replaced.
            LOG.warn("progress could not be read: {}", storeFault.toString());
            turn.noteRead(Turn.Read.FAILED, tampered);
            return SessionCopy.unknownBase();
        }
    }

    // ---- keep ----------------------------------------------------------------------------------------------------

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        boolean endsSession = input.getRequestEnvelope().getRequest() instanceof SessionEndedRequest
                || response.map(r -> Boolean.TRUE.equals(r.getShouldEndSession())).orElse(false);
        keep(input, endsSession);
        RequestLog.handled(input, response.isPresent() ? "answered" : "no-response");
    }

    /** The error path: what the person last heard about is kept; the error answer keeps the session open. */
    public void keepAfterError(HandlerInput input) {
        try {
            keep(input, false);
        } catch (RuntimeException alsoFailed) {
            LOG.error("progress not kept after a failure: {}", alsoFailed.toString());
        }
        RequestLog.handled(input, "error");
    }

    private void keep(HandlerInput input, boolean endsSession) {
        try {
            Turn turn = Turn.of(input);
            Session session = input.getRequestEnvelope().getSession();
            SessionCopy copy = turn.forgotten() ? null : turn.isLoaded() ? withThisTurn(turn) : handedOn(input);
            if (copy == null) {
                if (session != null) {
                    input.getAttributesManager().setSessionAttributes(new LinkedHashMap<>());
                }
                return;
            }
            if (!copy.overflow().isEmpty()) {
                lost(copy.overflow(), "more unsaved changes than a session may carry");
                copy = copy.withoutOverflow();
            }
            String userId = turn.userId();
            boolean due = copy.pending().stream().anyMatch(change -> !change.onlyVisit())
                    || (endsSession && !copy.pending().isEmpty());
            if (userId != null && due) {
                if ((turn.readFailed() || ridesOnNextWrite(input)) && !endsSession) {
                    turn.noteWrite("deferred"); // answer now (the read just failed, or a launch): next turn writes
                } else if (!turn.progressFree()) {
                    copy = write(turn, userId, copy, endsSession);
                } else if (endsSession) { // a warning sign is not kept waiting for DynamoDB
                    lost(copy.pending(), "the session ended on an answer that makes no DynamoDB call");
                    turn.noteWrite("skipped");
                }
            }
            if (session != null) {
                input.getAttributesManager().setSessionAttributes(copy.encode());
            }
        } finally {
            CallBudget.endTurn();
        }
    }

    /**
     * A launch answers after its one read: what it changed (the step they were promised, a breathing round, the
     * visit) is carried in the session and written with the session's next write, which is the next turn that
     * loads progress or the session's end (a stop, a goodbye, SessionEndedRequest after silence). A launch that
     * itself ends the session writes at once, since nothing comes after it. The one way to lose it: a warning sign
     * said right after the launch, which ends the session without a DynamoDB call (the answer must not wait); the
     * next launch then moves them on from the same stored step again.
     */
    private static boolean ridesOnNextWrite(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof LaunchRequest;
    }

    /** The session's copy with this turn's change added (a change only a first visit's time is not worth one). */
    private SessionCopy withThisTurn(Turn turn) {
        SessionCopy copy = turn.loaded();
        HandlerInput input = turn.input();
        Instant now = clock.instant();
        Progress before = copy.view();
        Progress after = before.after(turn.routine(), turn.beginsEpisode(), now);
        Change change = Change.between(sessionTag(input), copy.changesMade() + 1, before, after, now);
        Question question = turn.routine().question();
        Session session = input.getRequestEnvelope().getSession();
        boolean visitBegins = session == null || Boolean.TRUE.equals(session.getNew());
        if (!change.onlyVisit() || (visitBegins && copy.base().progress().isStored() && copy.pending().isEmpty())) {
            return copy.withChange(change, question);
        }
        return copy.withQuestion(question);
    }

    /** A turn that never looked at the progress hands the session's copy on as it was, checked, or nothing. */
    private SessionCopy handedOn(HandlerInput input) {
        Session session = input.getRequestEnvelope().getSession();
        if (session == null || Boolean.TRUE.equals(session.getNew())) {
            return null;
        }
        return SessionCopy.decode(input.getAttributesManager().getSessionAttributes(), sessionTag(input),
                clock.instant()).copy().orElse(null);
    }

    private SessionCopy write(Turn turn, String userId, SessionCopy copy, boolean endsSession) {
        RuntimeException last = null;
        for (int tries = 0; tries < (endsSession ? MOST_ENDING_TRIES : 1); tries++) {
            try {
                StoredProgress stored = writer.write(userId, copy.baseKnown() ? copy.base() : null, copy.pending());
                turn.noteWrite("ok");
                return copy.confirmed(stored);
            } catch (RuntimeException storeFault) {
                last = storeFault;
            }
        }
        turn.noteWrite("failed");
        if (endsSession) {
            lost(copy.pending(), last.toString());
        } else {
            LOG.warn("progress not saved, kept in the session for the next turn: {}", last.toString());
        }
        return copy;
    }

    /** Never silently: what could not be saved, by count, with no user and nothing the person said. */
    private static void lost(List<Change> changes, String why) {
        int rounds = 0;
        for (Change change : changes) {
            rounds = change.setsRounds() ? change.rounds() : rounds + change.rounds();
        }
        LOG.warn("progress lost: {} change(s), {} breathing round(s), not saved: {}", changes.size(), rounds, why);
    }

    // ---- forget --------------------------------------------------------------------------------------------------

    /**
     * "Forget me" and a disabled skill: deletes everything stored about the person. Nothing of this session is
     * written back either way. A delete that fails is tried again on this container's next request that may use
     * DynamoDB, and until it succeeds nothing of this person's is read.
     *
     * @return true only if the delete happened (the person is told "done" only then)
     */
    boolean forget(Turn turn) {
        turn.forget();
        String userId = turn.userId();
        boolean deleted = userId == null || delete(userId);
        turn.noteWrite(deleted ? "deleted" : "delete-failed");
        return deleted;
    }

    private boolean delete(String userId) {
        try {
            store.delete(userId);
            failedDeletes.remove(userId);
            return true;
        } catch (RuntimeException storeFault) {
            if (failedDeletes.size() < MOST_PENDING_DELETES) {
                failedDeletes.add(userId);
            }
            LOG.warn("progress could not be deleted, to be tried again: {}", storeFault.toString());
            return false;
        }
    }

    private void retryOneFailedDelete() {
        Iterator<String> waiting = failedDeletes.iterator();
        if (waiting.hasNext()) {
            delete(waiting.next());
        }
    }

    /** A short tag of the session, naming its changes in the stored item (never the session id itself). */
    static String sessionTag(HandlerInput input) {
        Session session = input.getRequestEnvelope().getSession();
        // Without a session (not sent by Alexa for a conversation, but possible) each request is its own.
        String id = session != null && session.getSessionId() != null ? session.getSessionId()
                : java.util.UUID.randomUUID().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
