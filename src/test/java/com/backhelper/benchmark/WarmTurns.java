package com.backhelper.benchmark;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.local.LocalSession;
import com.backhelper.local.Utterance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Warm turns in one JVM: a realistic mix, as many people would make it, through one entry point built once (as one
 * Lambda container serves request after request). The first turns warm the JIT and are not counted.
 */
final class WarmTurns {

    /** One session of someone who is helped: open, help me now, next, slower, a question, next, stop. */
    static final List<Utterance> SESSION = List.of(
            Utterance.launch(),
            Utterance.intent("HelpMeNowIntent"),
            Utterance.intent("AMAZON.NextIntent"),
            Utterance.intent("SlowerIntent"),
            Utterance.intent("ExplainIntent"),
            Utterance.intent("AMAZON.NextIntent"),
            Utterance.intent("AMAZON.StopIntent"));

    static final int PEOPLE = 50;

    private final TimedHandler timed;
    private final List<LocalSession> people = new ArrayList<>();
    private int turn;

    /** Fifty people who will talk to this entry point, in turn, through the mix above. */
    WarmTurns(RequestStreamHandler entryPoint, String userPrefix) {
        this.timed = new TimedHandler(entryPoint);
        for (int i = 0; i < PEOPLE; i++) {
            people.add(new LocalSession(timed, "amzn1.ask.account." + userPrefix + "-" + i, "en-US"));
        }
    }

    /** The next {@code turns} turns of the mix, timed or not. */
    void run(int turns, boolean recorded) {
        if (recorded) {
            timed.startRecording();
        }
        for (int i = 0; i < turns; i++, turn++) {
            int session = turn / SESSION.size();
            people.get(session % PEOPLE).say(SESSION.get(turn % SESSION.size()));
        }
        timed.pauseRecording();
    }

    Samples samples() {
        return timed.samples();
    }

    /**
     * Warms every entry point, then times them in interleaved blocks, so that none gains from running after the
     * others (they share the ASK SDK and Jackson, which the JIT compiles once for all) or loses to a noisy moment.
     */
    static List<Samples> interleaved(List<WarmTurns> entryPoints, int warmUp, int turns, int blocks) {
        entryPoints.forEach(e -> e.run(warmUp, false));
        for (int block = 0; block < blocks; block++) {
            int size = turns / blocks + (block < turns % blocks ? 1 : 0);
            entryPoints.forEach(e -> e.run(size, true));
        }
        return entryPoints.stream().map(WarmTurns::samples).toList();
    }
}
