package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.request.Predicates;

import java.util.Optional;

/**
 * The session closed (the person went quiet, said nothing Alexa understood, or an error). Alexa allows no speech
 * here; the routine state is left exactly as it was, and anything not yet saved is saved now.
 */
public final class SessionEndedHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(SessionEndedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        // An earlier write of this session failed: touching the turn loads the session's copy (no DynamoDB read),
        // so that the response interceptor writes it now, before the session's attributes are gone.
        if (input.getRequestEnvelope().getSession() != null
                && SessionCopy.hasUnsaved(input.getAttributesManager().getSessionAttributes())) {
            Turn.of(input).routine();
        }
        return input.getResponseBuilder().build();
    }
}
