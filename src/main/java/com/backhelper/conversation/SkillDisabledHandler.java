package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.amazon.ask.request.Predicates;

import java.util.Optional;

/** The person disabled the skill (AlexaSkillEvent.SkillDisabled, subscribed in skill.json): nothing is kept. */
public final class SkillDisabledHandler implements RequestHandler {

    private final ProgressSaver saver;

    public SkillDisabledHandler(ProgressSaver saver) {
        this.saver = saver;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(SkillDisabledRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        saver.forget(input);
        return input.getResponseBuilder().build();
    }
}
