package com.backhelper.progress;

import com.backhelper.routine.Pace;
import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;
import com.backhelper.routine.Step;

import java.time.Instant;
import java.util.Objects;

/**
 * One turn's change to a person's progress, as a change rather than a result, so that it can be applied on top of
 * whatever another device stored meanwhile: a step moved to, a pace set, the safety line given, rounds added (or a
 * new episode begun, which sets the rounds). Unset fields ({@code null}) leave the stored value alone.
 *
 * <p>Each change has an id, its session's tag and its number within that session, so that a write retried after a
 * late answer can see that it was already applied (see {@link AppliedChanges}).
 *
 * @param session          a short tag of the session that made it
 * @param seq              its number within that session, from 1
 * @param at               when it was made (the visit time it carries)
 * @param step             the step moved to, or null
 * @param pace             the pace set, or null
 * @param safetyGiven      the safety line's new state, or null
 * @param episodeStartedAt a new episode began then (rounds are then set, not added), or null
 * @param rounds           rounds added, or (with a new episode or a start over) the count set
 * @param setsRounds       true when {@code rounds} replaces the count instead of adding to it
 */
public record Change(String session, int seq, Instant at, Step step, Pace pace, Boolean safetyGiven,
                     Instant episodeStartedAt, int rounds, boolean setsRounds) {

    public Change {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(at, "at");
        if (seq < 1 || rounds < 0) {
            throw new IllegalArgumentException("seq " + seq + ", rounds " + rounds);
        }
    }

    /** What a turn changed, from the progress it started with to the progress it ended with. */
    public static Change between(String session, int seq, Progress before, Progress after, Instant at) {
        RoutineState was = before.routine();
        RoutineState is = after.routine();
        boolean newEpisode = !Objects.equals(before.episodeStartedAt(), after.episodeStartedAt());
        boolean setsRounds = newEpisode || is.rounds() < was.rounds();
        return new Change(session, seq, at,
                is.step() == was.step() ? null : is.step(),
                is.pace().equals(was.pace()) ? null : is.pace(),
                is.safetyGiven() == was.safetyGiven() ? null : is.safetyGiven(),
                newEpisode ? after.episodeStartedAt() : null,
                setsRounds ? is.rounds() : is.rounds() - was.rounds(),
                setsRounds);
    }

    /** True when the change only records a visit: nothing the person would miss if it were never written. */
    public boolean onlyVisit() {
        return step == null && pace == null && safetyGiven == null && episodeStartedAt == null
                && !setsRounds && rounds == 0;
    }

    /** This change on top of {@code progress}: what it changed takes its value, the rest stays; rounds add up. */
    public Progress applyTo(Progress progress) {
        RoutineState was = progress.routine();
        RoutineState is = new RoutineState(
                step == null ? was.step() : step,
                pace == null ? was.pace() : pace,
                safetyGiven == null ? was.safetyGiven() : safetyGiven,
                setsRounds ? rounds : was.rounds() + rounds,
                Question.NONE);
        Instant lastVisit = progress.lastVisitAt() == null || at.isAfter(progress.lastVisitAt())
                ? at : progress.lastVisitAt();
        return new Progress(is, episodeStartedAt == null ? progress.episodeStartedAt() : episodeStartedAt,
                lastVisit, progress.version());
    }
}
