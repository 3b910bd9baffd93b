package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/**
 * Any request type the skill does not serve (System.ExceptionEncountered, screen events, ...). Registered last:
 * without it the SDK would send back an envelope with no response at all. Answered with an empty response, which
 * is what Alexa expects for requests that allow no speech.
 */
public final class UnsupportedRequestHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return input.getResponseBuilder().build();
    }
}
