package com.backhelper.local;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
            LocalConversation.main(args);
        } finally {
            System.setOut(originalOut);
            System.setIn(originalIn);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneShot_saysWhatAlexaWouldSay_withPausesShownReadably() throws Exception {
        String out = run(new String[] {"--say", "help me now"}, "");
        assertTrue(out.contains("[HelpMeNowIntent{}]"), out);
        assertTrue(out.contains("call 911"), out);
        assertTrue(out.contains("(pause 4 s)") && out.contains("(pause 6 s)"), out);
        assertTrue(out.contains("another round"), out);
    }

    @Test
    void scriptedTurns_carryTheSession() throws Exception {
        String out = run(new String[] {"--say", "open back helper", "--say", "yes", "--say", "slower", "--say", "next"}, "");
        assertTrue(out.contains("[LaunchRequest]") && out.contains("[AMAZON.YesIntent{}]"), out);
        assertTrue(out.contains("(pause 4.5 s)") && out.contains("(pause 7 s)"), "slower pace in use: " + out);
        assertTrue(out.contains("feet up") && out.contains("the session has ended"), out);
    }

    @Test
    void theInteractiveRun_readsLinesUntilQuit() throws Exception {
        String out = run(new String[0], "what happens when my back goes out\nno\nquit\n");
        assertTrue(out.contains("you> "), out);
        assertTrue(out.contains("[ExplainIntent{}]") && out.contains("nothing has actually slipped"), out);
        assertTrue(out.contains("[AMAZON.NoIntent{}]") && out.contains("the session has ended"), out);
    }
}
