package com.backhelper.lambda;

import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backhelper.conversation.ErrorHandler;
import com.backhelper.conversation.ProgressKeeper;
import com.backhelper.conversation.Responder;
import com.backhelper.local.RequestEnvelopes;
import com.backhelper.routine.Routine;
import com.backhelper.speech.SpeechCatalogues;
import com.backhelper.testing.Facts;
import com.backhelper.testing.LogCapture;
import com.backhelper.testing.RecordingProxy;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever arrives, the entry point answers Alexa with a well-formed response and never throws. */
class EntryPointTest {

    private final SkillDriver skill = SkillDriver.standard();

    @ParameterizedTest(name = "body #{index}: [{0}]")
    @ValueSource(strings = {"", "not json", "{", "[]", "null", "{\"version\":\"1.0\"}"})
    void malformedInput_getsAnApologyAndAWayForward(String body) {
        JsonNode response = skill.sendRaw(body.getBytes(StandardCharsets.UTF_8));
        String speech = response.path("response").path("outputSpeech").path("ssml").asText();
        assertTrue(Facts.carries(speech, "R1"), speech);
        assertFalse(response.path("response").path("shouldEndSession").asBoolean(true));
    }

    @Test
    void theKeepWarmEvent_isAnsweredAtOnce_withoutDynamoDb_andOneLogLineThatNamesNobody() throws Exception {
        try (RecordingProxy dynamoDb = RecordingProxy.plain(TestSkill.config().dynamoDbEndpoint());
             LogCapture logs = new LogCapture()) {
            // As Lambda builds it, with the skill id set as template.yaml sets it: the event carries no skill id.
            BackHelperStreamHandler function = new BackHelperStreamHandler(TestSkill.config()
                    .withSkillId(SnapStartTest.SKILL_ID).withDynamoDbEndpoint(dynamoDb.endpoint()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            function.handleRequest(new ByteArrayInputStream(
                    "{\"backHelperKeepWarm\": true}".getBytes(StandardCharsets.UTF_8)), out, null);

            assertEquals("{\"keptWarm\":true}", out.toString(StandardCharsets.UTF_8));
            assertEquals(List.of(), dynamoDb.calls(), "the keep-warm event reached DynamoDB");
            assertFalse(function.progressClientBuilt(), "the keep-warm event built the DynamoDB client");
            List<String> lines = logs.text().lines().filter(l -> !l.isBlank()).toList();
            assertEquals(1, lines.size(), lines.toString());
            // One JSON log line (Lambda's JSON log format adds timestamp and level): the event, and nobody's id.
            assertTrue(lines.get(0).endsWith("\"event\":\"keep-warm\"}") && !lines.get(0).contains("user"),
                    lines.get(0));
        }
    }

    @Test
    void aWarningSign_andTheEndOfASession_areAnsweredWithoutBuildingTheDynamoDbClient() {
        BackHelperStreamHandler function = new BackHelperStreamHandler(TestSkill.config());
        SkillDriver driver = new SkillDriver(function);
        String speech = driver.send(RequestEnvelopes.fixture("warning-sign-with-slot.json"))
                .path("response").path("outputSpeech").path("ssml").asText();
        assertTrue(Facts.carries(speech, "S1"), speech);
        driver.send(RequestEnvelopes.fixture("session-ended.json"));
        assertFalse(function.progressClientBuilt(), "a request that needs no progress built the DynamoDB client");

        driver.send(RequestEnvelopes.fixture("launch.json"));
        assertTrue(function.progressClientBuilt(), "a launch reads progress, so it builds the client");
    }

    @Test
    void templateYamlsSchedule_sendsTheKeepWarmEvent_toTheFunctionEveryFiveDays() throws Exception {
        String template = java.nio.file.Files.readString(
                com.backhelper.local.InteractionModel.skillPackageDir().resolveSibling("template.yaml"));
        var event = java.util.regex.Pattern.compile(
                "KeepWarm:\\s+Type: Schedule\\s+Properties:[\\s\\S]*?Schedule: (\\S+ \\S+)\\s+Input: '([^']*)'")
                .matcher(template);
        assertTrue(event.find(), "template.yaml has no KeepWarm schedule");
        assertEquals("rate(5 days)", event.group(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BackHelperStreamHandler(TestSkill.config().withSkillId(SnapStartTest.SKILL_ID)).handleRequest(
                new ByteArrayInputStream(event.group(2).getBytes(StandardCharsets.UTF_8)), out, null);
        assertEquals("{\"keptWarm\":true}", out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "not the keep-warm event: {0}")
    @ValueSource(strings = {"{\"backHelperKeepWarm\": false}", "{\"backHelperKeepWarm\": \"true\"}",
            "{\"detail\":{\"backHelperKeepWarm\": true}}", "[{\"backHelperKeepWarm\": true}]"})
    void onlyTheExactEvent_isTakenForKeepWarm(String body) {
        JsonNode response = skill.sendRaw(body.getBytes(StandardCharsets.UTF_8));
        assertFalse(response.has("keptWarm"), response.toString());
    }

    @Test
    void anIntentRequestWithNoIntent_isAnsweredLikeFallback_notAsAnError() {
        ObjectNode envelope = RequestEnvelopes.fixture("intent.json");
        ((ObjectNode) envelope.path("request")).remove("intent");
        JsonNode response = skill.send(envelope);
        String text = Facts.plain(response.path("response").path("outputSpeech").path("ssml").asText());
        assertTrue(text.contains(Facts.catalogue().text("ui.not_understood")), text);
    }

    @Test
    void systemExceptionEncountered_getsAnEmptyResponse() {
        JsonNode response = skill.send(RequestEnvelopes.fixture("system-exception-encountered.json"));
        assertTrue(response.path("response").path("outputSpeech").isMissingNode());
    }

    @Test
    void sessionEnded_getsNoSpeech() {
        JsonNode response = skill.send(RequestEnvelopes.fixture("session-ended.json"));
        assertTrue(response.path("response").path("outputSpeech").isMissingNode());
    }

    @Test
    void anUnknownRequestType_getsAnEmptyResponse_notAMissingOne() {
        ObjectNode envelope = RequestEnvelopes.fixture("launch.json");
        ((ObjectNode) envelope.path("request")).put("type", "Alexa.Presentation.APL.UserEvent");
        JsonNode response = skill.send(envelope);
        assertTrue(response.has("response"));
        assertTrue(response.path("response").path("outputSpeech").isMissingNode());
    }

    @Test
    void anUnknownIntent_isAnsweredLikeFallback() {
        ObjectNode envelope = RequestEnvelopes.fixture("intent.json");
        ((ObjectNode) envelope.path("request").path("intent")).put("name", "SomeIntentFromAnotherModel");
        JsonNode response = skill.send(envelope);
        assertTrue(Facts.plain(response.path("response").path("outputSpeech").path("ssml").asText())
                .contains(Facts.catalogue().text("ui.not_understood")));
    }

    @Test
    void theWarningSignFixture_withItsResolvedSlot_getsTheUrgentAnswer() {
        JsonNode response = skill.send(RequestEnvelopes.fixture("warning-sign-with-slot.json"));
        String speech = response.path("response").path("outputSpeech").path("ssml").asText();
        assertTrue(Facts.carries(speech, "S1") && Facts.carries(speech, "S2"), speech);
        assertTrue(response.path("response").path("shouldEndSession").asBoolean());
        assertFalse(response.toString().contains("bum"), "what the person said is never echoed back or stored");
    }

    @Test
    void anotherSkillsRequest_isRefused_whenSkillIdIsSet() {
        SkillDriver guarded = new SkillDriver(new BackHelperStreamHandler(
                SkillFactory.create(TestSkill.config().withSkillId("amzn1.ask.skill.the-real-one"))));
        JsonNode refused = guarded.send(RequestEnvelopes.fixture("launch.json"));
        assertTrue(refused.path("response").path("outputSpeech").isMissingNode());
        assertTrue(refused.path("response").path("shouldEndSession").asBoolean());

        ObjectNode ours = RequestEnvelopes.fixture("launch.json");
        ((ObjectNode) ours.path("context").path("System").path("application")).put("applicationId", "amzn1.ask.skill.the-real-one");
        ((ObjectNode) ours.path("session").path("application")).put("applicationId", "amzn1.ask.skill.the-real-one");
        assertFalse(guarded.send(ours).path("response").path("outputSpeech").isMissingNode());
    }

    @Test
    void aHandlerThatThrows_isAnsweredByTheErrorHandler_withAReprompt() {
        ProgressKeeper keeper = new ProgressKeeper(TestSkill.store(), Clock.systemUTC(), List.of());
        Responder responder = new Responder(new Routine(), SpeechCatalogues.load(), Clock.systemUTC(),
                new com.backhelper.alerts.AlertScheduler(Clock.systemUTC()));
        RequestHandler broken = new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                return true;
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                throw new IllegalStateException("broken on purpose");
            }
        };
        var skillWithABug = new CustomSkillBuilder().addRequestHandler(broken)
                .addExceptionHandler(new ErrorHandler(responder, keeper)).build();
        SkillDriver driver = new SkillDriver(new BackHelperStreamHandler(
                new GuardedSkill(skillWithABug, null, SpeechCatalogues.load())));
        JsonNode response = driver.send(RequestEnvelopes.fixture("intent.json"));
        String speech = response.path("response").path("outputSpeech").path("ssml").asText();
        assertTrue(Facts.carries(speech, "R1"), speech);
        assertFalse(response.path("response").path("reprompt").isMissingNode());
    }

    @Test
    void aSkillThatReturnsNothing_stillAnswersAlexa() {
        // The SDK's own behaviour when no handler matches: an envelope without a response. The guard answers.
        RequestHandler neverMatches = new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                return false;
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                return Optional.empty();
            }
        };
        var emptySkill = new CustomSkillBuilder().addRequestHandler(neverMatches).build();
        SkillDriver driver = new SkillDriver(new BackHelperStreamHandler(
                new GuardedSkill(emptySkill, null, SpeechCatalogues.load())));
        JsonNode response = driver.send(RequestEnvelopes.fixture("launch.json"));
        assertEquals("1.0", response.path("version").asText());
        assertFalse(response.path("response").path("outputSpeech").isMissingNode());
    }
}
