package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.backhelper.routine.Command;

import java.util.Optional;

/** "Open back helper": a welcome that offers the two main things, or the way back to where the person was. */
public final class LaunchHandler implements RequestHandler {

    private final Responder responder;

    public LaunchHandler(Responder responder) {
        this.responder = responder;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return responder.command(input, Command.LAUNCH);
    }
}
