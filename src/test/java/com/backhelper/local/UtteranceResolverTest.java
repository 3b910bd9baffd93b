package com.backhelper.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UtteranceResolverTest {

    private static final UtteranceResolver RESOLVER = UtteranceResolver.forLocale("en-US");

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Help me now!                                   | HelpMeNowIntent",
            "What happens when my back goes out?            | ExplainIntent",
            "what happens when my back goes out please      | ExplainIntent",
            "stop                                           | AMAZON.StopIntent",
            "yes please                                     | AMAZON.YesIntent",
            "slow down                                      | SlowerIntent",
            "go back                                        | AMAZON.PreviousIntent",
            "what is the capital of france                  | AMAZON.FallbackIntent",
            "Alexa, ask back helper to help me now          | HelpMeNowIntent",
            "tell back helper i threw my back out           | HelpMeNowIntent",
    })
    void typedWords_resolveToTheIntentADeviceWouldHear(String typed, String intent) {
        assertEquals(intent, RESOLVER.resolve(typed).intentName());
    }

    @Test
    void openingTheSkill_isALaunch() {
        for (String typed : new String[] {"open back helper", "Alexa, open Back Helper", "start back helper"}) {
            Utterance u = RESOLVER.resolve(typed);
            assertTrue(u.isLaunch() && u.opensSkill(), typed);
        }
        assertTrue(RESOLVER.resolve("ask back helper what happens when my back goes out").opensSkill());
        assertFalse(RESOLVER.resolve("what happens when my back goes out").opensSkill());
    }

    @Test
    void aSlotSample_fillsTheSlot() {
        Utterance u = RESOLVER.resolve("I have numbness in my groin");
        assertEquals("RedFlagIntent", u.intentName());
        assertEquals(Map.of("symptom", "numbness in my groin"), u.slots());
    }

    @Test
    void likeness_countsWholeWords() {
        assertEquals(1.0, UtteranceResolver.likeness("help me now", "help me now"));
        assertEquals(0.75, UtteranceResolver.likeness("please help me now", "help me now"), 1e-9);
        assertEquals(0.0, UtteranceResolver.likeness("weather", "help me now"));
    }
}
