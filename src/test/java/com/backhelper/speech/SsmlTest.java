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
    void aBreath_isItsCueAndTheRestInSilence_neverLessThanASecondOfSilence() {
        // Four words at 445 ms each leave 4000 - 1780 = 2220 ms, rounded to 2200 ms.
        assertEquals("<speak><prosody rate=\"90%\">Breathe in, nice slowly.</prosody><break time=\"2200ms\"/></speak>",
                new Ssml().breath("Breathe in, nice slowly.", 4000).build());
        assertEquals("<speak><prosody rate=\"90%\">a b c d e f g h</prosody><break time=\"1000ms\"/></speak>",
                new Ssml().breath("a b c d e f g h", 3000).build());
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
