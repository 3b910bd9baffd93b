package com.backhelper.conversation;

import com.backhelper.local.InteractionModel;
import com.backhelper.local.RequestEnvelopes;
import com.backhelper.testing.DynamoDbCalls;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CanFulfillIntentRequest through the real entry point: yes for what the skill is for, no for words that mean
 * something only inside it, slots judged by entity resolution, and nothing said, read or written.
 */
class CanFulfillIntentTest {

    private static final DynamoDbCalls CALLS = new DynamoDbCalls();
    private static final SkillDriver SKILL = new SkillDriver(TestSkill.entryPoint(Clock.systemUTC(), CALLS));

    private static ObjectNode asking(String intent) {
        ObjectNode envelope = RequestEnvelopes.fixture("can-fulfill-intent.json");
        ((ObjectNode) envelope.path("request").path("intent")).put("name", intent);
        String user = "amzn1.ask.account.CFIR-" + UUID.randomUUID();
        ((ObjectNode) envelope.path("session").path("user")).put("userId", user);
        ((ObjectNode) envelope.path("context").path("System").path("user")).put("userId", user);
        return envelope;
    }

    private static ObjectNode withSymptom(String value, String resolution) {
        ObjectNode envelope = asking("SaddleNumbnessIntent");
        ObjectNode slot = ((ObjectNode) envelope.path("request").path("intent").path("slots")).putObject("symptom");
        slot.put("name", "symptom").put("value", value);
        slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                .put("authority", "amzn1.er-authority.echo-sdk.SKILL.SymptomType")
                .putObject("status").put("code", resolution);
        return envelope;
    }

    private static JsonNode answer(ObjectNode envelope) {
        CALLS.reset();
        JsonNode response = SKILL.send(envelope).path("response");
        assertFalse(response.has("outputSpeech"), "nothing is said: " + response);
        assertFalse(response.has("directives"), response.toString());
        assertEquals(0, CALLS.reads() + CALLS.writes(), "no DynamoDB call");
        return response.path("canFulfillIntent");
    }

    @Test
    void whatTheSkillIsFor_isYes() {
        for (String intent : List.of("ExplainIntent", "HelpMeNowIntent", "IceOrHeatIntent", "IsItSeriousIntent")) {
            assertEquals("YES", answer(asking(intent)).path("canFulfill").asText(), intent);
        }
    }

    @Test
    void wordsThatMeanSomethingOnlyInsideTheSkill_andBuiltIns_areNo() {
        for (String intent : List.of("SlowerIntent", "FasterIntent", "ForgetMeIntent", "AMAZON.StopIntent",
                "AMAZON.YesIntent", "AMAZON.FallbackIntent", "SomeoneElsesIntent")) {
            assertEquals("NO", answer(asking(intent)).path("canFulfill").asText(), intent);
        }
    }

    @Test
    void aSlot_isUnderstoodOnlyWhenItResolvesToTheSkillsOwnValue() {
        JsonNode matched = answer(withSymptom("numb groin", "ER_SUCCESS_MATCH"));
        assertEquals("YES", matched.path("canFulfill").asText());
        assertEquals("YES", matched.path("slots").path("symptom").path("canUnderstand").asText());
        assertEquals("YES", matched.path("slots").path("symptom").path("canFulfill").asText());

        JsonNode unmatched = answer(withSymptom("a sore back", "ER_SUCCESS_NO_MATCH"));
        assertEquals("MAYBE", unmatched.path("canFulfill").asText());
        assertEquals("MAYBE", unmatched.path("slots").path("symptom").path("canUnderstand").asText());
        assertEquals("NO", unmatched.path("slots").path("symptom").path("canFulfill").asText());
    }

    @Test
    void everyIntentAnsweredYes_isInTheModel_andTheManifestDeclaresTheInterface() throws Exception {
        Set<String> modelled = new HashSet<>();
        InteractionModel.load("en-US").intents().forEach(i -> modelled.add(i.name()));
        assertTrue(modelled.containsAll(CanFulfillIntentHandler.ANSWERED_WITHOUT_THE_SKILLS_NAME), modelled.toString());

        JsonNode manifest = new ObjectMapper().readTree(
                Files.readString(InteractionModel.skillPackageDir().resolve("skill.json")));
        Set<String> interfaces = new HashSet<>();
        manifest.path("manifest").path("apis").path("custom").path("interfaces")
                .forEach(i -> interfaces.add(i.path("type").asText()));
        assertTrue(interfaces.contains("CAN_FULFILL_INTENT_REQUEST"), "none is sent unless declared: " + interfaces);
    }
}
