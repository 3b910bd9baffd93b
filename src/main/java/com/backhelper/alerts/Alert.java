package com.backhelper.alerts;

/**
 * What the skill can leave behind when a step takes time, the permission each needs, and the catalogue keys that
 * say how it went. The token names the alert in a permission request, so the answer can be matched to it.
 */
public enum Alert {
    /** With the ice: a 20-minute timer (CONTENT.md S4: no longer than about 20 minutes at a time). */
    ICE_TIMER("alexa::alerts:timers:skill:readwrite", "S4.timer_set", "S4.timer_failed", "S4.timer_declined"),
    /** At rest: a reminder in an hour to get up and walk (R4, R5). */
    WALK_REMINDER("alexa::alerts:reminders:skill:readwrite", "R4.R5.reminder_set", "R4.R5.reminder_failed",
            "R4.R5.reminder_declined");

    private final String permissionScope;
    private final String setKey;
    private final String failedKey;
    private final String declinedKey;

    Alert(String permissionScope, String setKey, String failedKey, String declinedKey) {
        this.permissionScope = permissionScope;
        this.setKey = setKey;
        this.failedKey = failedKey;
        this.declinedKey = declinedKey;
    }

    public String permissionScope() {
        return permissionScope;
    }

    /** The words for how it went: set, not set (an error, a device without alerts), or permission refused. */
    public String keyFor(AlertOutcome outcome) {
        return switch (outcome) {
            case SET -> setKey;
            case FAILED -> failedKey;
            case DECLINED -> declinedKey;
            case NEEDS_PERMISSION -> throw new IllegalArgumentException("nothing is said while permission is asked");
        };
    }

    /** The alert a permission request's token names, or null for a token the skill did not send. */
    public static Alert ofToken(String token) {
        for (Alert alert : values()) {
            if (alert.name().equals(token)) {
                return alert;
            }
        }
        return null;
    }
}
