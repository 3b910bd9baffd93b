package com.backhelper.local;

import com.backhelper.routine.Pace;
import com.backhelper.testing.Cadence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's local run, driven as a person or a script would drive it. */
class LocalConversationTest {

    private static String run(String[] args, String typed) throws Exception {
        PrintStream originalOut = System.out;
        InputStream originalIn = System.in;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
            LocalConversation.run(args);
        } finally {
            System.setOut(originalOut);
            System.setIn(originalIn);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String lineAfter(String out, String marker) {
        String after = out.substring(out.indexOf(marker) + marker.length()).strip();
        return after.lines().findFirst().orElse("");
    }

    private static void assertPace(String printed, Pace pace) {
        Cadence cadence = Cadence.ofReadable(printed);
        assertTrue(cadence.worstMissFrom(pace.inhaleMillis(), pace.exhaleMillis()) <= 400, pace + ": " + cadence);
    }

    @Test
    void oneShot_saysWhatAlexaWouldSay_withPausesShownReadably() throws Exception {
        String out = run(new String[] {"--in-memory", "--say", "help me now"}, "");
        assertTrue(out.contains("[HelpMeNowIntent <- exact sample]"), out);
        assertTrue(out.toLowerCase(java.util.Locale.ROOT).contains("call 911"), out);
        assertTrue(out.contains("(pause "), out);
        assertPace(out, Pace.DEFAULT);
        assertTrue(out.contains("another round"), out);
    }

    @Test
    void scriptedTurns_carryTheSession() throws Exception {
        String out = run(new String[] {"--in-memory", "--say", "open back helper", "--say", "yes", "--say", "slower",
                "--say", "next", "--say", "stop"}, "");
        assertTrue(out.contains("[LaunchRequest <- launch]") && out.contains("[AMAZON.YesIntent <- built-in phrase]"), out);
        assertPace(lineAfter(out, "[SlowerIntent <- exact sample]"), Pace.DEFAULT.slower());
        assertTrue(out.contains("feet up") && out.contains("the session has ended"), out);
    }

    @Test
    void theInteractiveRun_readsLinesUntilQuit() throws Exception {
        String out = run(new String[] {"--in-memory"}, "what happens when my back goes out\nno\nquit\n");
        assertTrue(out.contains("you> "), out);
        assertTrue(out.contains("[ExplainIntent <- exact sample]") && out.contains("nothing has slipped"), out);
        assertTrue(out.contains("[AMAZON.NoIntent <- built-in phrase]") && out.contains("the session has ended"), out);
    }

    @Test
    void aSecondRun_picksUpWhereTheFirstStopped_atTheSamePace(@TempDir Path data) throws Exception {
        String first = run(new String[] {"--data", data.toString(),
                "--say", "help me now", "--say", "slower", "--say", "next", "--say", "stop"}, "");
        assertTrue(first.contains("feet up"), first);

        String second = run(new String[] {"--data", data.toString(), "--say", "open back helper", "--say", "start over"}, "");
        // Lying down was where they stopped: coming back goes straight on to the ice or heat.
        assertTrue(second.contains("Welcome back") && second.contains("ice pack"), second);
        assertPace(lineAfter(second, "[AMAZON.StartOverIntent{}]"), Pace.DEFAULT.slower());
        assertFalse(second.toLowerCase(java.util.Locale.ROOT).contains("call 911"), "the same episode: no second safety line: " + second);
    }
}
