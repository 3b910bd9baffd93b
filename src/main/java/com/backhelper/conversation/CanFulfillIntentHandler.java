package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import com.amazon.ask.model.canfulfill.CanFulfillSlot;
import com.amazon.ask.model.canfulfill.CanFulfillSlotValues;
import com.amazon.ask.model.canfulfill.CanUnderstandSlotValues;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Alexa asking, before the skill is opened, whether it can answer a request said without its name ("what happens
 * when my back goes out"): the way Alexa, and Alexa+ more so, chooses a skill for a request. Yes for what the skill
 * is for (the explanation, the routine, the follow-up questions, warning signs); no for words that mean something
 * only inside the skill ("slower", "forget me") and for Amazon's built-in intents. Nothing is said, stored or read:
 * Alexa sends the request again as an IntentRequest if it picks this skill.
 */
public final class CanFulfillIntentHandler implements RequestHandler {

    /** Intents a person may say to Alexa at large and mean this skill. A new intent is answered NO until listed. */
    static final Set<String> ANSWERED_WITHOUT_THE_SKILLS_NAME = Set.of(
            Intents.EXPLAIN, Intents.HELP_ME_NOW, Intents.WHAT_GOES_OUT, Intents.DISC, Intents.WHY_IT_HURTS,
            Intents.HOW_LONG, Intents.PREVENTION, Intents.ICE_OR_HEAT, Intents.WHEN_TO_GET_UP, Intents.WHY_BREATHE,
            Intents.AM_I_OKAY, Intents.IS_IT_SERIOUS, Intents.GETTING_WORSE, Intents.MEDICINE, Intents.DIAGNOSIS,
            Intents.SADDLE_NUMBNESS, Intents.BLADDER_BOWEL, Intents.LEG_WEAKNESS, Intents.CHEST_BREATHING,
            Intents.FEVER, Intents.INJURY, Intents.SAME_DAY_SIGN);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof CanFulfillIntentRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Intent intent = ((CanFulfillIntentRequest) input.getRequestEnvelope().getRequest()).getIntent();
        CanFulfillIntent.Builder answer = CanFulfillIntent.builder();
        if (intent == null || !ANSWERED_WITHOUT_THE_SKILLS_NAME.contains(intent.getName())) {
            answer.withCanFulfill(CanFulfillIntentValues.NO);
        } else {
            boolean everySlotUnderstood = true;
            if (intent.getSlots() != null) {
                for (Slot slot : intent.getSlots().values()) {
                    if (slot == null || slot.getValue() == null) {
                        continue;
                    }
                    boolean understood = resolvedToOurValue(slot);
                    everySlotUnderstood &= understood;
                    answer.putSlotsItem(slot.getName(), CanFulfillSlot.builder()
                            .withCanUnderstand(understood ? CanUnderstandSlotValues.YES : CanUnderstandSlotValues.MAYBE)
                            .withCanFulfill(understood ? CanFulfillSlotValues.YES : CanFulfillSlotValues.NO)
                            .build());
                }
            }
            answer.withCanFulfill(everySlotUnderstood ? CanFulfillIntentValues.YES : CanFulfillIntentValues.MAYBE);
        }
        return input.getResponseBuilder().withCanFulfillIntent(answer.build()).build();
    }

    /** A slot value counts only through entity resolution: a custom slot on a device takes any words. */
    private static boolean resolvedToOurValue(Slot slot) {
        if (slot.getResolutions() == null || slot.getResolutions().getResolutionsPerAuthority() == null) {
            return false;
        }
        return slot.getResolutions().getResolutionsPerAuthority().stream()
                .filter(Objects::nonNull)
                .map(Resolution::getStatus)
                .filter(Objects::nonNull)
                .anyMatch(status -> status.getCode() == StatusCode.ER_SUCCESS_MATCH);
    }
}
