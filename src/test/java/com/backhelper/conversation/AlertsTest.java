package com.backhelper.conversation;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.alerts.Alert;
import com.backhelper.local.LocalSession;
import com.backhelper.local.RequestEnvelopes;
import com.backhelper.local.Utterance;
import com.backhelper.testing.AlexaApiStandIn;
import com.backhelper.testing.Conversation;
import com.backhelper.testing.Facts;
import com.backhelper.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ice timer and the walk reminder, end to end through the entry point, with the Alexa API played by a local
 * stand-in that records what it receives: granted, not granted then accepted, denied, and the API failing.
 */
class AlertsTest {

    private static final String REMINDERS = Alert.WALK_REMINDER.permissionScope();
    private static final String TIMERS = Alert.ICE_TIMER.permissionScope();
    private static final String TOKEN = "api-token-for-this-request";

    private AlexaApiStandIn alexaApi;
    private Map<String, String> permissions = Map.of();
    private LocalSession person;
    private String userId;

    @BeforeEach
    void start() throws Exception {
        alexaApi = new AlexaApiStandIn();
        SkillDriver skill = SkillDriver.standard();
        // Every request carries the stand-in's address, this request's token and the permissions granted so far.
        RequestStreamHandler withAlexaContext = skill.as(envelope -> {
            ObjectNode system = (ObjectNode) envelope.path("context").path("System");
            system.put("apiEndpoint", alexaApi.endpoint());
            system.put("apiAccessToken", TOKEN);
            ObjectNode scopes = ((ObjectNode) system.path("user")).putObject("permissions").putObject("scopes");
            permissions.forEach((scope, status) -> scopes.putObject(scope).put("status", status));
        });
        userId = "amzn1.ask.account.ALERTS-" + UUID.randomUUID();
        person = new LocalSession(withAlexaContext, userId, "en-US");
    }

    @AfterEach
    void stop() {
        alexaApi.close();
    }

    @Test
    void iceTimer_withPermission_isSetForTwentyMinutes_andSaidSo() {
        permissions = AlexaApiStandIn.granted(TIMERS);
        JsonNode offer = toTheIce();
        assertTrue(text(offer).contains(Facts.catalogue().text("ui.ask.OFFER_ICE_TIMER")), text(offer));

        JsonNode done = person.say(Utterance.intent("AMAZON.YesIntent"));

        assertEquals(1, alexaApi.received().size());
        AlexaApiStandIn.Received call = alexaApi.received().get(0);
        assertEquals("POST", call.method());
        assertEquals("/v1/alerts/timers", call.path());
        assertEquals("Bearer " + TOKEN, call.authorization());
        JsonNode body = json(call.body());
        assertEquals("PT20M", body.path("duration").asText());
        assertEquals("ANNOUNCE", body.path("triggeringBehavior").path("operation").path("type").asText());
        assertEquals("en-US", body.path("triggeringBehavior").path("operation").path("textToAnnounce").path(0)
                .path("locale").asText());
        assertTrue(Facts.carries(speech(done), "S4"), speech(done));
        assertTrue(text(done).contains(Facts.catalogue().text("S4.timer_set")), text(done));
        // The rest follows in the same session, with its own offer.
        assertTrue(Facts.carries(speech(done), "R4"), speech(done));
        assertFalse(done.path("response").path("shouldEndSession").asBoolean(true));
    }

    @Test
    void walkReminder_withPermission_isSetAnHourFromNow() {
        permissions = AlexaApiStandIn.granted(REMINDERS);
        toTheRest();

        JsonNode done = person.say(Utterance.intent("AMAZON.YesIntent"));

        assertEquals(1, alexaApi.received().size());
        AlexaApiStandIn.Received call = alexaApi.received().get(0);
        assertEquals("/v1/alerts/reminders", call.path());
        assertEquals("Bearer " + TOKEN, call.authorization());
        JsonNode body = json(call.body());
        assertEquals("SCHEDULED_RELATIVE", body.path("trigger").path("type").asText());
        assertEquals(3600, body.path("trigger").path("offsetInSeconds").asInt());
        assertEquals(Facts.catalogue().text("R4.R5.walk_reminder_text"),
                body.path("alertInfo").path("spokenInfo").path("content").path(0).path("text").asText());
        assertTrue(text(done).contains(Facts.catalogue().text("R4.R5.reminder_set")), text(done));
    }

