package com.backhelper.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;
import com.backhelper.progress.DeferredProgressStore;
import com.backhelper.progress.LoopbackRedirect;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda entry point (template.yaml's {@code Handler}). Lambda makes one instance per container, so the skill,
 * its speech, its handlers and its DynamoDB client are built once, here, and reused by every request the container
 * serves. With SnapStart, the instance primes itself just before the snapshot is taken.
 */
public class BackHelperStreamHandler extends SkillStreamHandler implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(BackHelperStreamHandler.class);

    private final LoopbackRedirect redirect;
    private final DeferredProgressStore startingStore;

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
        this.startingStore = parts.store();
        // On a JVM without CRaC (local runs, tests) this does nothing.
        Core.getGlobalContext().register(this);
    }

    /** Used by tests and the local run, with the parts they choose. */
    public BackHelperStreamHandler(AlexaSkill<?, ?> skill) {
        super(skill);
        this.redirect = null;
        this.startingStore = null;
    }

    /**
     * Runs representative requests through this instance without calling DynamoDB (see {@link Priming}). An instance
     * built from parts has nothing to redirect DynamoDB with, so it is not primed.
     */
    public Priming.Result prime() {
        if (redirect == null) {
            return new Priming.Result(0, 0, 0);
        }
        try {
            startingStore.ready(); // its start-up warms the client through the same redirect: one at a time
        } catch (RuntimeException notStarted) {
            LOG.warn("priming without a progress store: {}", notStarted.toString());
        }
        return Priming.prime(this, redirect, Priming.ROUNDS);
    }

    /**
     * SnapStart is about to snapshot this container. A priming failure is logged, not thrown: the snapshot is still
     * worth taking, and the first real request will load what priming could not.
     */
    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        Priming.Result result = prime();
        if (!result.complete()) {
            LOG.warn("priming before the snapshot was incomplete: {}", result);
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the DynamoDB client opens connections as it needs them, and credentials come with the
        // restored environment.
    }
}
