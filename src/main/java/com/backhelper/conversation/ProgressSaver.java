package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backhelper.progress.Progress;
import com.backhelper.progress.ProgressConflictException;
import com.backhelper.progress.ProgressStore;
import com.backhelper.progress.UnusableProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Keeps what a turn did: always in the session's copy, and in the store when something worth keeping changed (one
 * conditional write). Runs after every handler, and from the error handler, since the SDK skips response
 * interceptors when a handler throws.
 *
 * <p>Two devices at once: when the write finds the stored version moved on, the latest is read again and this turn's
 * own change is applied on top of it ({@link Progress#rebase}), up to {@value #MOST_ATTEMPTS} attempts in all.
 * A write that fails is not lost: the session copy is marked unsaved and the next turn writes it.
 */
public final class ProgressSaver {

    static final int MOST_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ProgressSaver.class);

    private final ProgressStore store;
    private final Clock clock;

    public ProgressSaver(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void save(HandlerInput input) {
        Turn turn = Turn.of(input);
        if (turn.forgotten()) {
            return;
        }
        if (!turn.touched()) {
            keepOnlyOurAttributes(input);
            return;
        }
        ProgressLoader.Loaded loaded = turn.loaded();
        Progress before = loaded.progress();
        Progress after = before.after(turn.routine(), turn.beginsEpisode(), clock.instant());
        String userId = UserId.of(input);
        boolean unsaved = userId != null && needsWrite(loaded, before, after);
        // After a failed read the store is struggling: answer now, and write on the next turn.
        if (unsaved && loaded.source() == ProgressLoader.Source.STORE_FAILED) {
            turn.noteWrite("deferred");
        } else if (unsaved) {
            try {
                after = write(userId, before, after);
                unsaved = false;
                turn.noteWrite("ok");
            } catch (RuntimeException storeFault) {
                turn.noteWrite("failed");
                LOG.warn("progress not saved, kept in the session for the next turn: {}", storeFault.toString());
            }
        }
        if (input.getRequestEnvelope().getSession() != null) {
            // Only our own attributes go back: anything else the request carried is not echoed to the device.
            input.getAttributesManager().setSessionAttributes(
                    new SessionCopy(after, turn.routine().question(), unsaved).encode());
        }
    }

    /** A turn that never looked at the progress hands back the session's copy as it was, and nothing else. */
    private static void keepOnlyOurAttributes(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() != null) {
            input.getAttributesManager().setSessionAttributes(
                    SessionCopy.onlyOurs(input.getAttributesManager().getSessionAttributes()));
        }
    }

    /**
     * "Forget me" and a disabled skill: deletes everything stored about the person.
     *
     * @return false if the store could not do it (the person is told; nothing else changes)
     */
    public boolean forget(HandlerInput input) {
        String userId = UserId.of(input);
        try {
            if (userId != null) {
                store.delete(userId);
            }
            Turn.of(input).forget();
            Turn.of(input).noteWrite("deleted");
            return true;
        } catch (RuntimeException storeFault) {
            LOG.warn("progress could not be deleted: {}", storeFault.toString());
            return false;
        }
    }

    /**
     * A write is due when an earlier one failed, when the routine or episode changed (and there is something worth
     * keeping, or something stored to update), and on the first turn of a visit to a stored person, so that the
     * last visit and the expiry move forward.
     */
    private static boolean needsWrite(ProgressLoader.Loaded loaded, Progress before, Progress after) {
        boolean changed = after.differsFrom(before) && (after.worthKeeping() || before.isStored());
        boolean visitBegins = loaded.source() == ProgressLoader.Source.STORE && before.isStored();
        return loaded.unsaved() || changed || visitBegins;
    }

    private Progress write(String userId, Progress before, Progress after) {
        Progress attempt = after;
        for (int tries = 1; ; tries++) {
            try {
                return store.save(userId, attempt);
            } catch (ProgressConflictException conflict) {
                if (tries == MOST_ATTEMPTS) {
                    throw conflict;
                }
                LOG.info("progress changed on another device; re-applying this turn's change (attempt {})", tries + 1);
                attempt = after.rebase(before, latest(userId));
            }
        }
    }

    private Progress latest(String userId) {
        try {
            return store.load(userId).orElse(Progress.NONE);
        } catch (UnusableProgressException unusable) {
            return Progress.NONE.withVersion(unusable.version());
        }
    }
}
