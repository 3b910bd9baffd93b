package com.backhelper.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What the deployment jar holds: its size, its classes, which dependency each byte came from, and nothing local. */
final class JarContents {

    /** Prefixes of what must never reach Lambda: the local run, the tests, DynamoDB Local and what it brings. */
    static final List<String> NOT_FOR_LAMBDA = List.of("com/backhelper/local/", "com/backhelper/testing/",
            "com/backhelper/benchmark/", "com/amazonaws/services/dynamodbv2/", "org/eclipse/jetty/", "org/junit/",
            "com/almworks/sqlite4java/", "org/apache/logging/log4j/core/", "software/amazon/awssdk/http/apache",
            "software/amazon/awssdk/http/nio/netty/", "io/netty/");

    record Dependency(String name, long compressedBytes, int classes) {
    }

    final long bytes;
    final int classes;
    final List<Dependency> largest;
    final List<String> notForLambda;

    JarContents(Path jar) throws IOException {
        bytes = Files.size(jar);
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.put(e.getName(), e));
        }
        classes = (int) entries.keySet().stream().filter(n -> n.endsWith(".class")).count();
        notForLambda = entries.keySet().stream().filter(n -> NOT_FOR_LAMBDA.stream().anyMatch(n::startsWith)).toList();
        largest = attribute(entries);
    }

    /** Credits each entry to the first jar on this JVM's class path that has it (the build's own classes: "skill"). */
    private static List<Dependency> attribute(Map<String, ZipEntry> entries) throws IOException {
        Map<String, long[]> byDependency = new HashMap<>();
        Set<String> unclaimed = new HashSet<>(entries.keySet());
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(element);
            if (!element.endsWith(".jar") || !Files.isRegularFile(path)) {
                continue;
            }
            try (ZipFile dependency = new ZipFile(path.toFile())) {
                String name = path.getFileName().toString().replaceAll("\\.jar$", "");
                dependency.stream().filter(e -> unclaimed.remove(e.getName()) && !e.getName().startsWith("META-INF/"))
                        .forEach(e -> {
                            long[] totals = byDependency.computeIfAbsent(name, n -> new long[2]);
                            totals[0] += entries.get(e.getName()).getCompressedSize();
                            totals[1] += e.getName().endsWith(".class") ? 1 : 0;
                        });
            }
        }
        long[] own = byDependency.computeIfAbsent("back-helper (its own code and speech)", n -> new long[2]);
        unclaimed.stream().filter(n -> n.startsWith("com/backhelper/") || n.startsWith("speech/")).forEach(n -> {
            own[0] += entries.get(n).getCompressedSize();
            own[1] += n.endsWith(".class") ? 1 : 0;
        });
        List<Dependency> list = new ArrayList<>();
        byDependency.forEach((name, totals) -> list.add(new Dependency(name, totals[0], (int) totals[1])));
        list.sort((a, b) -> Long.compare(b.compressedBytes(), a.compressedBytes()));
        return list;
    }
}
