package com.backhelper.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.progress.CredentialsRehearsal;
import com.backhelper.progress.DynamoDbClients;
import com.backhelper.progress.DynamoDbProgressStore;
import com.backhelper.speech.SpeechCatalogues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Warms the function before SnapStart takes its snapshot, so that the first request after a restore finds what it
 * needs loaded and compiled, without one call to the real table:
 * <ol>
 *     <li>the skill itself, through the real entry point, with requests that carry the configured skill id (so they
 *     pass its own check) and no user id (so no progress is read or written: there is nobody to store);</li>
 *     <li>the DynamoDB code (the Enhanced Client, the skill's schema, GetItem and UpdateItem, their marshalling),
 *     through a twin of the skill whose client is answered inside this JVM by the AWS SDK's own warm-up HTTP
 *     client, so it cannot open a socket at all;</li>
 *     <li>the connection: the real client is built, and makes one exchange with DynamoDB's endpoint (its health
 *     check: no table, no credentials; over HTTPS in AWS, so TLS is ready), its connection closed afterwards;</li>
 *     <li>the container-credentials lookup, rehearsed by a throwaway provider against a stand-in inside this JVM
 *     ({@link CredentialsRehearsal}).</li>
 * </ol>
 * No real credentials are looked up: the real client signs its first call with those of the environment it runs in.
 *
 * <p>Why not {@code SdkWarmUp.warmUp(DynamoDbClient.class)}: its DynamoDB provider warms a default client with a
 * ListBackups call (not the calls or the configuration this skill uses), and its HTTP warmer sends a GET to the
 * region's STS endpoint with a default-built client, which leaves that connection in the JDK's keep-alive cache (so
 * in the snapshot) and would send every test to the network.
 */
final class Priming {

    /** The person of the twin's requests; their "progress" exists only in the canned answers below. */
    static final String USER = "amzn1.ask.account.PRIMING";
    /** Enough rounds for the hot paths to be compiled, few enough to keep snapshot creation short. */
    static final int ROUNDS = 20;

    /** Every call of the twin gets this body: an item for GetItem, the item written for UpdateItem and DeleteItem. */
    private static final byte[] ANSWER = ("{\"Item\":%1$s,\"Attributes\":%1$s}").formatted(
            "{\"userId\":{\"S\":\"" + USER + "\"},\"step\":{\"S\":\"BREATHE\"},\"inhaleMillis\":{\"N\":\"4000\"},"
                    + "\"exhaleMillis\":{\"N\":\"6000\"},\"safetyGiven\":{\"BOOL\":true},\"rounds\":{\"N\":\"1\"},"
                    + "\"episodeStartedAt\":{\"N\":\"1767225600\"},\"lastVisitAt\":{\"N\":\"1767225600\"},"
                    + "\"expiresAt\":{\"N\":\"1769817600\"},\"version\":{\"N\":\"1\"},"
                    + "\"applied\":{\"L\":[{\"S\":\"0a1b2c3d4e:1\"}]}}")
            .getBytes(StandardCharsets.UTF_8);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A request as Alexa sends it, with no user and no Alexa API endpoint: nothing to store, nothing to call. */
    private static final String TEMPLATE = """
            {"version":"1.0",
             "session":{"new":true,"sessionId":"amzn1.echo-api.session.priming","attributes":{},
               "application":{"applicationId":"%1$s"}},
             "context":{"System":{"application":{"applicationId":"%1$s"},
               "device":{"deviceId":"amzn1.ask.device.priming","supportedInterfaces":{}}}},
             "request":{"type":"IntentRequest","requestId":"amzn1.echo-api.request.priming","locale":"%2$s",
               "timestamp":"2026-01-01T00:00:00Z"}}""";
    /** The skill id priming's requests carry when none is configured (then any id is accepted). */
    private static final String ANY_SKILL = "amzn1.ask.skill.priming";

