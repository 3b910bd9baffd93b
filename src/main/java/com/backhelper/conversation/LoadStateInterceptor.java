package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;

/**
 * Before any handler: gives the request its {@link Turn}. Nothing is read yet; the progress is loaded the first
 * time a handler asks for it, so a request that does not need it costs no DynamoDB call.
 */
public final class LoadStateInterceptor implements RequestInterceptor {

    private final ProgressLoader loader;

    public LoadStateInterceptor(ProgressLoader loader) {
        this.loader = loader;
    }

    @Override
    public void process(HandlerInput input) {
        Turn.attach(input, new Turn(input, loader));
    }
}
