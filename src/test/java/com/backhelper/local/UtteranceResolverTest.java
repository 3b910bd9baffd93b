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
    void aSlotSample_fillsTheSlot_andResolvesASynonymToItsValue() {
        Utterance u = RESOLVER.resolve("I can't feel my backside");
        assertEquals("SaddleNumbnessIntent", u.intentName());
        assertEquals(Map.of("area", "backside"), u.slots());
        assertEquals(new Utterance.Resolution("SaddleArea", "bum"), u.resolutions().get("area"));
        assertEquals(Utterance.Kind.SAMPLE_WITH_SLOTS, u.match().kind());
        assertTrue(u.match().strict());
    }

    @Test
    void aSlotValueThatIsNotOfItsType_reachesTheIntentUnresolved_asOnADevice() {
        Utterance u = RESOLVER.resolve("i can't feel my back pain");
        assertEquals("SaddleNumbnessIntent", u.intentName());
        assertFalse(u.resolutions().get("area").matched());
        assertFalse(u.match().strict(), "never counted as understood");
    }

    @Test
    void everyLine_saysHowItWasMatched() {
        assertEquals(Utterance.Kind.EXACT_SAMPLE, RESOLVER.resolve("help me now").match().kind());
        assertEquals(Utterance.Kind.BUILT_IN_PHRASE, RESOLVER.resolve("stop").match().kind());
        Utterance.Match close = RESOLVER.resolve("please help me now quickly").match();
        assertEquals(Utterance.Kind.CLOSEST_SAMPLE, close.kind());
        assertTrue(close.score() >= UtteranceResolver.CLOSE_ENOUGH && close.score() < 1, close.toString());
        assertTrue(close.toString().startsWith("closest sample (0."), close.toString());
        assertEquals(Utterance.Kind.FALLBACK, RESOLVER.resolve("what is the capital of france").match().kind());
    }

    @Test
    void likeness_countsWholeWords() {
        assertEquals(1.0, UtteranceResolver.likeness("help me now", "help me now"));
        assertEquals(0.75, UtteranceResolver.likeness("please help me now", "help me now"), 1e-9);
        assertEquals(0.0, UtteranceResolver.likeness("weather", "help me now"));
    }
}
