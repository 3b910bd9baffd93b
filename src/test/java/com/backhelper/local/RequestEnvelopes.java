package com.backhelper.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Request envelopes shaped like Alexa's, made from the fixtures in src/test/resources/requests: a template is read,
 * then its session, user, request id, time, intent and slots are filled in.
 */
public final class RequestEnvelopes {

    public static final ObjectMapper JSON = new ObjectMapper();

    private RequestEnvelopes() {
    }

    /** The where and who of a request: which session, whether it is new, what it carries, for whom. */
    public record Session(String sessionId, boolean isNew, JsonNode attributes, String userId, String locale) {
    }

    public static ObjectNode fixture(String name) {
        try (InputStream in = RequestEnvelopes.class.getResourceAsStream("/requests/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode launch(Session session) {
        return fill(fixture("launch.json"), session);
    }

    public static ObjectNode intent(String intentName, Map<String, String> slots, Session session) {
        ObjectNode envelope = fill(fixture("intent.json"), session);
        ObjectNode intent = ((ObjectNode) envelope.path("request")).putObject("intent");
        intent.put("name", intentName);
        intent.put("confirmationStatus", "NONE");
        ObjectNode slotNodes = intent.putObject("slots");
        slots.forEach((name, value) -> {
            ObjectNode slot = slotNodes.putObject(name);
            slot.put("name", name);
            slot.put("value", value);
            slot.put("confirmationStatus", "NONE");
            slot.put("source", "USER");
        });
        return envelope;
    }

    /**
     * The request a device sends for what the person said: each filled slot with its entity resolution, as Alexa
     * sends it (ER_SUCCESS_MATCH with the value, or ER_SUCCESS_NO_MATCH when the words are not a value of the type).
     */
    public static ObjectNode intent(Utterance utterance, Session session) {
        ObjectNode envelope = intent(utterance.intentName(), utterance.slots(), session);
        String skillId = envelope.path("context").path("System").path("application").path("applicationId").asText();
        ObjectNode slots = (ObjectNode) envelope.path("request").path("intent").path("slots");
        utterance.resolutions().forEach((name, resolution) -> {
            ObjectNode authority = ((ObjectNode) slots.path(name)).putObject("resolutions")
                    .putArray("resolutionsPerAuthority").addObject();
            authority.put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + resolution.slotType());
            authority.putObject("status").put("code", resolution.matched() ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH");
            if (resolution.matched()) {
                authority.putArray("values").addObject().putObject("value")
                        .put("name", resolution.value())
                        .put("id", resolution.value().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
            }
        });
        return envelope;
    }

    public static ObjectNode sessionEnded(String reason, Session session) {
        ObjectNode envelope = fill(fixture("session-ended.json"), session);
        ((ObjectNode) envelope.path("request")).put("reason", reason);
        return envelope;
    }

    /** The person disabled the skill: an event with no session, only who it was. */
    public static ObjectNode skillDisabled(String userId) {
        ObjectNode envelope = fixture("skill-disabled.json");
        ((ObjectNode) envelope.path("context").path("System").path("user")).put("userId", userId);
        ((ObjectNode) envelope.path("request")).put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        return envelope;
    }

    private static ObjectNode fill(ObjectNode envelope, Session session) {
        ObjectNode s = (ObjectNode) envelope.path("session");
        s.put("new", session.isNew());
        s.put("sessionId", session.sessionId());
        s.set("attributes", session.attributes() == null ? JSON.createObjectNode() : session.attributes().deepCopy());
        ((ObjectNode) s.path("user")).put("userId", session.userId());
        ((ObjectNode) envelope.path("context").path("System").path("user")).put("userId", session.userId());
        ObjectNode request = (ObjectNode) envelope.path("request");
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        request.put("timestamp", Instant.now().toString());
        request.put("locale", session.locale());
        return envelope;
    }
}
