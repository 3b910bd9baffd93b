package com.backhelper.testing;

import com.backhelper.lambda.BackHelperStreamHandler;
import com.backhelper.lambda.SkillFactory;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.local.LocalSession;
import com.backhelper.local.RequestEnvelopes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Sends requests through the real Lambda entry point and checks Alexa's rules on every response that comes back, so
 * that no test can get a response Alexa would reject without failing.
 */
public final class SkillDriver {

    private static BackHelperStreamHandler shared;

    private final BackHelperStreamHandler handler;

    public SkillDriver(BackHelperStreamHandler handler) {
        this.handler = handler;
    }

    /**
     * The skill as Lambda builds it, with no skill-id restriction, its progress in DynamoDB Local; built once for the
     * whole test run.
     */
    public static synchronized SkillDriver standard() {
        if (shared == null) {
            shared = TestSkill.entryPoint(Clock.systemUTC());
        }
        return new SkillDriver(shared);
    }

    public BackHelperStreamHandler handler() {
        return handler;
    }

    /**
     * An entry point as a particular device or account would reach it: each request envelope is changed first (a
     * screen among its interfaces, an API endpoint, permissions granted), then sent through this driver.
     */
    public RequestStreamHandler as(Consumer<ObjectNode> device) {
        return (in, out, context) -> {
            ObjectNode envelope = (ObjectNode) RequestEnvelopes.JSON.readTree(in.readAllBytes());
            device.accept(envelope);
            out.write(send(envelope).toString().getBytes(StandardCharsets.UTF_8));
        };
    }

    public JsonNode send(ObjectNode envelope) {
        return sendRaw(envelope.toString().getBytes(StandardCharsets.UTF_8));
    }

    public JsonNode sendRaw(byte[] request) {
        JsonNode response = LocalSession.invoke(handler, request);
        assertObeysAlexaRules(response);
        return response;
    }

    /** Alexa's rules for a response envelope; see {@link SsmlRules} for the speech itself. */
    public static void assertObeysAlexaRules(JsonNode envelope) {
        assertNotNull(envelope, "no response envelope");
        assertEquals("1.0", envelope.path("version").asText(), "response version");
        assertTrue(envelope.has("response"), "an envelope without a response: " + envelope);
        JsonNode response = envelope.path("response");
        JsonNode speech = response.path("outputSpeech");
        List<String> problems = new ArrayList<>();
        if (!speech.isMissingNode()) {
            assertEquals("SSML", speech.path("type").asText(), "speech type");
            SsmlRules.problems(speech.path("ssml").asText(null)).forEach(p -> problems.add("speech: " + p));
        }
        JsonNode reprompt = response.path("reprompt").path("outputSpeech");
        if (!reprompt.isMissingNode()) {
            SsmlRules.problems(reprompt.path("ssml").asText(null)).forEach(p -> problems.add("reprompt: " + p));
        }
        boolean keepsListening = response.has("shouldEndSession") && !response.path("shouldEndSession").asBoolean();
        if (keepsListening && reprompt.isMissingNode()) {
            problems.add("the session stays open with no reprompt");
        }
        if (keepsListening && speech.isMissingNode()) {
            problems.add("the session stays open with nothing said");
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\nin " + envelope.toPrettyString());
        }
    }
}
