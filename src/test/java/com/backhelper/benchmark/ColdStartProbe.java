package com.backhelper.benchmark;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.lambda.BackHelperStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Runs in a fresh JVM, started by the benchmark: builds one entry point as Lambda would (its no-argument
 * constructor) and answers one LaunchRequest, then prints "READY" and exits. For the skill, that first request
 * reads the person's progress from DynamoDB Local. With {@code primed}, it primes first (as SnapStart would before
 * the snapshot) and reports how many classes the first real request still had to load.
 *
 * <p>Deliberately small: it touches nothing the function itself does not, so the time measured is the function's.
 */
public final class ColdStartProbe {

    static final String USER = "amzn1.ask.account.BENCHMARK-COLD-START";

    public static void main(String[] args) throws Exception {
        String which = args[0];
        boolean primed = args.length > 1 && args[1].equals("primed");
        RequestStreamHandler handler = which.equals("hello") ? new HelloStreamHandler() : new BackHelperStreamHandler();
        long classesBefore = 0;
        if (primed) {
            ((BackHelperStreamHandler) handler).prime();
            System.out.println("PRIMED");
            ManagementFactory.getClassLoadingMXBean(); // the probe's own measuring classes, loaded before counting
            classesBefore = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(launch().getBytes(StandardCharsets.UTF_8)), out, null);
        long newClasses = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesBefore;
        // Nothing between the request and the count above; below, no string concatenation before the count is
        // printed (its first use loads classes of its own, which are the probe's, not the skill's).
        String response = out.toString(StandardCharsets.UTF_8);
        boolean ok = response.contains("outputSpeech");
        System.out.print(ok ? "READY " : "FAILED ");
        System.out.println(primed ? Long.toString(newClasses) : ok ? "" : response);
        System.exit(ok ? 0 : 1);
    }

    public static String launch() {
        return """
                {"version":"1.0","session":{"new":true,"sessionId":"amzn1.echo-api.session.cold","attributes":{},
                "application":{"applicationId":"amzn1.ask.skill.benchmark"},"user":{"userId":"%1$s"}},
                "context":{"System":{"application":{"applicationId":"amzn1.ask.skill.benchmark"},"user":{"userId":"%1$s"},
                "device":{"deviceId":"amzn1.ask.device.benchmark","supportedInterfaces":{}},
                "apiEndpoint":"https://api.amazonalexa.com","apiAccessToken":"benchmark"}},
                "request":{"type":"LaunchRequest","requestId":"amzn1.echo-api.request.cold","locale":"en-US",
                "timestamp":"2026-11-24T08:00:00Z"}}""".formatted(USER);
    }
}
