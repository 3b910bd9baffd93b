package com.backhelper.conversation;

import java.util.List;
import java.util.Map;

/** "What happens when my back goes out": E1 to E6 in about forty seconds, then an offer of slow breathing. */
public final class ExplainHandler extends AnswerTableHandler {

    public ExplainHandler(Responder responder) {
        super(responder, Map.of(Intents.EXPLAIN,
                List.of("E1.explain", "E2.explain", "E3.explain", "E4.explain", "E5.explain", "E6.explain",
                        "ui.explain_more")));
    }
}
