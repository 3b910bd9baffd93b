package com.backhelper.routine;

/**
 * Where a person is in the routine (CONTENT.md R1 to R5), in the order they are taken.
 * NOT_STARTED and DONE bracket the five steps so that every state has a name.
 */
public enum Step {
    NOT_STARTED,
    BREATHE,
    LIE_DOWN,
    ICE,
    REST,
    WALK,
    DONE;

    /** True for the five steps of the routine itself. */
    public boolean inRoutine() {
        return this != NOT_STARTED && this != DONE;
    }

    /**
     * Steps that take real time (getting down, the ice, the hour of rest, the walk): after their guidance the
     * session ends politely instead of leaving the microphone open.
     */
    public boolean takesTime() {
        return this == LIE_DOWN || this == ICE || this == REST || this == WALK;
    }

    /** A step of the routine that comes before the walk: the walk is still to come. */
    public boolean beforeWalk() {
        return inRoutine() && compareTo(WALK) < 0;
    }

    public Step next() {
        return switch (this) {
            case NOT_STARTED -> BREATHE;
            case BREATHE -> LIE_DOWN;
            case LIE_DOWN -> ICE;
            case ICE -> REST;
            case REST -> WALK;
            case WALK, DONE -> DONE;
        };
    }

    public Step previous() {
        return switch (this) {
            case NOT_STARTED, BREATHE, LIE_DOWN -> BREATHE;
            case ICE -> LIE_DOWN;
            case REST -> ICE;
            case WALK -> REST;
            case DONE -> WALK;
        };
    }
}
