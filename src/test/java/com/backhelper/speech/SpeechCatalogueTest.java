package com.backhelper.speech;

import com.backhelper.testing.Facts;
import com.backhelper.testing.SsmlRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeechCatalogueTest {

    private final SpeechCatalogue catalogue = Facts.catalogue();

    @Test
    void everyKey_namesTheFactsItCarries_orIsConnectingWords() {
        for (String key : catalogue.entries().keySet()) {
            List<String> facts = Facts.factsOf(key);
            assertTrue(!facts.isEmpty() || key.startsWith("ui."), "key must start with fact ids or ui.: " + key);
            facts.forEach(id -> assertTrue(Facts.ALL.contains(id), key + " names a fact CONTENT.md does not have: " + id));
        }
    }

    @Test
    void everySafetyFact_isInTheCatalogue() {
        for (String id : List.of("S1", "S2", "S3", "S4")) {
            assertTrue(catalogue.entries().keySet().stream().anyMatch(k -> Facts.factsOf(k).contains(id)), id);
        }
    }

    @Test
    void everyFact_isSaidSomewhere() {
        for (String id : Facts.ALL) {
            assertTrue(catalogue.entries().keySet().stream().anyMatch(k -> Facts.factsOf(k).contains(id)), id);
        }
    }

    @Test
    void noWording_writesItsOwnPausesOrMarkup() {
        Pattern markup = Pattern.compile("[<>]|\\bpause\\b|\\d+\\s*ms\\b");
        for (Map.Entry<String, List<String>> entry : catalogue.entries().entrySet()) {
            for (String text : entry.getValue()) {
                assertFalse(markup.matcher(text).find(), entry.getKey() + ": " + text);
                assertEquals(List.of(), SsmlRules.problems(new Ssml().say(text).build()), entry.getKey());
            }
        }
    }

    @Test
    void everyQuestion_hasAReprompt_andEveryStep_hasHelpAndAWayBack() {
        for (var question : com.backhelper.routine.Question.values()) {
            if (question != com.backhelper.routine.Question.NONE) {
                assertTrue(catalogue.has("ui.ask." + question), "question " + question);
                assertTrue(catalogue.has("ui.reprompt." + question), "reprompt " + question);
            }
        }
        for (var step : com.backhelper.routine.Step.values()) {
            assertTrue(catalogue.has("ui.help." + step), "help at " + step);
            if (step.inRoutine()) {
                assertTrue(catalogue.has("ui.where." + step), "where at " + step);
            }
        }
    }

    @Test
    void breathingCues_vary() {
        assertTrue(catalogue.variants("R1.cue.in").size() >= 4);
        assertTrue(catalogue.variants("R1.cue.out").size() >= 4);
    }

    @Test
    void anUnknownLocale_getsEnglishUS() {
        SpeechCatalogues all = SpeechCatalogues.load();
        assertSame(all.forLocale("en-US"), all.forLocale("xx-YY"));
        assertNotNull(all.forLocale(null));
    }

    @Test
    void eachLocale_isReadOnce_andKeepsItsOwnWords() {
        SpeechCatalogues all = SpeechCatalogues.load();
        SpeechCatalogue british = all.forLocale("en-GB");
        assertSame(british, all.forLocale("en-GB"));
        assertEquals("en-GB", british.locale());
        assertNotEquals(all.forLocale("en-US").text("S1.full"), british.text("S1.full"));
    }

    @Test
    void variants_areSplitAtEachBar_withoutBlanks() {
        for (List<String> variants : catalogue.entries().values()) {
            for (String variant : variants) {
                assertFalse(variant.isBlank() || variant.contains("|") || !variant.equals(variant.trim()), variant);
            }
        }
        assertEquals("Breathe in through your nose.", catalogue.variants("R1.cue.in").get(0));
    }
}
