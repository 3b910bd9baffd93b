package com.backhelper.local;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sample as people say it, with its contractions made ("i am" to "i'm") and undone ("can't" to "cannot"). Speech
 * recognition writes what it heard, so one person's "i've lost feeling" is another's "i have lost feeling"; the model
 * source writes a phrasing once and this class writes out both. Only forms that read one way are undone: "i'd" (had
 * or would) and a noun's "'s" (possessive or "is") are left as written.
 */
final class Contractions {

    /** The long form, then the short one, most specific first ("is not" before "it is"). */
    private static final List<Map.Entry<String, String>> PAIRS = List.of(
            Map.entry("can not", "can't"), Map.entry("cannot", "can't"),
            Map.entry("do not", "don't"), Map.entry("does not", "doesn't"), Map.entry("did not", "didn't"),
            Map.entry("is not", "isn't"), Map.entry("are not", "aren't"), Map.entry("was not", "wasn't"),
            Map.entry("were not", "weren't"), Map.entry("have not", "haven't"), Map.entry("has not", "hasn't"),
            Map.entry("had not", "hadn't"), Map.entry("will not", "won't"), Map.entry("would not", "wouldn't"),
            Map.entry("should not", "shouldn't"), Map.entry("could not", "couldn't"),
            Map.entry("i am", "i'm"), Map.entry("i have", "i've"), Map.entry("i will", "i'll"),
            Map.entry("you are", "you're"), Map.entry("we are", "we're"), Map.entry("they are", "they're"),
            Map.entry("you have", "you've"), Map.entry("it is", "it's"), Map.entry("that is", "that's"),
            Map.entry("there is", "there's"), Map.entry("what is", "what's"), Map.entry("where is", "where's"),
            Map.entry("how is", "how's"), Map.entry("who is", "who's"), Map.entry("he is", "he's"),
            Map.entry("she is", "she's"));

    /** After these words "it's" is "it has" ("it's been", "it's gone numb"), otherwise "it is". */
    private static final Set<String> HAS_BEFORE = Set.of("been", "got", "gotten", "gone", "had", "done", "become",
            "started", "stopped", "happened", "eased", "spread", "moved", "lost", "never");
    private static final Pattern APOSTROPHE_S = Pattern.compile("\\b(it|that|there|what|where|how|who|he|she)'s (\\w+)");

    /** A question puts the verb first ("can i have", "will you are"...): no contraction follows it. */
    private static final String AFTER_NO_AUXILIARY =
            "(?<!\\b(?:can|could|may|might|should|would|will|shall|do|does|did|am|are|is|was|were) )";

    private Contractions() {
    }

    /** The sample as written, with every contraction made, and with every unambiguous one undone. */
    static Set<String> variants(String sample) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(sample);
        variants.add(contracted(sample));
        variants.add(undone(sample));
        return variants;
    }

    static String contracted(String sample) {
        String out = sample;
        for (Map.Entry<String, String> pair : PAIRS) {
            // "i have to go" stays: "i've to go" is not how most people say it; nor is a question's "can i've".
            out = out.replaceAll(AFTER_NO_AUXILIARY + "\\b" + Pattern.quote(pair.getKey()) + "\\b(?! to\\b)",
                    pair.getValue());
        }
        return out;
    }

    static String undone(String sample) {
        Matcher s = APOSTROPHE_S.matcher(sample);
        StringBuilder out = new StringBuilder();
        while (s.find()) {
            String verb = HAS_BEFORE.contains(s.group(2)) ? " has " : " is ";
            s.appendReplacement(out, Matcher.quoteReplacement(s.group(1) + verb + s.group(2)));
        }
        s.appendTail(out);
        String result = out.toString();
        for (Map.Entry<String, String> pair : PAIRS) {
            if (pair.getValue().endsWith("'s") || pair.getKey().equals("can not")) {
                continue; // "'s" is handled above; "can't" is undone as "cannot"
            }
            result = result.replaceAll("\\b" + Pattern.quote(pair.getValue()) + "(?![\\w'])", pair.getKey());
        }
        return result;
    }
}
