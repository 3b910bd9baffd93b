package com.backhelper.progress;

import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What is kept about one person between sessions: where they are in the routine and their pace, when this episode
 * began, when they last came, and the version that guards against two devices overwriting each other.
 *
 * @param routine          the routine state as stored: always without an open question (that belongs to a session)
 * @param episodeStartedAt when the first breathing of this episode was given; null before any
 * @param lastVisitAt      the last time they used the skill; null if never stored
 * @param version          the stored item's version, 0 when nothing is stored yet
 */
public record Progress(RoutineState routine, Instant episodeStartedAt, Instant lastVisitAt, long version) {

    /** Nothing is kept forever: an item expires (DynamoDB TTL) this long after the last visit. */
    public static final Duration KEPT_FOR = Duration.ofDays(30);

    public static final Progress NONE = new Progress(RoutineState.FRESH, null, null, 0);

    public Progress {
        Objects.requireNonNull(routine, "routine");
        routine = routine.withQuestion(Question.NONE);
        if (version < 0) {
            throw new IllegalArgumentException("version " + version);
        }
    }

    public boolean isStored() {
        return version > 0;
    }

    /** When DynamoDB may delete the item: 30 days after the last visit. */
    public Instant expiresAt() {
        return lastVisitAt == null ? null : lastVisitAt.plus(KEPT_FOR);
    }

    /** The progress after a turn that left the routine in {@code next}, at {@code now}. */
    public Progress after(RoutineState next, boolean beginsEpisode, Instant now) {
        return new Progress(next, beginsEpisode ? now : episodeStartedAt, now, version);
    }

    public Progress withVersion(long newVersion) {
        return new Progress(routine, episodeStartedAt, lastVisitAt, newVersion);
    }

    /** True when the two differ in anything worth a write (the visit time aside). */
    public boolean differsFrom(Progress other) {
        return !routine.equals(other.routine) || !Objects.equals(episodeStartedAt, other.episodeStartedAt);
    }

    /** True when there is something worth keeping at all: a person who only asked a question leaves nothing. */
    public boolean worthKeeping() {
        return !routine.equals(RoutineState.FRESH) || episodeStartedAt != null;
    }
}
