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

    /** More rounds than anyone could breathe in one episode: a stored count above this was not written by us. */
    static final int MOST_ROUNDS = 10_000;

    /**
     * Rebuilds a state from stored values, trusting none of them: session attributes come back from the device and a
     * table item can be edited by hand. An unknown step or question, a pace outside the safe bounds or a count out of
     * range throws {@link IllegalArgumentException}, and the caller starts fresh.
     */
    public static RoutineState restore(String step, long inhaleMillis, long exhaleMillis, boolean safetyGiven,
                                       long rounds, String question) {
        if (step == null || question == null) {
            throw new IllegalArgumentException("missing step or question");
        }
        if (inhaleMillis < 0 || exhaleMillis < 0 || inhaleMillis > Integer.MAX_VALUE || exhaleMillis > Integer.MAX_VALUE
                || !Pace.isSafe((int) inhaleMillis, (int) exhaleMillis)) {
            throw new IllegalArgumentException("unsafe pace " + inhaleMillis + "/" + exhaleMillis);
        }
        if (rounds < 0 || rounds > MOST_ROUNDS) {
            throw new IllegalArgumentException("rounds out of range: " + rounds);
        }
        return new RoutineState(Step.valueOf(step), new Pace((int) inhaleMillis, (int) exhaleMillis), safetyGiven,
                (int) rounds, Question.valueOf(question));
    }

    public boolean inProgress() {
        return step.inRoutine();
    }
}
