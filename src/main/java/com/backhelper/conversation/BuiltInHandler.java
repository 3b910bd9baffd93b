package com.backhelper.conversation;

import com.backhelper.routine.Command;

import java.util.Map;

/**
 * Alexa's built-in intents that every skill must answer. Their meaning depends on where the person is, which the
 * routine knows: help is about this step, stop keeps their place, fallback says what can be said here.
 */
public final class BuiltInHandler extends CommandTableHandler {

    public BuiltInHandler(Responder responder) {
        super(responder, Map.of(
                "AMAZON.HelpIntent", Command.HELP,
                "AMAZON.StopIntent", Command.STOP,
                "AMAZON.CancelIntent", Command.STOP,
                "AMAZON.FallbackIntent", Command.FALLBACK,
                "AMAZON.NavigateHomeIntent", Command.HOME));
    }
}
