package com.backhelper.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Speaks each response aloud in real time, pauses included, so the routine can be followed hands-free in the local
 * run ({@code --speak}). Uses espeak-ng, which reads SSML itself ({@code -m}): its breaks and prosody are the skill's.
 */
interface Speaker {

    Speaker SILENT = ssml -> {
    };

    /** Speaks and returns when done, so that the next turn waits as a person would. */
    void speak(String ssml);

    /** espeak-ng if it is installed; otherwise says how to get it and stays silent. */
    static Speaker findEspeak(PrintStream out) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path espeak = Path.of(dir, "espeak-ng");
            if (Files.isExecutable(espeak)) {
                return ssml -> say(espeak, ssml, out);
            }
        }
        out.println("(--speak needs espeak-ng: sudo apt-get install espeak-ng, or brew install espeak-ng; "
                + "carrying on silently)");
        return SILENT;
    }

    private static void say(Path espeak, String ssml, PrintStream out) {
        if (ssml.isBlank()) {
            return;
        }
        try {
            Process process = new ProcessBuilder(command(espeak, ssml)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
        } catch (IOException e) {
            out.println("(could not run espeak-ng: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The espeak-ng command for one response: SSML markup on, a US English voice, a calm speed. */
    static List<String> command(Path espeak, String ssml) {
        return List.of(espeak.toString(), "-m", "-v", "en-us", "-s", "150", ssml);
    }
}
