package com.backhelper.routine;

/** Everything a person can ask of the routine, already translated from whatever they said. */
public enum Command {
    /** "help me now": begin at the breathing, whatever came before. */
    START,
    /** The skill was opened with no request ("open back helper"). */
    LAUNCH,
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
    ASIDE
}