    /** One conversation per list: a session's turns in order (null: a LaunchRequest; "END": SessionEndedRequest). */
    private static final List<List<String>> CONVERSATIONS = List.of(
            Arrays.asList(null, "HelpMeNowIntent", "SlowerIntent", "FasterIntent", "IceOrHeatIntent",
                    "AMAZON.YesIntent", "AMAZON.RepeatIntent", "AMAZON.NextIntent"),
            List.of("ExplainIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "HowLongIntent", "AMAZON.NoIntent"),
            // Help writes what the launch changed, so the warning sign that ends the session has nothing to lose.
            Arrays.asList(null, "AMAZON.HelpIntent", "LegWeaknessIntent"),
            Arrays.asList(null, "AMAZON.StopIntent"),
            List.of("IsItSeriousIntent", "END"));

    private Priming() {
    }

    /**
     * What priming did.
     *
     * @param requests    requests sent through the entry point and its twin
     * @param unanswered  launches and intents that got no speech back (refused, or a broken build)
     * @param httpsStatus what DynamoDB's endpoint answered the one exchange with (-1: not reached)
     * @param credentialsRehearsed whether the container-credentials lookup ran once against its stand-in
     */
    record Result(int requests, int unanswered, int httpsStatus, boolean credentialsRehearsed) {

        /** Every request answered, the endpoint reached, and the credentials lookup rehearsed. */
        boolean complete() {
            return requests > 0 && unanswered == 0 && httpsStatus > 0 && credentialsRehearsed;
        }
    }

    static Result prime(RequestStreamHandler entryPoint, SkillConfig config, ProgressConnection connection) {
        String skillId = config.skillId() == null ? ANY_SKILL : config.skillId();
        RequestStreamHandler twin = new BackHelperStreamHandler(SkillFactory.create(config,
                new DynamoDbProgressStore(DynamoDbClients.answeringLocally(ANSWER), config.progressTable()),
                Clock.systemUTC()));
        int requests = 0;
        int unanswered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // Each round in another locale: every speech file is read before the snapshot, not on a person's request.
            List<String> locales = SpeechCatalogues.SUPPORTED_LOCALES;
            String locale = locales.get(round % locales.size());
            for (List<String> conversation : CONVERSATIONS) {
                requests += 2 * conversation.size();
                unanswered += converse(entryPoint, skillId, null, conversation, locale);
                unanswered += converse(twin, skillId, USER, conversation, locale);
            }
        }
        return new Result(requests, unanswered, connection.exchangeOnce(), CredentialsRehearsal.rehearse());
    }

    /** One session through an entry point; returns how many of its launches and intents got no speech back. */
    private static int converse(RequestStreamHandler handler, String skillId, String userId, List<String> turns,
                                String locale) {
        int unanswered = 0;
        JsonNode attributes = JSON.createObjectNode();
        boolean first = true;
        for (String intent : turns) {
            try {
                ObjectNode envelope = (ObjectNode) JSON.readTree(String.format(TEMPLATE, skillId, locale));
                ObjectNode session = (ObjectNode) envelope.path("session");
                session.put("new", first);
                session.set("attributes", attributes);
                if (userId != null) {
                    session.putObject("user").put("userId", userId);
                    ((ObjectNode) envelope.path("context").path("System")).putObject("user").put("userId", userId);
                }
                ObjectNode request = (ObjectNode) envelope.path("request");
                if (intent == null) {
                    request.put("type", "LaunchRequest");
                } else if (intent.equals("END")) {
                    request.put("type", "SessionEndedRequest");
                    request.put("reason", "EXCEEDED_MAX_REPROMPTS");
                } else {
                    ObjectNode intentNode = request.putObject("intent");
                    intentNode.put("name", intent).put("confirmationStatus", "NONE");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(envelope)), out, null);
                JsonNode response = out.size() == 0 ? JSON.missingNode() : JSON.readTree(out.toByteArray());
                boolean speechDue = !"SessionEndedRequest".equals(request.path("type").asText());
                if (speechDue && response.path("response").path("outputSpeech").isMissingNode()) {
                    unanswered++;
                }
                JsonNode kept = response.path("sessionAttributes");
                attributes = kept.isObject() ? kept : attributes;
            } catch (IOException | RuntimeException failed) {
                unanswered++;
            }
            first = false;
        }
        return unanswered;
    }
}
