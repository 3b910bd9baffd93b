package com.backhelper.routine;

import java.time.Duration;
import java.time.Instant;

/**
 * The time rules of the routine: what a command means as time has passed since the episode began and since the
 * person last came. Plain values in, a command out, so every rule is a one-line test with a made-up clock.
 *
 * @param episodeStartedAt when the first breathing of this episode was given; null before any
 * @param lastVisitAt      when the person last used the skill (within a session, the turn before); null if never
 * @param now              this request's time
 */
public record Visit(Instant episodeStartedAt, Instant lastVisitAt, Instant now) {

    /** R4: the first wave usually eases after about an hour; then the walk is suggested. */
    public static final Duration WALK_DUE_AFTER = Duration.ofHours(1);
    /** Away this long since the last visit: probably a new episode (the safety line again), unless they say not. */
    public static final Duration NEW_EPISODE_AFTER = Duration.ofHours(12);
    /** F3: coming back this long after the episode began gets S3 and "how is it now?". */
    public static final Duration DAYS_LATER_AFTER = Duration.ofDays(1);

    /**
     * The command as time changes it. Opening the skill greets by time: a day or more after the episode began, F3;
     * after a long gap, the question of a new episode; an hour into the episode, the walk (R4, R5). A long gap also
     * turns "help me now" into a new episode, and a first "carry on", "next" or "go back" into the same greeting as
     * opening the skill, so that nobody resumes an old episode without the safety line by accident.
     */
    public Command inTime(Command asked, RoutineState state) {
        if (episodeStartedAt == null || state.step() == Step.NOT_STARTED) {
            return asked;
        }
        boolean daysLater = atLeast(episodeStartedAt, DAYS_LATER_AFTER);
        boolean longGap = lastVisitAt != null && atLeast(lastVisitAt, NEW_EPISODE_AFTER);
        boolean inProgress = state.inProgress();
        return switch (asked) {
            case LAUNCH -> daysLater ? Command.LAUNCH_DAYS_LATER
                    : inProgress && longGap ? Command.LAUNCH_LONG_AFTER
                    : inProgress && atLeast(episodeStartedAt, WALK_DUE_AFTER) ? Command.LAUNCH_WALK_DUE
                    : Command.LAUNCH;
            case START -> inProgress && (daysLater || longGap) ? Command.START_AFRESH : Command.START;
            case RESUME, NEXT, PREVIOUS, REPEAT -> !longGap ? asked
                    : daysLater ? Command.LAUNCH_DAYS_LATER
                    : inProgress ? Command.LAUNCH_LONG_AFTER : asked;
            default -> asked;
        };
    }

    private boolean atLeast(Instant since, Duration length) {
        return Duration.between(since, now).compareTo(length) >= 0;
    }
}
