package com.backhelper.conversation;

import com.backhelper.testing.Conversation;
import com.backhelper.testing.LogCapture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One JSON line per request, with what operators need and nothing that identifies the person or what they said. */
class RequestLogTest {

    private static List<JsonNode> requestLines(String log) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : log.split("\n")) {
            int json = line.indexOf('{');
            if (json >= 0 && line.contains("\"requestId\"")) {
                lines.add(new ObjectMapper().readTree(line.substring(json)));
            }
        }
        return lines;
    }

    @Test
    void eachRequest_logsOneJsonLine_withItsTypeIntentStepLatencyAndDynamoDbOutcome() throws Exception {
        Conversation person;
        String log;
        try (LogCapture capture = new LogCapture()) {
            person = conversation().user("open back helper").user("help me now").user("help");
            log = capture.text();
        }
        List<JsonNode> lines = requestLines(log);
        assertEquals(3, lines.size(), log);
        assertEquals("LaunchRequest", lines.get(0).path("type").asText());
        assertEquals("absent", lines.get(0).path("dynamodbRead").asText());
        assertEquals("HelpMeNowIntent", lines.get(1).path("intent").asText());
        assertEquals("BREATHE", lines.get(1).path("step").asText());
        assertEquals("session", lines.get(1).path("dynamodbRead").asText());
        assertEquals("ok", lines.get(1).path("dynamodbWrite").asText());
        assertEquals("none", lines.get(2).path("dynamodbWrite").asText(), "help changes nothing");
        for (JsonNode line : lines) {
            assertTrue(line.path("latencyMs").isNumber(), line.toString());
            assertTrue(line.path("requestId").asText().startsWith("amzn1.echo-api.request."), line.toString());
            assertEquals(RequestLog.userHash(person.userId()), line.path("user").asText());
            assertEquals(12, line.path("user").asText().length());
        }
    }

    @Test
    void theLog_neverHoldsTheUserIdOrWhatWasSaid() {
        String secretSymptom = "numbness in my groin";
        Conversation person;
        String log;
        try (LogCapture capture = new LogCapture()) {
            person = conversation().user("help me now").user("i have " + secretSymptom).resolvedAs("SaddleNumbnessIntent");
            log = capture.text();
        }
        assertFalse(log.isBlank(), "something was logged");
        assertFalse(log.contains(person.userId()), log);
        assertFalse(log.contains(person.userId().substring("amzn1.ask.account.".length())), log);
        assertFalse(log.contains(secretSymptom), log);
        assertFalse(log.contains("groin"), log);
    }
}
