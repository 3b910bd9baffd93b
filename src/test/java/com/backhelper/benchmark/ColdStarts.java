package com.backhelper.benchmark;

import com.backhelper.testing.ContainerCredentialsStandIn;
import com.backhelper.testing.LoopbackTls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts fresh JVMs on the deployment package as the Lambda runtime loads it ({@link ColdStartProbe}), pinned to one
 * core or given two ({@code taskset}), and times each from process start to its first response.
 */
final class ColdStarts {

    /** Lambda's own JVM options on java17 and java21: tiered compilation stopped at C1. */
    static final List<String> LAMBDA_OPTIONS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");
    static final String HELLO = HelloStreamHandler.class.getName() + "::handleRequest";

    private static final Pattern HANDLER = Pattern.compile("Handler:\\s*(\\S+::\\S+)");

    /** Which function, on which options and cores: one cell of the report. */
    record Variant(boolean hello, boolean lambdaOptions, int cores) {
    }

    /** A primed start: the first request after the restore, its time and the classes it loaded. */
    record Restore(long millis, long classes, long cpuMillis) {
    }

    private final Path packageDir;
    private final Path testClasses;
    private final Path probeDir;
    private final String handler;
    private final Map<String, String> coldEnvironment;
    private final URI dynamoDb;
    private final String table;

    /**
     * @param packageDir the unzipped deployment package: lib/back-helper.jar
     * @param template   template.yaml, for the function's handler
     * @param dynamoDb   DynamoDB Local (plain HTTP), where the probe reads the person's progress
     */
    ColdStarts(Path packageDir, Path testClasses, Path template, URI dynamoDb, String table) throws IOException {
        this.packageDir = packageDir;
        this.testClasses = testClasses;
        this.dynamoDb = dynamoDb;
        this.table = table;
        Matcher handlerName = HANDLER.matcher(Files.readString(template));
        if (!handlerName.find()) {
            throw new IllegalStateException("template.yaml names no Handler");
        }
        this.handler = handlerName.group(1);
        this.coldEnvironment = Map.of("DYNAMODB_ENDPOINT", dynamoDb.toString(), "PROGRESS_TABLE", table,
                "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "benchmark", "AWS_SECRET_ACCESS_KEY", "benchmark",
                "SKILL_ID", ColdStartProbe.SKILL_ID);
        // The probe alone on the JVM's own class path, as the runtime is: the function's classes come only from
        // the package, through the probe's class loader.
        this.probeDir = Files.createTempDirectory("cold-start-probe");
        Path from = testClasses.resolve("com/backhelper/benchmark");
        Path to = Files.createDirectories(probeDir.resolve("com/backhelper/benchmark"));
        try (Stream<Path> probe = Files.list(from)) {
            for (Path file : probe.filter(p -> p.getFileName().toString().startsWith("ColdStartProbe")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    String handler() {
        return handler;
    }

    /** Milliseconds from process start to the first response (a returning person's LaunchRequest). */
    long time(Variant variant) throws IOException, InterruptedException {
        String[] ready = run(variant.hello() ? HELLO : handler, variant.lambdaOptions(), variant.cores(), false,
                coldEnvironment, List.of());
        return Long.parseLong(ready[ready.length - 1]);
    }

    /**
     * SnapStart's path on this machine: the function primed ({@code beforeCheckpoint}), then its first request, with
     * DynamoDB behind TLS on 127.0.0.1 and the credentials from a container-credentials stand-in, as in AWS.
     */
    Restore restore(int cores, RestoreEndpoints endpoints) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(endpoints.credentials().environment());
        environment.putAll(Map.of("DYNAMODB_ENDPOINT", endpoints.tlsDynamoDb().toString(), "PROGRESS_TABLE", table,
                "AWS_REGION", "us-east-1", "SKILL_ID", ColdStartProbe.SKILL_ID));
        String[] ready = run(handler, true, cores, true, environment, LoopbackTls.trustingJvmOptions());
        return new Restore(Long.parseLong(ready[2]) / 1_000_000, Long.parseLong(ready[1]),
                Long.parseLong(ready[3]) / 1_000_000);
    }

    /**
     * For {@link Profile}: one start, primed (the restore path) or cold, with the JVM options and extra folders given
     * to the probe; returns everything it printed.
     */
    List<String> trace(boolean primed, int cores, RestoreEndpoints endpoints, List<String> options,
                       List<String> extraFolders) throws IOException, InterruptedException {
        Map<String, String> environment = coldEnvironment;
        List<String> jvm = new ArrayList<>(options);
        boolean hello = jvm.remove("hello") || Boolean.getBoolean("profile.hello"); // "hello" among the options
        if (primed) {
            environment = new HashMap<>(endpoints.credentials().environment());
            environment.putAll(Map.of("DYNAMODB_ENDPOINT", endpoints.tlsDynamoDb().toString(), "PROGRESS_TABLE",
                    table, "AWS_REGION", "us-east-1", "SKILL_ID", ColdStartProbe.SKILL_ID));
            jvm.addAll(LoopbackTls.trustingJvmOptions());
        }
        List<String> command = new ArrayList<>(List.of("taskset", "-c", cores == 1 ? "0" : "0,1",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(LAMBDA_OPTIONS);
        command.addAll(jvm);
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", probeDir.toString(),
                ColdStartProbe.class.getName(), hello ? HELLO : handler, primed ? "primed" : "cold",
                packageDir.resolve("lib").toString()));
        if (hello) {
            command.add(testClasses.toAbsolutePath().toString());
        }
        command.addAll(extraFolders);
        ProcessBuilder builder = new ProcessBuilder(command).directory(packageDir.toFile())
                .redirectErrorStream(true);
        List.of("JAVA_TOOL_OPTIONS", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")
                .forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                // A READY line gets the milliseconds from process start to it, as the benchmark times a start.
                lines.add(line.startsWith("READY") ? line + " " + (System.nanoTime() - start) / 1_000_000 : line);
            }
        }
        process.waitFor();
        return lines;
    }

    /** What a restore measurement needs around it: DynamoDB over TLS, and the credentials endpoint. */
    record RestoreEndpoints(URI tlsDynamoDb, ContainerCredentialsStandIn credentials) {
    }

    /** Runs the probe; returns its READY line's fields, then the milliseconds from process start to that line. */
    private String[] run(String function, boolean lambdaOptions, int cores, boolean primed,
                         Map<String, String> environment, List<String> extraOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", cores == 1 ? "0" : "0,1",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (lambdaOptions) {
            command.addAll(LAMBDA_OPTIONS);
        }
        command.addAll(extraOptions);
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", probeDir.toString(),
                ColdStartProbe.class.getName(), function, primed ? "primed" : "cold",
                packageDir.resolve("lib").toString()));
        if (function.equals(HELLO)) {
            command.add(testClasses.toAbsolutePath().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(packageDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        List.of("JAVA_TOOL_OPTIONS", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")
                .forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("READY")) {
                    // To the first response, not to the JVM's exit.
                    String toResponse = Long.toString((System.nanoTime() - start) / 1_000_000);
                    process.waitFor();
                    return (line + " " + toResponse).split(" ");
                }
                if (line.startsWith("FAILED")) {
                    throw new IllegalStateException(function + " did not answer: " + line);
                }
            }
        }
        throw new IllegalStateException(function + " exited with " + process.waitFor() + " before answering");
    }
}
