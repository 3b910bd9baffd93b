package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.List;
import java.util.Optional;

/**
 * "Call an ambulance", "ring my daughter", "get help": the skill cannot call anyone and Alexa cannot dial emergency
 * numbers (S2), so it says so with the action first, then how Alexa itself can reach someone once the skill has
 * ended (S5), and ends the session so that the next "Alexa, call for help" reaches Alexa.
 */
public final class CallForHelpHandler implements RequestHandler, NeedsNoProgress {

    private final Responder responder;

    public CallForHelpHandler(Responder responder) {
        this.responder = responder;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Intents.CALL_FOR_HELP.equals(IntentName.of(input));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return responder.sayAndEnd(input, List.of("S2.cannot_call", "S5.alexa_call_for_help"));
    }
}
