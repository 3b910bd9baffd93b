package com.backhelper.local;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ask run} asks of the local debugger. The ASK CLI runs {@code mvn exec:exec} with one string of
 * arguments meant for the SDK's own debugger; the pom's ask-run profile hands that whole string to
 * {@link LocalDebugger}, so it arrives here with the class path, the SDK's class name and, with
 * {@code --wait-for-attach}, the JVM's debugging flags mixed in. This takes the {@code --name value} pairs it knows,
 * keeps the JVM flags aside (they must go to a JVM, not to a program), and ignores the rest.
 *
 * @param accessToken  the developer's Login with Amazon token (scope alexa::ask:skills:debug)
 * @param skillId      the skill whose development-stage requests come to this machine
 * @param handlerClass the entry point to run them through (ask-resources.json's handler)
 * @param region       NA, EU or FE: which Alexa dispatch service to connect to
 * @param endpoint     an override of that service's address (tests point it at a stand-in); null for Alexa's
 * @param inMemory     keep progress in a DynamoDB Local that forgets it on exit
 * @param jvmFlags     JVM options found among the arguments (-Xdebug, -Xrunjdwp:..., -agentlib:...)
 */
record DebugArguments(String accessToken, String skillId, String handlerClass, String region, URI endpoint,
                      boolean inMemory, List<String> jvmFlags) {

    static final String DEFAULT_HANDLER = "com.backhelper.lambda.BackHelperStreamHandler";
    private static final Map<String, String> DISPATCH_HOSTS = Map.of(
            "NA", "bob-dispatch-prod-na.amazon.com",
            "EU", "bob-dispatch-prod-eu.amazon.com",
            "FE", "bob-dispatch-prod-fe.amazon.com");

    static final String USAGE = "usage: --accessToken TOKEN --skillId amzn1.ask.skill.ID "
            + "[--skillStreamHandlerClass CLASS] [--region NA|EU|FE] [--in-memory]\n"
            + "(`ask run` passes the first four itself; a token: "
            + "ask util generate-lwa-tokens --scopes alexa::ask:skills:debug)";

    /** The arguments, or null when the token or the skill id is missing, or a value is not one this knows. */
    static DebugArguments parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        List<String> jvmFlags = new ArrayList<>();
        boolean inMemory = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--in-memory")) {
                inMemory = true;
            } else if (arg.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    return null;
                }
                values.put(arg.substring(2), args.get(++i));
            } else if (arg.startsWith("-X") || arg.startsWith("-agentlib:") || arg.startsWith("-D")) {
                jvmFlags.add(arg);
            } else if (arg.equals("-classpath") || arg.equals("-cp")) {
                i++; // the class path of the command line; this JVM already has it
            }
            // anything else (the SDK debugger's class name) is not for us
        }
        String region = values.getOrDefault("region", "NA").toUpperCase(java.util.Locale.ROOT);
        String token = values.get("accessToken");
        String skillId = values.get("skillId");
        if (token == null || token.isBlank() || skillId == null || !skillId.startsWith("amzn1.ask.skill.")
                || !DISPATCH_HOSTS.containsKey(region)) {
            return null;
        }
        URI endpoint = values.containsKey("endpoint") ? URI.create(values.get("endpoint")) : null;
        return new DebugArguments(token, skillId, values.getOrDefault("skillStreamHandlerClass", DEFAULT_HANDLER),
                region, endpoint, inMemory, List.copyOf(jvmFlags));
    }

    /** Where to connect: the region's dispatch service (or the override), at this skill's development stage. */
    URI connectionUri() {
        String base = endpoint != null ? endpoint.toString().replaceAll("/+$", "")
                : "wss://" + DISPATCH_HOSTS.get(region);
        return URI.create(base + "/v1/skills/" + skillId + "/stages/development/connectCustomDebugEndpoint");
    }

    /** The same arguments without the JVM flags, for a JVM that was started with them. */
    List<String> withoutJvmFlags() {
        List<String> args = new ArrayList<>(List.of("--accessToken", accessToken, "--skillId", skillId,
                "--skillStreamHandlerClass", handlerClass, "--region", region));
        if (endpoint != null) {
            args.addAll(List.of("--endpoint", endpoint.toString()));
        }
        if (inMemory) {
            args.add("--in-memory");
        }
        return args;
    }
}
