package com.backhelper.conversation;

import com.backhelper.local.InteractionModel;
import com.backhelper.routine.Routine;
import com.backhelper.speech.SpeechCatalogues;
import com.backhelper.testing.TestSkill;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interaction model and the handlers agree, and the model follows Alexa's rules for sample utterances. */
class InteractionModelTest {

    private static final InteractionModel MODEL = InteractionModel.load("en-US");
    /** Lower-case words, apostrophes, single spaces, and {slot} references: no digits, no punctuation. */
    private static final Pattern SAMPLE = Pattern.compile("[a-z']+(?: (?:[a-z']+|\\{[A-Za-z]+}))*|\\{[A-Za-z]+}(?: [a-z']+)*");
    private static final Set<String> REQUIRED_BUILT_INS = Set.of("AMAZON.HelpIntent", "AMAZON.StopIntent",
            "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent", "AMAZON.YesIntent",
            "AMAZON.NoIntent");

    private static Set<String> handledIntents() {
        Responder responder = new Responder(new Routine(), SpeechCatalogues.load(), Clock.systemUTC(),
                new com.backhelper.alerts.AlertScheduler(Clock.systemUTC()));
        Set<String> handled = new HashSet<>();
        handled.addAll(new ExplainHandler(responder).intentNames());
        handled.addAll(new FollowUpHandler(responder).intentNames());
        handled.addAll(new SafetyHandler(responder).intentNames());
        handled.addAll(new RoutineHandler(responder).intentNames());
        handled.addAll(new BuiltInHandler(responder).intentNames());
        handled.add(Intents.RED_FLAG);
        return handled;
    }

    @Test
    void everyIntentInTheModel_hasAHandler_andEveryHandledIntent_isInTheModel() {
        Set<String> inModel = new HashSet<>();
        MODEL.intents().forEach(i -> inModel.add(i.name()));
        assertEquals(handledIntents(), inModel);
        assertTrue(inModel.containsAll(REQUIRED_BUILT_INS));
    }

    @Test
    void theInvocationName_followsAlexasRules() {
        String name = MODEL.invocationName();
        assertEquals("back helper", name);
        assertTrue(name.split(" ").length >= 2, "at least two words");
        assertTrue(name.matches("[a-z ]+"), "lower-case letters and spaces only");
        for (String banned : List.of("skill", "app", "alexa", "amazon", "echo", "computer", "launch", "ask", "open")) {
            assertFalse(List.of(name.split(" ")).contains(banned), banned);
        }
    }

    @Test
    void sampleUtterances_areUniqueAcrossIntents_andWellFormed() {
        Map<String, String> owner = new HashMap<>();
        for (InteractionModel.Intent intent : MODEL.intents()) {
            for (String sample : intent.samples()) {
                assertTrue(SAMPLE.matcher(sample).matches(), intent.name() + ": not a valid sample: '" + sample + "'");
                assertTrue(sample.length() <= 200, sample);
                String previous = owner.put(sample, intent.name());
                assertTrue(previous == null, "'" + sample + "' is in both " + previous + " and " + intent.name());
                Pattern slot = Pattern.compile("\\{(\\w+)}");
                var m = slot.matcher(sample);
                while (m.find()) {
                    assertTrue(intent.slotTypes().containsKey(m.group(1)), intent.name() + " has no slot " + m.group(1));
                }
            }
        }
    }

    @Test
    void mainIntents_haveThirtySamples_andEveryQuestion_hasTen() {
        assertTrue(MODEL.intent(Intents.EXPLAIN).samples().size() >= 30);
        assertTrue(MODEL.intent(Intents.HELP_ME_NOW).samples().size() >= 30);
        for (String name : List.of(Intents.WHAT_GOES_OUT, Intents.DISC, Intents.WHY_IT_HURTS, Intents.HOW_LONG,
                Intents.PREVENTION, Intents.ICE_OR_HEAT, Intents.WHEN_TO_GET_UP, Intents.WHY_BREATHE,
                Intents.AM_I_OKAY, Intents.IS_IT_SERIOUS, Intents.RED_FLAG)) {
            assertTrue(MODEL.intent(name).samples().size() >= 10, name);
        }
    }

    @Test
    void everySlotType_isDefined_withValues() {
        for (InteractionModel.Intent intent : MODEL.intents()) {
            intent.slotTypes().values().forEach(type ->
                    assertFalse(MODEL.slotTypeValues().getOrDefault(type, List.of()).isEmpty(), type));
        }
    }

    @Test
    void everySampleInTheModel_resolvesToItsOwnIntent_inTheLocalRun() {
        var resolver = new com.backhelper.local.UtteranceResolver(MODEL);
        for (InteractionModel.Intent intent : MODEL.intents()) {
            for (String sample : intent.samples()) {
                String typed = sample.replaceAll("\\{\\w+}", "numb legs");
                assertEquals(intent.name(), resolver.resolve(typed).intentName(), typed);
            }
        }
    }
}
