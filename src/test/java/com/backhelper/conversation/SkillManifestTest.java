package com.backhelper.conversation;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.local.InteractionModel;
import com.backhelper.local.UtteranceResolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** skill.json says what the skill is honestly, and its example phrases are ones the model really understands. */
class SkillManifestTest {

    private static JsonNode manifest() throws IOException {
        return new ObjectMapper().readTree(Files.readString(InteractionModel.skillPackageDir().resolve("skill.json")))
                .path("manifest");
    }

    @Test
    void theStoreListing_isAHealthSkill_thatSaysItIsNotMedicalAdviceNorForEmergencies() throws IOException {
        JsonNode publishing = manifest().path("publishingInformation");
        JsonNode enUs = publishing.path("locales").path("en-US");
        assertEquals("Back Helper", enUs.path("name").asText());
        assertEquals("HEALTH_AND_FITNESS", publishing.path("category").asText());
        String description = enUs.path("description").asText().toLowerCase(Locale.ROOT);
        assertTrue(description.contains("general information"), description);
        assertTrue(description.contains("not medical advice"), description);
        assertTrue(description.contains("not for emergencies"), description);
        assertTrue(description.contains("911"), "says whom to call");
    }

    @Test
    void privacyAnswers_fitASkillThatStoresProgress() throws IOException {
        JsonNode privacy = manifest().path("privacyAndCompliance");
        assertFalse(privacy.path("allowsPurchases").asBoolean(true));
        assertFalse(privacy.path("containsAds").asBoolean(true));
        assertFalse(privacy.path("isChildDirected").asBoolean(true));
        assertTrue(privacy.path("isExportCompliant").asBoolean(false));
        // It keeps progress against the Alexa user id, so it must publish a privacy policy.
        // Both documents live in the repository; scripts/deploy writes their hosted addresses into what it deploys.
        for (JsonNode locale : privacy.path("locales")) {
            assertTrue(locale.path("privacyPolicyUrl").asText().startsWith("https://"));
            assertTrue(locale.path("termsOfUseUrl").asText().startsWith("https://"));
        }
        Path root = InteractionModel.skillPackageDir().getParent();
        assertTrue(Files.readString(root.resolve("PRIVACY.md")).contains("30 days"));
        String terms = Files.readString(root.resolve("TERMS.md")).toLowerCase(Locale.ROOT);
        for (String promise : List.of("general information", "not medical advice", "not for emergencies",
                "cannot call anyone")) {
            assertTrue(terms.contains(promise), "TERMS.md says: " + promise);
        }
    }

    @Test
    void everyExamplePhrase_isASampleTheModelUnderstands() throws IOException {
        InteractionModel model = InteractionModel.load("en-US");
        UtteranceResolver resolver = new UtteranceResolver(model);
        List<String> samples = new ArrayList<>();
        model.intents().forEach(i -> samples.addAll(i.samples()));

        JsonNode phrases = manifest().path("publishingInformation").path("locales").path("en-US").path("examplePhrases");
        assertTrue(phrases.size() >= 3);
        assertEquals("Alexa, open back helper", phrases.get(0).asText(), "the first phrase opens the skill");
        assertTrue(resolver.resolve(phrases.get(0).asText()).isLaunch());
        for (int i = 1; i < phrases.size(); i++) {
            String phrase = phrases.get(i).asText();
            String spoken = phrase.replaceFirst("^Alexa, (?:ask|tell) back helper (?:to )?", "");
            assertTrue(samples.contains(spoken), "not a sample utterance: " + spoken);
            String intent = resolver.resolve(phrase).intentName();
            assertFalse("AMAZON.FallbackIntent".equals(intent), phrase);
        }
    }

    @Test
    void everyIcon_isAPngOfTheSizeAlexaAsksFor_inTheSkillPackage() throws IOException {
        Path skillPackage = InteractionModel.skillPackageDir();
        JsonNode locales = manifest().path("publishingInformation").path("locales");
        assertTrue(locales.size() >= 1);
        for (JsonNode locale : locales) {
            assertIcon(skillPackage, locale.path("smallIconUri").asText(), 108);
            assertIcon(skillPackage, locale.path("largeIconUri").asText(), 512);
        }
    }

    /** The ASK CLI uploads a local asset named file://path, relative to the skill package, with the package. */
    private static void assertIcon(Path skillPackage, String uri, int size) throws IOException {
        assertTrue(uri.startsWith("file://assets/"), "a local asset the ASK CLI uploads: " + uri);
        Path file = skillPackage.resolve(uri.substring("file://".length()));
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "a PNG: " + file);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(Files.readAllBytes(file), 4));
        assertEquals(size, image.getWidth(), uri);
        assertEquals(size, image.getHeight(), uri);
    }

    @Test
    void askResourcesJson_namesTheRuntimeAndHandler_templateYamlDeploys() throws IOException {
        Path root = InteractionModel.skillPackageDir().getParent();
        String template = Files.readString(root.resolve("template.yaml"));
        JsonNode userConfig = new ObjectMapper().readTree(Files.readString(root.resolve("ask-resources.json")))
                .path("profiles").path("default").path("skillInfrastructure").path("userConfig");
        assertTrue(template.contains("Runtime: " + userConfig.path("runtime").asText() + "\n"), userConfig.toString());
        assertTrue(template.contains("Handler: " + userConfig.path("handler").asText() + "::handleRequest"));
    }

    @Test
    void templateYamlsHandler_isTheRealEntryPoint() throws Exception {
        String template = Files.readString(InteractionModel.skillPackageDir().resolveSibling("template.yaml"));
        Matcher handler = Pattern.compile("Handler: ([\\w.]+)::handleRequest").matcher(template);
        assertTrue(handler.find(), "template.yaml names a handler");
        Class<?> entry = Class.forName(handler.group(1));
        assertTrue(RequestStreamHandler.class.isAssignableFrom(entry));
        entry.getConstructor(); // Lambda needs a public no-argument constructor
    }
}
