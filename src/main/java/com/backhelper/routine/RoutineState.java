package com.backhelper.routine;

import java.util.Objects;

/**
 * Everything the routine remembers about one person, as one value that can be stored as it is (session attributes,
 * DynamoDB). Immutable: each turn makes a new one.
 *
 * @param step          where they are
 * @param pace          their breathing pace, kept across episodes because it is a preference
 * @param safetyGiven   whether the one-line safety warning (S1) was already said in this episode
 * @param rounds        rounds of breathing done in this episode
 * @param question      the yes/no question just asked, so that "yes" and "no" mean the right thing
 */
public record RoutineState(Step step, Pace pace, boolean safetyGiven, int rounds, Question question) {

    public static final RoutineState FRESH = new RoutineState(Step.NOT_STARTED, Pace.DEFAULT, false, 0, Question.NONE);

    public RoutineState {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(question, "question");
        rounds = Math.max(0, rounds);
    }

    public RoutineState withStep(Step newStep) {
        return new RoutineState(newStep, pace, safetyGiven, rounds, question);
    }

    public RoutineState withPace(Pace newPace) {
        return new RoutineState(step, newPace, safetyGiven, rounds, question);
    }

    public RoutineState withQuestion(Question newQuestion) {
        return new RoutineState(step, pace, safetyGiven, rounds, newQuestion);
    }

    /** One more round of breathing, at the BREATHE step unless the person is elsewhere in the routine. */
    public RoutineState afterBreathingRound() {
        return new RoutineState(step, pace, true, rounds + 1, question);
    }

    public RoutineState withRounds(int newRounds) {
        return new RoutineState(step, pace, safetyGiven, newRounds, question);
    }

    public boolean inProgress() {
        return step.inRoutine();
    }
}
