package com.backhelper.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * skill.json and every interaction model against the SMAPI model's JSON schemas (npm ask-smapi-model, checked by
 * scripts/validate-skill-package.js with ajv), as SMAPI would check them at `ask deploy`. Needs Node and the two
 * npm packages .ci/run installs in .tools/; skipped, with a message, where they are absent.
 */
class SkillPackageSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path broken;

    private Path node;

    @BeforeEach
    void tools() {
        node = PackageChecks.required("node", "install Node.js, then run .ci/run (it installs the npm tools)");
        PackageChecks.skipUnless(Files.isDirectory(PackageChecks.TOOLS.resolve("node_modules/ask-smapi-model"))
                        && Files.isDirectory(PackageChecks.TOOLS.resolve("node_modules/ajv")),
                "ask-smapi-model and ajv are not in .tools/: run .ci/run once (it installs them)");
    }

    private PackageChecks.Result validate(List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(node.toString(), "scripts/validate-skill-package.js",
                PackageChecks.TOOLS.toString()));
        files.forEach(f -> command.add(f.toString()));
        return PackageChecks.run(command);
    }

    @Test
    void theManifestAndEveryInteractionModel_matchTheSmapiSchemas() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(PackageChecks.ROOT.resolve("skill-package/skill.json"));
        try (Stream<Path> models = Files.list(PackageChecks.ROOT.resolve("skill-package/interactionModels/custom"))) {
            models.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 2, "a manifest and at least one model");

        PackageChecks.Result result = validate(files);

        assertEquals(0, result.exitCode(), result.output());
        for (Path file : files) {
            assertTrue(result.output().contains("valid " + file), file + " checked: " + result.output());
        }
    }

    @Test
    void aBrokenCopy_fails_namingEachProblem() throws Exception {
        ObjectNode manifest = (ObjectNode) JSON.readTree(PackageChecks.ROOT.resolve("skill-package/skill.json")
                .toFile());
        ObjectNode enUs = (ObjectNode) manifest.path("manifest").path("publishingInformation").path("locales")
                .path("en-US");
        enUs.set("smallIconURI", enUs.remove("smallIconUri")); // a misspelt key
        ((ArrayNode) manifest.path("manifest").path("apis").path("custom").path("interfaces")).addObject()
                .put("type", "ALEXA_PRESENTATION_APLX"); // an interface that does not exist
        Path brokenManifest = Files.createDirectories(broken.resolve("package")).resolve("skill.json");
        JSON.writeValue(brokenManifest.toFile(), manifest);

        ObjectNode model = (ObjectNode) JSON.readTree(PackageChecks.ROOT
                .resolve("skill-package/interactionModels/custom/en-US.json").toFile());
        ((ObjectNode) model.path("interactionModel").path("languageModel")).remove("invocationName");
        Path brokenModel = broken.resolve("en-US.json");
        JSON.writeValue(brokenModel.toFile(), model);

        PackageChecks.Result result = validate(List.of(brokenManifest, brokenModel));

        assertNotEquals(0, result.exitCode(), result.output());
        String output = result.output();
        assertTrue(output.contains("INVALID " + brokenManifest), output);
        assertTrue(output.contains("(smallIconURI)"), output);
        assertTrue(output.contains("/manifest/apis/custom/interfaces/"), output);
        assertTrue(output.contains("INVALID " + brokenModel), output);
        assertTrue(output.contains("invocationName"), output);
    }
}
