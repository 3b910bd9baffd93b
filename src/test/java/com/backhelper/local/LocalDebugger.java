package com.backhelper.local;

import com.amazon.ask.model.dynamicEndpoints.FailureResponse;
import com.amazon.ask.model.dynamicEndpoints.Request;
import com.amazon.ask.model.dynamicEndpoints.SuccessResponse;
import com.amazon.ask.util.JacksonSerializer;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.lambda.SkillConfig;
import com.backhelper.lambda.SkillFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Talk to the skill from a real Echo while it runs on this machine: {@code ask run}. Alexa's dispatch service holds
 * a WebSocket open to this process (an hour at most) and sends every request for the skill's development stage down
 * it; each is answered by the real Lambda entry point, progress going to DynamoDB Local as in the local run (or to
 * {@code DYNAMODB_ENDPOINT}).
 *
 * <p>The SDK has a debugger of its own for this (ask-sdk-local-debug), but it is not on Maven Central, and it would
 * bring Guice, an Apache HTTP client and a WebSocket library to do what the JDK's WebSocket client does. This one
 * speaks the same protocol (the ASK model's dynamicEndpoints messages) and lives in the test sources, so it never
 * reaches the Lambda jar.
 */
public final class LocalDebugger implements WebSocket.Listener {

    private static final JacksonSerializer JSON = new JacksonSerializer();
    /** Any failure of the skill code is reported to Alexa as the service's own 500 would be. */
    static final String FAILURE_CODE = "500";

    private final RequestStreamHandler handler;
    private final PrintStream out;
    private final StringBuilder message = new StringBuilder();
    private final CompletableFuture<String> closed = new CompletableFuture<>();

    LocalDebugger(RequestStreamHandler handler, PrintStream out) {
        this.handler = handler;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        DebugArguments arguments = DebugArguments.parse(List.of(args));
        if (arguments == null) {
            System.err.println(DebugArguments.USAGE);
            System.exit(2);
        }
        if (!arguments.jvmFlags().isEmpty()) {
            // `ask run --wait-for-attach` puts the JVM's debugging flags after the class name, where only a program
            // sees them: start the JVM they were meant for.
            System.exit(new ProcessBuilder(relaunchCommand(arguments, Path.of(System.getProperty("java.home")),
                    System.getProperty("java.class.path"), passedOn())).inheritIO().start().waitFor());
        }
        // DynamoDB Local leaves a non-daemon thread behind; the session is over, so leave at once.
        System.exit(run(arguments, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }

    /** Connects, answers until Alexa closes the connection, and returns the exit status. */
    static int run(DebugArguments arguments, PrintStream out) throws Exception {
        SkillConfig config = SkillConfig.fromEnvironment().withSkillId(arguments.skillId());
        Path dataDir = LocalDynamoDb.defaultDataDir();
        try (LocalDynamoDb engine = LocalDynamoDb.forLocalRun(config, arguments.inMemory(), dataDir)) {
            if (engine != null) {
                config = config.withDynamoDbEndpoint(engine.endpoint());
            }
            SkillFactory.createLocalTableIfMissing(config);
            LocalDebugger debugger = new LocalDebugger(handlerFor(arguments.handlerClass(), config), out);
            try {
                debugger.connect(arguments).join();
            } catch (RuntimeException refused) {
                out.println("Could not connect to " + arguments.connectionUri().getHost() + ": "
                        + refused.getCause() + "\nIs the token current (they last an hour), and is it for a "
                        + "developer of " + arguments.skillId() + "?");
                return 1;
            }
            out.println("Connected. Alexa now sends " + arguments.skillId() + "'s development-stage requests to "
                    + "this machine: talk to an Echo on your developer account, or use the console's Test tab.");
            out.println("Progress is kept in "
                    + LocalDynamoDb.whereProgressIsKept(engine, config, arguments.inMemory(), dataDir) + ".");
            out.println("The connection closed: " + debugger.closed().join()
                    + ". Run `ask run` again to go on (a connection lasts an hour at most).");
            return 0;
        }
    }

    /**
     * The command that starts this debugger again in a JVM given the flags that arrived as arguments, and the system
     * properties the pom gave this one.
     */
    static List<String> relaunchCommand(DebugArguments arguments, Path javaHome, String classPath,
                                        Map<String, String> properties) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(arguments.jvmFlags());
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-cp", classPath, LocalDebugger.class.getName()));
        command.addAll(arguments.withoutJvmFlags());
        return command;
    }

    /** This JVM's settings from the pom (where local data lives, how much the log says) that a relaunch keeps. */
    private static Map<String, String> passedOn() {
        Map<String, String> properties = new TreeMap<>();
        for (String name : List.of(LocalDynamoDb.DATA_DIR_PROPERTY, "org.slf4j.simpleLogger.defaultLogLevel")) {
            String value = System.getProperty(name);
            if (value != null) {
                properties.put(name, value);
            }
        }
        return properties;
    }

    /** The entry point named: given this run's configuration if it takes one (ours does), else as Lambda makes it. */
    static RequestStreamHandler handlerFor(String className, SkillConfig config) throws ReflectiveOperationException {
        Class<? extends RequestStreamHandler> type = Class.forName(className).asSubclass(RequestStreamHandler.class);
        try {
            return type.getConstructor(SkillConfig.class).newInstance(config);
        } catch (NoSuchMethodException noConfiguration) {
            return type.getConstructor().newInstance();
        }
    }

    CompletableFuture<WebSocket> connect(DebugArguments arguments) {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .header("authorization", arguments.accessToken())
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(arguments.connectionUri(), this);
    }

    /** Completes with the status and reason when the connection ends. */
    CompletableFuture<String> closed() {
        return closed;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        message.append(data);
        if (!last) {
            webSocket.request(1);
            return null;
        }
        String reply = answer(message.toString());
        message.setLength(0);
        if (reply == null) {
            webSocket.request(1);
        } else {
            webSocket.sendText(reply, true).whenComplete((sent, failed) -> webSocket.request(1));
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + (reason.isEmpty() ? "" : " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete("error: " + error);
    }

    /**
     * One message from Alexa: the skill request it carries, through the entry point. The answer goes back with the
     * request's id; a message that is not a request is noted here and not answered.
     */
    String answer(String text) {
        Request request;
        try {
            request = JSON.deserialize(text, Request.class);
        } catch (RuntimeException unreadable) {
            out.println("! a message that is not a skill request was ignored");
            return null;
        }
        if (request.getRequestPayload() == null) {
            out.println("! a message without a request payload was ignored");
            return null;
        }
        long start = System.nanoTime();
        try {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] payload = request.getRequestPayload().getBytes(StandardCharsets.UTF_8);
            handler.handleRequest(new ByteArrayInputStream(payload), response, null);
            out.printf("answered request %s in %d ms%n", request.getRequestId(),
                    (System.nanoTime() - start) / 1_000_000);
            return JSON.serialize(SuccessResponse.builder()
                    .withVersion(request.getVersion())
                    .withOriginalRequestId(request.getRequestId())
                    .withResponsePayload(response.toString(StandardCharsets.UTF_8))
                    .build());
        } catch (Exception | Error failed) {
            out.println("! request " + request.getRequestId() + " failed in the skill: " + failed);
            return JSON.serialize(FailureResponse.builder()
                    .withVersion(request.getVersion())
                    .withOriginalRequestId(request.getRequestId())
                    .withErrorCode(FAILURE_CODE)
                    .withErrorMessage(failed.toString())
                    .build());
        }
    }
}
