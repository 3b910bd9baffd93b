package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** After the handler: writes the routine state back only if the turn changed it. */
public final class SaveStateInterceptor implements ResponseInterceptor {

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        Turn turn = Turn.of(input);
        if (!turn.changed() || input.getRequestEnvelope().getSession() == null) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>(input.getAttributesManager().getSessionAttributes());
        attributes.putAll(RoutineStateCodec.encode(turn.routine()));
        input.getAttributesManager().setSessionAttributes(attributes);
    }
}
