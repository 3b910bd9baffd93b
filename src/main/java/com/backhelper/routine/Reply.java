package com.backhelper.routine;

import java.util.List;

/**
 * What one routine turn produces: the new state, what to say in order, and how the turn ends: with the question in
 * the new state (the session stays open), or by ending the session.
 */
public record Reply(RoutineState state, List<Part> parts, boolean endsSession) {

    public Reply {
        parts = List.copyOf(parts);
        if (endsSession == (state.question() != Question.NONE)) {
            throw new IllegalArgumentException("a reply either asks a question or ends the session: " + state + parts);
        }
    }

    public Question question() {
        return state.question();
    }
}
