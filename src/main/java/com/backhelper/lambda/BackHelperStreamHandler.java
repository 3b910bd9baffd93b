package com.backhelper.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;

/**
 * The Lambda entry point (template.yaml's {@code Handler}). Lambda makes one instance per container, so the skill,
 * its speech and its handlers are built once, here, and reused by every request the container serves.
 */
public class BackHelperStreamHandler extends SkillStreamHandler {

    /** Used by Lambda: everything from the environment. */
    public BackHelperStreamHandler() {
        this(SkillFactory.create(SkillConfig.fromEnvironment()));
    }

    /** Used by tests and the local run, with the parts they choose. */
    public BackHelperStreamHandler(AlexaSkill<?, ?> skill) {
        super(skill);
    }
}
