package com.backhelper.lambda;

import com.amazon.ask.builder.CustomSkillBuilder;
import com.backhelper.alerts.AlertScheduler;
import com.backhelper.alerts.JdkApiClient;
import com.backhelper.conversation.BuiltInHandler;
import com.backhelper.conversation.CallForHelpHandler;
import com.backhelper.conversation.PermissionAnswerHandler;
import com.backhelper.conversation.ErrorHandler;
import com.backhelper.conversation.ExplainHandler;
import com.backhelper.conversation.FollowUpHandler;
import com.backhelper.conversation.LaunchHandler;
import com.backhelper.conversation.LoadStateInterceptor;
import com.backhelper.conversation.Responder;
import com.backhelper.conversation.RoutineHandler;
import com.backhelper.conversation.SafetyHandler;
import com.backhelper.conversation.SaveStateInterceptor;
import com.backhelper.conversation.SessionEndedHandler;
import com.backhelper.conversation.UnknownIntentHandler;
import com.backhelper.conversation.WarningSignHandler;
import com.backhelper.conversation.UnsupportedRequestHandler;
import com.backhelper.conversation.ProgressLoader;
import com.backhelper.conversation.ProgressSaver;
import com.backhelper.conversation.SkillDisabledHandler;
import com.backhelper.progress.DeferredProgressStore;
import com.backhelper.progress.DynamoDbClients;
import com.backhelper.progress.DynamoDbProgressStore;
import com.backhelper.progress.LoopbackRedirect;
import com.backhelper.progress.ProgressStore;
import com.backhelper.routine.Routine;
import com.backhelper.speech.SpeechCatalogues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.List;

/** Assembles the skill: interceptors around one handler per capability, catch-alls last. */
public final class SkillFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SkillFactory.class);

    private SkillFactory() {
    }

    /** How long a request waits for the DynamoDB client of a container still starting (then goes on without it). */
    static final Duration STORE_START_PATIENCE = Duration.ofSeconds(4);

    /**
     * The skill as Lambda runs it, its progress store (still starting, perhaps), and the switch that lets priming
     * keep its DynamoDB calls on this machine.
     */
    record LambdaSkill(GuardedSkill skill, DeferredProgressStore store, LoopbackRedirect redirect) {
    }

    /** The skill as Lambda runs it: progress in the DynamoDB table the configuration names, the real clock. */
    public static GuardedSkill create(SkillConfig config) {
        return forLambda(config).skill();
    }

    /**
     * Builds the DynamoDB client on a thread of its own while this one builds the skill: the two are the bulk of a
     * cold start and need nothing from each other. (Measured on two cores: the first response comes about a third
     * sooner; see the README's benchmark.) The first request that needs progress waits for the client if it must.
     */
    static LambdaSkill forLambda(SkillConfig config) {
        LoopbackRedirect redirect = new LoopbackRedirect();
        CompletableFuture<ProgressStore> starting = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                DynamoDbProgressStore store = progressStore(config, List.of(redirect));
                Priming.warmClient(store, redirect);
                starting.complete(store);
            } catch (Throwable failed) { // the skill answers without progress; each request says why in the log
                starting.completeExceptionally(failed);
            }
        }, "progress-store-start");
        starter.setDaemon(true);
        starter.start();
        DeferredProgressStore store = new DeferredProgressStore(starting, STORE_START_PATIENCE);
        return new LambdaSkill(create(config, store, Clock.systemUTC()), store, redirect);
    }

    /** The DynamoDB progress store for this configuration. */
    public static DynamoDbProgressStore progressStore(SkillConfig config, List<ExecutionInterceptor> interceptors) {
        return new DynamoDbProgressStore(
                DynamoDbClients.create(config.dynamoDbEndpoint(), config.region(), interceptors), config.progressTable());
    }

    /**
     * For the local run and the tests: creates the progress table on a local engine if it is missing. Never done by
     * the function itself: in AWS the table belongs to the stack, and a cold start should not spend a call on it.
     *
     * @return true if the table is there now (false: not a local engine, or it did not answer in time)
     */
    public static boolean createLocalTableIfMissing(SkillConfig config) {
        if (!config.dynamoDbIsLocal()) {
            return false;
        }
        // The skill's one-second call timeout can cut a creation short on a busy machine: a few tries.
        RuntimeException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                progressStore(config, List.of()).createTableIfMissing();
                return true;
            } catch (RuntimeException slowOrDown) {
                last = slowOrDown;
            }
        }
        // The skill still answers; progress waits for the engine.
        LOG.warn("could not create the local table {}: {}", config.progressTable(), last.toString());
        return false;
    }

    /** The skill with the parts given: tests and the local run choose the store and the clock. */
    public static GuardedSkill create(SkillConfig config, ProgressStore store, Clock clock) {
        SpeechCatalogues catalogues = SpeechCatalogues.load();
        ProgressSaver saver = new ProgressSaver(store, clock);
        Responder responder = new Responder(new Routine(), catalogues, saver, clock, new AlertScheduler(clock));
        // Deliberately not withSkillId: a mismatch there makes the SDK return nothing, which SkillStreamHandler turns
        // into a failed invocation. GuardedSkill checks the id itself and answers cleanly.
        var skill = new CustomSkillBuilder()
                // The Timers and Reminders APIs go through it; without one, every service call fails.
                .withApiClient(new JdkApiClient())
                .addRequestInterceptor(new LoadStateInterceptor(new ProgressLoader(store)))
                .addResponseInterceptor(new SaveStateInterceptor(saver))
                .addRequestHandlers(
                        new LaunchHandler(responder),
                        new WarningSignHandler(responder),
                        new CallForHelpHandler(responder),
                        new SafetyHandler(responder),
                        new ExplainHandler(responder),
                        new FollowUpHandler(responder),
                        new RoutineHandler(responder),
                        new BuiltInHandler(responder),
                        new SessionEndedHandler(),
                        new SkillDisabledHandler(saver),
                        new PermissionAnswerHandler(responder),
                        new UnknownIntentHandler(responder),
                        new UnsupportedRequestHandler())
                .addExceptionHandler(new ErrorHandler(responder, saver))
                .build();
        return new GuardedSkill(skill, config.skillId(), catalogues);
    }
}
