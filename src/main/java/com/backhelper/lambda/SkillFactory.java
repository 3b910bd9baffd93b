package com.backhelper.lambda;

import com.amazon.ask.builder.CustomSkillBuilder;
import com.backhelper.conversation.BuiltInHandler;
import com.backhelper.conversation.ErrorHandler;
import com.backhelper.conversation.ExplainHandler;
import com.backhelper.conversation.FollowUpHandler;
import com.backhelper.conversation.LaunchHandler;
import com.backhelper.conversation.LoadStateInterceptor;
import com.backhelper.conversation.RedFlagHandler;
import com.backhelper.conversation.Responder;
import com.backhelper.conversation.RoutineHandler;
import com.backhelper.conversation.SafetyHandler;
import com.backhelper.conversation.SaveStateInterceptor;
import com.backhelper.conversation.SessionEndedHandler;
import com.backhelper.conversation.UnknownIntentHandler;
import com.backhelper.conversation.UnsupportedRequestHandler;
import com.backhelper.conversation.ProgressLoader;
import com.backhelper.conversation.ProgressSaver;
import com.backhelper.conversation.SkillDisabledHandler;
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
import java.util.List;

/** Assembles the skill: interceptors around one handler per capability, catch-alls last. */
public final class SkillFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SkillFactory.class);

    private SkillFactory() {
    }

    /** The skill as Lambda runs it, and the switch that lets priming keep its DynamoDB calls on this machine. */
    record LambdaSkill(GuardedSkill skill, LoopbackRedirect redirect) {
    }

    /** The skill as Lambda runs it: progress in the DynamoDB table the configuration names, the real clock. */
    public static GuardedSkill create(SkillConfig config) {
        return forLambda(config).skill();
    }

    static LambdaSkill forLambda(SkillConfig config) {
        LoopbackRedirect redirect = new LoopbackRedirect();
        return new LambdaSkill(create(config, progressStore(config, List.of(redirect)), Clock.systemUTC()), redirect);
    }

    /** The DynamoDB progress store for this configuration; on a local engine, its table is created if missing. */
    public static DynamoDbProgressStore progressStore(SkillConfig config, List<ExecutionInterceptor> interceptors) {
        DynamoDbProgressStore store = new DynamoDbProgressStore(
                DynamoDbClients.create(config.dynamoDbEndpoint(), config.region(), interceptors), config.progressTable());
        if (config.dynamoDbIsLocal()) {
            try {
                store.createTableIfMissing();
            } catch (RuntimeException engineDown) { // the skill still answers; progress waits for the engine
                LOG.warn("could not create the local table {}: {}", config.progressTable(), engineDown.toString());
            }
        }
        return store;
    }

    /** The skill with the parts given: tests and the local run choose the store and the clock. */
    public static GuardedSkill create(SkillConfig config, ProgressStore store, Clock clock) {
        SpeechCatalogues catalogues = SpeechCatalogues.load();
        ProgressSaver saver = new ProgressSaver(store, clock);
        Responder responder = new Responder(new Routine(), catalogues, saver, clock);
        // Deliberately not withSkillId: a mismatch there makes the SDK return nothing, which SkillStreamHandler turns
        // into a failed invocation. GuardedSkill checks the id itself and answers cleanly.
        var skill = new CustomSkillBuilder()
                .addRequestInterceptor(new LoadStateInterceptor(new ProgressLoader(store)))
                .addResponseInterceptor(new SaveStateInterceptor(saver))
                .addRequestHandlers(
                        new LaunchHandler(responder),
                        new RedFlagHandler(responder),
                        new SafetyHandler(responder),
                        new ExplainHandler(responder),
                        new FollowUpHandler(responder),
                        new RoutineHandler(responder),
                        new BuiltInHandler(responder),
                        new SessionEndedHandler(),
                        new SkillDisabledHandler(saver),
                        new UnknownIntentHandler(responder),
                        new UnsupportedRequestHandler())
                .addExceptionHandler(new ErrorHandler(responder, saver))
                .build();
        return new GuardedSkill(skill, config.skillId(), catalogues);
    }
}
