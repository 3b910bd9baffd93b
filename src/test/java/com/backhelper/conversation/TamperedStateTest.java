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

    /** Someone who started the routine (stored: breathing, one round); their real session attributes, changed. */
    private static JsonNode realCopyChanged(Conversation person, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode attributes = ((ObjectNode) person.response().path("sessionAttributes")).deepCopy();
        change.accept(attributes);
        return attributes;
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> outOfBounds() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("a 100 KB step",
                        (java.util.function.Consumer<ObjectNode>) a -> a.put("step", "X".repeat(100_000))),
                org.junit.jupiter.params.provider.Arguments.of("an episode 10^19 ms from 1970",
                        (java.util.function.Consumer<ObjectNode>) a -> a.put("episodeStartedAt",
                                new java.math.BigInteger("10000000000000000000"))),
                org.junit.jupiter.params.provider.Arguments.of("an episode in the year 3000",
                        (java.util.function.Consumer<ObjectNode>) a -> a.put("episodeStartedAt", 32_503_680_000_000L)),
                org.junit.jupiter.params.provider.Arguments.of("10,000 rounds",
                        (java.util.function.Consumer<ObjectNode>) a -> a.put("rounds", 10_000)),
                org.junit.jupiter.params.provider.Arguments.of("a pace outside its limits",
                        (java.util.function.Consumer<ObjectNode>) a -> a.put("exhaleMillis", 9_000)),
                org.junit.jupiter.params.provider.Arguments.of("a fractional version",
                        (java.util.function.Consumer<ObjectNode>) a -> a.put("version", 1.5)),
                org.junit.jupiter.params.provider.Arguments.of("a thousand pending changes",
                        (java.util.function.Consumer<ObjectNode>) a -> {
                            var pending = a.putArray("pending");
                            for (int i = 1; i <= 1_000; i++) {
                                pending.addObject().put("n", i).put("at", System.currentTimeMillis())
                                        .put("rounds", 1).put("set", false);
                            }
                            a.put("changesMade", 1_000);
                        }),
                org.junit.jupiter.params.provider.Arguments.of("a pending change of 5,000 rounds",
                        (java.util.function.Consumer<ObjectNode>) a -> a.putArray("pending").addObject().put("n", 1)
                                .put("at", System.currentTimeMillis()).put("rounds", 5_000).put("set", false)),
                org.junit.jupiter.params.provider.Arguments.of("a long string among the applied marks",
                        (java.util.function.Consumer<ObjectNode>) a -> a.putArray("applied").add("Y".repeat(10_000))));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("outOfBounds")
    void aValueOutOfBounds_isIgnored_forWhatIsStored_andNeverEchoed(String name,
                                                                    java.util.function.Consumer<ObjectNode> change)
            throws Exception {
        Conversation person = conversation().user("help me now"); // stored: breathing, one round
        JsonNode attributes = realCopyChanged(person, change);
        JsonNode response = SKILL.send(RequestEnvelopes.intent("AMAZON.NextIntent", Map.of(),
                new RequestEnvelopes.Session("amzn1.echo-api.session." + UUID.randomUUID(), false, attributes,
                        person.userId(), "en-US")));
        String text = response.toString();
        assertTrue(text.length() < 24 * 1024, name + ": a response under Alexa's 24 KB, not " + text.length());
        assertFalse(text.contains("XXXXXXXX") || text.contains("YYYYYYYY"), name + ": nothing of it is echoed back");
        String speech = response.path("response").path("outputSpeech").path("ssml").asText();
        assertTrue(Facts.carries(speech, "R2"), name + ": next from the stored breathing is lying down: " + speech);
        var stored = com.backhelper.testing.TestSkill.store().load(person.userId()).orElseThrow().routine();
        assertEquals(com.backhelper.routine.Step.LIE_DOWN, stored.step(), name);
        assertEquals(1, stored.rounds(), name + ": the stored rounds, not the forged ones");
        assertEquals(com.backhelper.routine.Pace.DEFAULT, stored.pace(), name);
    }
}
