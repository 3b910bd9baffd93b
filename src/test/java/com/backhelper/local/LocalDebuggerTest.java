package com.backhelper.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.lambda.BackHelperStreamHandler;
import com.backhelper.lambda.SkillConfig;
import com.backhelper.lambda.SkillFactory;
import com.backhelper.testing.Facts;
import com.backhelper.testing.WebSocketStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.backhelper.local.RequestEnvelopes.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ask run}: the local debugger against a stand-in for Alexa's dispatch service on 127.0.0.1, answering
 * through the real entry point with progress in DynamoDB Local.
 */
class LocalDebuggerTest {

    private static final String SKILL_ID = RequestEnvelopes.fixture("launch.json")
            .path("context").path("System").path("application").path("applicationId").asText();
    private static final String TOKEN = "Atza|local-debug-test-token";
    private static final String USER = "amzn1.ask.account.LOCAL-DEBUG-TEST";

    /** The argument string `ask run` gives `mvn exec:exec` (ask-cli's Java run flow), as the profile passes it on. */
    private static List<String> askRunArguments(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("-classpath", "/a/b.jar:/c/d",
                "com.amazon.ask.localdebug.LocalDebuggerInvoker", "--accessToken", TOKEN, "--skillId", SKILL_ID,
                "--skillStreamHandlerClass", BackHelperStreamHandler.class.getName(), "--region", "NA"));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void answersAlexasRequests_throughTheEntryPoint_withTheirIds() throws Exception {
        SkillConfig config = new SkillConfig(SKILL_ID, "local-debug-test", LocalDynamoDb.forTests().endpoint(), null);
        SkillFactory.createLocalTableIfMissing(config);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (WebSocketStandIn alexa = new WebSocketStandIn()) {
            DebugArguments arguments = DebugArguments.parse(askRunArguments("--endpoint", alexa.address()));
            LocalDebugger debugger = new LocalDebugger(LocalDebugger.handlerFor(arguments.handlerClass(), config),
                    new PrintStream(console, true, StandardCharsets.UTF_8));
            debugger.connect(arguments).get(10, TimeUnit.SECONDS);

            assertEquals("/v1/skills/" + SKILL_ID + "/stages/development/connectCustomDebugEndpoint", alexa.path());
            assertEquals(TOKEN, alexa.header("authorization"));

            RequestEnvelopes.Session session = new RequestEnvelopes.Session("amzn1.echo-api.session.debug", true,
                    JSON.createObjectNode(), USER, "en-US");
            alexa.send(message("req-1", RequestEnvelopes.launch(session)), false);
            JsonNode first = JSON.readTree(alexa.receive());
            assertEquals("SkillResponseSuccessMessage", first.path("type").asText());
            assertEquals("req-1", first.path("originalRequestId").asText());
            assertEquals("1.0", first.path("version").asText());
            JsonNode launched = JSON.readTree(first.path("responsePayload").asText());
            assertTrue(Facts.plain(launched.path("response").path("outputSpeech").path("ssml").asText()).length() > 20);

            // A long message arrives in two frames; the session goes on, and the step is stored in DynamoDB Local.
            RequestEnvelopes.Session next = new RequestEnvelopes.Session("amzn1.echo-api.session.debug", false,
                    launched.path("sessionAttributes"), USER, "en-US");
            alexa.send(message("req-2", RequestEnvelopes.intent("HelpMeNowIntent", Map.of(), next)), true);
            JsonNode second = JSON.readTree(alexa.receive());
            assertEquals("req-2", second.path("originalRequestId").asText());
            String ssml = JSON.readTree(second.path("responsePayload").asText())
                    .path("response").path("outputSpeech").path("ssml").asText();
            assertTrue(Facts.carries(ssml, "S1"), ssml);
            assertEquals("BREATHE", SkillFactory.progressStore(config, List.of()).load(USER).orElseThrow()
                    .routine().step().name());

            alexa.closeConnection(1000, "session over");
            assertEquals("1000 session over", debugger.closed().get(10, TimeUnit.SECONDS));
        }
        String printed = console.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("answered request req-1") && printed.contains("answered request req-2"), printed);
    }

    @Test
    void aSkillThatThrows_isReportedToAlexaAsAFailure_andAMessageThatIsNoRequestIsIgnored() throws Exception {
        RequestStreamHandler broken = (in, out, context) -> {
            throw new IllegalStateException("a bug");
        };
        try (WebSocketStandIn alexa = new WebSocketStandIn()) {
            LocalDebugger debugger = new LocalDebugger(broken, new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8));
            debugger.connect(DebugArguments.parse(askRunArguments("--endpoint", alexa.address())))
                    .get(10, TimeUnit.SECONDS);

            alexa.send("not a message at all", false);
            alexa.send(message("req-3", RequestEnvelopes.launch(new RequestEnvelopes.Session(
                    "amzn1.echo-api.session.broken", true, JSON.createObjectNode(), USER, "en-US"))), false);
            JsonNode answer = JSON.readTree(alexa.receive()); // the first message got no answer: this is req-3's
            assertEquals("SkillResponseFailureMessage", answer.path("type").asText());
            assertEquals("req-3", answer.path("originalRequestId").asText());
            assertEquals(LocalDebugger.FAILURE_CODE, answer.path("errorCode").asText());
            assertTrue(answer.path("errorMessage").asText().contains("a bug"));
        }
    }

    @Test
    void readsWhatAskRunPasses_andKeepsTheJvmsDebugFlagsForAJvm() {
        DebugArguments plain = DebugArguments.parse(askRunArguments());
        assertEquals(TOKEN, plain.accessToken());
        assertEquals(SKILL_ID, plain.skillId());
        assertEquals(BackHelperStreamHandler.class.getName(), plain.handlerClass());
        assertEquals("wss://bob-dispatch-prod-na.amazon.com/v1/skills/" + SKILL_ID
                + "/stages/development/connectCustomDebugEndpoint", plain.connectionUri().toString());
        assertTrue(plain.jvmFlags().isEmpty());

        // ask run --wait-for-attach: the flags come between the class path and the class name
        List<String> attach = new java.util.ArrayList<>(List.of("-classpath", "/a/b.jar", "-Xdebug",
                "-Xrunjdwp:transport=dt_socket,server=y,suspend=n,address=5005",
                "com.amazon.ask.localdebug.LocalDebuggerInvoker", "--accessToken", TOKEN, "--skillId", SKILL_ID,
                "--region", "EU", "--skillStreamHandlerClass", BackHelperStreamHandler.class.getName()));
        DebugArguments waiting = DebugArguments.parse(attach);
        assertEquals(List.of("-Xdebug", "-Xrunjdwp:transport=dt_socket,server=y,suspend=n,address=5005"),
                waiting.jvmFlags());
        assertTrue(waiting.connectionUri().getHost().equals("bob-dispatch-prod-eu.amazon.com"));
        List<String> command = LocalDebugger.relaunchCommand(waiting, Path.of("/jdk"), "/cp",
                Map.of("local.data.dir", "/data"));
        assertEquals(List.of(Path.of("/jdk", "bin", "java").toString(), "-Xdebug",
                "-Xrunjdwp:transport=dt_socket,server=y,suspend=n,address=5005", "-Dlocal.data.dir=/data", "-cp", "/cp",
                LocalDebugger.class.getName(), "--accessToken", TOKEN, "--skillId", SKILL_ID,
                "--skillStreamHandlerClass", BackHelperStreamHandler.class.getName(), "--region", "EU"), command);
        // the relaunched JVM reads its own arguments the same way, without flags this time
        assertTrue(DebugArguments.parse(command.subList(6, command.size())).jvmFlags().isEmpty());
    }

    @Test
    void withoutATokenOrASkillId_orInAnUnknownRegion_itExplainsItself() {
        assertNull(DebugArguments.parse(List.of("--skillId", SKILL_ID)));
        assertNull(DebugArguments.parse(List.of("--accessToken", TOKEN)));
        assertNull(DebugArguments.parse(List.of("--accessToken", TOKEN, "--skillId", "not-a-skill")));
        assertNull(DebugArguments.parse(askRunArguments("--region", "MARS")));
        assertNull(DebugArguments.parse(List.of("--accessToken")));
        assertInstanceOf(DebugArguments.class,
                DebugArguments.parse(List.of("--accessToken", TOKEN, "--skillId", SKILL_ID)));
    }

    /** What the dispatch service sends: the skill request as a string inside a message with its own id. */
    private static String message(String requestId, ObjectNode envelope) throws Exception {
        ObjectNode message = JSON.createObjectNode();
        message.put("version", "1.0");
        message.put("type", "SkillRequestMessage");
        message.put("requestId", requestId);
        message.put("requestPayload", JSON.writeValueAsString(envelope));
        return JSON.writeValueAsString(message);
    }
}
