package com.backhelper.conversation;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Anything a handler throws: a short apology, a first breath of guidance, and the way forward. The routine state is
 * not saved on this path (the SDK skips response interceptors), so nothing half-done is kept.
 */
public final class ErrorHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    private final Responder responder;

    public ErrorHandler(Responder responder) {
        this.responder = responder;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.error("handler failed: {}", throwable.toString(), throwable);
        return responder.sayAndListen(input, List.of("R1.error_fallback", "ui.error_next"), "ui.error_reprompt");
    }
}
