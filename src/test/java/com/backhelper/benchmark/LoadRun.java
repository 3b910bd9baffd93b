package com.backhelper.benchmark;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.local.LocalSession;
import com.backhelper.local.Utterance;
import com.backhelper.progress.Progress;
import com.backhelper.progress.ProgressStore;
import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;
import com.backhelper.testing.Facts;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Many people at once through one entry point against DynamoDB Local, for a bounded time. Each person is driven by
 * one thread, turn after turn (as one person's device would), from their own seeded script. Afterwards each
 * person's stored progress is checked against what their own turns produce when replayed alone on a fresh skill.
 */
final class LoadRun {

    /** What a person in an open session may say next; "next" is the likeliest, as in the routine itself. */
    private static final List<String> IN_SESSION = List.of(
            "AMAZON.NextIntent", "AMAZON.NextIntent", "AMAZON.NextIntent", "SlowerIntent", "FasterIntent",
            "AMAZON.PreviousIntent", "AMAZON.RepeatIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "ExplainIntent",
            "HowLongIntent", "IsItSeriousIntent", "AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.StopIntent",
            "(quiet)");

    record Result(int people, int threads, long requests, long errors, int lostProgress, double seconds,
                  Samples latencyNanos, List<String> lostExamples) {

        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    /** One simulated person: their session, their script's random source, and everything they did. */
    private static final class Person {
        final String userId;
        final LocalSession session;
        final Random random;
        final List<String> did = new ArrayList<>();

        Person(String userId, RequestStreamHandler entryPoint, long seed) {
            this.userId = userId;
            this.session = new LocalSession(entryPoint, userId, "en-US");
            this.random = new Random(seed);
        }

        /** Their next turn: a new session opens with the skill or "help me now"; an open one goes on. */
        String nextMove() {
            if (!session.isOpen()) {
                return random.nextInt(10) < 7 ? "(open)" : "HelpMeNowIntent";
            }
            return IN_SESSION.get(random.nextInt(IN_SESSION.size()));
        }
    }

    private LoadRun() {
    }

    static JsonNode play(LocalSession session, String move) {
        return switch (move) {
            case "(open)" -> session.say(Utterance.launch());
            case "(quiet)" -> session.timeOut();
            default -> session.say(Utterance.intent(move));
        };
    }

    /**
     * @param entryPoint     the skill under load (its progress in {@code store})
     * @param store          where the skill under load keeps progress, read afterwards
     * @param freshReplay    a fresh skill and its own store, for replaying one person alone
     */
    static Result run(RequestStreamHandler entryPoint, ProgressStore store, Supplier<Replay> freshReplay, int threads,
                      int peoplePerThread, Duration duration, long seed) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        List<List<Person>> crowds = new ArrayList<>();
        List<TimedHandler> timers = new ArrayList<>();
        long[] errors = new long[threads];
        for (int t = 0; t < threads; t++) {
            TimedHandler timer = new TimedHandler(entryPoint);
            timer.startRecording();
            timers.add(timer);
            List<Person> crowd = new ArrayList<>();
            for (int p = 0; p < peoplePerThread; p++) {
                int n = t * peoplePerThread + p;
                crowd.add(new Person("amzn1.ask.account.LOAD-" + seed + "-" + n, timer, seed * 1_000_003 + n));
            }
            crowds.add(crowd);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(pool.submit(() -> {
                List<Person> crowd = crowds.get(thread);
                for (int turn = 0; System.nanoTime() < deadline; turn++) {
                    Person person = crowd.get(turn % crowd.size());
                    String move = person.nextMove();
                    person.did.add(move);
                    try {
                        if (isError(move, play(person.session, move))) {
                            errors[thread]++;
                        }
                    } catch (RuntimeException e) {
                        errors[thread]++;
                    }
                }
            }));
        }
        for (Future<?> thread : running) {
            thread.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        long requests = 0;
        List<long[]> latencies = new ArrayList<>();
        for (TimedHandler timer : timers) {
            requests += timer.recorded();
            latencies.add(timer.samples().all());
        }
        int lost = 0;
        List<String> examples = new ArrayList<>();
        for (List<Person> crowd : crowds) {
            for (Person person : crowd) {
                Optional<RoutineState> stored = store.load(person.userId).map(LoadRun::kept);
                Optional<RoutineState> expected = replay(person, freshReplay.get());
                if (!stored.equals(expected)) {
                    lost++;
                    if (examples.size() < 3) {
                        examples.add(person.userId + ": stored " + stored + ", expected " + expected);
                    }
                }
            }
        }
        return new Result(threads * peoplePerThread, threads, requests, java.util.Arrays.stream(errors).sum(), lost,
                seconds, Samples.concat(latencies), examples);
    }

    /** A skill of its own and the store it keeps progress in. */
    record Replay(RequestStreamHandler entryPoint, ProgressStore store) {
    }

    private static Optional<RoutineState> replay(Person person, Replay alone) {
        LocalSession session = new LocalSession(alone.entryPoint(), person.userId, "en-US");
        for (String move : person.did) {
            play(session, move);
        }
        return alone.store().load(person.userId).map(LoadRun::kept);
    }

    /** What is kept between sessions (an open question belongs to its session only). */
    private static RoutineState kept(Progress progress) {
        return progress.routine().withQuestion(Question.NONE);
    }

    /** An error: no response envelope, no speech where speech was due, or the skill's apology. */
    private static boolean isError(String move, JsonNode response) {
        if (!response.has("response")) {
            return true;
        }
        if (move.equals("(quiet)")) {
            return false;
        }
        if (response.path("response").path("directives").toString().contains("Connections.SendRequest")) {
            return false; // Alexa asks for a permission in its own words: no speech of the skill's is due
        }
        String speech = response.path("response").path("outputSpeech").path("ssml").asText("");
        String text = Facts.plain(speech);
        return speech.isEmpty() || Facts.catalogue().variants("R1.error_fallback").stream().anyMatch(text::contains);
    }
}
