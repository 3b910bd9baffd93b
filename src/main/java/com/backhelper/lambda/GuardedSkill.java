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

    /** The application id Alexa puts in context.System (always) and session (in session requests). */
    private static String skillIdOf(byte[] rawRequest) {
        try {
            JsonNode root = JSON.readTree(rawRequest);
            JsonNode id = root.path("context").path("System").path("application").path("applicationId");
            if (id.isMissingNode()) {
                id = root.path("session").path("application").path("applicationId");
            }
            return id.isTextual() ? id.asText() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
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
