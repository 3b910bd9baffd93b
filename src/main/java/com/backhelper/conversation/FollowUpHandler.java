package com.backhelper.conversation;

import java.util.List;
import java.util.Map;

import static java.util.Map.entry;

/**
 * The follow-up questions of CONTENT.md's table, each answered from its facts, then back to where the person was:
 * the questions, how it feels (F1, F2), medicines and diagnoses (S6), and "that helped".
 */
public final class FollowUpHandler extends AnswerTableHandler {

    public FollowUpHandler(Responder responder) {
        super(responder, Map.ofEntries(
                entry(Intents.WHAT_GOES_OUT, List.of("E3.E4.answer.what_goes_out")),
                // A disc question is where leg symptoms come up, so the urgent signs follow the answer.
                entry(Intents.DISC, List.of("E3.answer.disc", "S1.S2.disc_warning")),
                entry(Intents.WHY_IT_HURTS, List.of("E4.E5.answer.why_hurts")),
                entry(Intents.HOW_LONG, List.of("E6.R4.S3.answer.how_long")),
                entry(Intents.PREVENTION, List.of("P1.P2.answer.prevent")),
                entry(Intents.ICE_OR_HEAT, List.of("R3.S4.answer.ice_heat")),
                entry(Intents.WHEN_TO_GET_UP, List.of("R4.R5.answer.get_up")),
                entry(Intents.WHY_BREATHE, List.of("R1.answer.why_breathe")),
                // Fear: the signs first, then the reassurance that fits them (F1), never a blanket promise.
                entry(Intents.AM_I_OKAY, List.of("S1.S2.safety_line", "F1.fear", "F1.E6.settle")),
                entry(Intents.GETTING_WORSE, List.of("S1.S2.safety_line", "F2.R4.R2.R3.worse", "F2.S3.worse")),
                entry(Intents.MEDICINE, List.of("S6.medicine", "S3.general")),
                entry(Intents.DIAGNOSIS, List.of("S6.diagnosis", "S3.general")),
                // Acknowledged; the routine's own offer (carry on, or breathing) follows.
                entry(Intents.FEELING_BETTER, List.of("ui.glad_easing"))));
    }
}
