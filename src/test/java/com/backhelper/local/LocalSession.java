package com.backhelper.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * One person talking to the skill through its real Lambda entry point, the way a device would: a new session when
 * the skill is opened or the last one ended, session attributes carried from each response to the next request.
 */
public final class LocalSession {

    private final RequestStreamHandler handler;
    private final String userId;
    private final String locale;
    private String sessionId;
    private JsonNode attributes;
    private boolean open;

    public LocalSession(RequestStreamHandler handler, String userId, String locale) {
        this.handler = handler;
        this.userId = userId;
        this.locale = locale;
    }

    /** Sends what the person said; returns Alexa's response envelope. */
    public JsonNode say(Utterance utterance) {
        boolean starting = utterance.opensSkill() || !open;
        if (starting) {
            sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
            attributes = null;
        }
        RequestEnvelopes.Session session = new RequestEnvelopes.Session(sessionId, starting, attributes, userId, locale);
        ObjectNode envelope = utterance.isLaunch()
                ? RequestEnvelopes.launch(session)
                : RequestEnvelopes.intent(utterance, session);
        JsonNode response = send(envelope);
        open = !response.path("response").path("shouldEndSession").asBoolean(false);
        attributes = open ? response.path("sessionAttributes") : null;
        return response;
    }

    /** A request that is not something said (Alexa's permission question answered), within the open session. */
    public JsonNode continueWith(java.util.function.Function<RequestEnvelopes.Session, ObjectNode> request) {
        JsonNode response = send(request.apply(new RequestEnvelopes.Session(sessionId, false, attributes, userId,
                locale)));
        open = !response.path("response").path("shouldEndSession").asBoolean(false);
        attributes = open ? response.path("sessionAttributes") : null;
        return response;
    }

    /** The session closes without a word (the person went quiet): Alexa sends SessionEndedRequest. */
    public JsonNode timeOut() {
        JsonNode response = send(RequestEnvelopes.sessionEnded("EXCEEDED_MAX_REPROMPTS",
                new RequestEnvelopes.Session(sessionId, false, attributes, userId, locale)));
        open = false;
        attributes = null;
        return response;
    }

    public JsonNode send(ObjectNode envelope) {
        return invoke(handler, envelope.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** One Lambda invocation with raw bytes, as Lambda would make it. */
    public static JsonNode invoke(RequestStreamHandler handler, byte[] request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(request), out, null);
            return RequestEnvelopes.JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isOpen() {
        return open;
    }

    public JsonNode attributes() {
        return attributes;
    }
}
