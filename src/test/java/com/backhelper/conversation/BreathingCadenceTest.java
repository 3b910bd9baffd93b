package com.backhelper.conversation;

import com.backhelper.routine.Pace;
import com.backhelper.testing.Conversation;
import com.backhelper.testing.HeardAudio;
import com.backhelper.testing.HeardAudio.Heard;
import com.backhelper.testing.HeardAudio.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breathing as a listener hears it: each response rendered with espeak-ng (HeardAudio), every in-breath and
 * out-breath measured from one cue's first sound to the next one's, at every pace from the quickest to the slowest.
 * Each phase is within 0.3 s of the pace, every silence leaves time to breathe, and a round is about a minute.
 */
class BreathingCadenceTest {

    /** How far a phase may be from the pace, as heard. */
    static final double PHASE_TOLERANCE_MILLIS = 300;
    /** Every silence in a round is at least about a second: time for the breath itself. */
    static final double SHORTEST_SILENCE_MILLIS = 1_000;

    /** Each pace's breathing response, quickest to slowest, as the person reaches it by saying faster or slower. */
    private static final Map<Pace, String> ROUNDS = new LinkedHashMap<>();

    @BeforeAll
    static void reachEveryPace() {
        Conversation quicker = conversation().user("help me now");
        ROUNDS.put(Pace.DEFAULT, quicker.speech());
        List<String> faster = new ArrayList<>();
        for (Pace pace = Pace.DEFAULT; !pace.equals(Pace.FASTEST); pace = pace.faster()) {
            faster.add(0, quicker.user("faster").speech());
        }
        Conversation slower = conversation().user("help me now");
        List<String> slowerRounds = new ArrayList<>();
        for (Pace pace = Pace.DEFAULT; !pace.equals(Pace.SLOWEST); pace = pace.slower()) {
            slowerRounds.add(slower.user("slower").speech());
        }
        Map<Pace, String> ordered = new LinkedHashMap<>();
        Pace pace = Pace.FASTEST;
        for (String round : faster) {
            ordered.put(pace, round);
            pace = pace.slower();
        }
        ordered.put(Pace.DEFAULT, ROUNDS.get(Pace.DEFAULT));
        pace = Pace.DEFAULT.slower();
        for (String round : slowerRounds) {
            ordered.put(pace, round);
            pace = pace.slower();
        }
        ROUNDS.clear();
        ROUNDS.putAll(ordered);
    }

    @Test
    void everyPhase_isWithinAThirdOfASecondOfThePace_asHeard_atEveryPace() {
        HeardAudio.assumeAvailable();
        assertEquals(Pace.FASTEST, ROUNDS.keySet().iterator().next(), "starts at the quickest pace");
        assertTrue(ROUNDS.containsKey(Pace.SLOWEST), "reaches the slowest pace: " + ROUNDS.keySet());
        List<Heard> heard = HeardAudio.hearAll(List.copyOf(ROUNDS.values()));
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (Pace pace : ROUNDS.keySet()) {
            Heard round = heard.get(i++);
            List<Double> phases = round.phasesMillis(Segment::calm);
            double worst = 0;
            for (int p = 0; p < phases.size(); p++) {
                int expected = p % 2 == 0 ? pace.inhaleMillis() : pace.exhaleMillis();
                double miss = phases.get(p) - expected;
                worst = Math.abs(miss) > Math.abs(worst) ? miss : worst;
                if (Math.abs(miss) > PHASE_TOLERANCE_MILLIS) {
                    failures.add(String.format(Locale.ROOT, "%s phase %d: %.0f ms, pace %d ms", label(pace), p,
                            phases.get(p), expected));
                }
            }
            double shortestSilence = round.segments(Segment::calm).stream().mapToDouble(round::silenceAfter).min()
                    .orElse(0);
            double breathing = phases.stream().mapToDouble(Double::doubleValue).sum();
            System.out.printf(Locale.ROOT, "cadence as heard, pace %s: %d breaths, %.1f s of breathing, worst phase "
                            + "error %+.0f ms, silences %.1f to %.1f s, first cue at %.1f s%n", label(pace),
                    phases.size() / 2, breathing / 1000, worst, shortestSilence / 1000,
                    round.longestBreakMillis() / 1000, round.first(Segment::calm).heardAtMillis() / 1000);
            assertEquals(0, phases.size() % 2, "whole breaths: " + phases);
            assertTrue(phases.size() / 2 >= 4, "at least four breaths at " + label(pace));
            assertTrue(breathing >= 50_000 && breathing <= 75_000, "about a minute of breathing: " + breathing);
            assertTrue(shortestSilence >= SHORTEST_SILENCE_MILLIS, label(pace) + " leaves time to breathe: "
                    + shortestSilence + " ms");
        }
        assertEquals(List.of(), failures, "phases off the pace, as heard");
    }

    @Test
    void theQuickestPace_usesOnlyCuesShortEnoughForItsBreaths() {
        HeardAudio.assumeAvailable();
        Heard quickest = HeardAudio.hear(ROUNDS.get(Pace.FASTEST));
        List<Segment> cues = quickest.segments(Segment::calm);
        for (int c = 0; c < cues.size(); c++) {
            int phase = c % 2 == 0 ? Pace.FASTEST.inhaleMillis() : Pace.FASTEST.exhaleMillis();
            assertTrue(cues.get(c).lengthMillis() + SHORTEST_SILENCE_MILLIS <= phase + PHASE_TOLERANCE_MILLIS,
                    "cue too long for a " + phase + " ms breath: " + cues.get(c));
        }
    }

    private static String label(Pace pace) {
        return String.format(Locale.ROOT, "%.1f/%.1f s", pace.inhaleMillis() / 1000.0, pace.exhaleMillis() / 1000.0);
    }
}
