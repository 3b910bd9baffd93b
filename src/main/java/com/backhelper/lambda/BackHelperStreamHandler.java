package com.backhelper.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;
import com.backhelper.progress.LoopbackRedirect;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * The Lambda entry point (template.yaml's {@code Handler}). Lambda makes one instance per container, so the skill,
 * its speech, its handlers and its DynamoDB client are built once, here, and reused by every request the container
 * serves. With SnapStart, the instance primes itself just before the snapshot is taken.
 */
public class BackHelperStreamHandler extends SkillStreamHandler implements Resource {

    private final LoopbackRedirect redirect;

    /** Used by Lambda: everything from the environment. */
    public BackHelperStreamHandler() {
        this(SkillConfig.fromEnvironment());
    }

    /** As Lambda builds it, from the given configuration (tests and the benchmark point it at DynamoDB Local). */
    public BackHelperStreamHandler(SkillConfig config) {
        this(SkillFactory.forLambda(config));
    }

    private BackHelperStreamHandler(SkillFactory.LambdaSkill parts) {
        super(parts.skill());
        this.redirect = parts.redirect();
        // On a JVM without CRaC (local runs, tests) this does nothing.
        Core.getGlobalContext().register(this);
    }

    /** Used by tests and the local run, with the parts they choose. */
    public BackHelperStreamHandler(AlexaSkill<?, ?> skill) {
        super(skill);
        this.redirect = null;
    }

    /**
     * Runs representative requests through this instance without calling DynamoDB (see {@link Priming}).
     *
     * @return how many DynamoDB calls priming exercised (0 for an instance built from parts, which has no redirect)
     */
    public int prime() {
        return redirect == null ? 0 : Priming.prime(this, redirect, Priming.ROUNDS);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the DynamoDB client opens connections as it needs them, and credentials come with the
        // restored environment.
    }
}
