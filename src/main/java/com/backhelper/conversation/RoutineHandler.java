package com.backhelper.conversation;

import com.backhelper.routine.Command;

import java.util.Map;

/** "Help me now" and everything said while moving through the routine; yes and no are read by the routine. */
public final class RoutineHandler extends CommandTableHandler {

    public RoutineHandler(Responder responder) {
        super(responder, Map.ofEntries(
                Map.entry(Intents.HELP_ME_NOW, Command.START),
                Map.entry(Intents.SLOWER, Command.SLOWER),
                Map.entry(Intents.FASTER, Command.FASTER),
                Map.entry("AMAZON.NextIntent", Command.NEXT),
                Map.entry("AMAZON.PreviousIntent", Command.PREVIOUS),
                Map.entry("AMAZON.RepeatIntent", Command.REPEAT),
                Map.entry("AMAZON.StartOverIntent", Command.START_OVER),
                Map.entry("AMAZON.PauseIntent", Command.PAUSE),
                Map.entry("AMAZON.ResumeIntent", Command.RESUME),
                Map.entry("AMAZON.YesIntent", Command.YES),
                Map.entry("AMAZON.NoIntent", Command.NO),
                Map.entry(Intents.FORGET_ME, Command.FORGET)));
    }
}