    @Test
    void withoutPermission_alexaAsksForIt_byVoice_andNothingIsSetYet() {
        toTheRest();

        JsonNode asked = person.say(Utterance.intent("AMAZON.YesIntent"));

        JsonNode directive = asked.path("response").path("directives").path(0);
        assertEquals("Connections.SendRequest", directive.path("type").asText());
        assertEquals("AskFor", directive.path("name").asText());
        assertEquals("AskForPermissionsConsentRequest", directive.path("payload").path("@type").asText());
        assertEquals(REMINDERS, directive.path("payload").path("permissionScope").asText());
        assertEquals("WALK_REMINDER", directive.path("token").asText());
        assertTrue(asked.path("response").path("outputSpeech").isMissingNode(), "Alexa does the asking");
        assertFalse(asked.path("response").path("shouldEndSession").asBoolean(false));
        assertTrue(alexaApi.received().isEmpty());
    }

    @Test
    void permissionAccepted_thenTheReminderIsSet() {
        toTheRest();
        person.say(Utterance.intent("AMAZON.YesIntent"));
        permissions = AlexaApiStandIn.granted(REMINDERS);

        JsonNode done = person.send(permissionAnswer("WALK_REMINDER", REMINDERS, "ACCEPTED"));

        assertEquals(1, alexaApi.received().size());
        assertEquals("/v1/alerts/reminders", alexaApi.received().get(0).path());
        assertTrue(text(done).contains(Facts.catalogue().text("R4.R5.reminder_set")), text(done));
        assertTrue(text(done).contains(Facts.catalogue().text("ui.come_back")), text(done));
    }

    @Test
    void permissionDenied_isFine_andNothingIsCalled() {
        toTheIce();
        person.say(Utterance.intent("AMAZON.YesIntent"));

        JsonNode done = person.send(permissionAnswer("ICE_TIMER", TIMERS, "DENIED"));

        assertTrue(alexaApi.received().isEmpty());
        assertTrue(text(done).contains(Facts.catalogue().text("S4.timer_declined")), text(done));
        // The routine goes on to the rest, as it would have without the question.
        assertTrue(text(done).contains(Facts.catalogue().text("ui.ask.OFFER_WALK_REMINDER")), text(done));
        assertFalse(done.path("response").path("shouldEndSession").asBoolean(true));
    }

    @Test
    void theApiRefusing_aDeviceWithoutTimers_isSaidKindly_andTheRoutineGoesOn() {
        permissions = AlexaApiStandIn.granted(TIMERS);
        alexaApi.answerWith(403);
        toTheIce();

        JsonNode done = person.say(Utterance.intent("AMAZON.YesIntent"));

        assertEquals(1, alexaApi.received().size());
        assertTrue(text(done).contains(Facts.catalogue().text("S4.timer_failed")), text(done));
        // Not lost: the routine goes on to the rest, in the same session.
        assertTrue(Facts.carries(speech(done), "R4"), speech(done));
        assertFalse(done.path("response").path("shouldEndSession").asBoolean(true));
    }

    @Test
    void noThanks_setsNothing() {
        permissions = AlexaApiStandIn.granted(TIMERS, REMINDERS);
        toTheIce();
        JsonNode rest = person.say(Utterance.intent("AMAZON.NoIntent"));
        JsonNode done = person.say(Utterance.intent("AMAZON.NoIntent"));
        assertTrue(alexaApi.received().isEmpty());
        assertTrue(Facts.carries(speech(rest), "R4"), speech(rest));
        assertTrue(text(done).contains(Facts.catalogue().text("ui.come_back")), text(done));
    }

    /** Help me now, next (lying down, a minute's wait), then next again: the ice, and its offer. */
    private JsonNode toTheIce() {
        person.say(Utterance.intent("HelpMeNowIntent"));
        person.say(Utterance.intent("AMAZON.NextIntent"));
        return person.say(Utterance.intent("AMAZON.NextIntent"));
    }

    private void toTheRest() {
        toTheIce();
        JsonNode offer = person.say(Utterance.intent("AMAZON.NoIntent")); // no timer: on to the rest
        assertTrue(text(offer).contains(Facts.catalogue().text("ui.ask.OFFER_WALK_REMINDER")), text(offer));
    }

    private ObjectNode permissionAnswer(String token, String scope, String status) {
        return Conversation.permissionAnswer(new RequestEnvelopes.Session("amzn1.echo-api.session.alerts", false,
                person.attributes(), userId, "en-US"), token, scope, status);
    }

    private static String speech(JsonNode response) {
        return response.path("response").path("outputSpeech").path("ssml").asText("");
    }

    private static String text(JsonNode response) {
        return Facts.plain(speech(response));
    }

    private static JsonNode json(String body) {
        try {
            return RequestEnvelopes.JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
