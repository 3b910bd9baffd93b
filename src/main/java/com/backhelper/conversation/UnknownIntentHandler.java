package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.backhelper.routine.Command;

import java.util.Optional;

/**
 * An intent no other handler knows (an older or newer interaction model, a tampered request): answered like
 * Alexa's fallback, with what can be said at this point. Registered after every intent handler.
 */
public final class UnknownIntentHandler implements RequestHandler {

    private final Responder responder;

    public UnknownIntentHandler(Responder responder) {
        this.responder = responder;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof IntentRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return responder.command(input, Command.FALLBACK);
    }
}
