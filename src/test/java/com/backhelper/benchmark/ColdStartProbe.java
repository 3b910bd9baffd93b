package com.backhelper.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs in a fresh JVM, started by the benchmark, on nothing but the JDK and this class: loads a deployment package
 * the way the Lambda runtime does (its {@code lib/*.jar} through a class loader of their own), builds the handler
 * named as template.yaml names it ({@code Class::method}) with its no-argument constructor, and answers one
 * LaunchRequest. Prints {@code READY <classes> <nanos>}: the classes the request loaded and how long it took.
 * With {@code primed}, it first calls {@code beforeCheckpoint} and {@code afterRestore}, as SnapStart does around a
 * snapshot, so the request measured is the first after a restore.
 *
 * <p>Arguments: the handler, {@code cold} or {@code primed}, then the package's folders of jars and any class folders.
 */
public final class ColdStartProbe {

    static final String USER = "amzn1.ask.account.BENCHMARK-COLD-START";
    static final String SKILL_ID = "amzn1.ask.skill.benchmark";

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        String[] handler = args[0].split("::");
        boolean primed = args[1].equals("primed");
        List<URL> urls = new ArrayList<>();
        for (String path : Arrays.copyOfRange(args, 2, args.length)) {
            File file = new File(path);
            File[] jars = file.listFiles((dir, name) -> name.endsWith(".jar"));
            if (jars != null && jars.length > 0) {
                Arrays.sort(jars);
                for (File jar : jars) {
                    urls.add(jar.toURI().toURL());
                }
            } else {
                urls.add(file.toURI().toURL());
            }
        }
        ClassLoader function = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getSystemClassLoader());
        Class<?> type = Class.forName(handler[0], true, function);
        Object instance = type.getConstructor().newInstance();
        Method handle = method(type, handler[1], 3);
        if (primed) {
            method(type, "beforeCheckpoint", 1).invoke(instance, (Object) null);
            method(type, "afterRestore", 1).invoke(instance, (Object) null);
        }
        ByteArrayInputStream request = new ByteArrayInputStream(launch().getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long before = classes.getTotalLoadedClassCount();
        long start = System.nanoTime();
        handle.invoke(instance, request, response, null);
        long took = System.nanoTime() - start;
        long loaded = classes.getTotalLoadedClassCount() - before;
        boolean ok = response.toString(StandardCharsets.UTF_8).contains("outputSpeech");
        System.out.println((ok ? "READY " : "FAILED ") + loaded + " " + took);
        System.out.flush();
        // Exits at once: the time that matters ended with the response.
        Runtime.getRuntime().halt(ok ? 0 : 1);
    }

    private static Method method(Class<?> type, String name, int parameters) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == parameters) {
                return method;
            }
        }
        throw new IllegalArgumentException(type + " has no " + name);
    }

    public static String launch() {
        return """
                {"version":"1.0","session":{"new":true,"sessionId":"amzn1.echo-api.session.cold","attributes":{},
                "application":{"applicationId":"%2$s"},"user":{"userId":"%1$s"}},
                "context":{"System":{"application":{"applicationId":"%2$s"},"user":{"userId":"%1$s"},
                "device":{"deviceId":"amzn1.ask.device.benchmark","supportedInterfaces":{}},
                "apiEndpoint":"https://api.amazonalexa.com","apiAccessToken":"benchmark"}},
                "request":{"type":"LaunchRequest","requestId":"amzn1.echo-api.request.cold","locale":"en-US",
                "timestamp":"2026-11-24T08:00:00Z"}}""".formatted(USER, SKILL_ID);
    }
}
