package com.backhelper.routine;

/** Everything a person can ask of the routine, already translated from whatever they said. */
public enum Command {
    /** "help me now": begin at the breathing, whatever came before. */
    START,
    /** "help me now" long after the last episode began: a new episode, so the safety line comes first again. */
    START_AFRESH,
    /** The skill was opened with no request ("open back helper"). */
    LAUNCH,
    /** Opened an hour or more after the episode began, with the walk still to come: time to suggest it (R4, R5). */
    LAUNCH_WALK_DUE,
    /** Opened long after the episode began (about 12 hours): ask before starting fresh. */
    LAUNCH_LONG_AFTER,
    NEXT,
    PREVIOUS,
    REPEAT,
    START_OVER,
    PAUSE,
    RESUME,
    SLOWER,
    FASTER,
    YES,
    NO,
    STOP,
    HELP,
    /** The person said something the skill did not understand. */
    FALLBACK,
    /** "go home": back to the opening choices, nothing forgotten. */
    HOME,
    /** A side question (explanation, follow-up, safety) was just answered: offer the way back. */
    ASIDE,
    /** "forget me", "delete my data": asks first; a yes forgets everything. */
    FORGET
}
