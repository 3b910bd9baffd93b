package com.backhelper.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.util.JacksonSerializer;
import com.backhelper.conversation.RequestLog;
import com.backhelper.speech.SpeechCatalogues;
import com.backhelper.speech.Spoken;
import com.backhelper.speech.Voice;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The skill as Lambda sees it, with two promises the SDK does not make on its own: requests for another skill id
 * are refused before any handler runs (the schedule's keep-warm event is answered before that, see {@link KeepWarm}),
 * and whatever happens (malformed JSON, an SDK failure, no handler answering)
 * Alexa gets a well-formed response, never an exception.
 */
public final class GuardedSkill implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedSkill.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlexaSkill<RequestEnvelope, ResponseEnvelope> skill;
    private final String expectedSkillId;
    private final byte[] apology;
    /** An empty success: no speech, the session closed. For refusals, and for failed requests that want no speech. */
    private final byte[] refusal;

    GuardedSkill(AlexaSkill<RequestEnvelope, ResponseEnvelope> skill, String expectedSkillId, SpeechCatalogues catalogues) {
        this.skill = skill;
        this.expectedSkillId = expectedSkillId;
        Voice voice = new Voice(catalogues.forLocale(SpeechCatalogues.DEFAULT_LOCALE));
        this.apology = serialize(envelope(voice.sayAndListen(List.of("R1.error_fallback", "ui.error_next"), "ui.error_reprompt")));
        this.refusal = serialize(ResponseEnvelope.builder().withVersion("1.0")
                .withResponse(Response.builder().withShouldEndSession(true).build()).build());
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        try {
            if (KeepWarm.isKeepWarm(request.getRawRequest())) {
                return new FixedResponse(KeepWarm.answer());
            }
            if (expectedSkillId != null && !expectedSkillId.equals(skillIdOf(request.getRawRequest()))) {
                RequestLog.stopped("refused: another skill id", requestTypeOf(request.getRawRequest()));
                return new FixedResponse(refusal);
            }
            SkillResponse<ResponseEnvelope> response = skill.execute(request, context);
            // When no handler answers, the SDK returns a "present" envelope that holds no response at all.
            if (response != null && response.isPresent() && response.getResponse() != null
                    && response.getResponse().getResponse() != null) {
                return response;
            }
            RequestLog.stopped("apology: the skill produced no response", requestTypeOf(request.getRawRequest()));
        } catch (RuntimeException | Error e) {
            LOG.error("request failed before any handler could answer: {}", e.getClass().getName());
            RequestLog.stopped("failed: unreadable or failed request", requestTypeOf(request.getRawRequest()));
        }
        return new FixedResponse(expectsSpeech(request.getRawRequest()) ? apology : refusal);
    }

    /**
     * Whether a person may be waiting to hear something: a launch, an intent, or a request too broken to tell.
     * Events and SessionEndedRequest get an empty success instead, since Alexa speaks nothing for them.
     */
    private static boolean expectsSpeech(byte[] rawRequest) {
        String type = requestTypeOf(rawRequest);
        return type == null || type.equals("LaunchRequest") || type.equals("IntentRequest");
    }

    /** The request's type, if the body can be read at all (for the log; never any of its content). */
    private static String requestTypeOf(byte[] rawRequest) {
        try {
            JsonNode type = JSON.readTree(rawRequest).path("request").path("type");
            return type.isTextual() && type.asText().length() <= 100 ? type.asText() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * The application id Alexa puts in context.System (always) and session (in session requests), the first of them
     * present. Read with a streaming parser that keeps nothing else: the SDK parses the whole envelope right after,
     * and a second full parse (a tree of every node) on every turn was the largest part of what a warm turn costs
     * beyond the hello skill's.
     */
    static String skillIdOf(byte[] rawRequest) {
        try (JsonParser parser = JSON.getFactory().createParser(rawRequest)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Found fromSession = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.getCurrentName();
                parser.nextToken();
                if (name.equals("context")) {
                    Found fromContext = find(parser, "System", "application", "applicationId");
                    if (fromContext != null) {
                        return fromContext.text();
                    }
                } else if (name.equals("session") && fromSession == null) {
                    fromSession = find(parser, "application", "applicationId");
                } else {
                    parser.skipChildren();
                }
            }
            return fromSession == null ? null : fromSession.text();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** A value found at a path: its text, or null when it is there but not a string. */
    private record Found(String text) {
    }

    /**
     * The value at {@code path} inside the value the parser is on, or null if it is not there. The parser is left
     * just past that value either way (or wherever the value was found, which ends the search).
     */
    private static Found find(JsonParser parser, String... path) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Found found = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.getCurrentName();
            JsonToken value = parser.nextToken();
            if (found == null && name.equals(path[0])) {
                if (path.length == 1) {
                    found = new Found(value == JsonToken.VALUE_STRING ? parser.getText() : null);
                    parser.skipChildren();
                } else {
                    found = find(parser, java.util.Arrays.copyOfRange(path, 1, path.length));
                }
            } else {
                parser.skipChildren();
            }
        }
        return found;
    }

    private static ResponseEnvelope envelope(Spoken spoken) {
        Response.Builder response = Response.builder()
                .withOutputSpeech(SsmlOutputSpeech.builder().withSsml(spoken.speech()).build())
                .withShouldEndSession(spoken.endsSession());
        if (spoken.reprompt() != null) {
            response.withReprompt(Reprompt.builder()
                    .withOutputSpeech(SsmlOutputSpeech.builder().withSsml(spoken.reprompt()).build()).build());
        }
        return ResponseEnvelope.builder().withVersion("1.0").withResponse(response.build()).build();
    }

    private static byte[] serialize(ResponseEnvelope envelope) {
        return new JacksonSerializer().serialize(envelope).getBytes(StandardCharsets.UTF_8);
    }

    /** A response prepared in advance, so that answering it cannot fail. */
    private record FixedResponse(byte[] bytes) implements SkillResponse<ResponseEnvelope> {

        @Override
        public boolean isPresent() {
            return true;
        }

        @Override
        public ResponseEnvelope getResponse() {
            return null;
        }

        @Override
        public byte[] getRawResponse() {
            return bytes.clone();
        }

        @Override
        public void writeTo(OutputStream out) {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
