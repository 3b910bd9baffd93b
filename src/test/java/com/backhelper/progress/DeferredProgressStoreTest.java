package com.backhelper.progress;

import com.backhelper.lambda.BackHelperStreamHandler;
import com.backhelper.lambda.SkillFactory;
import com.backhelper.local.RequestEnvelopes;
import com.backhelper.local.RequestEnvelopes.Session;
import com.backhelper.testing.Facts;
import com.backhelper.testing.InMemoryProgressStore;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store of a container still starting: calls wait for it, a bounded time, and fail like a store that is down. */
class DeferredProgressStoreTest {

    private static final String USER = "amzn1.ask.account.DEFERRED";

    @Test
    void callsWaitForTheStore_thenGoToIt() {
        CompletableFuture<InMemoryProgressStore> building = new CompletableFuture<>();
        DeferredProgressStore deferred = new DeferredProgressStore(building, Duration.ofSeconds(5));
        InMemoryProgressStore real = new InMemoryProgressStore();
        CompletableFuture.runAsync(() -> building.complete(real), CompletableFuture.delayedExecutor(100,
                java.util.concurrent.TimeUnit.MILLISECONDS));

        Progress saved = deferred.save(USER, Progress.NONE.after(Progress.NONE.routine(), true, java.time.Instant.now()));

        assertEquals(1, saved.version());
        assertEquals(1, real.writes());
        assertTrue(deferred.load(USER).isPresent());
    }

    @Test
    void aStoreNotReadyInTime_failsTheCall_likeAStoreThatIsDown() {
        DeferredProgressStore neverReady = new DeferredProgressStore(new CompletableFuture<>(), Duration.ofMillis(50));
        assertThrows(IllegalStateException.class, () -> neverReady.load(USER));
    }

    @Test
    void aStoreThatFailedToStart_failsEachCall() {
        DeferredProgressStore failed = new DeferredProgressStore(
                CompletableFuture.failedFuture(new IllegalStateException("no region")), Duration.ofSeconds(1));
        assertThrows(IllegalStateException.class, () -> failed.save(USER, Progress.NONE));
    }

    @Test
    void theSkillOnAStoreThatNeverStarts_stillGuidesThePerson() {
        DeferredProgressStore neverReady = new DeferredProgressStore(new CompletableFuture<>(), Duration.ofMillis(50));
        SkillDriver skill = new SkillDriver(new BackHelperStreamHandler(
                SkillFactory.create(TestSkill.config(), neverReady, Clock.systemUTC())));

        JsonNode response = skill.send(RequestEnvelopes.intent("HelpMeNowIntent", Map.of(),
                new Session("amzn1.echo-api.session.deferred", true, null, USER, "en-US")));

        String speech = response.path("response").path("outputSpeech").path("ssml").asText();
        assertTrue(Facts.carries(speech, "S1"), speech);
    }
}
