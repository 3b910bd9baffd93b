package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.amazon.ask.request.Predicates;

import java.util.Optional;

/** The person disabled the skill (AlexaSkillEvent.SkillDisabled, subscribed in skill.json): nothing is kept. */
public final class SkillDisabledHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(SkillDisabledRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        // A delete that fails is remembered and tried again on the next request (see ProgressKeeper.forget); the
        // item also expires by itself 30 days after the last visit.
        Turn.of(input).forgetEverything();
        return input.getResponseBuilder().build();
    }
}
