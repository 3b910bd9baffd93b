package com.backhelper.screen;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.backhelper.routine.Part;
import com.backhelper.routine.Reply;
import com.backhelper.speech.SpeechCatalogue;
import com.backhelper.speech.Spoken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The breathing visual for devices with a screen: the step in large type, and a circle that grows on each in-breath
 * and shrinks on each out-breath, for as many breaths as the spoken round, at the person's pace. The APL document
 * ({@code apl/breathing.json}) is read once; each response sends it with this turn's data. Devices without APL get
 * no directive at all.
 *
 * <p>Why a delay and not speech-synchronised commands: the circle starts on mount after {@code leadInMillis}, the
 * time from the start of the speech to the first breathing cue, worked out by the SSML builder from measured speech
 * lengths (speech/heard-lengths.tsv). Alexa shows the document as it starts the speech, so the circle's first grow
 * begins with "Breathe in". Syncing through APL's SpeakItem would move the speech into the document (no
 * outputSpeech, no ordinary reprompt, nothing on devices without a screen), a second speech path for one feature.
 * After the lead-in no drift builds up: each spoken phase is its cue plus a silence computed to make it exactly the
 * pace as heard, and the circle's phases are the pace, for as many breaths as are spoken.
 */
public final class BreathingVisual {

    static final String TOKEN = "breathing";
    private static final Map<String, Object> DOCUMENT = load("/apl/breathing.json");

    private BreathingVisual() {
    }

    /** The directive for this reply, if the device has a screen that speaks APL. */
    public static Optional<RenderDocumentDirective> forReply(HandlerInput input, Reply reply, Spoken spoken,
                                                             SpeechCatalogue words) {
        if (!supportsApl(input)) {
            return Optional.empty();
        }
        boolean breathing = reply.parts().contains(Part.BREATHING_ROUND);
        var pace = reply.state().pace();
        Map<String, Object> data = Map.of(
                "step", words.text("ui.screen." + reply.state().step().name()),
                "hint", words.text(breathing ? "ui.screen.hint_breathing" : "ui.screen.hint_resting"),
                "inhaleMillis", pace.inhaleMillis(),
                "exhaleMillis", pace.exhaleMillis(),
                "breaths", breathing ? pace.breathsPerRound() : 0,
                "leadInMillis", spoken.breathes() ? spoken.breathingStartsAtMillis() : 0);
        return Optional.of(RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(DOCUMENT)
                .withDatasources(Map.of("breathing", data))
                .build());
    }

    private static boolean supportsApl(HandlerInput input) {
        return Optional.ofNullable(input.getRequestEnvelope().getContext())
                .map(Context::getSystem).map(s -> s.getDevice()).map(Device::getSupportedInterfaces)
                .map(SupportedInterfaces::getAlexaPresentationAPL).isPresent();
    }

    private static Map<String, Object> load(String resource) {
        try (InputStream in = BreathingVisual.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return Map.copyOf(new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
