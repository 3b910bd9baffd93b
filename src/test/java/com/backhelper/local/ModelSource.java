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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one source of the interaction model: {@code src/main/model/en.model} holds the phrasings every English locale
 * shares, and {@code <locale>.model} only what that locale adds (its emergency number, its services, its own words).
 * The five files ASK deploys (skill-package/interactionModels/custom/*.json) are generated from it.
 *
 * <p>The format, one statement a line ({@code #} starts a comment):
 * <pre>
 * invocation back helper
 * sensitivity LOW
 * intent SaddleNumbnessIntent area:SaddleArea     an intent, with its slots (name:type)
 * i can't feel my {area}                          a sample of the intent above
 * (my|the) groin is numb                          alternatives in brackets, written out as separate samples;
 * it's (really|) numb                             an empty alternative makes a word optional
 * type SaddleArea
 * groin = crotch | between my legs                a value, then its synonyms
 * </pre>
 * A locale file may add samples to an intent and values or synonyms to a type, never a new intent: the inventory of
 * intents is the same in every locale.
 */
public final class ModelSource {

    public static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\(([^()]*)\\)");

    private String invocation;
    private String sensitivity;
    private final Map<String, Intent> intents = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> types = new LinkedHashMap<>();

    private record Intent(String name, Map<String, String> slots, Set<String> samples) {
    }

    public static Path sourceDir() {
        return Path.of(System.getProperty("model.source.dir", "src/main/model"));
    }

    /** The model of one locale: the shared file, then the locale's own. */
    public static ModelSource forLocale(String locale) {
        ModelSource source = new ModelSource();
        source.read(sourceDir().resolve("en.model"), true);
        Path own = sourceDir().resolve(locale + ".model");
        if (Files.exists(own)) {
            source.read(own, false);
        }
        return source;
    }

    /** Only the phrasings every locale shares (en.model). */
    public static ModelSource shared() {
        ModelSource source = new ModelSource();
        source.read(sourceDir().resolve("en.model"), true);
        return source;
    }

    /** Each intent's samples, written out. */
    public Map<String, Set<String>> samples() {
        Map<String, Set<String>> samples = new LinkedHashMap<>();
        intents.forEach((name, intent) -> samples.put(name, Set.copyOf(intent.samples())));
        return samples;
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
            String where = file.getFileName() + ":" + (n + 1) + ": ";
            if (line.isEmpty()) {
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
                        intent = new Intent(words[1], new LinkedHashMap<>(), new LinkedHashSet<>());
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
                        intent.samples().addAll(expand(line));
                    } else {
                        throw new IllegalArgumentException(where + "a sample outside an intent: " + line);
                    }
                }
            }
        }
    }

    /** "(a|b) c (d|)" -> "a c d", "a c", "b c d", "b c". */
    static List<String> expand(String line) {
        Matcher m = ALTERNATIVES.matcher(line);
        if (!m.find()) {
            return List.of(line.replaceAll("\\s+", " ").replace(" '", "'").trim());
        }
        List<String> out = new ArrayList<>();
        for (String alternative : m.group(1).split("\\|", -1)) {
            out.addAll(expand(line.substring(0, m.start()) + alternative.trim() + line.substring(m.end())));
        }
        return out;
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
            intent.samples().forEach(samples::add);
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
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
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
