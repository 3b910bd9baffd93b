package com.backhelper.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.progress.LoopbackRedirect;
import com.backhelper.progress.ProgressStore;
import com.backhelper.speech.SpeechCatalogues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Warms the function before SnapStart takes its snapshot (and trains the class-data-sharing archive at build
 * time): representative requests through the real entry point, the real skill and the real DynamoDB client, whose
 * calls go to a stand-in on 127.0.0.1. DynamoDB itself is never called. Afterwards a first real request finds every
 * class it needs already loaded and initialised.
 */
public final class Priming {

    static final String USER = "amzn1.ask.account.PRIMING";
    /** Enough rounds for the hot paths to be compiled, few enough to keep snapshot creation short. */
    static final int ROUNDS = 20;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEMPLATE = """
            {"version":"1.0",
             "session":{"new":true,"sessionId":"amzn1.echo-api.session.priming","attributes":{},
               "application":{"applicationId":"amzn1.ask.skill.priming"},"user":{"userId":"%1$s"}},
             "context":{"System":{"application":{"applicationId":"amzn1.ask.skill.priming"},"user":{"userId":"%1$s"},
               "device":{"deviceId":"amzn1.ask.device.priming","supportedInterfaces":{}},
               "apiEndpoint":"https://api.amazonalexa.com","apiAccessToken":"priming"}},
             "request":{"type":"IntentRequest","requestId":"amzn1.echo-api.request.priming","locale":"%2$s",
               "timestamp":"2026-01-01T00:00:00Z"}}""";

    /** One conversation per list: a session's turns in order (null: a LaunchRequest; "END": SessionEndedRequest). */
    private static final List<List<String>> CONVERSATIONS = List.of(
            Arrays.asList(null, "HelpMeNowIntent", "SlowerIntent", "FasterIntent", "IceOrHeatIntent",
                    "AMAZON.YesIntent", "AMAZON.RepeatIntent", "AMAZON.NextIntent"),
            List.of("ExplainIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "HowLongIntent", "AMAZON.NoIntent"),
            Arrays.asList(null, "LegWeaknessIntent"),
            Arrays.asList(null, "AMAZON.StopIntent"),
            List.of("IsItSeriousIntent", "END"));

    private Priming() {
    }

    /**
     * What priming did.
     *
     * @param requests      requests sent through the entry point
     * @param unanswered    requests that came back without a response (a broken build or skill)
     * @param dynamoDbCalls DynamoDB calls the real client made, all answered by the stand-in
     */
    public record Result(int requests, int unanswered, int dynamoDbCalls) {

        /** Every request answered, and the client ran end to end (a read and most often a write per session). */
        public boolean complete() {
            return requests > 0 && unanswered == 0 && dynamoDbCalls >= requests / 4;
        }
    }

    /**
     * One read through the store's real client against the stand-in, so that the classes and code of a DynamoDB
     * call are ready before the first person's request needs them. Best effort: a failure here costs nothing but
     * that head start.
     */
    static void warmClient(ProgressStore store, LoopbackRedirect redirect) {
        try (PrimingStandIn standIn = new PrimingStandIn()) {
            redirect.to(standIn.port());
            store.load(USER);
        } catch (IOException | RuntimeException warmUpOnly) {
            // the first real call will do the loading instead
        } finally {
            redirect.off();
        }
    }

    /** Runs the requests {@code rounds} times, with DynamoDB calls sent to a local stand-in. */
    public static Result prime(RequestStreamHandler handler, LoopbackRedirect redirect, int rounds) {
        try (PrimingStandIn standIn = new PrimingStandIn()) {
            redirect.to(standIn.port());
            int requests = 0;
            int unanswered = 0;
            for (int round = 0; round < rounds; round++) {
                // Each round in another locale: every speech file is read before the snapshot, not by a person.
                List<String> locales = SpeechCatalogues.SUPPORTED_LOCALES;
                String locale = locales.get(round % locales.size());
                for (List<String> conversation : CONVERSATIONS) {
                    requests += conversation.size();
                    unanswered += converse(handler, conversation, locale);
                }
            }
            return new Result(requests, unanswered, standIn.answered());
        } catch (IOException e) {
            throw new UncheckedIOException("priming could not start its stand-in", e);
        } finally {
            redirect.off();
        }
    }

    /** One session through the entry point; returns how many of its requests got no response envelope. */
    private static int converse(RequestStreamHandler handler, List<String> turns, String locale) throws IOException {
        int unanswered = 0;
        JsonNode attributes = JSON.createObjectNode();
        boolean first = true;
        for (String intent : turns) {
            ObjectNode envelope = (ObjectNode) JSON.readTree(String.format(TEMPLATE, USER, locale));
            ObjectNode session = (ObjectNode) envelope.path("session");
            session.put("new", first);
            session.set("attributes", attributes);
            ObjectNode request = (ObjectNode) envelope.path("request");
            if (intent == null) {
                request.put("type", "LaunchRequest");
            } else if (intent.equals("END")) {
                request.put("type", "SessionEndedRequest");
                request.put("reason", "EXCEEDED_MAX_REPROMPTS");
            } else {
                ObjectNode intentNode = request.putObject("intent");
                intentNode.put("name", intent).put("confirmationStatus", "NONE");
                if (intent.equals("RedFlagIntent")) {
                    intentNode.putObject("slots").putObject("symptom").put("name", "symptom").put("value", "numb legs");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(envelope)), out, null);
            JsonNode response = out.size() == 0 ? JSON.missingNode() : JSON.readTree(out.toByteArray());
            if (!response.has("response")) {
                unanswered++;
            }
            attributes = response.path("sessionAttributes").isObject() ? response.path("sessionAttributes") : attributes;
            first = false;
        }
        return unanswered;
    }

    /**
     * The build's class-data-sharing training run, and its smoke test of the deployment jar: the function as Lambda
     * builds it, primed; then the JVM exits and writes the archive ({@code -XX:ArchiveClassesAtExit}). No AWS access
     * is needed or made. Exits with 1 (failing the build) if any request went unanswered or the client did not run.
     */
    public static void main(String[] args) {
        Result result = new BackHelperStreamHandler().prime();
        System.out.println("priming: " + result);
        System.exit(result.complete() ? 0 : 1);
    }
}
