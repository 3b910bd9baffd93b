package com.backhelper.lambda;

import com.backhelper.local.RequestEnvelopes;
import com.backhelper.progress.DynamoDbProgressStore;
import com.backhelper.progress.Progress;
import com.backhelper.routine.Pace;
import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;
import com.backhelper.routine.Step;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input of every kind through the real entry point: each gets a well-formed response (speech, or an empty
 * success where Alexa expects none), never an exception, and the person's stored progress is left usable.
 */
class BadInputTest {

    private static final SkillDriver SKILL = SkillDriver.standard();
    private static final DynamoDbProgressStore STORE = TestSkill.store();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG = "x".repeat(100_000);

    /** What Alexa must get back. */
    enum Expect { SPEECH, NO_SPEECH }

    /** A case: a fixture and what to do to it, or raw bytes. */
    record Case(String name, String fixture, Consumer<ObjectNode> mutation, byte[] raw, Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case bytes(String name, String body) {
        return new Case(name, null, null, body.getBytes(StandardCharsets.UTF_8), Expect.SPEECH);
    }

    private static Case mutated(String name, String fixture, Expect expect, Consumer<ObjectNode> mutation) {
        return new Case(name, fixture, mutation, null, expect);
    }

    private static ObjectNode request(ObjectNode envelope) {
        return (ObjectNode) envelope.path("request");
    }

    private static ObjectNode intent(ObjectNode envelope, String name) {
        ObjectNode intent = request(envelope).putObject("intent");
        intent.put("name", name);
        intent.put("confirmationStatus", "NONE");
        return intent;
    }

    private static void attributes(ObjectNode envelope, String json) {
        try {
            ((ObjectNode) envelope.path("session")).set("attributes", RequestEnvelopes.JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void warningSign(ObjectNode envelope, JsonNode slots) {
        intent(envelope, "SaddleNumbnessIntent").set("slots", slots);
    }

    private static ObjectNode symptomSlot(JsonNode value) {
        ObjectNode slots = NODES.objectNode();
        ObjectNode slot = slots.putObject("area");
        slot.put("name", "area");
        slot.set("value", value);
        return slots;
    }

    static Stream<Case> cases() {
        StringBuilder deep = new StringBuilder();
        deep.append("[".repeat(5_000)).append("]".repeat(5_000));
        return Stream.of(
                bytes("empty body", ""),
                bytes("whitespace", "   \n\t "),
                bytes("JSON null", "null"),
                bytes("JSON array", "[]"),
                bytes("empty object", "{}"),
                bytes("truncated JSON", "{\"version\":\"1.0\",\"request\":{\"type\":\"LaunchRe"),
                bytes("not JSON", "help me now"),
                bytes("a number", "42"),
                bytes("nested five thousand deep", deep.toString()),
                new Case("binary garbage", null, null, new byte[] {(byte) 0xff, 0, (byte) 0xfe, 7, '{', 0x1b},
                        Expect.SPEECH),
                mutated("no request", "intent.json", Expect.SPEECH, e -> e.remove("request")),
                mutated("request is null", "intent.json", Expect.SPEECH, e -> e.putNull("request")),
                mutated("request is a string", "intent.json", Expect.SPEECH, e -> e.put("request", "HelpMeNowIntent")),
                mutated("no session", "intent.json", Expect.SPEECH, e -> {
                    e.remove("session");
                    intent(e, "HelpMeNowIntent");
                }),
                mutated("no context", "intent.json", Expect.SPEECH, e -> {
                    e.remove("context");
                    intent(e, "HelpMeNowIntent");
                }),
                mutated("no context.System", "launch.json", Expect.SPEECH, e -> ((ObjectNode) e.path("context")).remove("System")),
                mutated("no version", "launch.json", Expect.SPEECH, e -> e.remove("version")),
                mutated("no request type", "launch.json", Expect.SPEECH, e -> request(e).remove("type")),
                mutated("unknown request type", "launch.json", Expect.NO_SPEECH, e -> request(e).put("type", "Foo.Bar")),
                mutated("request type is a number", "launch.json", Expect.SPEECH, e -> request(e).put("type", 7)),
                mutated("CanFulfillIntentRequest", "intent.json", Expect.NO_SPEECH, e -> {
                    request(e).put("type", "CanFulfillIntentRequest");
                    intent(e, "HelpMeNowIntent");
                }),
                mutated("System.ExceptionEncountered", "system-exception-encountered.json", Expect.NO_SPEECH, e -> { }),
                mutated("APL UserEvent", "intent.json", Expect.NO_SPEECH, e -> {
                    request(e).put("type", "Alexa.Presentation.APL.UserEvent");
                    request(e).putArray("arguments").add("breathing");
                }),
                mutated("Connections.Response", "intent.json", Expect.NO_SPEECH, e -> {
                    request(e).put("type", "Connections.Response");
                    request(e).put("name", "AskFor");
                    request(e).putObject("status").put("code", "200");
                }),
                mutated("AudioPlayer.PlaybackStarted", "intent.json", Expect.NO_SPEECH, e -> {
                    e.remove("session");
                    request(e).put("type", "AudioPlayer.PlaybackStarted");
                }),
                mutated("IntentRequest without an intent", "intent.json", Expect.SPEECH, e -> request(e).remove("intent")),
                mutated("unknown intent", "intent.json", Expect.SPEECH, e -> intent(e, "NoSuchIntent")),
                mutated("empty intent name", "intent.json", Expect.SPEECH, e -> intent(e, "")),
                mutated("null intent name", "intent.json", Expect.SPEECH, e -> intent(e, "x").putNull("name")),
                mutated("very long intent name", "intent.json", Expect.SPEECH, e -> intent(e, LONG)),
                mutated("warning sign without slots", "intent.json", Expect.SPEECH, e -> intent(e, "SaddleNumbnessIntent")),
                mutated("warning sign slot without a value", "intent.json", Expect.SPEECH,
                        e -> warningSign(e, symptomSlot(NODES.nullNode()))),
                mutated("warning sign slot value of 100,000 characters", "intent.json", Expect.SPEECH,
                        e -> warningSign(e, symptomSlot(NODES.textNode(LONG)))),
                mutated("warning sign slot value with markup and control characters", "intent.json", Expect.SPEECH,
                        e -> warningSign(e, symptomSlot(NODES.textNode("<speak>&\u0000\u0007]]></speak>")))),
                mutated("warning sign slot value is an object", "intent.json", Expect.SPEECH,
                        e -> warningSign(e, symptomSlot(NODES.objectNode().put("a", 1)))),
                mutated("unexpected slots", "intent.json", Expect.SPEECH,
                        e -> intent(e, "HelpMeNowIntent").set("slots", symptomSlot(NODES.textNode("unexpected")))),
                mutated("slots as an array", "intent.json", Expect.SPEECH,
                        e -> intent(e, "HelpMeNowIntent").set("slots", NODES.arrayNode().add("x"))),
                mutated("a locale the skill does not have", "intent.json", Expect.SPEECH, e -> {
                    request(e).put("locale", "fr-FR");
                    intent(e, "HelpMeNowIntent");
                }),
                mutated("no locale", "intent.json", Expect.SPEECH, e -> {
                    request(e).remove("locale");
                    intent(e, "ExplainIntent");
                }),
                mutated("a locale that is no locale", "launch.json", Expect.SPEECH, e -> request(e).put("locale", "\u0000zz")),
                mutated("a huge session attribute", "intent.json", Expect.SPEECH, e -> {
                    attributes(e, "{\"junk\":\"" + LONG + "\"}");
                    intent(e, "AMAZON.NextIntent");
                }),
                mutated("unknown step in the session", "intent.json", Expect.SPEECH, e -> {
                    attributes(e, "{\"step\":\"FLYING\",\"inhaleMillis\":4000,\"exhaleMillis\":6000,"
                            + "\"safetyGiven\":true,\"rounds\":1,\"question\":\"NONE\",\"version\":1}");
                    intent(e, "AMAZON.NextIntent");
                }),
                mutated("negative pace in the session", "intent.json", Expect.SPEECH, e -> {
                    attributes(e, "{\"step\":\"BREATHE\",\"inhaleMillis\":-1,\"exhaleMillis\":-1,"
                            + "\"safetyGiven\":true,\"rounds\":1,\"question\":\"ANOTHER_ROUND\",\"version\":1}");
                    intent(e, "AMAZON.YesIntent");
                }),
                mutated("objects where numbers belong in the session", "intent.json", Expect.SPEECH, e -> {
                    attributes(e, "{\"step\":{\"a\":1},\"inhaleMillis\":[1],\"exhaleMillis\":{},"
                            + "\"safetyGiven\":\"maybe\",\"rounds\":1e308,\"question\":7,\"version\":\"v\"}");
                    intent(e, "AMAZON.RepeatIntent");
                }),
                mutated("session attributes as an array", "intent.json", Expect.SPEECH, e -> {
                    ((ObjectNode) e.path("session")).set("attributes", NODES.arrayNode().add(1));
                    intent(e, "AMAZON.HelpIntent");
                }),
                mutated("session.new as a string", "intent.json", Expect.SPEECH, e -> {
                    ((ObjectNode) e.path("session")).put("new", "yes");
                    intent(e, "HelpMeNowIntent");
                }),
                mutated("no user anywhere", "intent.json", Expect.SPEECH, e -> {
                    ((ObjectNode) e.path("session")).remove("user");
                    ((ObjectNode) e.path("context").path("System")).remove("user");
                    intent(e, "HelpMeNowIntent");
                }),
                mutated("a user id longer than DynamoDB allows in a key", "intent.json", Expect.SPEECH, e -> {
                    String id = "amzn1.ask.account." + "Q".repeat(5_000);
                    ((ObjectNode) e.path("session").path("user")).put("userId", id);
                    ((ObjectNode) e.path("context").path("System").path("user")).put("userId", id);
                    intent(e, "HelpMeNowIntent");
                }),
                mutated("a timestamp that is no time", "launch.json", Expect.SPEECH, e -> request(e).put("timestamp", "yesterday")),
                mutated("no request id", "launch.json", Expect.SPEECH, e -> request(e).remove("requestId")),
                mutated("session ended with an error", "session-ended.json", Expect.NO_SPEECH, e -> {
                    request(e).put("reason", "ERROR");
                    request(e).putObject("error").put("type", "INVALID_RESPONSE").put("message", "bad SSML");
                }),
                mutated("session ended without a session", "session-ended.json", Expect.NO_SPEECH, e -> e.remove("session")),
                mutated("skill disabled for nobody", "skill-disabled.json", Expect.NO_SPEECH,
                        e -> ((ObjectNode) e.path("context").path("System")).remove("user"))
        );
    }

    /** Someone with progress stored, so that each case can show nothing stored was spoiled. */
    private static String personWithProgress() {
        String user = "amzn1.ask.account.BAD-INPUT-" + UUID.randomUUID();
        STORE.save(user, new Progress(new RoutineState(Step.LIE_DOWN, new Pace(4500, 7000), true, 2, Question.NONE),
                Instant.now(), Instant.now(), 0));
        return user;
    }

    private static ObjectNode forUser(ObjectNode envelope, String user) {
        if (envelope.path("session").path("user").isObject()) {
            ((ObjectNode) envelope.path("session").path("user")).put("userId", user);
        }
        if (envelope.path("context").path("System").path("user").isObject()) {
            ((ObjectNode) envelope.path("context").path("System").path("user")).put("userId", user);
        }
        return envelope;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_getsAWellFormedAnswer_andSpoilsNothingStored(Case c) {
        String user = personWithProgress();
        JsonNode response;
        if (c.raw() != null) {
            response = SKILL.sendRaw(c.raw());
        } else {
            ObjectNode envelope = forUser(RequestEnvelopes.fixture(c.fixture()), user);
            c.mutation().accept(envelope);
            response = SKILL.send(envelope);
        }
        boolean speaks = !response.path("response").path("outputSpeech").isMissingNode();
        assertEquals(c.expect() == Expect.SPEECH, speaks, c.name() + ": " + response);
        String text = response.toString();
        assertFalse(text.contains(LONG.substring(0, 200)), "nothing the request carried is echoed back");
        Progress stored = STORE.load(user).orElse(null); // throws if what is stored is unusable
        if (!c.name().startsWith("skill disabled")) {
            assertTrue(stored != null, "progress is still there");
        }
    }

    @Test
    void theTable_holdsAtLeastFortyInputs() {
        assertTrue(cases().count() >= 40);
    }

    @Test
    void aLocaleTheSkillDoesNotHave_isAnsweredInUsEnglish() {
        ObjectNode envelope = RequestEnvelopes.fixture("intent.json");
        request(envelope).put("locale", "de-DE");
        intent(envelope, "ExplainIntent");
        String speech = SKILL.send(envelope).path("response").path("outputSpeech").path("ssml").asText();
        assertTrue(speech.contains("back goes out"), speech);
    }

    /**
     * Seeded and bounded: valid envelopes, each with a few random cuts, swaps and junk values anywhere in the tree.
     * The seed is printed, so any failure can be replayed.
     */
    @Test
    void fuzzedEnvelopes_alwaysGetAWellFormedAnswer() {
        long seed = 20261124L;
        Random random = new Random(seed);
        List<ObjectNode> seeds = List.of(
                RequestEnvelopes.launch(session(random)),
                RequestEnvelopes.intent("HelpMeNowIntent", Map.of(), session(random)),
                RequestEnvelopes.intent("SaddleNumbnessIntent", Map.of("area", "groin"), session(random)),
                RequestEnvelopes.intent("AMAZON.YesIntent", Map.of(), sessionWithProgress(random)),
                RequestEnvelopes.sessionEnded("USER_INITIATED", sessionWithProgress(random)),
                RequestEnvelopes.fixture("skill-disabled.json"));
        int spoken = 0;
        for (int i = 0; i < 400; i++) {
            ObjectNode envelope = seeds.get(random.nextInt(seeds.size())).deepCopy();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutate(envelope, random);
            }
            byte[] body = envelope.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(10) == 0) { // now and then, damage the bytes themselves
                body = java.util.Arrays.copyOf(body, random.nextInt(body.length));
            }
            JsonNode response = SKILL.sendRaw(body); // asserts Alexa's rules on the way back
            assertTrue(response.has("response"), "seed " + seed + ", case " + i);
            assertTrue(response.toString().getBytes(StandardCharsets.UTF_8).length < 24 * 1024,
                    "under Alexa's 24 KB: seed " + seed + ", case " + i);
            response.path("sessionAttributes").fieldNames().forEachRemaining(key -> assertTrue(
                    OUR_SESSION_KEYS.contains(key), "only the skill's own session attributes go back, not " + key));
            if (!response.path("response").path("outputSpeech").isMissingNode()) {
                spoken++;
            }
        }
        System.out.println("fuzz: 400 mutated envelopes answered, " + spoken + " with speech, seed " + seed);
        assertTrue(spoken > 100, "most mutations still reach a handler that speaks: " + spoken);
    }

    private static final java.util.Set<String> OUR_SESSION_KEYS = java.util.Set.of("step", "inhaleMillis",
            "exhaleMillis", "safetyGiven", "rounds", "episodeStartedAt", "lastVisitAt", "version", "baseKnown",
            "applied", "pending", "changesMade", "question");

    private static RequestEnvelopes.Session session(Random random) {
        return new RequestEnvelopes.Session("amzn1.echo-api.session." + new UUID(random.nextLong(), random.nextLong()),
                random.nextBoolean(), null, "amzn1.ask.account.FUZZ-" + random.nextInt(20), "en-US");
    }

    private static RequestEnvelopes.Session sessionWithProgress(Random random) {
        ObjectNode attributes = NODES.objectNode().put("step", "ICE").put("inhaleMillis", 4000)
                .put("exhaleMillis", 6000).put("safetyGiven", true).put("rounds", 2).put("question", "CARRY_ON")
                .put("version", 0).put("unsaved", true);
        return new RequestEnvelopes.Session("amzn1.echo-api.session." + new UUID(random.nextLong(), random.nextLong()),
                false, attributes, "amzn1.ask.account.FUZZ-" + random.nextInt(20), "en-US");
    }

    /** One random change somewhere in the tree: remove a field, or replace a value with junk of any type. */
    private static void mutate(ObjectNode root, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> fields = new ArrayList<>();
        Iterator<String> names = target.fieldNames();
        names.forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            target.set("junk", junk(random));
            return;
        }
        String field = fields.get(random.nextInt(fields.size()));
        if (random.nextInt(3) == 0) {
            target.remove(field);
        } else {
            target.set(field, junk(random));
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.forEach(child -> collect(child, objects));
    }

    private static JsonNode junk(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.numberNode(-random.nextDouble() * 1e300);
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.textNode("");
            case 5 -> NODES.textNode("x".repeat(random.nextInt(20_000)));
            case 6 -> NODES.textNode("<speak>&\u0000\"'" + random.nextInt());
            case 7 -> NODES.textNode(List.of("LaunchRequest", "IntentRequest", "SessionEndedRequest", "BREATHE",
                    "DONE", "AMAZON.YesIntent", "en-GB", "fr-FR").get(random.nextInt(8)));
            case 8 -> {
                ArrayNode array = NODES.arrayNode();
                array.add(random.nextInt()).add("y");
                yield array;
            }
            default -> NODES.objectNode().put("nested", random.nextInt());
        };
    }
}
