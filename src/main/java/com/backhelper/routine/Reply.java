package com.backhelper.routine;

import java.util.List;
import java.util.Objects;

/**
 * What one routine turn produces: the new state, what to say in order, and how the turn ends: with the question in
 * the new state (the session stays open, and {@code reprompt} says what is added to the question's reprompt), or by
 * ending the session.
 *
 * @param reprompt what Alexa says, before the reprompt's words, when nobody answers: after a round of breathing it is
 *                 another round, so that someone breathing quietly is not dropped. Empty when the session ends.
 */
public record Reply(RoutineState state, List<Part> parts, boolean endsSession, Effect effect, List<Part> reprompt) {

    /** What the turn means beyond the new state, for whoever keeps the person's progress. */
    public enum Effect {
        NONE,
        /** The first breathing of an episode: its clock starts now (the walk is suggested an hour later). */
        BEGINS_EPISODE,
        /** The person confirmed "forget me": everything stored about them is to be deleted. */
        FORGETS_PROGRESS,
        /** The person wants a timer for the ice (20 minutes): the conversation layer sets it, if it may. */
        SETS_ICE_TIMER,
        /** The person wants a reminder to walk in an hour: the conversation layer creates it, if it may. */
        SETS_WALK_REMINDER
    }

    public Reply(RoutineState state, List<Part> parts, boolean endsSession) {
        this(state, parts, endsSession, Effect.NONE, List.of());
    }

    public Reply(RoutineState state, List<Part> parts, boolean endsSession, Effect effect) {
        this(state, parts, endsSession, effect, List.of());
    }

    public Reply {
        parts = List.copyOf(parts);
        reprompt = List.copyOf(reprompt);
        Objects.requireNonNull(effect, "effect");
        if (endsSession == (state.question() != Question.NONE)) {
            throw new IllegalArgumentException("a reply either asks a question or ends the session: " + state + parts);
        }
        if (endsSession && !reprompt.isEmpty()) {
            throw new IllegalArgumentException("a reply that ends the session has no reprompt: " + reprompt);
        }
    }

    public Question question() {
        return state.question();
    }
}
