package com.backhelper.local;

import com.backhelper.conversation.Intents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves typed words to an intent the way a device would, using the skill's own interaction model: first an exact
 * sample, then Alexa's own phrases for built-in intents, then a sample with slots (values resolved against the slot
 * type, as Alexa's entity resolution does), then the closest sample if it is close enough, else
 * AMAZON.FallbackIntent. "Alexa, open back helper" and "ask back helper to ..." work as on a device.
 *
 * <p>Every answer says how it was matched ({@link Utterance.Match}); only exact samples, built-in phrases and samples
 * whose slot values resolve count as {@linkplain Utterance.Match#strict() strict}, which is what the NLU evaluation
 * judges the model by. The closest-sample step is more lenient than Alexa and is for the terminal run only.
 */
public final class UtteranceResolver {

    /** How alike (0 to 1, by words) a line and a sample must be for the closest sample to count. */
    static final double CLOSE_ENOUGH = 0.7;

    /**
     * Intents whose answer ends the session for an emergency: reached only by a sample, never by a look-alike
     * ("i have a question" is one word from "i have a fever").
     */
    private static final Set<String> NEVER_BY_LIKENESS = safetyIntents();

    private final Map<String, String> exact = new LinkedHashMap<>();
    private final Map<String, String> builtIn = new LinkedHashMap<>();
    private final List<SlotSample> slotSamples = new ArrayList<>();
    private final Map<String, Map<String, String>> slotValues = new LinkedHashMap<>();
    private final Pattern invocation;
    private final Pattern launchOnly;

    private record SlotSample(String intent, Pattern pattern, List<String> slotNames, Map<String, String> slotTypes,
                              String sample) {
    }

    public UtteranceResolver(InteractionModel model) {
        model.slotTypeValues().forEach((type, values) -> {
            Map<String, String> byWords = new LinkedHashMap<>();
            values.forEach((value, synonyms) -> {
                byWords.putIfAbsent(normalise(value), value);
                synonyms.forEach(s -> byWords.putIfAbsent(normalise(s), value));
            });
            slotValues.put(type, byWords);
        });
        for (InteractionModel.Intent intent : model.intents()) {
            for (String sample : intent.samples()) {
                if (sample.contains("{")) {
                    slotSamples.add(slotSample(intent, sample));
                } else {
                    exact.putIfAbsent(normalise(sample), intent.name());
                }
            }
        }
        builtInPhrases().forEach(builtIn::putIfAbsent);
        String name = Pattern.quote(model.invocationName());
        invocation = Pattern.compile("^(?:ask|tell|use) " + name + "(?: (?:to|for|about|if|whether|that))? (.+)$");
        launchOnly = Pattern.compile("^(?:open|start|launch|begin|run|talk to|ask|use) " + name + "$");
    }

    public static UtteranceResolver forLocale(String locale) {
        return new UtteranceResolver(InteractionModel.load(locale));
    }

    public Utterance resolve(String typed) {
        String line = normalise(typed);
        if (line.startsWith("alexa ")) {
            line = line.substring("alexa ".length());
        }
        if (launchOnly.matcher(line).matches()) {
            return Utterance.launch();
        }
        Matcher invoked = invocation.matcher(line);
        boolean opensSkill = invoked.matches();
        return toIntent(opensSkill ? invoked.group(1) : line, opensSkill);
    }

    /** The built-in phrase table (normalised), for checking that evaluation phrasings are held out. */
    public Set<String> builtInPhraseTable() {
        return Set.copyOf(builtIn.keySet());
    }

    private Utterance toIntent(String line, boolean opensSkill) {
        String intent = exact.get(line);
        if (intent != null) {
            return found(intent, opensSkill, Utterance.Kind.EXACT_SAMPLE, line);
        }
        intent = builtIn.get(line);
        if (intent != null) {
            return found(intent, opensSkill, Utterance.Kind.BUILT_IN_PHRASE, line);
        }
        Utterance unresolved = null;
        for (SlotSample sample : slotSamples) {
            Matcher m = sample.pattern().matcher(line);
            if (!m.matches()) {
                continue;
            }
            Map<String, String> slots = new LinkedHashMap<>();
            Map<String, Utterance.Resolution> resolutions = new LinkedHashMap<>();
            boolean allResolved = true;
            for (int i = 0; i < sample.slotNames().size(); i++) {
                String slot = sample.slotNames().get(i);
                String type = sample.slotTypes().get(slot);
                String value = slotValues.getOrDefault(type, Map.of()).get(m.group(i + 1));
                slots.put(slot, m.group(i + 1));
                resolutions.put(slot, new Utterance.Resolution(type, value));
                allResolved &= value != null;
            }
            if (allResolved) {
                return new Utterance(sample.intent(), slots, resolutions, opensSkill,
                        new Utterance.Match(Utterance.Kind.SAMPLE_WITH_SLOTS, sample.sample(), 1));
            }
            if (unresolved == null) {
                // A device fills a custom slot with any words; the skill sees ER_SUCCESS_NO_MATCH.
                unresolved = new Utterance(sample.intent(), slots, resolutions, opensSkill,
                        new Utterance.Match(Utterance.Kind.SAMPLE_WITH_UNRESOLVED_SLOTS, sample.sample(), 1));
            }
        }
        if (unresolved != null) {
            return unresolved;
        }
        String closest = null;
        String closestSample = null;
        double best = 0;
        for (Map.Entry<String, String> candidate : exact.entrySet()) {
            if (NEVER_BY_LIKENESS.contains(candidate.getValue())) {
                continue;
            }
            double score = likeness(line, candidate.getKey());
            if (score > best) {
                best = score;
                closest = candidate.getValue();
                closestSample = candidate.getKey();
            }
        }
        if (best >= CLOSE_ENOUGH) {
            return new Utterance(closest, Map.of(), Map.of(), opensSkill,
                    new Utterance.Match(Utterance.Kind.CLOSEST_SAMPLE, closestSample, best));
        }
        return new Utterance("AMAZON.FallbackIntent", Map.of(), Map.of(), opensSkill,
                new Utterance.Match(Utterance.Kind.FALLBACK, closestSample, best));
    }

    private static Utterance found(String intent, boolean opensSkill, Utterance.Kind kind, String sample) {
        return new Utterance(intent, Map.of(), Map.of(), opensSkill, new Utterance.Match(kind, sample, 1));
    }

    private static Set<String> safetyIntents() {
        Set<String> intents = new HashSet<>(Intents.CALL_NOW_SIGNS);
        intents.add(Intents.SAME_DAY_SIGN);
        intents.add(Intents.CALL_FOR_HELP);
        return Set.copyOf(intents);
    }

    /** 1 minus the word-level edit distance over the longer length: 1 for the same words, 0 for nothing shared. */
    static double likeness(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitute = previous[j - 1] + (x[i - 1].equals(y[j - 1]) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[y.length] / Math.max(x.length, y.length);
    }

    /** Lower case, words only: what Alexa's speech recognition hands a skill. */
    static String normalise(String typed) {
        return typed.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z' {}]", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static SlotSample slotSample(InteractionModel.Intent intent, String sample) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        Matcher slot = Pattern.compile("\\{(\\w+)}").matcher(sample);
        int last = 0;
        while (slot.find()) {
            regex.append(Pattern.quote(sample.substring(last, slot.start())));
            regex.append("(.+)");
            names.add(slot.group(1));
            last = slot.end();
        }
        regex.append(Pattern.quote(sample.substring(last))).append('$');
        return new SlotSample(intent.name(), Pattern.compile(regex.toString()), names, intent.slotTypes(), sample);
    }

    /**
     * Alexa's built-in intents understand common phrases ("stop", "yes") that a model does not list; this table
     * stands in for them here.
     */
    private static Map<String, String> builtInPhrases() {
        Properties table = new Properties();
        try (InputStream in = UtteranceResolver.class.getResourceAsStream("/local/builtin-phrases.properties")) {
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> phrases = new LinkedHashMap<>();
        for (String intent : table.stringPropertyNames()) {
            Arrays.stream(table.getProperty(intent).split("\\|")).map(String::trim).filter(p -> !p.isEmpty())
                    .forEach(p -> phrases.put(normalise(p), intent));
        }
        return phrases;
    }
}
