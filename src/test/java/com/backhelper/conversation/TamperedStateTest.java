package com.backhelper.conversation;

import com.backhelper.local.RequestEnvelopes;
import com.backhelper.testing.Conversation;
import com.backhelper.testing.Facts;
import com.backhelper.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session attributes come back from the device and cannot be trusted. A copy that does not make sense is ignored:
 * the stored progress is used if there is any; otherwise the person starts fresh and is told so, politely.
 */
class TamperedStateTest {

    private static final SkillDriver SKILL = SkillDriver.standard();
    private static final String LOST_PLACE = "could not find where we were";

    private static ObjectNode nextWith(String attributesJson, String userId) throws Exception {
        JsonNode attributes = RequestEnvelopes.JSON.readTree(attributesJson);
        return RequestEnvelopes.intent("AMAZON.NextIntent", Map.of(),
                new RequestEnvelopes.Session("amzn1.echo-api.session." + UUID.randomUUID(), false, attributes, userId,
                        "en-US"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"step\":\"FLYING\",\"inhaleMillis\":4000,\"exhaleMillis\":6000,\"safetyGiven\":true,\"rounds\":1,\"question\":\"NONE\",\"version\":1}",
            "{\"step\":\"ICE\",\"inhaleMillis\":-4000,\"exhaleMillis\":6000,\"safetyGiven\":true,\"rounds\":1,\"question\":\"NONE\",\"version\":1}",
            "{\"step\":\"ICE\",\"inhaleMillis\":4000,\"exhaleMillis\":60000000,\"safetyGiven\":true,\"rounds\":1,\"question\":\"NONE\",\"version\":1}",
            "{\"step\":\"ICE\",\"inhaleMillis\":\"fast\",\"exhaleMillis\":6000,\"safetyGiven\":true,\"rounds\":1,\"question\":\"NONE\",\"version\":1}",
            "{\"step\":\"ICE\",\"inhaleMillis\":4000,\"exhaleMillis\":6000,\"safetyGiven\":true,\"rounds\":-3,\"question\":\"NONE\",\"version\":1}",
            "{\"step\":\"ICE\",\"inhaleMillis\":4000,\"exhaleMillis\":6000,\"safetyGiven\":true,\"rounds\":1,\"question\":\"WHAT\",\"version\":1}",
            "{\"step\":\"ICE\",\"inhaleMillis\":4000,\"exhaleMillis\":6000,\"safetyGiven\":\"yes\",\"rounds\":1,\"question\":\"NONE\",\"version\":1}",
            "{\"step\":\"ICE\",\"inhaleMillis\":4000,\"exhaleMillis\":6000,\"safetyGiven\":true,\"rounds\":1,\"question\":\"NONE\",\"version\":-2}",
            "{\"step\":null}",
    })
    void aCopyThatMakesNoSense_withNothingStored_startsFresh_andSaysSo(String attributes) throws Exception {
        JsonNode response = SKILL.send(nextWith(attributes, "amzn1.ask.account.TAMPER-" + UUID.randomUUID()));
        String speech = response.path("response").path("outputSpeech").path("ssml").asText();
        assertTrue(speech.contains(LOST_PLACE), speech);
        assertTrue(Facts.carries(speech, "S1") && Facts.carries(speech, "R1"), "fresh, with the safety line: " + speech);
    }

    @Test
    void aCopyThatMakesNoSense_withProgressStored_continuesFromTheStore_withoutAWord() throws Exception {
        Conversation person = conversation().user("help me now").user("next").asks("ui.ask.LYING_DOWN"); // lying down
        String tampered = "{\"step\":\"ICE\",\"inhaleMillis\":1,\"exhaleMillis\":1,\"safetyGiven\":true,\"rounds\":1,"
                + "\"question\":\"NONE\",\"version\":1}";
        JsonNode response = SKILL.send(nextWith(tampered, person.userId()));
        String speech = response.path("response").path("outputSpeech").path("ssml").asText();
        assertFalse(speech.contains(LOST_PLACE), speech);
        assertTrue(Facts.carries(speech, "R3"), "next after lying down is the ice: " + speech);
        assertEquals(false, response.path("response").path("shouldEndSession").asBoolean(), "the ice offers a timer");
    }
}
