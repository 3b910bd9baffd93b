package com.backhelper.logging;

import com.backhelper.testing.LogCapture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the function writes is what Lambda's JSON log format and CloudWatch Logs Insights can read: every line one
 * JSON object with a level Lambda filters on and an RFC 3339 timestamp, the request log's fields at the top level.
 */
class JsonLogLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    @Test
    void everyLineARequestWrites_isOneJsonObject_withLevelTimestampAndTheRequestsFieldsAtTheTop() throws Exception {
        String log;
        try (LogCapture capture = new LogCapture()) {
            conversation().user("open back helper").user("help me now").user("stop");
            log = capture.text();
        }
        List<JsonNode> requests = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode event = JSON.readTree(line); // the whole line, nothing before or after the object
            assertTrue(event.isObject(), line);
            assertTrue(LEVELS.contains(event.path("level").asText()), "a level Lambda filters on: " + line);
            Instant.parse(event.path("timestamp").asText()); // RFC 3339
            if (event.has("requestId")) {
                requests.add(event);
            }
        }
        assertEquals(3, requests.size(), log);
        for (JsonNode request : requests) {
            assertEquals("INFO", request.path("level").asText());
            assertTrue(request.path("latencyMs").isNumber(), "a number Logs Insights can add up: " + request);
            assertTrue(request.path("type").isTextual(), request.toString());
            assertFalse(request.has("message"), "the fields themselves, not a string holding them: " + request);
        }
    }

    @Test
    void aPlainMessageWithAnError_staysOneLine_withTheLoggerAndTheStackAsFields() throws Exception {
        IllegalStateException failure = new IllegalStateException("table\nnot found");
        String line = JsonLine.of(Instant.parse("2026-12-01T21:30:00.123Z"), Level.WARN, "com.backhelper.x",
                "could not save:\nretrying", failure);

        assertFalse(line.contains("\n"), line);
        JsonNode event = JSON.readTree(line);
        assertEquals("2026-12-01T21:30:00.123Z", event.path("timestamp").asText());
        assertEquals("WARN", event.path("level").asText());
        assertEquals("com.backhelper.x", event.path("logger").asText());
        assertEquals("could not save:\nretrying", event.path("message").asText());
        assertEquals(IllegalStateException.class.getName(), event.path("errorType").asText());
        assertTrue(event.path("stackTrace").isArray() && event.path("stackTrace").size() > 0, line);
    }

    @Test
    void aMessageThatOnlyLooksLikeJson_isKeptAsAMessage() throws Exception {
        JsonNode event = JSON.readTree(JsonLine.of(Instant.now(), Level.INFO, "x", "{not json}", null));
        assertEquals("{not json}", event.path("message").asText());
    }

    @Test
    void theLevel_comesFromTheTemplatesApplicationLogLevel_andTheSdksStayQuiet() {
        LogLevels lambda = new LogLevels(Map.of("AWS_LAMBDA_LOG_LEVEL", "WARN"), new Properties());
        assertEquals(Level.WARN, lambda.threshold("com.backhelper.requests"));
        assertEquals(Level.DEBUG,
                new LogLevels(Map.of("AWS_LAMBDA_LOG_LEVEL", "DEBUG"), new Properties()).threshold("com.backhelper"));
        assertEquals(Level.WARN,
                new LogLevels(Map.of("AWS_LAMBDA_LOG_LEVEL", "DEBUG"), new Properties()).threshold(
                        "software.amazon.awssdk.request"), "the SDK's debug output is never wanted");
        assertEquals(Level.ERROR,
                new LogLevels(Map.of("AWS_LAMBDA_LOG_LEVEL", "FATAL"), new Properties()).threshold("com.amazon.ask"));
        assertEquals(Level.INFO, new LogLevels(Map.of(), new Properties()).threshold("com.backhelper.requests"));

        Properties build = new Properties();
        build.setProperty(LogLevels.DEFAULT_PROPERTY, "warn");
        build.setProperty(LogLevels.LOGGER_PROPERTY_PREFIX + "com.backhelper.requests", "info");
        LogLevels local = new LogLevels(Map.of("AWS_LAMBDA_LOG_LEVEL", "ERROR"), build);
        assertEquals(Level.INFO, local.threshold("com.backhelper.requests"), "a property beats the environment");
        assertEquals(Level.WARN, local.threshold("com.backhelper.conversation.ProgressSaver"));
    }

    @Test
    void theBindingSlf4jFinds_isThisOne() {
        assertInstanceOf(JsonLogger.class, LoggerFactory.getLogger("com.backhelper.requests"));
    }
}
