package com.backhelper.conversation;

import com.backhelper.routine.Pace;
import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;
import com.backhelper.routine.Step;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the routine state into plain attributes (what Alexa's session attributes hold) and reads it back. Reading
 * trusts nothing: session attributes come back from the device, so an unknown step, a pace outside the safe bounds
 * or a wrong type means the state is not usable, and the caller starts fresh.
 */
public final class RoutineStateCodec {

    static final String STEP = "step";
    static final String INHALE = "inhaleMillis";
    static final String EXHALE = "exhaleMillis";
    static final String SAFETY_GIVEN = "safetyGiven";
    static final String ROUNDS = "rounds";
    static final String QUESTION = "question";

    private RoutineStateCodec() {
    }

    public static Map<String, Object> encode(RoutineState state) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(STEP, state.step().name());
        attributes.put(INHALE, state.pace().inhaleMillis());
        attributes.put(EXHALE, state.pace().exhaleMillis());
        attributes.put(SAFETY_GIVEN, state.safetyGiven());
        attributes.put(ROUNDS, state.rounds());
        attributes.put(QUESTION, state.question().name());
        return attributes;
    }

    /**
     * The stored state; empty when nothing was stored; {@link Decoded#invalid()} when something was stored that
     * cannot be trusted.
     */
    public static Decoded decode(Map<String, Object> attributes) {
        if (attributes == null || !attributes.containsKey(STEP)) {
            return new Decoded(Optional.empty(), false);
        }
        try {
            Step step = Step.valueOf((String) attributes.get(STEP));
            long inhale = ((Number) attributes.get(INHALE)).longValue();
            long exhale = ((Number) attributes.get(EXHALE)).longValue();
            if (!Pace.isSafe((int) Math.min(inhale, Integer.MAX_VALUE), (int) Math.min(exhale, Integer.MAX_VALUE))) {
                return Decoded.INVALID;
            }
            boolean safetyGiven = (Boolean) attributes.get(SAFETY_GIVEN);
            long rounds = ((Number) attributes.get(ROUNDS)).longValue();
            Question question = Question.valueOf((String) attributes.get(QUESTION));
            if (rounds < 0 || rounds > 10_000) {
                return Decoded.INVALID;
            }
            return new Decoded(Optional.of(new RoutineState(step, new Pace((int) inhale, (int) exhale),
                    safetyGiven, (int) rounds, question)), false);
        } catch (RuntimeException unusable) { // ClassCastException, NullPointerException, IllegalArgumentException
            return Decoded.INVALID;
        }
    }

    /** @param state the state, if one was stored and usable; @param invalid something was stored but unusable */
    public record Decoded(Optional<RoutineState> state, boolean invalid) {
        static final Decoded INVALID = new Decoded(Optional.empty(), true);
    }
}
