package com.backhelper.conversation;

import com.backhelper.testing.Conversation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The golden transcripts in src/test/resources/transcripts: who said what in each main journey, in plain text, so
 * that the wording can be reviewed without reading Java. Each is replayed; the skill must say exactly what the file
 * says. A line "(no answer)" is the person staying quiet: the next "alexa:" line is the reprompt Alexa speaks.
 * After a deliberate wording change, rewrite them with {@code mvn test -Dtranscripts.update=true} and review
 * the diff.
 */
class GoldenTranscriptTest {

    private static final String NO_ANSWER = "(no answer)";
    private static final Path DIR = Path.of(System.getProperty("transcripts.dir", "src/test/resources/transcripts"));

    @TestFactory
    Stream<DynamicTest> everyTranscript_matchesWhatTheSkillSays() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DIR)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no transcripts in " + DIR.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = lines.stream().filter(l -> l.startsWith("#")).toList();
        List<String> expected = lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        Conversation conversation = Conversation.conversation();
        for (String line : expected) {
            if (line.startsWith("user:")) {
                conversation.user(line.substring("user:".length()).trim());
            } else if (line.equals(NO_ANSWER)) {
                conversation.noAnswer(); // the reprompt Alexa speaks when nobody answers
            }
        }
        List<String> actual = conversation.transcript();
        if (Boolean.getBoolean("transcripts.update")) {
            List<String> rewritten = new ArrayList<>(header);
            rewritten.addAll(actual);
            Files.write(file, rewritten);
            return;
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), "transcript " + file.getFileName());
    }
}
