package com.backhelper.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The skill's own interaction model (skill-package/interactionModels/custom/&lt;locale&gt;.json), as read by tests and the local run. */
public record InteractionModel(String invocationName, List<Intent> intents,
                               Map<String, Map<String, List<String>>> slotTypeValues) {

    public record Intent(String name, List<String> samples, Map<String, String> slotTypes) {
    }

    public static Path skillPackageDir() {
        return Path.of(System.getProperty("skill.package.dir", "skill-package"));
    }

    public static InteractionModel load(String locale) {
        return load(skillPackageDir().resolve("interactionModels/custom/" + locale + ".json"));
    }

    public static InteractionModel load(Path file) {
        try {
            JsonNode model = new ObjectMapper().readTree(Files.readString(file)).path("interactionModel").path("languageModel");
            List<Intent> intents = new ArrayList<>();
            for (JsonNode intent : model.path("intents")) {
                List<String> samples = new ArrayList<>();
                intent.path("samples").forEach(s -> samples.add(s.asText()));
                Map<String, String> slots = new LinkedHashMap<>();
                intent.path("slots").forEach(s -> slots.put(s.path("name").asText(), s.path("type").asText()));
                intents.add(new Intent(intent.path("name").asText(), List.copyOf(samples), slots));
            }
            // Each slot type: its values, each with its synonyms.
            Map<String, Map<String, List<String>>> types = new LinkedHashMap<>();
            for (JsonNode type : model.path("types")) {
                Map<String, List<String>> values = new LinkedHashMap<>();
                for (JsonNode value : type.path("values")) {
                    List<String> synonyms = new ArrayList<>();
                    value.path("name").path("synonyms").forEach(s -> synonyms.add(s.asText()));
                    values.put(value.path("name").path("value").asText(), List.copyOf(synonyms));
                }
                types.put(type.path("name").asText(), values);
            }
            return new InteractionModel(model.path("invocationName").asText(), List.copyOf(intents), types);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the interaction model " + file, e);
        }
    }

    public Intent intent(String name) {
        return intents.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no intent " + name));
    }
}
