package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A warning sign said in the person's own words ("I can't feel my bum", "I peed myself", "my foot is dragging").
 * For the call-now signs (S1) the answer names what they said in a few words with the action first, then that the
 * skill cannot call (S2) and how Alexa itself can reach someone (S5), and the session ends so that Alexa hears the
 * next "Alexa, call for help". A same-day sign (S1D) says see a doctor today, and the routine stays available.
 *
 * <p>A slot counts only through entity resolution: a custom slot on a device takes any words, so a value Alexa
 * did not match to the slot type ("I can't feel my back pain") is never a warning sign; it gets the list of signs
 * and stays open. What they said is never stored or logged (S3).
 */
public final class WarningSignHandler implements RequestHandler, NeedsNoProgress {

    /** The words that name each sign back, by intent; each is followed by S2 and S5. */
    private static final Map<String, String> NAMED = Map.of(
            Intents.SADDLE_NUMBNESS, "S1.sign.saddle",
            Intents.BLADDER_BOWEL, "S1.sign.bladder_bowel",
            Intents.LEG_WEAKNESS, "S1.sign.legs",
            Intents.CHEST_BREATHING, "S1.sign.chest_breathing",
            Intents.FEVER, "S1.sign.fever",
            Intents.INJURY, "S1.sign.injury");
    /** After the sign is named with its number: that the skill cannot call (S2), then how Alexa can (S5). */
    private static final List<String> CANNOT_CALL_THEN_ALEXA = List.of("S2.cannot_call_after_sign",
            "S5.alexa_call_for_help");

    private final Responder responder;

    public WarningSignHandler(Responder responder) {
        this.responder = responder;
    }

    /** The intent names this handler answers, for the interaction-model tests. */
    public Set<String> intentNames() {
        Set<String> names = new HashSet<>(NAMED.keySet());
        names.add(Intents.SAME_DAY_SIGN);
        return names;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        String intent = IntentName.of(input);
        return intent != null && (NAMED.containsKey(intent) || Intents.SAME_DAY_SIGN.equals(intent));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (!everyFilledSlotResolved(input)) {
            return responder.answer(input, List.of("ui.not_sure_sign", "S1.full", "S2.call"));
        }
        String intent = IntentName.of(input);
        if (Intents.SAME_DAY_SIGN.equals(intent)) {
            return responder.answer(input, List.of("S1D.see_doctor_today"));
        }
        List<String> keys = new ArrayList<>();
        keys.add(NAMED.get(intent));
        keys.addAll(CANNOT_CALL_THEN_ALEXA);
        return responder.sayAndEnd(input, keys);
    }

    /**
     * True when every slot that carries words was matched by Alexa to a value of its type (ER_SUCCESS_MATCH). A
     * slot left empty is fine: the sample without it already said the sign ("it's numb down there").
     */
    static boolean everyFilledSlotResolved(HandlerInput input) {
        if (!(input.getRequestEnvelope().getRequest() instanceof IntentRequest request)
                || request.getIntent().getSlots() == null) {
            return true;
        }
        for (Slot slot : request.getIntent().getSlots().values()) {
            if (slot == null || slot.getValue() == null || slot.getValue().isBlank()) {
                continue;
            }
            if (!resolved(slot)) {
                return false;
            }
        }
        return true;
    }

    private static boolean resolved(Slot slot) {
        if (slot.getResolutions() == null || slot.getResolutions().getResolutionsPerAuthority() == null) {
            return false;
        }
        for (Resolution resolution : slot.getResolutions().getResolutionsPerAuthority()) {
            if (resolution != null && resolution.getStatus() != null
                    && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH
                    && resolution.getValues() != null && !resolution.getValues().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
