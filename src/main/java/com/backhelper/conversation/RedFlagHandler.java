package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.List;
import java.util.Optional;

/**
 * "My legs are numb", "I can't control my bladder": a warning sign of S1. The person is told at once to call for
 * help (S2) and the session ends, so nothing keeps them talking to a speaker instead of calling. What they said is
 * never stored or logged (S3).
 */
public final class RedFlagHandler implements RequestHandler, NeedsNoProgress {

    private final Responder responder;

    public RedFlagHandler(Responder responder) {
        this.responder = responder;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.RED_FLAG.equals(IntentName.of(input));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return responder.sayAndEnd(input, List.of("S1.S2.red_flag", "ui.red_flag_after"));
    }
}
