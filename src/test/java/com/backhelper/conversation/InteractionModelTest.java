package com.backhelper.conversation;

import com.backhelper.local.InteractionModel;
import com.backhelper.local.ModelSource;
import com.backhelper.local.UtteranceResolver;
import com.backhelper.routine.Routine;
import com.backhelper.speech.SpeechCatalogues;
import com.backhelper.testing.TestSkill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.util.Arrays;
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
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final Set<String> REQUIRED_BUILT_INS = Set.of("AMAZON.HelpIntent", "AMAZON.StopIntent",
            "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent", "AMAZON.YesIntent",
            "AMAZON.NoIntent");
    /** The words of an open carrier phrase ("i have {symptom}"): a sample of only these and a slot takes anything. */
    private static final Set<String> CARRIER_WORDS = Set.of("i", "have", "i've", "got", "i'm", "having", "there",
            "is", "there's", "what", "if", "also", "a", "an", "my", "some", "and", "with", "feel", "it's");

    static List<String> locales() {
        return ModelSource.LOCALES;
    }

    private static Set<String> handledIntents() {
        Responder responder = new Responder(new Routine(), SpeechCatalogues.load(), Clock.systemUTC(),
                new com.backhelper.alerts.AlertScheduler(Clock.systemUTC()));
        Set<String> handled = new HashSet<>();
        handled.addAll(new ExplainHandler(responder).intentNames());
        handled.addAll(new FollowUpHandler(responder).intentNames());
        handled.addAll(new SafetyHandler(responder).intentNames());
        handled.addAll(new RoutineHandler(responder).intentNames());
        handled.addAll(new BuiltInHandler(responder).intentNames());
        handled.addAll(new WarningSignHandler(responder).intentNames());
        handled.add(Intents.CALL_FOR_HELP);
        return handled;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyIntentInTheModel_hasAHandler_andEveryHandledIntent_isInTheModel(String locale) {
        Set<String> inModel = new HashSet<>();
        InteractionModel.load(locale).intents().forEach(i -> inModel.add(i.name()));
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

    @ParameterizedTest
    @MethodSource("locales")
    void sampleUtterances_areUniqueAcrossIntents_andWellFormed(String locale) {
        InteractionModel model = InteractionModel.load(locale);
        Map<String, String> owner = new HashMap<>();
        for (InteractionModel.Intent intent : model.intents()) {
            for (String sample : intent.samples()) {
                assertTrue(SAMPLE.matcher(sample).matches(), intent.name() + ": not a valid sample: '" + sample + "'");
                assertTrue(sample.length() <= 200, sample);
                String previous = owner.put(sample, intent.name());
                assertTrue(previous == null, "'" + sample + "' is in both " + previous + " and " + intent.name());
                var m = SLOT.matcher(sample);
                while (m.find()) {
                    assertTrue(intent.slotTypes().containsKey(m.group(1)), intent.name() + " has no slot " + m.group(1));
                }
            }
        }
    }

    /**
     * A slot at the very start takes whatever was said before the words that follow it: "{area} numbness" made "no i
     * don't have any numbness" a saddle sign with an unresolved value. Every slot sample starts with its own words.
     */
    @ParameterizedTest
    @MethodSource("locales")
    void noSample_beginsWithASlot(String locale) {
        for (InteractionModel.Intent intent : InteractionModel.load(locale).intents()) {
            for (String sample : intent.samples()) {
                assertFalse(sample.startsWith("{"), intent.name() + ": begins with a slot: '" + sample + "'");
            }
        }
    }

    /** "i have {symptom}" turned "I have back pain" into an emergency: no slot sample is a carrier and a slot. */
    @ParameterizedTest
    @MethodSource("locales")
    void noSlotSample_isAnOpenCarrierPhrase(String locale) {
        for (InteractionModel.Intent intent : InteractionModel.load(locale).intents()) {
            for (String sample : intent.samples()) {
                if (!sample.contains("{")) {
                    continue;
                }
                Set<String> words = new HashSet<>(Arrays.asList(SLOT.matcher(sample).replaceAll(" ").trim().split("\\s+")));
                words.removeAll(CARRIER_WORDS);
                assertFalse(words.isEmpty(), intent.name() + ": an open carrier phrase: '" + sample + "'");
            }
        }
    }

    @Test
    void everyKindOfWarningSign_andAskingForHelp_hasThirtyPhrasings_andEveryQuestionTen() {
        for (String name : List.of(Intents.EXPLAIN, Intents.HELP_ME_NOW, Intents.SADDLE_NUMBNESS, Intents.BLADDER_BOWEL,
                Intents.LEG_WEAKNESS, Intents.CHEST_BREATHING, Intents.FEVER, Intents.INJURY, Intents.SAME_DAY_SIGN,
                Intents.CALL_FOR_HELP)) {
            assertTrue(MODEL.intent(name).samples().size() >= 30, name);
        }
        for (String name : List.of(Intents.WHAT_GOES_OUT, Intents.DISC, Intents.WHY_IT_HURTS, Intents.HOW_LONG,
                Intents.PREVENTION, Intents.ICE_OR_HEAT, Intents.WHEN_TO_GET_UP, Intents.WHY_BREATHE,
                Intents.AM_I_OKAY, Intents.IS_IT_SERIOUS, Intents.GETTING_WORSE, Intents.MEDICINE, Intents.DIAGNOSIS,
                Intents.FEELING_BETTER, Intents.SLOWER, Intents.FASTER)) {
            assertTrue(MODEL.intent(name).samples().size() >= 10, name);
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everySlot_hasACustomTypeWithAClosedListOfValues(String locale) {
        InteractionModel model = InteractionModel.load(locale);
        for (InteractionModel.Intent intent : model.intents()) {
            intent.slotTypes().values().forEach(type -> {
                assertFalse(type.startsWith("AMAZON."), intent.name() + ": a built-in type takes open words: " + type);
                assertFalse(model.slotTypeValues().getOrDefault(type, Map.of()).isEmpty(), type);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everySampleInTheModel_resolvesToItsOwnIntent_strictly(String locale) {
        InteractionModel model = InteractionModel.load(locale);
        var resolver = new UtteranceResolver(model);
        for (InteractionModel.Intent intent : model.intents()) {
            for (String sample : intent.samples()) {
                String typed = SLOT.matcher(sample).replaceAll(m -> model.slotTypeValues()
                        .get(intent.slotTypes().get(m.group(1))).keySet().iterator().next());
                var heard = resolver.resolve(typed);
                assertEquals(intent.name(), heard.intentName(), typed);
                assertTrue(heard.match().strict(), typed + ": " + heard.match());
            }
        }
    }
}
