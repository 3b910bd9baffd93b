package com.backhelper.local;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one source of the interaction model: the files of {@code src/main/model/en/} hold the phrasings every English
 * locale shares, and {@code src/main/model/<locale>/} only what that locale adds (its emergency number, its services,
 * its own words). Each folder's files are read in name order. The five files ASK deploys
 * (skill-package/interactionModels/custom/*.json) are generated from it.
 *
 * <p>The format, one statement a line ({@code #} starts a comment):
 * <pre>
 * invocation back helper
 * sensitivity LOW
 * &#64;numb = numb | tingly | dead                  a phrase set, used as "&#64;numb" in any sample of any file
 * intent SaddleNumbnessIntent area:SaddleArea     an intent, with its slots (name:type)
 * i can't feel my {area}                          a sample of the intent above
 * (my|the) groin is &#64;numb                         alternatives in brackets, written out as separate samples;
 * it's (really|) numb                             an empty alternative makes a word optional; brackets nest
 * type SaddleArea
 * groin = crotch | between my legs                a value, then its synonyms
 * </pre>
 * Every sample is also written with its contractions made and with them undone ({@link Contractions}): speech
 * recognition hands a skill "i'm" from one person and "i am" from another, and a phrasing is written once.
 *
 * <p>A phrase set is defined once in the shared files. A locale may add samples to an intent, values or synonyms to
 * a type, and define a shared phrase set again (its
 * definition wins in that locale, so "&#64;emergency_number" is written once and said locally), never a new intent:
 * the inventory of intents is the same in every locale. Samples are written out only once every file is read.
 */
public final class ModelSource {

    public static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern PHRASE_SET = Pattern.compile("@([a-z_]+)");
    private static final Pattern DEFINITION = Pattern.compile("@([a-z_]+)\\s*=(.*)");
    private static final int DEEPEST_PHRASE_SET = 8;

    private String invocation;
    private String sensitivity;
    private final Map<String, Intent> intents = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> types = new LinkedHashMap<>();
    private final Map<String, String> phraseSets = new LinkedHashMap<>();

    /** An intent's slots and its sample lines as written (alternatives and phrase sets not yet written out). */
    private record Intent(String name, Map<String, String> slots, List<String> lines) {
    }

    public static Path sourceDir() {
        return Path.of(System.getProperty("model.source.dir", "src/main/model"));
    }

    /** The model of one locale: the shared files, then the locale's own. */
    public static ModelSource forLocale(String locale) {
        ModelSource source = shared();
        Path own = sourceDir().resolve(locale);
        if (Files.isDirectory(own)) {
            source.readFolder(own, false);
        }
        return source;
    }

    /** Only the phrasings every locale shares (src/main/model/en/). */
    public static ModelSource shared() {
        ModelSource source = new ModelSource();
        source.readFolder(sourceDir().resolve("en"), true);
        return source;
    }

    /** Each intent's samples, written out. */
    public Map<String, Set<String>> samples() {
        Map<String, Set<String>> samples = new LinkedHashMap<>();
        intents.forEach((name, intent) -> samples.put(name, Set.copyOf(writtenOut(intent))));
        return samples;
    }

    /**
     * The sample lines written as they are, with no alternatives, phrase sets or slots: where a phrasing copied from
     * elsewhere would show up. (A written-out combination that equals someone else's phrasing is the model
     * generalising, not a copy.)
     */
    public Set<String> plainLines() {
        Set<String> plain = new LinkedHashSet<>();
        intents.values().forEach(intent -> intent.lines().stream()
                .filter(line -> !line.matches(".*[()@{].*"))
                .forEach(line -> plain.add(expand(line).get(0))));
        return plain;
    }

    private Set<String> writtenOut(Intent intent) {
        Set<String> samples = new LinkedHashSet<>();
        for (String line : intent.lines()) {
            for (String sample : expand(withPhraseSets(line, 0))) {
                if (!sample.isEmpty()) {
                    samples.addAll(Contractions.variants(sample));
                }
            }
        }
        return samples;
    }

    /** "@numb" becomes "(numb|tingly|dead)", as often as phrase sets use other phrase sets. */
    private String withPhraseSets(String line, int depth) {
        Matcher m = PHRASE_SET.matcher(line);
        if (!m.find()) {
            return line;
        }
        if (depth > DEEPEST_PHRASE_SET) {
            throw new IllegalArgumentException("phrase sets nested too deep (a loop?): " + line);
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            String body = phraseSets.get(m.group(1));
            if (body == null) {
                throw new IllegalArgumentException("no phrase set @" + m.group(1) + " in: " + line);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(" + body + ")"));
        }
        m.appendTail(out);
        return withPhraseSets(out.toString(), depth + 1);
    }

    private void readFolder(Path folder, boolean shared) {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".model")).sorted()
                    .forEach(file -> read(file, shared));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(Path file, boolean shared) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Intent intent = null;
        Map<String, Set<String>> type = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).replaceAll("#.*", "").trim();
            String where = file.getParent().getFileName() + "/" + file.getFileName() + ":" + (n + 1) + ": ";
            if (line.isEmpty()) {
                continue;
            }
            Matcher definition = DEFINITION.matcher(line);
            if (definition.matches()) {
                String name = definition.group(1);
                if (shared == phraseSets.containsKey(name)) {
                    throw new IllegalArgumentException(where + (shared ? "@" + name + " is defined twice"
                            : "a locale can only define again a phrase set the shared files define: @" + name));
                }
                phraseSets.put(name, String.join("|",
                        Arrays.stream(definition.group(2).split("\\|", -1)).map(String::trim).toList()));
                continue;
            }
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "invocation" -> invocation = line.substring("invocation".length()).trim();
                case "sensitivity" -> sensitivity = words[1];
                case "intent" -> {
                    type = null;
                    intent = intents.get(words[1]);
                    if (intent == null) {
                        if (!shared) {
                            throw new IllegalArgumentException(where + "a locale cannot add the intent " + words[1]);
                        }
                        intent = new Intent(words[1], new LinkedHashMap<>(), new ArrayList<>());
                        intents.put(words[1], intent);
                    }
                    for (int i = 2; i < words.length; i++) {
                        String[] slot = words[i].split(":");
                        intent.slots().put(slot[0], slot[1]);
                    }
                }
                case "type" -> {
                    intent = null;
                    type = types.computeIfAbsent(words[1], t -> new LinkedHashMap<>());
                }
                default -> {
                    if (type != null) {
                        String[] parts = line.split("=", 2);
                        Set<String> synonyms = type.computeIfAbsent(parts[0].trim(), v -> new LinkedHashSet<>());
                        if (parts.length > 1) {
                            for (String synonym : parts[1].split("\\|")) {
                                synonyms.add(synonym.trim());
                            }
                        }
                    } else if (intent != null) {
                        intent.lines().add(line);
                    } else {
                        throw new IllegalArgumentException(where + "a sample outside an intent: " + line);
                    }
                }
            }
        }
    }

    /** "(a|b) c (d|)" -> "a c d", "a c", "b c d", "b c"; inner brackets are written out first, so they nest. */
    static List<String> expand(String line) {
        Matcher m = ALTERNATIVES.matcher(line);
        if (!m.find()) {
            return List.of(line.replaceAll("\\s+", " ").replace(" '", "'").trim());
        }
        List<String> out = new ArrayList<>();
        for (String alternative : m.group(1).split("\\|", -1)) {
            out.addAll(expand(line.substring(0, m.start()) + alternative.trim() + line.substring(m.end())));
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /** The interaction model file ASK deploys for this locale, exactly as it must be on disk. */
    public String toJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode model = root.putObject("interactionModel").putObject("languageModel");
        model.put("invocationName", invocation);
        if (sensitivity != null) {
            model.putObject("modelConfiguration").putObject("fallbackIntentSensitivity").put("level", sensitivity);
        }
        ArrayNode intentNodes = model.putArray("intents");
        for (Intent intent : intents.values()) {
            ObjectNode node = intentNodes.addObject();
            node.put("name", intent.name());
            if (!intent.slots().isEmpty()) {
                ArrayNode slots = node.putArray("slots");
                intent.slots().forEach((name, type) -> slots.addObject().put("name", name).put("type", type));
            }
            ArrayNode samples = node.putArray("samples");
            writtenOut(intent).forEach(samples::add);
        }
        ArrayNode typeNodes = model.putArray("types");
        types.forEach((name, values) -> {
            ObjectNode type = typeNodes.addObject();
            type.put("name", name);
            ArrayNode valueNodes = type.putArray("values");
            values.forEach((value, synonyms) -> {
                ObjectNode v = valueNodes.addObject();
                v.put("id", value.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
                ObjectNode valueName = v.putObject("name");
                valueName.put("value", value);
                ArrayNode synonymNodes = valueName.putArray("synonyms");
                synonyms.forEach(synonymNodes::add);
            });
        });
        // One value a line, so a diff shows each sample, and no indentation: SMAPI takes a model definition of at
        // most 1,000,000 characters, and indenting 30,000 samples would spend a third of that on spaces.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("", "\n"))
                .withArrayIndenter(new DefaultIndenter("", "\n"))
                .withoutSpacesInObjectEntries();
        try {
            return json.writer(printer).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where ASK reads this locale's model from. */
    public static Path deployedFile(String locale) {
        return InteractionModel.skillPackageDir().resolve("interactionModels/custom/" + locale + ".json");
    }
}
