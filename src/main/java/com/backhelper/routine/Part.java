package com.backhelper.routine;

/**
 * One piece of what the skill says on a routine turn, in the order it is said. The speech layer turns each part into
 * words from the speech catalogue; the routine never holds words itself.
 */
public enum Part {
    /** One sentence of S1: when to call for help instead. Once per episode, before anything else. */
    SAFETY_LINE,
    /** R1: relax, you are going to be okay, slow breathing helps the spasm ease. */
    BREATHING_INTRO,
    /** A short lead-in for a further round of breathing. */
    BREATHING_AGAIN,
    /** A round of paced breaths; pauses come from the pace. */
    BREATHING_ROUND,
    PACE_SLOWER,
    PACE_FASTER,
    PACE_SLOWEST_ALREADY,
    PACE_FASTEST_ALREADY,
    STEP_LIE_DOWN,
    STEP_ICE,
    STEP_REST,
    STEP_WALK,
    /** How to come back after a step that takes time. */
    COME_BACK_LATER,
    /** "No timer (or reminder), then." */
    NO_ALERT,
    ROUTINE_DONE,
    ALREADY_FIRST_STEP,
    ALREADY_DONE,
    STARTING_OVER,
    PAUSED,
    WELCOME_FIRST,
    WELCOME_RETURNING,
    WELCOME_BACK,
    /** "Last time you were ..." for the step in the state. */
    WHERE_YOU_WERE,
    /** R4, R5: it has been over an hour; if the pain has eased, a careful walk is the next thing. */
    WALK_DUE,
    /** It has been a long time since this began. */
    LONG_AFTER,
    FORGOTTEN,
    NOTHING_FORGOTTEN,
    HOME,
    HELP_HERE,
    NOT_UNDERSTOOD,
    NOTHING_TO_ANSWER,
    OKAY_LATER,
    GOODBYE,
    GOODBYE_SAVED
}
