package com.backhelper.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.event.Level;

import java.time.Instant;

/**
 * One log event as one line of JSON: {"timestamp", "level", then the event}. A message that is itself a JSON object
 * (the request log's lines) lends the line its fields, so each is a field Logs Insights can filter on; any other
 * message goes in "message", with the logger's name. Newlines are escaped, so a stack trace stays one event.
 */
final class JsonLine {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STACK_FRAMES = 20;

    private JsonLine() {
    }

    static String of(Instant at, Level level, String logger, String message, Throwable throwable) {
        ObjectNode line = JSON.createObjectNode();
        line.put("timestamp", at.toString()); // RFC 3339, in UTC
        line.put("level", level.name());
        JsonNode fields = asObject(message);
        if (fields != null) {
            fields.fields().forEachRemaining(field -> {
                if (!line.has(field.getKey())) {
                    line.set(field.getKey(), field.getValue());
                }
            });
        } else {
            line.put("logger", logger);
            line.put("message", message);
        }
        if (throwable != null) {
            line.put("errorType", throwable.getClass().getName());
            line.put("errorMessage", throwable.getMessage());
            ArrayNode frames = line.putArray("stackTrace");
            StackTraceElement[] trace = throwable.getStackTrace();
            for (int i = 0; i < Math.min(trace.length, STACK_FRAMES); i++) {
                frames.add(trace[i].toString());
            }
        }
        return line.toString();
    }

    /** The message as a JSON object, or null if it is not one. */
    private static JsonNode asObject(String message) {
        if (message == null || !message.startsWith("{") || !message.endsWith("}")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(message);
            return node.isObject() ? node : null;
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
