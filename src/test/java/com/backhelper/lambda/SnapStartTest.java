package com.backhelper.lambda;

import com.backhelper.local.RequestEnvelopes;
import com.backhelper.local.RequestEnvelopes.Session;
import com.backhelper.progress.Progress;
import com.backhelper.routine.Step;
import com.backhelper.testing.ContainerCredentialsStandIn;
import com.backhelper.testing.Facts;
import com.backhelper.testing.RecordingProxy;
import com.backhelper.testing.LoopbackTls;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The function in the shape SnapStart runs it: a JVM of its own, Lambda's no-argument constructor, the environment
 * a restored SnapStart function gets (container credentials on 127.0.0.1 with their token, no access keys,
 * {@code SKILL_ID} as template.yaml sets it), priming through {@code beforeCheckpoint}, and DynamoDB (DynamoDB Local)
 * reached over TLS through a proxy that records each call's operation and signing key.
 */
class SnapStartTest {

    static final String SKILL_ID = "amzn1.ask.skill.7a0c3c2e-1b8f-4d25-9d51-0c9e2a6b4f11";

    @Test
    void aRestoredFunction_signsWithTheContainerCredentials_andKeepsProgress_afterPrimingThatTouchedNoTable()
            throws Exception {
        TestSkill.config(); // the table, on DynamoDB Local
        try (RecordingProxy dynamoDb = RecordingProxy.tls(TestSkill.config().dynamoDbEndpoint());
             ContainerCredentialsStandIn credentials = new ContainerCredentialsStandIn();
             Function function = Function.start(dynamoDb, credentials)) {

            // Priming: one exchange with the endpoint's root, no DynamoDB operation, no credentials, nothing open.
            assertEquals(List.of(), dynamoDb.operations(), "priming reached the table");
            assertEquals(1, dynamoDb.calls().size(), "one exchange with the endpoint: " + dynamoDb.calls());
            assertEquals(null, dynamoDb.calls().get(0).accessKey(), "the exchange carries no credentials");
            assertEquals(0, credentials.served(), "credentials were looked up before the snapshot");
            assertTrue(allClosed(dynamoDb), "priming left a connection open for the snapshot");

            // A person's visits: open, help me now, stop. The skill promises progress best effort (a call that runs
            // out of its one-second budget is written on a later turn), so on a very busy machine a visit or two may
            // pass before a read and a write land; on a quiet one the first visit does both.
            String user = "amzn1.ask.account.SNAPSTART-" + UUID.randomUUID();
            for (int visit = 0; visit < 5 && !(stored(user) && read(dynamoDb)); visit++) {
                JsonNode launch = function.send(RequestEnvelopes.launch(session(user, visit, true, null)));
                JsonNode help = function.send(RequestEnvelopes.intent("HelpMeNowIntent", Map.of(),
                        session(user, visit, false, launch.path("sessionAttributes"))));
                assertTrue(Facts.carries(speech(help), "R1"), speech(help));
                function.send(RequestEnvelopes.intent("AMAZON.StopIntent", Map.of(),
                        session(user, visit, false, help.path("sessionAttributes"))));
            }

            List<RecordingProxy.Call> calls = dynamoDb.operations();
            assertTrue(calls.stream().anyMatch(c -> c.operation().equals("GetItem")), calls.toString());
            assertTrue(calls.stream().anyMatch(c -> c.operation().equals("UpdateItem")), calls.toString());
            assertTrue(calls.stream().allMatch(c -> ContainerCredentialsStandIn.ACCESS_KEY.equals(c.accessKey())),
                    "every call signed with the container credentials: " + calls);
            assertTrue(credentials.served() >= 1);
            assertEquals(0, credentials.refused(), "the authorization token was not sent");
            Optional<Progress> stored = TestSkill.store().load(user);
            assertTrue(stored.isPresent(), "the person's progress was not stored");
            assertEquals(Step.BREATHE, stored.get().routine().step());
        }
    }

    private static boolean allClosed(RecordingProxy proxy) throws InterruptedException {
        // The JDK keeps an idle connection 5 s unless it is closed; closing is seen here within milliseconds.
        for (int i = 0; i < 30 && proxy.openConnections() > 0; i++) {
            Thread.sleep(100);
        }
        return proxy.openConnections() == 0;
    }

    private static boolean read(RecordingProxy dynamoDb) {
        return dynamoDb.operations().stream().anyMatch(c -> c.operation().equals("GetItem"));
    }

    private static boolean stored(String user) {
        try {
            return TestSkill.store().load(user).isPresent();
        } catch (RuntimeException slow) {
            return false;
        }
    }

    private static Session session(String user, int visit, boolean isNew, JsonNode attributes) {
        return new Session("amzn1.echo-api.session.snapstart-" + visit + "-" + user.hashCode(), isNew, attributes,
                user, "en-US");
    }

    private static String speech(JsonNode response) {
        return response.path("response").path("outputSpeech").path("ssml").asText();
    }

    /** The child JVM running {@link SnapStartFunction}. */
    static final class Function implements AutoCloseable {
        private final Process process;
        private final BufferedReader out;
        private final PrintStream in;
        final List<Long> classesLoaded = new ArrayList<>();

        private Function(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        }

        static Function start(RecordingProxy dynamoDb, ContainerCredentialsStandIn credentials) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(LoopbackTls.trustingJvmOptions());
            command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp", System.getProperty("java.class.path"), SnapStartFunction.class.getName()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            Map<String, String> environment = builder.environment();
            List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
                    "JAVA_TOOL_OPTIONS").forEach(environment::remove);
            environment.putAll(credentials.environment());
            environment.putAll(Map.of("AWS_REGION", "us-east-1", "SKILL_ID", SKILL_ID,
                    "PROGRESS_TABLE", TestSkill.TABLE, "DYNAMODB_ENDPOINT", dynamoDb.endpoint().toString()));
            Function function = new Function(builder.start());
            String primed = function.out.readLine();
            if (primed == null || !primed.startsWith("PRIMED")) {
                function.process.destroyForcibly();
                throw new IllegalStateException("the function did not start: " + primed);
            }
            return function;
        }

        JsonNode send(ObjectNode envelope) throws IOException {
            in.println(envelope.toString());
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("the function exited");
            }
            int space = line.indexOf(' ');
            classesLoaded.add(Long.parseLong(line.substring(0, space)));
            JsonNode response = RequestEnvelopes.JSON.readTree(line.substring(space + 1));
            SkillDriver.assertObeysAlexaRules(response);
            return response;
        }

        @Override
        public void close() throws InterruptedException {
            in.println("EXIT");
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
