package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;

import java.util.Optional;

/**
 * After the handler: saves the turn's progress (the session copy always, the store only if it changed), then logs
 * the request.
 */
public final class SaveStateInterceptor implements ResponseInterceptor {

    private final ProgressSaver saver;

    public SaveStateInterceptor(ProgressSaver saver) {
        this.saver = saver;
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        saver.save(input);
        RequestLog.handled(input, response.isPresent() ? "answered" : "no-response");
    }
}
