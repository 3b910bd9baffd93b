package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;

/**
 * The intent name of a request, read without trusting the request: null for other request types and for an intent
 * request that carries no intent or no name (the SDK's own predicate throws there).
 */
final class IntentName {

    private IntentName() {
    }

    static String of(HandlerInput input) {
        if (input.getRequestEnvelope().getRequest() instanceof IntentRequest request && request.getIntent() != null) {
            return request.getIntent().getName();
        }
        return null;
    }
}
