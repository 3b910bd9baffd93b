package com.backhelper.speech;

import com.backhelper.local.InteractionModel;
import com.backhelper.local.LocalSession;
import com.backhelper.local.ModelSource;
import com.backhelper.local.Utterance;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.SpeechFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every English locale: a complete interaction model and speech file, and that country's emergency number. */
class LocalesTest {

    private static final SpeechCatalogues CATALOGUES = SpeechCatalogues.load();
    /** Where each emergency number must be said: the safety line, the warning-sign answer and "I cannot call". */
    /** The sentences that name the number to call (S2.call follows S1.full, which has just said it). */
    private static final Set<String> EMERGENCY_KEYS = Set.of("S1.S2.safety_line", "S1.full", "S1.sign.saddle",
            "S2.cannot_call", "S1.S2.disc_warning");

    static Iterable<String> locales() {
        return SpeechCatalogues.SUPPORTED_LOCALES;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyLocale_hasAModelWithEveryIntentAndSharedSample_andTheSameInvocationName(String locale) {
        InteractionModel us = InteractionModel.load("en-US");
        InteractionModel model = InteractionModel.load(locale);
        assertEquals(us.invocationName(), model.invocationName());
        assertEquals(names(us), names(model), locale);
        ModelSource.shared().samples().forEach((intent, shared) -> assertTrue(
                model.intent(intent).samples().containsAll(shared), locale + " " + intent + " lacks shared samples"));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyLocale_hasEveryKeyOfTheSpeech(String locale) {
        SpeechCatalogue catalogue = CATALOGUES.forLocale(locale);
        assertEquals(locale, catalogue.locale());
        assertEquals(CATALOGUES.forLocale("en-US").entries().keySet(), catalogue.entries().keySet(), locale);
    }

    /** A phrasing is written once: a locale's file holds only its placeholders and the sentences it says otherwise. */
    @ParameterizedTest
    @MethodSource("locales")
    void everyLocaleFile_holdsOnlyWhatThatLocaleChanges(String locale) throws Exception {
        Properties shared = SpeechFiles.read("en");
        Properties own = SpeechFiles.read(locale);
        for (String key : own.stringPropertyNames()) {
            if (key.startsWith("locale.")) {
                continue;
            }
            assertTrue(shared.containsKey(key), locale + " adds a key the shared words do not have: " + key);
            assertNotEquals(shared.getProperty(key), own.getProperty(key), locale + " repeats the shared " + key);
        }
        for (List<String> variants : CATALOGUES.forLocale(locale).entries().values()) {
            variants.forEach(text -> assertFalse(text.contains("{") || text.contains("}"), locale + ": " + text));
        }
    }


    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"en-US, 911", "en-CA, 911", "en-GB, 999 or 112", "en-AU, 000", "en-IN, 112"})
    void everyLocale_namesItsOwnEmergencyNumber_andNoOther(String locale, String number) {
        SpeechCatalogue catalogue = CATALOGUES.forLocale(locale);
        for (String key : EMERGENCY_KEYS) {
            assertTrue(catalogue.text(key).contains(number), locale + " " + key + ": " + catalogue.text(key));
        }
        String everything = String.join(" ", catalogue.entries().values().stream().flatMap(java.util.List::stream)
                .toList());
        for (String other : new String[] {"911", "999", "000", "112"}) {
            if (!number.contains(other)) {
                assertFalse(everything.contains(other), locale + " says " + other);
            }
        }
    }

    /** The SSML builder says every three-digit number digit by digit, which is right only for numbers to call. */
    @ParameterizedTest
    @MethodSource("locales")
    void everyThreeDigitNumberSpoken_isANumberToCall(String locale) {
        Set<String> toCall = Set.of("911", "999", "112", "000", "108", "111");
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\b\\d{3}\\b").matcher(
                String.join(" ", CATALOGUES.forLocale(locale).entries().values().stream()
                        .flatMap(java.util.List::stream).toList()));
        while (number.find()) {
            assertTrue(toCall.contains(number.group()), locale + " says " + number.group() + " digit by digit");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"en-GB, 999 or 112", "en-AU, 000", "en-IN, 112", "en-CA, 911"})
    void aPersonInThatCountry_hearsTheirNumber_throughTheEntryPoint(String locale, String number) {
        LocalSession person = new LocalSession(SkillDriver.standard().handler(),
                "amzn1.ask.account.LOCALE-" + UUID.randomUUID(), locale);
        JsonNode response = person.say(Utterance.intent("HelpMeNowIntent"));
        String speech = response.path("response").path("outputSpeech").path("ssml").asText();
        assertTrue(com.backhelper.testing.Facts.plain(speech).contains(number), speech);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theSkillManifest_listsEveryLocale_withItsNumberInTheDescription(String locale) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(
                InteractionModel.skillPackageDir().resolve("skill.json"), StandardCharsets.UTF_8)).path("manifest");
        JsonNode store = manifest.path("publishingInformation").path("locales").path(locale);
        assertFalse(store.isMissingNode(), locale);
        String number = CATALOGUES.forLocale(locale).text("S2.call").replaceAll("\\D+", " ").trim().split(" ")[0];
        assertTrue(store.path("description").asText().contains(number), locale + " description, " + number);
        assertTrue(manifest.path("privacyAndCompliance").path("locales").has(locale), locale);
    }

    private static Set<String> names(InteractionModel model) {
        return model.intents().stream().map(InteractionModel.Intent::name).collect(Collectors.toSet());
    }
}
