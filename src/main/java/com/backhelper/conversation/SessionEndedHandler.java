package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.request.Predicates;

import java.util.Optional;

/**
 * The session closed (the person went quiet, said nothing Alexa understood, or an error). Alexa allows no speech
 * here, and the routine state is left exactly as it was. Nothing is read; the {@link ProgressKeeper} writes what the
 * session still holds unsaved, since the session's attributes are gone after this.
 */
public final class SessionEndedHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(SessionEndedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return input.getResponseBuilder().build();
    }
}
