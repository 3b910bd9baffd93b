package com.backhelper.testing;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.local.LocalSession;
import com.backhelper.local.RequestEnvelopes;
import com.backhelper.local.SpeechPrinter;
import com.backhelper.local.Utterance;
import com.backhelper.local.UtteranceResolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A conversation test that reads like a transcript: what the person says (resolved with the skill's own interaction
 * model, as the local run does), then what the skill must convey, by CONTENT.md fact id.
 *
 * <pre>conversation().user("help me now").hears("S1", "R1").pausesAtLeast(8).user("next").hears("R2")</pre>
 */
public final class Conversation {

    private static UtteranceResolver resolver;

    private final LocalSession session;
    private final List<String> transcript = new ArrayList<>();
    private JsonNode last;
    private String lastIntent;
    /** After {@link #noAnswer()}: the assertions are about the reprompt Alexa spoke, not the speech before it. */
    private boolean hearingReprompt;
    private int invocations;
    private int utterances;
    private TestClock clock;

    private final String userId;

    private Conversation(SkillDriver driver, String userId) {
        // Every request goes through the driver, so every response is checked against Alexa's rules.
        RequestStreamHandler checked = (in, out, context) ->
                out.write(driver.sendRaw(in.readAllBytes()).toString().getBytes(StandardCharsets.UTF_8));
        this.userId = userId;
        this.session = new LocalSession(checked, userId, "en-US");
    }

    /** A new person talking to the standard skill. */
    public static Conversation conversation() {
        return conversation(SkillDriver.standard());
    }

    /** A new person talking to this skill. */
    public static Conversation conversation(SkillDriver driver) {
        return new Conversation(driver, "amzn1.ask.account.TEST-" + UUID.randomUUID());
    }

    /** A new person talking to this skill, whose clock the test moves with {@link #later(Duration)}. */
    public static Conversation conversation(SkillDriver driver, TestClock clock) {
        Conversation conversation = conversation(driver);
        conversation.clock = clock;
        return conversation;
    }

    /** Time passes before the person speaks again (the skill's clock must be this conversation's). */
    public Conversation later(Duration by) {
        assertTrue(clock != null, "a conversation with a clock: conversation(driver, clock)");
        clock.advance(by);
        transcript.add("(" + by.toMinutes() + " minutes later)");
        return this;
    }

    /** The same person on another device: same user id, its own sessions. */
    public Conversation onAnotherDevice(SkillDriver driver) {
        return new Conversation(driver, userId);
    }

    public String userId() {
        return userId;
    }

    static synchronized UtteranceResolver resolver() {
        if (resolver == null) {
            resolver = UtteranceResolver.forLocale("en-US");
        }
        return resolver;
    }

    /** The person says this (as typed, resolved like a device would). */
    public Conversation user(String said) {
        Utterance utterance = resolver().resolve(said);
        lastIntent = utterance.isLaunch() ? "LaunchRequest" : utterance.intentName();
        // A line that starts a session is an invocation: the person had to name the skill to Alexa.
        invocations += utterance.opensSkill() || !session.isOpen() ? 1 : 0;
        utterances++;
        hearingReprompt = false;
        last = session.say(utterance);
        transcript.add("user: " + said);
        transcript.add("alexa: " + SpeechPrinter.readable(speech()));
        return this;
    }

    /**
     * The person says nothing after the question: Alexa speaks the reprompt, once. The assertions that follow are
     * about the reprompt; {@link #goesQuiet()} then ends the session as Alexa would.
     */
    public Conversation noAnswer() {
        assertFalse(last.path("response").path("shouldEndSession").asBoolean(true), "no question was asked");
        hearingReprompt = true;
        transcript.add("(no answer)");
        transcript.add("alexa: " + SpeechPrinter.readable(speech()));
        return this;
    }

    /**
     * The person answers Alexa's own permission question (for the ice timer or the walk reminder) with yes or no:
     * one more thing they say, though not to the skill. {@code status} is what Alexa reports: ACCEPTED or DENIED.
     */
    public Conversation answersPermission(String said, String status) {
        JsonNode directive = last.path("response").path("directives").path(0);
        assertEquals("Connections.SendRequest", directive.path("type").asText(), "Alexa was not asked to ask");
        utterances++;
        hearingReprompt = false;
        last = session.continueWith(inSession -> permissionAnswer(inSession, directive.path("token").asText(),
                directive.path("payload").path("permissionScope").asText(), status));
        transcript.add("user (to Alexa's permission question): " + said);
        transcript.add("alexa: " + SpeechPrinter.readable(speech()));
        return this;
    }

    /** Alexa's Connections.Response to an AskFor permission question, within a session. */
    public static ObjectNode permissionAnswer(RequestEnvelopes.Session session, String token, String scope,
                                              String status) {
        ObjectNode envelope = RequestEnvelopes.intent("AMAZON.YesIntent", java.util.Map.of(), session);
        ObjectNode request = envelope.putObject("request");
        request.put("type", "Connections.Response");
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        request.put("timestamp", java.time.Instant.now().toString());
        request.put("locale", session.locale());
        request.put("name", "AskFor");
        request.putObject("status").put("code", "200").put("message", "OK");
        request.put("token", token);
        request.putObject("payload").put("permissionScope", scope).put("status", status);
        return envelope;
    }

