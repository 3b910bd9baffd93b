package com.backhelper.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * LaunchRequest. Prints {@code READY <classes> <nanos> <cpu nanos>}: the classes the request loaded, how long it took,
 * and the processor time its thread used.
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
        Profiler profiler = Profiler.fromProperties();
        if (Boolean.getBoolean("probe.profileWhole")) {
            profiler.begin();
        }
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.getCurrentThreadCpuTime();
        long before = classes.getTotalLoadedClassCount();
        if (!Boolean.getBoolean("probe.profileWhole")) {
            profiler.begin();
        }
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        handle.invoke(instance, request, response, null);
        long took = System.nanoTime() - start;
        // The request thread's own processor time: what the function did, without the far ends' replies.
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        profiler.end();
        long loaded = classes.getTotalLoadedClassCount() - before;
        boolean ok = response.toString(StandardCharsets.UTF_8).contains("outputSpeech");
        System.out.println((ok ? "READY " : "FAILED ") + loaded + " " + took + " " + cpu);
        System.out.flush();
        // Exits at once: the time that matters ended with the response.
        Runtime.getRuntime().halt(ok ? 0 : 1);
    }

    /**
     * Only for {@link Profile}, never in the benchmark's own runs: with {@code -Dprobe.trace=true} the request is
     * marked on standard output (so that {@code -verbose:class} shows what it loaded), and with
     * {@code -Dprobe.profile=<file> -Dprobe.profiler=<libasyncProfiler.so> -Dprobe.profilerJar=<its jar>}
     * async-profiler samples the request alone (by wall clock, per thread) into {@code <file>} as collapsed stacks;
     * with {@code -Dprobe.profileWhole=true}, everything from the probe's start to the response, by processor time.
     */
    private record Profiler(boolean trace, Object asyncProfiler, String file) {

        static Profiler fromProperties() throws Exception {
            boolean trace = Boolean.getBoolean("probe.trace");
            String file = System.getProperty("probe.profile");
            if (file == null) {
                return new Profiler(trace, null, null);
            }
            ClassLoader own = new URLClassLoader(new URL[] {new File(System.getProperty("probe.profilerJar"))
                    .toURI().toURL()}, ClassLoader.getSystemClassLoader());
            Class<?> type = Class.forName("one.profiler.AsyncProfiler", true, own);
            Object instance = type.getMethod("getInstance", String.class)
                    .invoke(null, System.getProperty("probe.profiler"));
            return new Profiler(trace, instance, file);
        }

        void begin() throws Exception {
            if (trace) {
                System.out.println("REQUEST-BEGIN");
            }
            execute(Boolean.getBoolean("probe.profileWhole") ? "start,event=itimer,interval=500us,threads"
                    : "start,event=wall,interval=100us,threads");
        }

        void end() throws Exception {
            execute("stop,file=" + file + ",collapsed");
            if (trace) {
                System.out.println("REQUEST-END");
            }
        }

        private void execute(String command) throws Exception {
            if (asyncProfiler != null) {
                asyncProfiler.getClass().getMethod("execute", String.class).invoke(asyncProfiler, command);
            }
        }
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
