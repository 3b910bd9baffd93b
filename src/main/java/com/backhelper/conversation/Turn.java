package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backhelper.routine.RoutineState;

import java.util.Objects;

/**
 * This request's view of the person's routine state: loaded once before any handler runs, changed by the handler,
 * saved once after it (only if it changed). Kept in the request attributes, which live for one request.
 */
public final class Turn {

    private static final String KEY = Turn.class.getName();

    private final RoutineState loaded;
    private final boolean storedStateWasUnusable;
    private RoutineState current;

    Turn(RoutineState loaded, boolean storedStateWasUnusable) {
        this.loaded = Objects.requireNonNull(loaded);
        this.storedStateWasUnusable = storedStateWasUnusable;
        this.current = loaded;
    }

    static void attach(HandlerInput input, Turn turn) {
        input.getAttributesManager().getRequestAttributes().put(KEY, turn);
    }

    /** This request's turn; a fresh one if the loading interceptor did not run (it always should). */
    public static Turn of(HandlerInput input) {
        Object turn = input.getAttributesManager().getRequestAttributes().get(KEY);
        if (turn instanceof Turn t) {
            return t;
        }
        Turn fresh = new Turn(RoutineState.FRESH, false);
        attach(input, fresh);
        return fresh;
    }

    public RoutineState routine() {
        return current;
    }

    public void update(RoutineState next) {
        current = Objects.requireNonNull(next);
    }

    public boolean changed() {
        return !current.equals(loaded) || storedStateWasUnusable;
    }

    /** Something was stored for this person that could not be trusted; they start fresh and are told so once. */
    public boolean storedStateWasUnusable() {
        return storedStateWasUnusable;
    }
}
