package com.backhelper.progress;

import com.backhelper.routine.Command;
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
    /** R4: the first wave usually eases after about an hour; then the walk is suggested. */
    public static final Duration WALK_DUE_AFTER = Duration.ofHours(1);
    /** An episode this old is probably over: ask before starting fresh. */
    public static final Duration STALE_AFTER = Duration.ofHours(12);

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

    /**
     * The command as the time since this episode began changes it. Opening the skill greets by that time: where they
     * were, the walk once an hour has passed (R4, R5), or a question about starting fresh after about 12 hours.
     * "Help me now" long after the episode began starts a new one, with the safety line again.
     */
    public Command inTime(Command asked, Instant now) {
        if (episodeStartedAt == null || !routine.inProgress()) {
            return asked;
        }
        Duration since = Duration.between(episodeStartedAt, now);
        boolean stale = since.compareTo(STALE_AFTER) >= 0;
        return switch (asked) {
            case LAUNCH -> stale ? Command.LAUNCH_LONG_AFTER
                    : since.compareTo(WALK_DUE_AFTER) >= 0 ? Command.LAUNCH_WALK_DUE : Command.LAUNCH;
            case START -> stale ? Command.START_AFRESH : Command.START;
            default -> asked;
        };
    }
}
