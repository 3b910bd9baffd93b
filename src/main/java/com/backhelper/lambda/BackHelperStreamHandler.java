package com.backhelper.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda entry point (template.yaml's {@code Handler}). Lambda makes one instance per container, so the skill,
 * its speech and its handlers are built once, here, and reused by every request the container serves; the DynamoDB
 * client is built when a request first needs it. With SnapStart, the instance primes itself just before the
 * snapshot is taken ({@link Priming}). The schedule's keep-warm event is answered by {@link GuardedSkill}.
 */
public class BackHelperStreamHandler extends SkillStreamHandler implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(BackHelperStreamHandler.class);

    private final SkillConfig config;
    private final ProgressConnection connection;

    /** Used by Lambda: everything from the environment. */
    public BackHelperStreamHandler() {
        this(SkillConfig.fromEnvironment());
    }

    /** As Lambda builds it, from the given configuration (tests and the benchmark point it at DynamoDB Local). */
    public BackHelperStreamHandler(SkillConfig config) {
        this(config, SkillFactory.forLambda(config));
    }

    private BackHelperStreamHandler(SkillConfig config, SkillFactory.LambdaSkill parts) {
        super(parts.skill());
        this.config = config;
        this.connection = parts.connection();
        // On a JVM without CRaC (local runs, tests) this does nothing.
        Core.getGlobalContext().register(this);
    }

    /** Used by tests and the local run, with the parts they choose. Such an instance is not primed. */
    public BackHelperStreamHandler(AlexaSkill<?, ?> skill) {
        super(skill);
        this.config = null;
        this.connection = null;
    }

    /** Whether this container's DynamoDB client has been built yet (tests: requests that need none leave it be). */
    boolean progressClientBuilt() {
        return connection != null && connection.built();
    }

    /** What {@link #beforeCheckpoint} does, with what it did (tests read it). */
    Priming.Result prime() {
        return Priming.prime(this, config, connection);
    }

    /**
     * SnapStart is about to snapshot this container: prime it (see {@link Priming}). A priming failure is logged,
     * not thrown: the snapshot is still worth taking, and the first real request will load what priming could not.
     * An instance built from parts is not primed.
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        if (connection == null) {
            return;
        }
        Priming.Result result = prime();
        if (!result.complete()) {
            LOG.warn("priming before the snapshot was incomplete: {}", result);
        }
    }

    /**
     * Nothing to renew: priming left no connection open, so the first call after a restore connects afresh, and
     * credentials were never looked up before the snapshot, so the first call signs with the restored environment's.
     */
    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
    }
}
