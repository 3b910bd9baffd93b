package com.backhelper.lambda;

import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.backhelper.alerts.AlertScheduler;
import com.backhelper.alerts.JdkApiClient;
import com.backhelper.conversation.BuiltInHandler;
import com.backhelper.conversation.CanFulfillIntentHandler;
import com.backhelper.conversation.PermissionAnswerHandler;
import com.backhelper.conversation.ErrorHandler;
import com.backhelper.conversation.ExplainHandler;
import com.backhelper.conversation.FollowUpHandler;
import com.backhelper.conversation.LaunchHandler;
import com.backhelper.conversation.CallForHelpHandler;
import com.backhelper.conversation.Responder;
import com.backhelper.conversation.RoutineHandler;
import com.backhelper.conversation.SafetyHandler;
import com.backhelper.conversation.SessionEndedHandler;
import com.backhelper.conversation.UnknownIntentHandler;
import com.backhelper.conversation.WarningSignHandler;
import com.backhelper.conversation.UnsupportedRequestHandler;
import com.backhelper.conversation.ProgressKeeper;
import com.backhelper.conversation.SkillDisabledHandler;
import com.backhelper.progress.DynamoDbClients;
import com.backhelper.progress.DynamoDbProgressStore;
import com.backhelper.progress.ProgressStore;
import com.backhelper.routine.Routine;
import com.backhelper.speech.SpeechCatalogues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.List;

/** Assembles the skill: interceptors around one handler per capability, catch-alls last. */
public final class SkillFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SkillFactory.class);

    private SkillFactory() {
    }

    /** The skill as Lambda runs it, and its DynamoDB connection (built when first needed, or by priming). */
    record LambdaSkill(GuardedSkill skill, ProgressConnection connection) {
    }

    /** The skill as Lambda runs it: progress in the DynamoDB table the configuration names, the real clock. */
    public static GuardedSkill create(SkillConfig config) {
        return forLambda(config).skill();
    }

    /**
     * The skill as Lambda runs it, with the clock and SDK interceptors given (tests control time and count DynamoDB
     * calls with one): the one object graph Lambda and the tests share.
     */
    public static GuardedSkill create(SkillConfig config, Clock clock, List<ExecutionInterceptor> interceptors) {
        return forLambda(config, clock, interceptors).skill();
    }

    static LambdaSkill forLambda(SkillConfig config) {
        return forLambda(config, Clock.systemUTC(), List.of());
    }

    /**
     * The DynamoDB client is not built here: a cold start answers a warning sign, a call for help or the end of a
     * session without it, and the first request that needs a person's progress builds it (SnapStart's priming
     * builds it before the snapshot).
     */
    private static LambdaSkill forLambda(SkillConfig config, Clock clock, List<ExecutionInterceptor> interceptors) {
        ProgressConnection connection = new ProgressConnection(config, interceptors);
        return new LambdaSkill(create(config, connection, clock), connection);
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
        try (DynamoDbClient setup = DynamoDbClients.forLocalSetup(config.dynamoDbEndpoint())) {
            new DynamoDbProgressStore(setup, config.progressTable()).createTableIfMissing();
            return true;
        } catch (RuntimeException slowOrDown) {
            // The skill still answers; progress waits for the engine.
            LOG.warn("could not create the local table {}: {}", config.progressTable(), slowOrDown.toString());
            return false;
        }
    }

    /** The skill with the parts given: the benchmark and the local run may choose the store. */
    public static GuardedSkill create(SkillConfig config, ProgressStore store, Clock clock) {
        SpeechCatalogues catalogues = SpeechCatalogues.load();
        Responder responder = new Responder(new Routine(), catalogues, clock, new AlertScheduler(clock));
        List<RequestHandler> handlers = List.of(
                new CanFulfillIntentHandler(), // Alexa+ and name-free routing: can the skill answer this?
                new LaunchHandler(responder),
                new WarningSignHandler(responder),
                new CallForHelpHandler(responder),
                new SafetyHandler(responder),
                new ExplainHandler(responder),
                new FollowUpHandler(responder),
                new RoutineHandler(responder),
                new BuiltInHandler(responder),
                new SessionEndedHandler(),
                new SkillDisabledHandler(),
                new PermissionAnswerHandler(responder),
                new UnknownIntentHandler(responder),
                new UnsupportedRequestHandler());
        // One owner of the person's progress: loads it before the handler, keeps it after (and on the error path).
        ProgressKeeper keeper = new ProgressKeeper(store, clock, handlers);
        // Deliberately not withSkillId: a mismatch there makes the SDK return nothing, which SkillStreamHandler turns
        // into a failed invocation. GuardedSkill checks the id itself and answers cleanly.
        var skill = new CustomSkillBuilder()
                // The Timers and Reminders APIs go through it; without one, every service call fails.
                .withApiClient(new JdkApiClient())
                .addRequestInterceptor(keeper)
                .addResponseInterceptor(keeper)
                .addRequestHandlers(handlers.toArray(RequestHandler[]::new))
                .addExceptionHandler(new ErrorHandler(responder, keeper))
                .build();
        return new GuardedSkill(skill, config.skillId(), catalogues);
    }
}
