package com.backhelper.conversation;

import java.util.List;
import java.util.Map;

/** The follow-up questions of CONTENT.md's table, each answered from its facts, then back to where the person was. */
public final class FollowUpHandler extends AnswerTableHandler {

    public FollowUpHandler(Responder responder) {
        super(responder, Map.of(
                Intents.WHAT_GOES_OUT, List.of("E3.E4.answer.what_goes_out"),
                // A disc question is where leg symptoms come up, so the urgent signs follow the answer.
                Intents.DISC, List.of("E3.answer.disc", "S1.S2.disc_warning"),
                Intents.WHY_IT_HURTS, List.of("E4.E5.answer.why_hurts"),
                Intents.HOW_LONG, List.of("E6.R4.S3.answer.how_long"),
                Intents.PREVENTION, List.of("P1.P2.answer.prevent"),
                Intents.ICE_OR_HEAT, List.of("R3.S4.answer.ice_heat"),
                Intents.WHEN_TO_GET_UP, List.of("R4.R5.answer.get_up"),
                Intents.WHY_BREATHE, List.of("R1.answer.why_breathe"),
                Intents.AM_I_OKAY, List.of("R1.E6.answer.okay")));
    }
}
