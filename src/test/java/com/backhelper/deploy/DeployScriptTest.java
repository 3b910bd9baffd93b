package com.backhelper.deploy;

import com.backhelper.local.InteractionModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/deploy, run in a copy of the project: its dry run on a machine without ask, sam or Maven, and a real run
 * against stand-ins for those three that record every call and answer as the real tools do.
 */
class DeployScriptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEW_SKILL = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555";
    private static final String ALIAS_ARN =
            "arn:aws:lambda:us-east-1:123456789012:function:back-helper-dev-BackHelperFunction-AbC123:dev";
    /** Only what a shell script needs: no ask, sam, mvn, node or aws anywhere on the PATH. */
    private static final List<String> BASIC_TOOLS =
            List.of("bash", "awk", "sed", "grep", "cp", "rm", "mkdir", "cat", "mv", "dirname", "head", "sleep");

    @TempDir
    Path project;
    @TempDir
    Path tools;

    private Path calls;

    @BeforeEach
    void copyTheProject() throws IOException {
        Path root = InteractionModel.skillPackageDir().getParent();
        copy(root.resolve("scripts"), project.resolve("scripts"));
        copy(root.resolve("skill-package"), project.resolve("skill-package"));
        Files.copy(root.resolve("samconfig.toml"), project.resolve("samconfig.toml"));
        calls = tools.resolve("calls.log");
        for (String tool : BASIC_TOOLS) {
            Path found = which(tool);
            Files.createSymbolicLink(tools.resolve(tool), found);
        }
    }

    @Test
    void theDryRun_printsEveryStepAndTheManifest_withoutAskSamOrMaven() throws Exception {
        Run run = deploy(Map.of("PRIVACY_URL", "https://back-helper.example.org/privacy",
                "TERMS_URL", "https://back-helper.example.org/terms"), "--dry-run", "dev");

        assertEquals(0, run.exitCode(), run.output());
        assertFalse(Files.exists(calls), "no tool was called");
        assertInOrder(run.output(),
                "+ mvn -q package",
                "+ ask smapi create-skill-for-vendor --manifest file:target/deploy/dev/create-manifest.json"
                        + " --profile default",
                "+ sam deploy --config-env dev --no-fail-on-empty-changeset --parameter-overrides Stage=dev SkillId=",
                "+ sam list stack-outputs --stack-name back-helper-dev --region us-east-1 --output json",
                "----- manifest (target/deploy/dev/skill-package/skill.json) -----",
                "+ ask deploy --target skill-metadata --ignore-hash --profile default",
                "+ ask smapi set-skill-enablement --skill-id ",
                "Dry run done: nothing was deployed.");

        JsonNode printed = JSON.readTree(between(run.output(), "-----\n", "----- end of manifest -----"));
        JsonNode manifest = printed.path("manifest");
        String endpoint = manifest.path("apis").path("custom").path("endpoint").path("uri").asText();
        assertTrue(endpoint.matches("arn:aws:lambda:us-east-1:\\w+:function:\\w+:dev"), endpoint);
        assertEquals(endpoint, manifest.path("events").path("endpoint").path("uri").asText());
        for (JsonNode locale : manifest.path("privacyAndCompliance").path("locales")) {
            assertEquals("https://back-helper.example.org/privacy", locale.path("privacyPolicyUrl").asText());
            assertEquals("https://back-helper.example.org/terms", locale.path("termsOfUseUrl").asText());
        }
        assertEquals(committedWith(endpoint, "https://back-helper.example.org/privacy",
                "https://back-helper.example.org/terms"), printed, "only the deployment's values differ");
        assertEquals(printed, JSON.readTree(project.resolve("target/deploy/dev/skill-package/skill.json").toFile()));
    }

    @Test
    void aRealRun_createsTheSkill_deploysTheStack_writesTheAliasArn_recordsTheIdForAskRun_andEnablesIt()
            throws Exception {
        standIns();
        Run run = deploy(Map.of(), "dev");

        assertEquals(0, run.exitCode(), run.output());
        List<String> made = Files.readAllLines(calls);
        assertEquals(List.of(
                "mvn -q package",
                "ask smapi create-skill-for-vendor --manifest file:target/deploy/dev/create-manifest.json"
                        + " --profile default",
                "ask smapi get-skill-status --skill-id " + NEW_SKILL + " --profile default",
                "sam deploy --config-env dev --no-fail-on-empty-changeset --parameter-overrides Stage=dev SkillId="
                        + NEW_SKILL,
                "sam list stack-outputs --stack-name back-helper-dev --region us-east-1 --output json",
                "ask deploy --target skill-metadata --ignore-hash --profile default (in target/deploy/dev)",
                "ask smapi set-skill-enablement --skill-id " + NEW_SKILL + " --stage development --profile default"),
                made);

        JsonNode states = JSON.readTree(project.resolve(".ask/ask-states.json").toFile());
        assertEquals(NEW_SKILL, states.path("profiles").path("default").path("skillId").asText(), "for ask run");
        JsonNode deployed = JSON.readTree(project.resolve("target/deploy/dev/skill-package/skill.json").toFile());
        assertEquals(ALIAS_ARN, deployed.path("manifest").path("apis").path("custom").path("endpoint").path("uri")
                .asText());
        assertEquals(NEW_SKILL, JSON.readTree(project.resolve("target/deploy/dev/.ask/ask-states.json").toFile())
                .path("profiles").path("default").path("skillId").asText(), "ask deploy updates this skill");
        assertTrue(Files.isRegularFile(project.resolve("target/deploy/dev/skill-package/assets/images/icon-512.png")));
        assertTrue(Files.readString(project.resolve("skill-package/skill.json")).contains("SET_BY_SCRIPTS_DEPLOY"),
                "the committed manifest keeps its placeholder");
    }

    @Test
    void theNextRun_updatesTheSameSkill_andKeepsOtherProfilesSkillIds() throws Exception {
        standIns();
        Files.createDirectories(project.resolve(".ask"));
        String liveSkill = "amzn1.ask.skill.99999999-8888-7777-6666-555555555555";
        Files.writeString(project.resolve(".ask/ask-states.json"), """
                {
                  "askcliStatesVersion": "2020-03-31",
                  "profiles": {
                    "live": {
                      "skillId": "%s"
                    },
                    "default": {
                      "skillId": "%s"
                    }
                  }
                }
                """.formatted(liveSkill, NEW_SKILL));

        Run run = deploy(Map.of(), "dev");

        assertEquals(0, run.exitCode(), run.output());
        List<String> made = Files.readAllLines(calls);
        assertTrue(made.stream().noneMatch(c -> c.contains("create-skill")), "no second skill: " + made);
        assertTrue(made.contains("ask smapi set-skill-enablement --skill-id " + NEW_SKILL
                + " --stage development --profile default"), made.toString());
        JsonNode profiles = JSON.readTree(project.resolve(".ask/ask-states.json").toFile()).path("profiles");
        assertEquals(NEW_SKILL, profiles.path("default").path("skillId").asText());
        assertEquals(liveSkill, profiles.path("live").path("skillId").asText());
    }

    @Test
    void live_withoutTheHostedPrivacyAndTermsAddresses_stopsBeforeAnyCall() throws Exception {
        standIns();
        Run run = deploy(Map.of(), "live");

        assertNotEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("set PRIVACY_URL and TERMS_URL"), run.output());
        assertFalse(Files.exists(calls), "nothing was called");
    }

    /** The committed manifest with the three placeholders replaced, as the script must produce it. */
    private JsonNode committedWith(String endpoint, String privacy, String terms) throws IOException {
        ObjectNode committed = (ObjectNode) JSON.readTree(project.resolve("skill-package/skill.json").toFile());
        ObjectNode manifest = (ObjectNode) committed.path("manifest");
        ((ObjectNode) manifest.path("apis").path("custom").path("endpoint")).put("uri", endpoint);
        ((ObjectNode) manifest.path("events").path("endpoint")).put("uri", endpoint);
        for (JsonNode locale : manifest.path("privacyAndCompliance").path("locales")) {
            ((ObjectNode) locale).put("privacyPolicyUrl", privacy).put("termsOfUseUrl", terms);
        }
        return committed;
    }

    /** ask, sam and mvn that log each call (with the folder, if not the project's) and answer as the real ones. */
    private void standIns() throws IOException {
        String log = """
                #!/bin/bash
                where=""; [ "$PWD" != "%s" ] && where=" (in ${PWD#%s/})"
                echo "${0##*/} $*$where" >> "%s"
                """.formatted(project.toRealPath(), project.toRealPath(), calls);
        script("mvn", log);
        script("ask", log + """
                case "$2" in
                  create-skill-for-vendor) echo '{"skillId": "%s"}' ;;
                  get-skill-status) echo '{"manifest": {"lastUpdateRequest": {"status": "SUCCEEDED"}}}' ;;
                esac
                """.formatted(NEW_SKILL));
        script("sam", log + """
                if [ "$1" = list ]; then
                  echo '[{"OutputKey": "SkillEndpointArn", "OutputValue": "%s"},'
                  echo ' {"OutputKey": "ProgressTableName", "OutputValue": "back-helper-dev-ProgressTable-X"}]'
                fi
                """.formatted(ALIAS_ARN));
    }

    private void script(String name, String body) throws IOException {
        Path file = tools.resolve(name);
        Files.writeString(file, body);
        assertTrue(file.toFile().setExecutable(true));
    }

    private record Run(int exitCode, String output) {
    }

    private Run deploy(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(tools.resolve("bash").toString(), "scripts/deploy"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", tools.toString());
        builder.environment().put("HOME", project.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the script ends");
        return new Run(process.exitValue(), output);
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "expected, after position " + from + ": " + part + "\nin:\n" + text);
            from = at + part.length();
        }
    }

    private static String between(String text, String start, String end) {
        int to = text.indexOf(end);
        int from = text.lastIndexOf(start, to) + start.length();
        return text.substring(from, to);
    }

    private static Path which(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(tool + " is not on this machine's PATH");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
