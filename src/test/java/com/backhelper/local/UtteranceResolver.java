package com.backhelper.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves typed words to an intent the way a device would, using the skill's own interaction model: first an exact
 * sample, then a sample with slots, then Alexa's own phrases for built-in intents, then the closest sample if it is
 * close enough, else AMAZON.FallbackIntent. "Alexa, open back helper" and "ask back helper to ..." work as on a device.
 */
public final class UtteranceResolver {

    /** How alike (0 to 1, by words) a line and a sample must be for the closest sample to count. */
    static final double CLOSE_ENOUGH = 0.6;

    private final Map<String, String> exact = new LinkedHashMap<>();
    private final List<SlotSample> slotSamples = new ArrayList<>();
    private final Pattern invocation;
    private final Pattern launchOnly;

    private record SlotSample(String intent, Pattern pattern, List<String> slotNames, String sample) {
    }

    public UtteranceResolver(InteractionModel model) {
        for (InteractionModel.Intent intent : model.intents()) {
            for (String sample : intent.samples()) {
                if (sample.contains("{")) {
                    slotSamples.add(slotSample(intent.name(), sample));
                } else {
                    exact.putIfAbsent(normalise(sample), intent.name());
                }
            }
        }
        builtInPhrases().forEach((phrase, intent) -> exact.putIfAbsent(phrase, intent));
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

    private Utterance toIntent(String line, boolean opensSkill) {
        String intent = exact.get(line);
        if (intent != null) {
            return new Utterance(intent, Map.of(), opensSkill);
        }
        for (SlotSample sample : slotSamples) {
            Matcher m = sample.pattern().matcher(line);
            if (m.matches()) {
                Map<String, String> slots = new LinkedHashMap<>();
                for (int i = 0; i < sample.slotNames().size(); i++) {
                    slots.put(sample.slotNames().get(i), m.group(i + 1));
                }
                return new Utterance(sample.intent(), slots, opensSkill);
            }
        }
        String closest = null;
        double best = 0;
        for (Map.Entry<String, String> candidate : exact.entrySet()) {
            double score = likeness(line, candidate.getKey());
            if (score > best) {
                best = score;
                closest = candidate.getValue();
            }
        }
        return new Utterance(best >= CLOSE_ENOUGH ? closest : "AMAZON.FallbackIntent", Map.of(), opensSkill);
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

    private static SlotSample slotSample(String intent, String sample) {
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
        return new SlotSample(intent, Pattern.compile(regex.toString()), names, sample);
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
