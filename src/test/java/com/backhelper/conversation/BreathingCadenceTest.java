package com.backhelper.conversation;

import com.backhelper.routine.Pace;
import com.backhelper.testing.Cadence;
import com.backhelper.testing.Conversation;
import org.junit.jupiter.api.Test;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breathing as a listener gets it, measured from the response itself (cue words plus silences): about six
 * breaths a minute by default, the out-breath longer than the in-breath, and about a minute of breathing a round,
 * at the default, the slowest and the fastest pace.
 */
class BreathingCadenceTest {

    private static Cadence measure(Conversation person, String label) {
        Cadence cadence = Cadence.ofSsml(person.speech());
        System.out.println("cadence " + label + ": " + cadence);
        return cadence;
    }

    private static void assertRound(Cadence cadence, Pace pace) {
        assertTrue(cadence.breaths() >= 4, "at least four breaths: " + cadence);
        double roundSeconds = cadence.breaths() * (cadence.meanInhaleMillis() + cadence.meanExhaleMillis()) / 1000;
        assertTrue(roundSeconds >= 50 && roundSeconds <= 75, "about a minute of breathing: " + roundSeconds + " s");
        double expectedPerMinute = 60_000.0 / (pace.inhaleMillis() + pace.exhaleMillis());
        assertEquals(expectedPerMinute, cadence.breathsPerMinute(), 0.3, cadence.toString());
        assertEquals((double) pace.exhaleMillis() / pace.inhaleMillis(), cadence.outToIn(), 0.12, cadence.toString());
        assertTrue(cadence.worstMissFrom(pace.inhaleMillis(), pace.exhaleMillis()) <= 400, cadence.toString());
    }

    @Test
    void theDefaultPace_isAboutSixBreathsAMinute_withTheOutBreathLonger() {
        Conversation person = conversation().user("help me now");
        Cadence cadence = measure(person, "default");
        assertRound(cadence, Pace.DEFAULT);
        assertEquals(6.0, cadence.breathsPerMinute(), 0.3);
        assertTrue(cadence.outToIn() > 1.3, "out longer than in: " + cadence);
    }

    @Test
    void theSlowestPace_keepsItsCadence() {
        Conversation person = conversation().user("help me now");
        for (int i = 0; i < 6; i++) {
            person.user("slower");
        }
        assertRound(measure(person, "slowest"), Pace.SLOWEST);
    }

    @Test
    void theFastestPace_keepsItsCadence_andTheOutBreathIsNeverShorter() {
        Conversation person = conversation().user("help me now");
        for (int i = 0; i < 6; i++) {
            person.user("faster");
        }
        Cadence cadence = measure(person, "fastest");
        assertRound(cadence, Pace.FASTEST);
        assertTrue(cadence.outToIn() >= 1.0, cadence.toString());
    }
}
