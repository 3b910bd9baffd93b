package com.backhelper.routine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaceTest {

    @Test
    void default_isAboutSixBreathsAMinute_withTheOutBreathLonger() {
        assertEquals(6.0, 60_000.0 / Pace.DEFAULT.breathMillis(), 0.01);
        assertTrue(Pace.DEFAULT.exhaleMillis() > Pace.DEFAULT.inhaleMillis());
    }

    @Test
    void slower_stopsAtTheSlowestSafePace() {
        Pace pace = Pace.DEFAULT;
        for (int i = 0; i < 20; i++) {
            Pace next = pace.slower();
            assertTrue(next.breathMillis() >= pace.breathMillis(), "slower never speeds up");
            pace = next;
        }
        assertEquals(Pace.SLOWEST, pace);
    }

    @Test
    void faster_stopsAtTheFastestSafePace_andTheOutBreathIsNeverShorter() {
        Pace pace = Pace.SLOWEST;
        for (int i = 0; i < 20; i++) {
            Pace next = pace.faster();
            assertTrue(next.breathMillis() <= pace.breathMillis(), "faster never slows down");
            assertTrue(next.exhaleMillis() >= next.inhaleMillis());
            pace = next;
        }
        assertEquals(Pace.FASTEST, pace);
    }

    @Test
    void unsafePaces_areRefused_andStoredOnesFallBackToTheDefault() {
        assertThrows(IllegalArgumentException.class, () -> new Pace(6_000, 6_000));
        assertThrows(IllegalArgumentException.class, () -> new Pace(5_000, 4_000));
        assertThrows(IllegalArgumentException.class, () -> new Pace(-4_000, 6_000));
        assertEquals(Pace.DEFAULT, Pace.orDefault(-1, 6_000));
        assertEquals(Pace.DEFAULT, Pace.orDefault(Long.MAX_VALUE, 6_000));
        assertEquals(new Pace(5_000, 8_000), Pace.orDefault(5_000, 8_000));
    }

    @Test
    void aRound_holdsAtLeastFourBreaths_andAboutAMinuteAtEveryPace() {
        for (Pace pace : new Pace[] {Pace.FASTEST, Pace.DEFAULT, Pace.SLOWEST}) {
            int breaths = pace.breathsPerRound();
            long roundMillis = (long) breaths * pace.breathMillis();
            assertTrue(breaths >= 4, pace + ": " + breaths);
            assertTrue(roundMillis >= 55_000 && roundMillis <= 70_000, pace + ": " + roundMillis + " ms");
        }
    }
}
