package com.backhelper.alerts;

/** How an attempt to set a timer or reminder ended. */
public enum AlertOutcome {
    SET,
    /** The Alexa API refused or failed (a device without alerts, an error, no answer in time). */
    FAILED,
    /** The person has not granted the permission yet: ask for it by voice. */
    NEEDS_PERMISSION,
    /** The person said no to the permission (or did not answer). */
    DECLINED
}
