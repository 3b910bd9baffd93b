package com.backhelper.conversation;

import java.util.List;
import java.util.Map;

/**
 * "Is this serious", "when should I see a doctor": when to get urgent help (S1), that the skill cannot call anyone
 * (S2), and that it gives general information only (S3). It never diagnoses.
 */
public final class SafetyHandler extends AnswerTableHandler {

    public SafetyHandler(Responder responder) {
        super(responder, Map.of(Intents.IS_IT_SERIOUS,
                List.of("S1.full", "S1D.same_day", "S2.call", "S3.general")));
    }
}
