package com.backhelper.local;

import com.backhelper.lambda.BackHelperStreamHandler;
import com.backhelper.lambda.SkillConfig;
import com.backhelper.lambda.SkillFactory;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Talk to Back Helper in a terminal. Each typed line is resolved to an intent with the skill's own interaction
 * model, wrapped in an Alexa-shaped request and handled by the real Lambda entry point; the answer is printed with
 * its pauses shown.
 *
 * <pre>
 * mvn -q test-compile exec:java                                      # a conversation; Ctrl-D or "quit" ends it
 * mvn -q test-compile exec:java -Dexec.args="--say 'help me now' --say next"   # scripted, then exits
 * </pre>
 */
public final class LocalConversation {

    static final String LOCAL_USER = "amzn1.ask.account.LOCAL-TERMINAL-USER";

    private final UtteranceResolver resolver;
    private final LocalSession session;
    private final PrintStream out;
    private final Speaker speaker;

    LocalConversation(UtteranceResolver resolver, LocalSession session, PrintStream out, Speaker speaker) {
        this.resolver = resolver;
        this.session = session;
        this.out = out;
        this.speaker = speaker;
    }

    public static void main(String[] args) throws Exception {
        // DynamoDB Local leaves a non-daemon housekeeping thread behind even when shut down, which would keep
        // exec:java waiting for minutes; the conversation is over, so leave at once.
        System.exit(run(args));
    }

    /** The local run without leaving the JVM (tests call this); returns the exit status. */
    static int run(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options == null) {
            System.err.println("usage: [--say \"what you would say to Alexa\"]... [--speak] [--in-memory] [--data DIR]"
                    + " [--locale en-US]");
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SkillConfig config = SkillConfig.fromEnvironment();
        // DynamoDB Local in this process unless DYNAMODB_ENDPOINT names another engine; the data stays between runs.
        try (LocalDynamoDb engine = LocalDynamoDb.forLocalRun(config, options.inMemory(), options.dataDir())) {
            if (engine != null) {
                config = config.withDynamoDbEndpoint(engine.endpoint());
            }
            SkillFactory.createLocalTableIfMissing(config);
            var handler = new BackHelperStreamHandler(SkillFactory.create(config));
            Speaker speaker = options.speak() ? Speaker.findEspeak(out) : Speaker.SILENT;
            var conversation = new LocalConversation(UtteranceResolver.forLocale(options.locale()),
                    new LocalSession(handler, LOCAL_USER, options.locale()), out, speaker);
            if (!options.said().isEmpty()) {
                options.said().forEach(conversation::turn);
                return 0;
            }
            talk(conversation, out,
                    LocalDynamoDb.whereProgressIsKept(engine, config, options.inMemory(), options.dataDir()));
            return 0;
        }
    }

    private static void talk(LocalConversation conversation, PrintStream out, String where) throws Exception {
        out.println("Back Helper, in your terminal. Type what you would say to Alexa, for example:");
        out.println("  open back helper  |  what happens when my back goes out  |  help me now  |  next  |  stop");
        out.println("Progress is kept in " + where + ". Ctrl-D (or 'quit') to leave.");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (true) {
            out.print("\nyou> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("quit")) {
                out.println();
                return;
            }
            if (!line.isBlank()) {
                conversation.turn(line);
            }
        }
    }

    /** One turn: what was heard, and what Alexa says back. */
    void turn(String typed) {
        Utterance utterance = resolver.resolve(typed);
        JsonNode response = session.say(utterance);
        // How the words were matched is always shown, so that a weak match is never mistaken for understanding.
        out.println("       [" + (utterance.isLaunch() ? "LaunchRequest"
                : utterance.intentName() + (utterance.slots().isEmpty() ? "" : " " + utterance.slots()))
                + " <- " + utterance.match() + "]");
        JsonNode speech = response.path("response").path("outputSpeech").path("ssml");
        out.println("alexa> " + SpeechPrinter.readable(speech.asText("")));
        speaker.speak(speech.asText(""));
        if (!session.isOpen()) {
            out.println("       (the session has ended; say \"open back helper\" to start again)");
        }
    }

    /**
     * @param dataDir where DynamoDB Local keeps its data between runs (the {@code local.data.dir} property, which the
     *                pom sets to target/local-dynamodb, unless {@code --data} says otherwise)
     */
    record Options(List<String> said, String locale, boolean speak, boolean inMemory, Path dataDir) {

        static Options parse(String[] args) {
            List<String> said = new ArrayList<>();
            String locale = "en-US";
            boolean speak = false;
            boolean inMemory = false;
            Path dataDir = LocalDynamoDb.defaultDataDir();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--speak" -> speak = true;
                    case "--in-memory" -> inMemory = true;
                    case "--data" -> {
                        if (++i >= args.length) {
                            return null;
                        }
                        dataDir = Path.of(args[i]);
                    }
                    case "--say" -> {
                        if (++i >= args.length) {
                            return null;
                        }
                        said.add(args[i]);
                    }
                    case "--locale" -> {
                        if (++i >= args.length) {
                            return null;
                        }
                        locale = args[i];
                    }
                    default -> {
                        return null;
                    }
                }
            }
            return new Options(List.copyOf(said), locale, speak, inMemory, dataDir);
        }
    }
}
