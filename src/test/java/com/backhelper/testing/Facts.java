package com.backhelper.testing;

import com.backhelper.speech.SpeechCatalogue;
import com.backhelper.speech.SpeechCatalogues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which CONTENT.md facts a piece of speech carries, read from the speech catalogue: a key's leading segments name
 * the facts its words carry, so speech "carries S4" when it contains the words of some key whose name starts with
 * S4. Tests assert on facts this way, never on whole sentences.
 */
public final class Facts {

    public static final Pattern FACT_ID = Pattern.compile("[EPRSF]\\d[DN]?");
    /** Every fact id in shared/CONTENT.md. */
    public static final List<String> ALL = List.of("E1", "E2", "E3", "E4", "E5", "E6", "P1", "P2",
            "R1", "R2", "R3", "R4", "R5", "S1", "S1D", "S2", "S3", "S4", "S5", "S6", "F1", "F2", "F3");

    private static final SpeechCatalogue EN_US = SpeechCatalogues.load().forLocale("en-US");

    private Facts() {
    }

    public static SpeechCatalogue catalogue() {
        return EN_US;
    }

    /** The fact ids a catalogue key names: its leading segments that look like fact ids. */
    public static List<String> factsOf(String key) {
        List<String> facts = new ArrayList<>();
        for (String segment : key.split("\\.")) {
            if (!FACT_ID.matcher(segment).matches()) {
                break;
            }
            facts.add(segment);
        }
        return facts;
    }

    /** True when the speech contains the words of some catalogue entry that carries this fact. */
    public static boolean carries(String ssml, String factId) {
        String text = plain(ssml);
        for (Map.Entry<String, List<String>> entry : EN_US.entries().entrySet()) {
            if (factsOf(entry.getKey()).contains(factId)
                    && entry.getValue().stream().anyMatch(variant -> text.contains(variant))) {
                return true;
            }
        }
        return false;
    }

    /** The facts this speech carries, in id order. */
    public static List<String> carried(String ssml) {
        return ALL.stream().filter(id -> carries(ssml, id)).toList();
    }

    /** The words of the SSML, tags gone and entities back to characters ("{@code <say-as>}911" is "911"). */
    public static String plain(String ssml) {
        return ssml == null ? "" : ssml.replaceAll("</?say-as[^>]*>", "").replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }

    public static String[] array(String ids) {
        return Arrays.stream(ids.split("[ ,]+")).filter(s -> !s.isBlank()).toArray(String[]::new);
    }
}
