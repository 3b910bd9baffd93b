package com.backhelper.conversation;

import com.backhelper.local.LocalSession;
import com.backhelper.local.Utterance;
import com.backhelper.speech.SpeechCatalogues;
import com.backhelper.testing.Facts;
import com.backhelper.testing.HeardAudio;
import com.backhelper.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warning-sign and call-for-help answers as heard (rendered by espeak-ng at Alexa's pace, via HeardAudio): in
 * every locale under 20 s, the action in the first sentence, and the session ended so Alexa hears the next request.
 */
class SafetyAnswersHeardTest {

    private static final double LIMIT_MILLIS = 20_000;
    private static final Map<String, String> NUMBERS = Map.of("en-US", "911", "en-CA", "911", "en-GB", "999 or 112",
            "en-AU", "000", "en-IN", "112");

    @TestFactory
    Stream<DynamicTest> everySafetyAnswer_isUnderTwentySeconds_withTheActionFirst() {
        HeardAudio.assumeAvailable();
        List<String> intents = new ArrayList<>(Intents.CALL_NOW_SIGNS.stream().sorted().toList());
        intents.add(Intents.CALL_FOR_HELP);
        List<DynamicTest> tests = new ArrayList<>();
        for (String locale : SpeechCatalogues.SUPPORTED_LOCALES) {
            for (String intent : intents) {
                tests.add(DynamicTest.dynamicTest(locale + " " + intent, () -> check(locale, intent)));
            }
        }
        return tests.stream();
    }

    private static void check(String locale, String intent) {
        LocalSession person = new LocalSession(SkillDriver.standard().handler(),
                "amzn1.ask.account.HEARD-" + UUID.randomUUID(), locale);
        JsonNode response = person.say(Utterance.intent(intent));
        String ssml = response.path("response").path("outputSpeech").path("ssml").asText();
        double heard = HeardAudio.hear(ssml).totalMillis();
        System.out.printf(Locale.ROOT, "%s %-22s heard in %.1f s%n", locale, intent, heard / 1000);
        assertTrue(heard < LIMIT_MILLIS, locale + " " + intent + ": " + heard + " ms: " + ssml);
        String number = NUMBERS.get(locale);
        String firstSentence = Facts.plain(ssml).split("\\. ")[0];
        String action = intent.equals(Intents.CALL_FOR_HELP) ? "Use your phone" : "call " + number + " now";
        assertTrue(firstSentence.contains(action), locale + " " + intent + ": first sentence: " + firstSentence);
        assertTrue(response.path("response").path("shouldEndSession").asBoolean(false), "ends the session");
    }
}
