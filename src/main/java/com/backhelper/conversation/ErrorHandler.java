package com.backhelper.conversation;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Anything a handler throws: a short apology, a first breath of guidance, and the way forward. Progress is saved
 * here too (the SDK skips response interceptors on this path): the state the person last heard about, never one
 * the failed turn had not yet spoken.
 */
public final class ErrorHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    private final Responder responder;
    private final ProgressKeeper keeper;

    public ErrorHandler(Responder responder, ProgressKeeper keeper) {
        this.responder = responder;
        this.keeper = keeper;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.error("handler failed: {}", throwable.toString(), throwable);
        keeper.keepAfterError(input); // the SDK runs no response interceptor on this path
        return responder.sayAndListen(input, List.of("R1.error_fallback", "ui.error_next"), "ui.error_reprompt");
    }
}
