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
    /** The lead-in of the breathing round that is the reprompt: nobody answered, so the breathing simply goes on. */
    KEEP_BREATHING,
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
    /** "Take your time, I will wait a minute." */
    WAITING,
    /** "All right, I will wait a little longer." */
    WAITING_LONGER,
    /** A minute of silence ({@link Routine#WAIT_MILLIS}), made of pauses within Alexa's limit. */
    WAIT_A_MINUTE,
    /** "I am still here." after the wait. */
    STILL_HERE,
    WELCOME_FIRST,
    WELCOME_RETURNING,
    WELCOME_BACK,
    /** "Welcome back. Next:" before the step that was promised when the person left. */
    WELCOME_BACK_NEXT,
    /** How to go back a step from the step in the state, when someone came back straight to it. */
    GO_BACK_HINT,
    /** "Last time you were ..." for the step in the state. */
    WHERE_YOU_WERE,
    /** R4, R5: it has been over an hour; if the pain has eased, a careful walk is the next thing. */
    WALK_DUE,
    /** It has been a long time since the last visit: this may be a new episode. */
    LONG_AFTER,
    /** F3 and S3: a day or more since this began; see a doctor if it is not improving. */
    DAYS_LATER,
    FORGOTTEN,
    NOTHING_FORGOTTEN,
    HOME,
    HELP_HERE,
    NOT_UNDERSTOOD,
    /** During an episode, the fallback's one short line with the warning signs and the number (S1). */
    SAFETY_REMINDER,
    NOTHING_TO_ANSWER,
    OKAY_LATER,
    GOODBYE,
    GOODBYE_SAVED
}