    /** Sessions begun so far: each one is the person saying "Alexa, open (or ask) back helper". */
    public int invocations() {
        return invocations;
    }

    /** Everything the person has said to the skill so far. */
    public int utterances() {
        return utterances;
    }

    /** The silences in this speech add up to at least this long (a wait that means what it says). */
    public Conversation silentForAtLeast(Duration length) {
        long silent = SsmlRules.breaks(speech()).stream().mapToLong(Long::longValue).sum();
        assertTrue(silent >= length.toMillis(), "expected " + length + " of silence, got " + silent + " ms");
        return this;
    }

    /** The person stays quiet until Alexa gives up: SessionEndedRequest. */
    public Conversation goesQuiet() {
        hearingReprompt = false;
        last = session.timeOut();
        lastIntent = "SessionEndedRequest";
        transcript.add("(silence; the session times out)");
        return this;
    }

    /** The intent the last thing said resolved to ("LaunchRequest" for opening the skill). */
    public String lastIntent() {
        return lastIntent;
    }

    public Conversation resolvedAs(String intentName) {
        assertEquals(intentName, lastIntent, "what Alexa heard");
        return this;
    }

    public Conversation hears(String... factIds) {
        for (String id : factIds) {
            assertTrue(Facts.carries(speech(), id), "expected fact " + id + " in: " + SpeechPrinter.readable(speech()));
        }
        return this;
    }

    /** The facts are heard in this order (each one first heard after the one before). */
    public Conversation hearsInOrder(String... factIds) {
        hears(factIds);
        String text = Facts.plain(speech());
        int previous = -1;
        for (String id : factIds) {
            int at = firstPosition(text, id);
            assertTrue(at > previous, "fact " + id + " should come after " + Arrays.toString(factIds) + " order in: " + text);
            previous = at;
        }
        return this;
    }

    /** The very first words said carry this fact. */
    public Conversation opensWith(String factId) {
        hears(factId);
        assertEquals(0, firstPosition(Facts.plain(speech()), factId), "should open with " + factId + ": " + Facts.plain(speech()));
        return this;
    }

    public Conversation doesNotHear(String... factIds) {
        for (String id : factIds) {
            assertFalse(Facts.carries(speech(), id), "did not expect fact " + id + " in: " + SpeechPrinter.readable(speech()));
        }
        return this;
    }

    /** The speech contains the words of this catalogue key (for connecting words that carry no fact). */
    public Conversation says(String catalogueKey) {
        String text = Facts.plain(speech());
        boolean found = Facts.catalogue().variants(catalogueKey).stream().anyMatch(text::contains);
        assertTrue(found, "expected the words of " + catalogueKey + " in: " + text);
        return this;
    }

    public Conversation pausesAtLeast(int count) {
        int pauses = SsmlRules.breaks(speech()).size();
        assertTrue(pauses >= count, "expected at least " + count + " pauses, got " + pauses);
        return this;
    }

    /** The breathing in this response is paced at these lengths, each breath (cue and silence) within 0.4 s. */
    public Conversation breathesAt(long inhaleMillis, long exhaleMillis) {
        Cadence cadence = Cadence.ofSsml(speech());
        assertTrue(cadence.breaths() >= 4, "at least four breaths: " + cadence);
        assertTrue(cadence.worstMissFrom(inhaleMillis, exhaleMillis) <= 400,
                "expected in " + inhaleMillis + " ms, out " + exhaleMillis + " ms: " + cadence + " in "
                        + SpeechPrinter.readable(speech()));
        return this;
    }

    public Conversation endsSession() {
        assertTrue(last.path("response").path("shouldEndSession").asBoolean(false), "the session should end");
        return this;
    }

    /** The session stays open with a question and a reprompt. */
    public Conversation asks(String questionKey) {
        assertFalse(last.path("response").path("shouldEndSession").asBoolean(true), "the session should stay open");
        says(questionKey);
        String reprompt = Facts.plain(last.path("response").path("reprompt").path("outputSpeech").path("ssml").asText(""));
        assertFalse(reprompt.isBlank(), "a question needs a reprompt");
        return this;
    }

    public Conversation staysSilent() {
        assertTrue(last.path("response").path("outputSpeech").isMissingNode(), "expected no speech, got " + speech());
        return this;
    }

    /** What was last heard: the response's speech, or its reprompt after {@link #noAnswer()}. */
    public String speech() {
        JsonNode speech = hearingReprompt ? last.path("response").path("reprompt").path("outputSpeech")
                : last.path("response").path("outputSpeech");
        return speech.path("ssml").asText("");
    }

    public JsonNode response() {
        return last;
    }

    public List<String> transcript() {
        return List.copyOf(transcript);
    }

    private static int firstPosition(String text, String factId) {
        int first = Integer.MAX_VALUE;
        for (var entry : Facts.catalogue().entries().entrySet()) {
            if (Facts.factsOf(entry.getKey()).contains(factId)) {
                for (String variant : entry.getValue()) {
                    int at = text.indexOf(variant);
                    if (at >= 0) {
                        first = Math.min(first, at);
                    }
                }
            }
        }
        if (first == Integer.MAX_VALUE) {
            fail("fact " + factId + " not found");
        }
        return first;
    }
}
