package com.backhelper.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts fresh JVMs on the deployment package, as Lambda would on a cold start, and times each one from process start
 * to its first response ({@link ColdStartProbe}). The JVM runs in the package folder (Lambda's /var/task), with the
 * deployment jar first on its class path and the probe's test classes after it.
 */
final class ColdStarts {

    /** Which entry point and which JVM options: one column of the report. */
    enum Variant {
        SKILL_DEFAULT_OPTIONS("skill", false),
        SKILL_FUNCTION_OPTIONS("skill", true),
        HELLO_DEFAULT_OPTIONS("hello", false);

        final String probe;
        final boolean functionOptions;

        Variant(String probe, boolean functionOptions) {
            this.probe = probe;
            this.functionOptions = functionOptions;
        }
    }

    private static final Pattern TOOL_OPTIONS = Pattern.compile("JAVA_TOOL_OPTIONS:\\s*\"([^\"]*)\"");

    private final Path packageDir;
    private final Path testClasses;
    private final String functionOptions;
    private final Map<String, String> environment;

    /**
     * @param packageDir  the unzipped deployment package: lib/back-helper.jar and back-helper.jsa
     * @param template    template.yaml, for the function's JAVA_TOOL_OPTIONS
     * @param dynamoDb    DynamoDB Local, where the probe reads the person's progress
     */
    ColdStarts(Path packageDir, Path testClasses, Path template, URI dynamoDb, String table) throws IOException {
        this.packageDir = packageDir;
        this.testClasses = testClasses;
        this.functionOptions = functionOptions(Files.readString(template));
        this.environment = Map.of("DYNAMODB_ENDPOINT", dynamoDb.toString(), "PROGRESS_TABLE", table,
                "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "benchmark", "AWS_SECRET_ACCESS_KEY", "benchmark");
    }

    /** The options the function runs with, its paths under /var/task made relative to the package folder. */
    static String functionOptions(String template) {
        Matcher options = TOOL_OPTIONS.matcher(template);
        if (!options.find()) {
            throw new IllegalStateException("template.yaml sets no JAVA_TOOL_OPTIONS");
        }
        return options.group(1).replace("/var/task/", "");
    }

    String functionOptions() {
        return functionOptions;
    }

    /** Milliseconds from process start to the first response. */
    long time(Variant variant) throws IOException, InterruptedException {
        return run(variant, false).millis;
    }

    /** A primed start (SnapStart's priming, then the first request): how many classes the first request loaded. */
    long classesLoadedByFirstRequestAfterPriming() throws IOException, InterruptedException {
        return Long.parseLong(run(Variant.SKILL_FUNCTION_OPTIONS, true).detail.trim());
    }

    private record Run(long millis, String detail) {
    }

    private Run run(Variant variant, boolean primed) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "lib/back-helper.jar" + java.io.File.pathSeparator + testClasses.toAbsolutePath(),
                ColdStartProbe.class.getName(), variant.probe));
        if (primed) {
            command.add("primed");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(packageDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        if (variant.functionOptions) {
            builder.environment().put("JAVA_TOOL_OPTIONS", functionOptions);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("READY")) {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    process.waitFor();
                    return new Run(millis, line.substring("READY".length()));
                }
                if (line.startsWith("FAILED")) {
                    throw new IllegalStateException(variant + " did not answer: " + line);
                }
            }
        }
        throw new IllegalStateException(variant + " exited with " + process.waitFor() + " before answering");
    }
}
