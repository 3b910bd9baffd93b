package com.backhelper.routine;

/**
 * The yes/no question the skill has just asked. "Yes" and "no" mean nothing on their own; the routine reads them
 * against this.
 */
public enum Question {
    NONE,
    /** "Would you like breathing now, or to hear what is happening?" yes: start; no: goodbye. */
    MENU,
    /** After an explanation or answer: "shall I guide you through slow breathing now?" */
    OFFER_ROUTINE,
    /** After a round of breathing: "another round?" yes: breathe again; no: next step. */
    ANOTHER_ROUND,
    /** After a side question mid-routine, or on coming back: "carry on where we left off?" */
    CARRY_ON,
    /** Over an hour into the episode: "shall we try the gentle walk now?" yes: the walk; no: where they were. */
    WALK_NOW,
    /** Long after the last visit: "shall we start again?" yes: a new episode; "carry on": the same one. */
    START_FRESH,
    /** A day or more after the episode began (F3): "how is it now?" yes: breathe again, a new episode; no: the walk. */
    DAYS_LATER,
    /** After the lying-down guidance and a minute's wait: "are you lying down?" yes: the ice; no: wait longer. */
    LYING_DOWN,
    /** "Shall I forget your progress?" yes: everything stored is deleted; no: nothing changes. */
    CONFIRM_FORGET,
    /** With the ice: "shall I set a timer to tell you when to take it off?" yes: a 20-minute timer. */
    OFFER_ICE_TIMER,
    /** At rest: "shall I remind you in an hour to get up and walk?" yes: a reminder an hour from now. */
    OFFER_WALK_REMINDER
}
