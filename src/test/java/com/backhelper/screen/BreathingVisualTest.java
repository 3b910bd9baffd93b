package com.backhelper.screen;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.local.LocalSession;
import com.backhelper.local.Utterance;
import com.backhelper.routine.Pace;
import com.backhelper.testing.Cadence;
import com.backhelper.testing.HeardAudio;
import com.backhelper.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The breathing visual: sent exactly to devices with APL, and its circle keeps the pace the voice keeps. */
class BreathingVisualTest {

    private static final Pattern BINDING = Pattern.compile("\\$\\{payload\\.breathing\\.(\\w+)}");

    @Test
    void aScreen_getsTheVisual_withTheCircleTimedToTheSpokenBreaths() {
        LocalSession person = person(true);
        JsonNode first = person.say(Utterance.intent("HelpMeNowIntent"));
        assertCircleKeepsThePace(first, Pace.DEFAULT);

        JsonNode slower = person.say(Utterance.intent("SlowerIntent"));
        assertCircleKeepsThePace(slower, Pace.DEFAULT.slower());
    }

    @Test
    void theCircle_startsWithTheFirstCue_andStopsWithTheLastBreath_asHeard() {
        HeardAudio.assumeAvailable();
        LocalSession person = person(true);
        List<JsonNode> responses = List.of(person.say(Utterance.intent("HelpMeNowIntent")),
                person.say(Utterance.intent("AMAZON.YesIntent")), person.say(Utterance.intent("FasterIntent")));
        List<HeardAudio.Heard> heard = HeardAudio.hearAll(responses.stream()
                .map(r -> r.path("response").path("outputSpeech").path("ssml").asText()).toList());
        for (int i = 0; i < responses.size(); i++) {
            JsonNode data = renderDocument(responses.get(i)).path("datasources").path("breathing");
            HeardAudio.Heard voice = heard.get(i);
            double firstCue = voice.first(HeardAudio.Segment::calm).heardAtMillis();
            List<Double> phases = voice.phasesMillis(HeardAudio.Segment::calm);
            double voiceEnds = firstCue + phases.stream().mapToDouble(Double::doubleValue).sum();
            long circleStarts = data.path("leadInMillis").asLong();
            long circleEnds = circleStarts + data.path("breaths").asLong()
                    * (data.path("inhaleMillis").asLong() + data.path("exhaleMillis").asLong());
            System.out.printf(java.util.Locale.ROOT, "screen as heard, response %d: circle %.1f to %.1f s, cues %.1f"
                    + " to %.1f s%n", i, circleStarts / 1000.0, circleEnds / 1000.0, firstCue / 1000, voiceEnds / 1000);
            assertEquals(firstCue, circleStarts, 300, "the circle starts with the first cue");
            assertEquals(voiceEnds, circleEnds, 300, "the circle runs as long as the cues");
        }
        JsonNode document = renderDocument(responses.get(0)).path("document");
        assertEquals("${payload.breathing.leadInMillis}", document.path("onMount").path(0).path("delay").asText(),
                "the animation waits for the lead-in");
    }

    @Test
    void aStepWithoutBreathing_showsTheStep_andTheCircleStaysStill() {
        LocalSession person = person(true);
        person.say(Utterance.intent("HelpMeNowIntent"));
        JsonNode lieDown = person.say(Utterance.intent("AMAZON.NextIntent"));
        JsonNode data = renderDocument(lieDown).path("datasources").path("breathing");
        assertEquals(0, data.path("breaths").asInt());
        assertTrue(data.path("step").asText().length() > 0);
    }

    @Test
    void aDeviceWithoutAScreen_getsNoDirectiveAtAll() {
        LocalSession person = person(false);
        for (String intent : List.of("HelpMeNowIntent", "SlowerIntent", "AMAZON.NextIntent")) {
            JsonNode response = person.say(Utterance.intent(intent));
            assertTrue(response.path("response").path("directives").isMissingNode()
                    || response.path("response").path("directives").isEmpty(), intent + ": " + response);
        }
    }

    /** The document's two animations, resolved against the directive's data, equal the pace and the voice. */
    private static void assertCircleKeepsThePace(JsonNode response, Pace pace) {
        JsonNode directive = renderDocument(response);
        JsonNode document = directive.path("document");
        assertEquals("APL", document.path("type").asText());
        JsonNode data = directive.path("datasources").path("breathing");
        List<Long> durations = new ArrayList<>();
        for (JsonNode animation : document.findParents("componentId")) {
            Matcher bound = BINDING.matcher(animation.path("duration").asText());
            assertTrue(bound.matches(), "duration bound to the data: " + animation);
            durations.add(data.path(bound.group(1)).asLong());
        }
        assertEquals(List.of((long) pace.inhaleMillis(), (long) pace.exhaleMillis()), durations);
        Cadence spoken = Cadence.ofSsml(response.path("response").path("outputSpeech").path("ssml").asText());
        assertEquals(spoken.breaths(), data.path("breaths").asInt(), "as many breaths as are spoken");
        assertTrue(spoken.worstMissFrom(durations.get(0), durations.get(1)) <= 400, "the voice keeps the same pace");
    }

    private static JsonNode renderDocument(JsonNode response) {
        for (JsonNode directive : response.path("response").path("directives")) {
            if (directive.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")) {
                return directive;
            }
        }
        throw new AssertionError("no RenderDocument directive in " + response);
    }

    /** Someone talking on a device with a screen (APL in supportedInterfaces), or without one. */
    private static LocalSession person(boolean screen) {
        SkillDriver skill = SkillDriver.standard();
        RequestStreamHandler device = skill.as(envelope -> {
            ObjectNode interfaces = (ObjectNode) envelope.path("context").path("System").path("device")
                    .path("supportedInterfaces");
            if (screen) {
                interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2023.3");
            }
        });
        return new LocalSession(device, "amzn1.ask.account.SCREEN-" + UUID.randomUUID(), "en-US");
    }

}
