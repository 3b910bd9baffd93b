package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.backhelper.routine.RoutineState;

/** Before any handler: reads this person's routine state once, into the request's {@link Turn}. */
public final class LoadStateInterceptor implements RequestInterceptor {

    @Override
    public void process(HandlerInput input) {
        // Requests outside a session (SessionEndedRequest aside, Alexa sends some without one) have nothing stored.
        RoutineStateCodec.Decoded decoded = RoutineStateCodec.decode(
                input.getRequestEnvelope().getSession() == null ? null : input.getAttributesManager().getSessionAttributes());
        Turn.attach(input, new Turn(decoded.state().orElse(RoutineState.FRESH), decoded.invalid()));
    }
}
