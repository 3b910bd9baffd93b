package com.backhelper.speech;

import com.backhelper.testing.HeardAudio;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps {@code speech/heard-lengths.tsv} true: every sentence of every locale rendered as heard (HeardAudio), its
 * length compared with the file's. After a wording change, rewrite the file with {@code mvn test
 * -Dtest=HeardLengthsTest -Dcues.update=true} (or with the whole suite) and commit it with the words.
 *
 * <p>The breathing cues and the words said before them must be measured (they time the breaths and the screen);
 * any other sentence missing from the file is only reported, since its length is used for nothing but estimates.
 */
class HeardLengthsTest {

    private static final Path FILE = Paths.get("src/main/resources" + HeardLengths.RESOURCE);
    /** Renderings of the same text by the same espeak-ng are identical; this allows for rounding only. */
    private static final int TOLERANCE_MILLIS = 2;
    /** Keys whose words come before or between breathing cues, so their lengths time the screen's circle. */
    private static final List<String> TIMED_PREFIXES = List.of("R1.", "S1.S2.safety_line", "ui.starting_over",
            "ui.lost_place", "ui.welcome_back", "ui.where.");
    private static final String VERSION_LINE = "# espeak-ng: ";

    @Test
    void everyCueAndLeadIn_isMeasured_andTheFileMatchesFreshRenderings() throws IOException {
        HeardAudio.assumeAvailable();
        Map<String, String> calm = new TreeMap<>();   // text -> a key that says it
        Map<String, String> plain = new TreeMap<>();
        for (String locale : SpeechCatalogues.SUPPORTED_LOCALES) {
            SpeechCatalogue words = SpeechCatalogues.load().forLocale(locale);
            for (Map.Entry<String, List<String>> entry : words.entries().entrySet()) {
                if (!spoken(entry.getKey())) {
                    continue;
                }
                boolean cue = entry.getKey().startsWith("R1.cue.");
                for (String text : entry.getValue()) {
                    (cue ? calm : plain).putIfAbsent(HeardLengths.normalise(text), entry.getKey());
                }
            }
        }
        Map<String, Integer> calmHeard = measure(calm.keySet(), true);
        Map<String, Integer> plainHeard = measure(plain.keySet(), false);
        String version = version();

        if (Boolean.getBoolean("cues.update")) {
            write(calmHeard, plainHeard, version);
            System.out.println("heard-lengths: wrote " + (calmHeard.size() + plainHeard.size()) + " lengths to "
                    + FILE);
            return;
        }
        String written = Files.readString(FILE, StandardCharsets.UTF_8);
        if (!written.contains(VERSION_LINE + version + "\n")) {
            System.out.println("heard-lengths: measured with another espeak-ng than " + version
                    + "; not compared (rewrite with -Dcues.update=true on the reference machine)");
            return;
        }
        HeardLengths file = HeardLengths.standard();
        List<String> wrong = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        compare(calmHeard, calm, HeardLengths.CALM, file, true, wrong, reported);
        compare(plainHeard, plain, HeardLengths.PLAIN, file, false, wrong, reported);
        reported.forEach(line -> System.out.println("heard-lengths: not measured (estimated): " + line));
        assertEquals(List.of(), wrong, "heard-lengths.tsv is out of date: run mvn test -Dtest=HeardLengthsTest "
                + "-Dcues.update=true");
    }

    @Test
    void theEstimate_forAnUnmeasuredSentence_isCloseToWhatIsHeard() {
        HeardAudio.assumeAvailable();
        // The fallback for a sentence not yet in the file: within a second on a cue-length sentence.
        String text = "Breathe out, slowly, all the way.";
        int heard = (int) Math.round(HeardAudio.measureText(text, 0.9).fileMillis());
        int estimate = HeardLengths.estimate(text, 1.0);
        System.out.println("heard-lengths: estimate " + estimate + " ms, heard " + heard + " ms");
        assertTrue(Math.abs(estimate - heard) < 1_000, estimate + " vs " + heard);
    }

    /** Shown, not said: the screen's words, the cards, the timer's label. */
    private static boolean spoken(String key) {
        return !key.startsWith("ui.screen.") && !key.contains(".card") && !key.equals("ui.ice_timer_label");
    }

    private static void compare(Map<String, Integer> heard, Map<String, String> keys, String voice, HeardLengths file,
                                boolean cues, List<String> wrong, List<String> reported) {
        for (Map.Entry<String, Integer> entry : heard.entrySet()) {
            String text = entry.getKey();
            String key = keys.get(text);
            boolean timed = cues || TIMED_PREFIXES.stream().anyMatch(key::startsWith);
            if (!file.measured(voice, text)) {
                (timed ? wrong : reported).add(key + ": " + text);
                continue;
            }
            int written = cues ? file.calmMillis(text) : file.plainMillis(text);
            if (Math.abs(written - entry.getValue()) > TOLERANCE_MILLIS) {
                wrong.add(key + ": file " + written + " ms, heard " + entry.getValue() + " ms: " + text);
            }
        }
    }

    private static Map<String, Integer> measure(Iterable<String> texts, boolean calm) {
        List<String> list = new ArrayList<>();
        texts.forEach(list::add);
        List<String> documents = list.stream()
                .map(text -> calm ? new Ssml().sayCalmly(text).build() : new Ssml().say(text).build()).toList();
        List<HeardAudio.Heard> heard = HeardAudio.hearAll(documents);
        Map<String, Integer> lengths = new TreeMap<>();
        for (int i = 0; i < list.size(); i++) {
            lengths.put(list.get(i), (int) Math.round(heard.get(i).totalMillis()));
        }
        return lengths;
    }

    private static void write(Map<String, Integer> calm, Map<String, Integer> plain, String version)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# How long each sentence takes to hear, in milliseconds: voice, length, text (tab-separated).\n")
                .append("# Rendered by espeak-ng (voice ").append(HeardAudio.VOICE).append(", ")
                .append(HeardAudio.ALEXA_WORDS_PER_MINUTE).append(" words a minute, 90% for the calm voice)")
                .append(" and measured with sox.\n")
                .append("# Written by HeardLengthsTest with -Dcues.update=true; do not edit by hand.\n")
                .append(VERSION_LINE).append(version).append('\n');
        calm.forEach((text, millis) -> out.append(HeardLengths.CALM).append('\t').append(millis).append('\t')
                .append(text).append('\n'));
        plain.forEach((text, millis) -> out.append(HeardLengths.PLAIN).append('\t').append(millis).append('\t')
                .append(text).append('\n'));
        Files.writeString(FILE, out.toString(), StandardCharsets.UTF_8);
    }

    private static String version() throws IOException {
        Process process = new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        // "eSpeak NG text-to-speech: 1.51  Data at: ..." -> "1.51"
        String[] words = out.split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].endsWith("text-to-speech:")) {
                return words[i + 1];
            }
        }
        return out;
    }
}
