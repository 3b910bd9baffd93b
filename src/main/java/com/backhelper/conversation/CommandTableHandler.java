package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backhelper.routine.Command;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Intents that are routine commands, by a table from intent name to command. */
abstract class CommandTableHandler implements RequestHandler {

    private final Responder responder;
    private final Map<String, Command> commands;

    CommandTableHandler(Responder responder, Map<String, Command> commands) {
        this.responder = responder;
        this.commands = Map.copyOf(commands);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return commandFor(input) != null;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return responder.command(input, commandFor(input));
    }

    private Command commandFor(HandlerInput input) {
        String intent = IntentName.of(input);
        return intent == null ? null : commands.get(intent);
    }

    /** The intent names this handler answers, for the interaction-model tests. */
    public Set<String> intentNames() {
        return commands.keySet();
    }
}
