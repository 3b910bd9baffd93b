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
import com.backhelper.routine.Routine;
import com.backhelper.speech.SpeechCatalogues;

/** Assembles the skill: interceptors around one handler per capability, catch-alls last. */
public final class SkillFactory {

    private SkillFactory() {
    }

    public static GuardedSkill create(SkillConfig config) {
        SpeechCatalogues catalogues = SpeechCatalogues.load();
        Responder responder = new Responder(new Routine(), catalogues);
        // Deliberately not withSkillId: a mismatch there makes the SDK return nothing, which SkillStreamHandler turns
        // into a failed invocation. GuardedSkill checks the id itself and answers cleanly.
        var skill = new CustomSkillBuilder()
                .addRequestInterceptor(new LoadStateInterceptor())
                .addResponseInterceptor(new SaveStateInterceptor())
                .addRequestHandlers(
                        new LaunchHandler(responder),
                        new RedFlagHandler(responder),
                        new SafetyHandler(responder),
                        new ExplainHandler(responder),
                        new FollowUpHandler(responder),
                        new RoutineHandler(responder),
                        new BuiltInHandler(responder),
                        new SessionEndedHandler(),
                        new UnknownIntentHandler(responder),
                        new UnsupportedRequestHandler())
                .addExceptionHandler(new ErrorHandler(responder))
                .build();
        return new GuardedSkill(skill, config.skillId(), catalogues);
    }
}
