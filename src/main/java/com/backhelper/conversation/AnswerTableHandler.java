package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Intents answered from the speech catalogue, by a table from intent name to the keys of the answer. After the
 * answer the routine offers the next useful thing (breathing, or the way back to the step the person was on), and
 * the routine's own step is left untouched.
 */
abstract class AnswerTableHandler implements RequestHandler {

    private final Responder responder;
    private final Map<String, List<String>> answers;

    AnswerTableHandler(Responder responder, Map<String, List<String>> answers) {
        this.responder = responder;
        this.answers = Map.copyOf(answers);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return answerFor(input) != null;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return responder.answer(input, answerFor(input));
    }

    private List<String> answerFor(HandlerInput input) {
        String intent = IntentName.of(input);
        return intent == null ? null : answers.get(intent);
    }

    public Set<String> intentNames() {
        return answers.keySet();
    }
}
