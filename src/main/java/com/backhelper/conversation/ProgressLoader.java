package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Session;
import com.backhelper.progress.Progress;
import com.backhelper.progress.ProgressStore;
import com.backhelper.progress.UnusableProgressException;
import com.backhelper.routine.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Finds where a person is, the first time a request needs it: within a session from the session's own copy (no
 * DynamoDB call), at the start of a session from the store (one read). A store that fails is logged and treated as
 * empty: the person still gets their answer.
 */
public final class ProgressLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLoader.class);

    private final ProgressStore store;

    public ProgressLoader(ProgressStore store) {
        this.store = store;
    }

    /** Where this request's progress came from. */
    enum Source {
        /** The session's copy, from an earlier turn of this session. */
        SESSION,
        /** Read from the store at the start of a visit (found or not). */
        STORE,
        /** The store could not be read: treated as empty, and not written on this request either. */
        STORE_FAILED,
        /** The request names no user, so nothing can be stored. */
        NO_USER
    }

    /**
     * @param unsaved  an earlier write of this session failed, so the next turn must write
     * @param unusable something stored could not be trusted; the person starts fresh and is told so
     */
    record Loaded(Progress progress, Question question, Source source, boolean unsaved, boolean unusable) {
    }

    Loaded load(HandlerInput input) {
        boolean tampered = false;
        Session session = input.getRequestEnvelope().getSession();
        if (session != null && !Boolean.TRUE.equals(session.getNew())) {
            SessionCopy.Decoded decoded = SessionCopy.decode(input.getAttributesManager().getSessionAttributes());
            Optional<SessionCopy> copy = decoded.copy();
            if (copy.isPresent()) {
                return new Loaded(copy.get().progress(), copy.get().question(), Source.SESSION,
                        copy.get().unsaved(), false);
            }
            // A copy that cannot be trusted: the stored progress is the one to believe.
            tampered = decoded.tampered();
        }
        String userId = UserId.of(input);
        if (userId == null) {
            return new Loaded(Progress.NONE, Question.NONE, Source.NO_USER, false, tampered);
        }
        try {
            Optional<Progress> stored = store.load(userId);
            return new Loaded(stored.orElse(Progress.NONE), Question.NONE, Source.STORE, false,
                    tampered && stored.isEmpty());
        } catch (UnusableProgressException unusable) {
            LOG.warn("stored progress unusable; starting fresh over version {}", unusable.version());
            return new Loaded(Progress.NONE.withVersion(unusable.version()), Question.NONE, Source.STORE, false, true);
        } catch (RuntimeException storeFault) {
            LOG.warn("progress could not be read: {}", storeFault.toString());
            return new Loaded(Progress.NONE, Question.NONE, Source.STORE_FAILED, false, tampered);
        }
    }
}
