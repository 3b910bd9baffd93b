package com.backhelper.benchmark;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/**
 * The benchmark's baseline: the smallest skill the same ASK SDK can make, one handler that says hello to anything,
 * no persistence. What any Java skill pays before it does anything of its own.
 */
public class HelloStreamHandler extends SkillStreamHandler {

    public HelloStreamHandler() {
        super(new CustomSkillBuilder().addRequestHandler(new Hello()).build());
    }

    private static final class Hello implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return true;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().withSpeech("Hello.").withShouldEndSession(true).build();
        }
    }
}
