package com.backhelper.routine;

/**
 * How long each in-breath and out-breath lasts, in milliseconds. The default is about six breaths a minute with the
 * out-breath longer than the in-breath (CONTENT.md R1). Changes stay within safe bounds: in 3 to 5 s, out 4 to 8 s,
 * and the out-breath never shorter than the in-breath.
 */
public record Pace(int inhaleMillis, int exhaleMillis) {

    public static final int MIN_INHALE = 3_000;
    public static final int MAX_INHALE = 5_000;
    public static final int MIN_EXHALE = 4_000;
    public static final int MAX_EXHALE = 8_000;
    private static final int INHALE_STEP = 500;
    private static final int EXHALE_STEP = 1_000;

    public static final Pace DEFAULT = new Pace(4_000, 6_000);
    public static final Pace SLOWEST = new Pace(MAX_INHALE, MAX_EXHALE);
    public static final Pace FASTEST = new Pace(MIN_INHALE, MIN_EXHALE);

    public Pace {
        if (!isSafe(inhaleMillis, exhaleMillis)) {
            throw new IllegalArgumentException("pace out of bounds: " + inhaleMillis + "/" + exhaleMillis);
        }
    }

    /** A stored pace, or the default when what was stored is outside the safe bounds (tampered or corrupt). */
    public static Pace orDefault(long inhaleMillis, long exhaleMillis) {
        if (inhaleMillis > Integer.MAX_VALUE || exhaleMillis > Integer.MAX_VALUE
                || !isSafe((int) inhaleMillis, (int) exhaleMillis)) {
            return DEFAULT;
        }
        return new Pace((int) inhaleMillis, (int) exhaleMillis);
    }

    public static boolean isSafe(int inhaleMillis, int exhaleMillis) {
        return inhaleMillis >= MIN_INHALE && inhaleMillis <= MAX_INHALE
                && exhaleMillis >= MIN_EXHALE && exhaleMillis <= MAX_EXHALE
                && exhaleMillis >= inhaleMillis;
    }

    public Pace slower() {
        return new Pace(Math.min(MAX_INHALE, inhaleMillis + INHALE_STEP), Math.min(MAX_EXHALE, exhaleMillis + EXHALE_STEP));
    }

    public Pace faster() {
        int inhale = Math.max(MIN_INHALE, inhaleMillis - INHALE_STEP);
        int exhale = Math.max(Math.max(MIN_EXHALE, inhale), exhaleMillis - EXHALE_STEP);
        return new Pace(inhale, exhale);
    }

    public int breathMillis() {
        return inhaleMillis + exhaleMillis;
    }

    /**
     * Breaths in one spoken round: enough for about a minute of breathing, never fewer than four. A round of
     * breaths is one response, so this also keeps each response well under Alexa's 90 seconds.
     */
    public int breathsPerRound() {
        return Math.max(4, (int) Math.ceil(55_000.0 / breathMillis()));
    }
}
