package com.backhelper.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The schedule in template.yaml invokes the live alias every few days with {@code {"backHelperKeepWarm": true}}, so
 * that its SnapStart version never goes inactive (Lambda deactivates one not invoked for 14 days, and the next
 * request would fail). It is answered at once: no skill, no DynamoDB, and one log line that names no person.
 */
final class KeepWarm {

    private static final Logger LOG = LoggerFactory.getLogger("com.backhelper.requests");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] MARK = "backHelperKeepWarm".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ANSWER = "{\"keptWarm\":true}".getBytes(StandardCharsets.US_ASCII);

    private KeepWarm() {
    }

    /**
     * The schedule's event is 27 bytes; an Alexa envelope is many times that. Longer bodies are not searched at all,
     * so a person's turn pays nothing for this check.
     */
    static final int LONGEST_EVENT = 256;

    /** A JSON object whose top-level {@code backHelperKeepWarm} is true. Alexa's envelopes are never parsed here. */
    static boolean isKeepWarm(byte[] request) {
        if (request.length > LONGEST_EVENT || !contains(request, MARK)) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(request);
            return body != null && body.path("backHelperKeepWarm").asBoolean(false)
                    && body.path("backHelperKeepWarm").isBoolean();
        } catch (IOException | RuntimeException notJson) {
            return false;
        }
    }

    /** Logs the one line and gives the answer. */
    static byte[] answer() {
        LOG.info("{\"event\":\"keep-warm\"}");
        return ANSWER;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
