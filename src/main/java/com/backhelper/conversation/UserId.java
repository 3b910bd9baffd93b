package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;

/** The Alexa user id of a request, from wherever the envelope carries it; null when it carries none. */
final class UserId {

    private UserId() {
    }

    static String of(HandlerInput input) {
        RequestEnvelope envelope = input.getRequestEnvelope();
        if (envelope.getContext() != null && envelope.getContext().getSystem() != null
                && envelope.getContext().getSystem().getUser() != null) {
            return blankToNull(envelope.getContext().getSystem().getUser().getUserId());
        }
        if (envelope.getSession() != null && envelope.getSession().getUser() != null) {
            return blankToNull(envelope.getSession().getUser().getUserId());
        }
        return null;
    }

    private static String blankToNull(String id) {
        return id == null || id.isBlank() ? null : id;
    }
}
