package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One JSON line per request, through SLF4J: request id, type, intent, routine step, latency, and what DynamoDB did.
 * The user appears only as a short hash (enough to follow one person's turns, not to find them), and nothing the
 * person said is ever logged: no slot values, no utterances.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("com.backhelper.requests");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestLog() {
    }

    /** A request the skill handled, answered or failed. */
    static void handled(HandlerInput input, String outcome) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Request request = input.getRequestEnvelope().getRequest();
        Turn turn = Turn.of(input);
        ObjectNode line = JSON.createObjectNode();
        line.put("requestId", request == null ? null : request.getRequestId());
        line.put("type", request == null ? null : request.getType());
        if (request instanceof IntentRequest intentRequest && intentRequest.getIntent() != null) {
            line.put("intent", intentRequest.getIntent().getName());
        }
        line.put("locale", request == null ? null : request.getLocale());
        line.put("user", userHash(Turn.userIdOf(input)));
        if (turn.isLoaded()) {
            line.put("step", turn.routine().step().name());
        }
        line.put("dynamodbRead", turn.readOutcome());
        line.put("dynamodbWrite", turn.writeOutcome());
        line.put("latencyMs", turn.elapsedMillis());
        line.put("outcome", outcome);
        LOG.info(line.toString());
    }

    /** A request stopped before any handler: refused (another skill's id) or unreadable. */
    public static void stopped(String outcome, String requestType) {
        ObjectNode line = JSON.createObjectNode();
        line.put("type", requestType);
        line.put("outcome", outcome);
        LOG.warn(line.toString());
    }

    /** The first 12 hex digits of the user id's SHA-256; null for no user. */
    static String userHash(String userId) {
        if (userId == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
