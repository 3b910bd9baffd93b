package com.backhelper.conversation;

import com.backhelper.testing.Conversation;
import com.backhelper.testing.HeardAudio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The turns that are mostly silence, measured as heard (espeak-ng and sox): the reprompt that is another round of
 * breathing must stay within what Alexa plays for a reprompt (about 90 s) at every pace, and "give me a minute" must
 * be a real minute, every pause within Alexa's 10 s. Prints the figures.
 */
class SilenceHeardTest {

    /** Alexa plays about 90 s of reprompt audio. */
    private static final double MOST_REPROMPT_MILLIS = 90_000;
    private static final double ALEXA_BREAK_LIMIT_MILLIS = 10_000;

    @BeforeAll
    static void audio() {
        HeardAudio.assumeAvailable();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"default, ''", "slowest, slower", "fastest, faster"})
    void theBreathingReprompt_isAnotherRound_withinAlexasReprompt_atEveryPace(String pace, String change) {
        Conversation person = conversation().user("help me now");
        for (int i = 0; i < 4 && !change.isEmpty(); i++) {
            person.user(change);
        }
        HeardAudio.Heard heard = HeardAudio.hear(person.noAnswer().speech());
        System.out.printf("breathing reprompt, %s pace: %.1f s heard, longest pause %.1f s%n", pace,
                heard.totalMillis() / 1000, heard.longestBreakMillis() / 1000);
        assertTrue(heard.totalMillis() <= MOST_REPROMPT_MILLIS, pace + ": " + heard.totalMillis() + " ms");
        assertTrue(heard.totalMillis() >= 45_000, "a whole round of breathing: " + heard.totalMillis() + " ms");
        assertTrue(heard.longestBreakMillis() <= ALEXA_BREAK_LIMIT_MILLIS);
    }

    @Test
    void giveMeAMinute_isAMinuteOfSilence_andTheLyingDownWaitToo() {
        Conversation person = conversation().user("help me now");
        HeardAudio.Heard wait = HeardAudio.hear(person.user("give me a minute").speech());
        HeardAudio.Heard lyingDown = HeardAudio.hear(person.user("next").speech());
        HeardAudio.Heard lyingDownReprompt = HeardAudio.hear(person.noAnswer().speech());
        for (var entry : java.util.Map.of("give me a minute", wait, "lying down", lyingDown,
                "lying down, reprompt", lyingDownReprompt).entrySet()) {
            HeardAudio.Heard heard = entry.getValue();
            double silent = heard.totalMillis() - heard.segments().stream()
                    .mapToDouble(HeardAudio.Segment::lengthMillis).sum();
            System.out.printf("%s: %.1f s heard, %.1f s of it silence, longest pause %.1f s%n", entry.getKey(),
                    heard.totalMillis() / 1000, silent / 1000, heard.longestBreakMillis() / 1000);
            assertTrue(silent >= 59_900, entry.getKey() + ": a real minute, got " + silent + " ms");
            assertTrue(heard.longestBreakMillis() <= ALEXA_BREAK_LIMIT_MILLIS);
        }
        assertTrue(lyingDownReprompt.totalMillis() <= MOST_REPROMPT_MILLIS, lyingDownReprompt.totalMillis() + " ms");
    }
}
