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
    /** Opened about 12 hours or more after the last visit: probably a new episode, unless they say it is the same. */
    LAUNCH_LONG_AFTER,
    /** Opened a day or more after the episode began (CONTENT.md F3): how is it now; the routine again, or the walk. */
    LAUNCH_DAYS_LATER,
    NEXT,
    PREVIOUS,
    REPEAT,
    START_OVER,
    /** "Give me a minute", "hold on", "pause": a minute of silence, then one short question. Never ends the session. */
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
    /** Alexa's permission question for a timer or reminder was answered (the alert is set or not): go on from there. */
    ALERT_ANSWERED,
    /** "forget me", "delete my data": asks first; a yes forgets everything. */
    FORGET
}
