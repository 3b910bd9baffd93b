package com.backhelper.lambda;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * The function as SnapStart runs it, in a JVM of its own (started by {@link SnapStartTest} with a SnapStart-like
 * environment): built by Lambda's no-argument constructor from the environment, primed by {@code beforeCheckpoint},
 * restored by {@code afterRestore}, then answering requests read from standard input, one JSON envelope a line.
 * Prints "PRIMED", then for each request one line: how many classes it loaded, and the response.
 */
public final class SnapStartFunction {

    private SnapStartFunction() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        BackHelperStreamHandler function = new BackHelperStreamHandler();
        function.beforeCheckpoint(null);
        function.afterRestore(null);
        out.println("PRIMED " + classes.getTotalLoadedClassCount());
        for (String line = in.readLine(); line != null && !line.equals("EXIT"); line = in.readLine()) {
            ByteArrayInputStream request = new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            long before = classes.getTotalLoadedClassCount();
            function.handleRequest(request, response, null);
            long loaded = classes.getTotalLoadedClassCount() - before;
            out.println(loaded + " " + response.toString(StandardCharsets.UTF_8));
        }
    }
}
