package com.backhelper.speech;

import com.backhelper.testing.SsmlRules;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SsmlTest {

    @Test
    void text_isEscaped_soAnyStringMakesValidSsml() {
        String nasty = "<speak> & \"quotes\" 'apostrophes' </break> \u0000\u0007 ]]> <!-- x -->";
        String ssml = new Ssml().say(nasty).build();
        assertEquals(java.util.List.of(), SsmlRules.problems(ssml));
        assertTrue(ssml.contains("&lt;speak&gt; &amp; &quot;quotes&quot; &apos;apostrophes&apos;"), ssml);
    }

    @Test
    void pauses_areCappedAtTenSeconds_andZeroWritesNothing() {
        assertEquals("<speak><break time=\"10000ms\"/></speak>", new Ssml().pause(25_000).build());
        assertEquals("<speak></speak>", new Ssml().pause(0).pause(-5).build());
    }

    @Test
    void calmText_usesAProsodyRateAlexaAccepts() {
        String ssml = new Ssml().sayCalmly("In.").pause(4000).sayCalmly("Out.").build();
        assertEquals("<speak><prosody rate=\"90%\">In.</prosody><break time=\"4000ms\"/><prosody rate=\"90%\">Out.</prosody></speak>", ssml);
        assertEquals(java.util.List.of(), SsmlRules.problems(ssml));
    }

    @Test
    void aBreath_isItsMeasuredCueAndTheRestInSilence_neverLessThanASecondOfSilence() {
        HeardLengths lengths = new HeardLengths(java.util.Map.of("In, slowly.", 1565, "A long cue.", 2600),
                java.util.Map.of());
        // "In, slowly." is heard for 1565 ms (its comma is a pause a word count misses): 4000 - 1565 = 2435 ms.
        assertEquals("<speak><prosody rate=\"90%\">In, slowly.</prosody><break time=\"2435ms\"/></speak>",
                new Ssml(lengths).breath("In, slowly.", 4000).build());
        assertEquals("<speak><prosody rate=\"90%\">A long cue.</prosody><break time=\"1000ms\"/></speak>",
                new Ssml(lengths).breath("A long cue.", 3000).build());
    }

    @Test
    void theBuilder_knowsHowLongItsSpeechTakesToHear() {
        HeardLengths lengths = new HeardLengths(java.util.Map.of("In.", 900), java.util.Map.of("Hello.", 1200));
        Ssml ssml = new Ssml(lengths).say("Hello.").pause(500).breath("In.", 4000);
        assertEquals(1200 + 500 + 4000, ssml.heardMillis());
    }

    @Test
    void speechOverAlexasLimit_isRefused_notCut() {
        Ssml ssml = new Ssml();
        for (int i = 0; i < 800; i++) {
            ssml.say("0123456789");
        }
        assertThrows(IllegalStateException.class, ssml::build);
    }
}
