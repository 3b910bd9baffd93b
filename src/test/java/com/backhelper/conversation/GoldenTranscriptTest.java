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
 * says. After a deliberate wording change, rewrite them with {@code mvn test -Dtranscripts.update=true} and review
 * the diff.
 */
class GoldenTranscriptTest {

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
        List<String> expected = lines.stream().filter(l -> l.startsWith("user:") || l.startsWith("alexa:")).toList();
        Conversation conversation = Conversation.conversation();
        expected.stream().filter(l -> l.startsWith("user:"))
                .forEach(l -> conversation.user(l.substring("user:".length()).trim()));
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
