package com.backhelper.benchmark;

import com.backhelper.lambda.BackHelperStreamHandler;
import com.backhelper.lambda.SkillConfig;
import com.backhelper.lambda.SkillFactory;
import com.backhelper.local.LocalDynamoDb;
import com.backhelper.local.LocalSession;
import com.backhelper.local.Utterance;
import com.backhelper.testing.ContainerCredentialsStandIn;
import com.backhelper.testing.RecordingProxy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * How the profiles in the README were taken: one start of the package as the benchmark makes it (the restore path,
 * or a cold start), with extra JVM options, printing all the probe said. For example, the classes the first request
 * after a restore loads: {@code -Dprofile.options="-verbose:class -Dprobe.trace=true"}; where its time goes:
 * {@code -Dprofile.options="-Dprobe.profile=/tmp/restore.txt -Dprobe.profiler=.../libasyncProfiler.so"
 * -Dprofile.extra=<folder holding async-profiler's jar>}. Run with the test class path after
 * {@code mvn -q -DskipTests package}. Not part of the benchmark's figures.
 */
public final class Profile {

    private Profile() {
    }

    public static void main(String[] args) throws Exception {
        boolean primed = !"cold".equals(System.getProperty("profile.mode", "restore"));
        int cores = Integer.getInteger("profile.cores", 1);
        int runs = Integer.getInteger("profile.runs", 1);
        // Several sets of options, separated by "|", are run interleaved (A, B, A, B, ...) for a like-for-like look.
        List<List<String>> variants = Arrays.stream(System.getProperty("profile.options", "").split("\\|", -1))
                .map(Profile::split).toList();
        List<String> extra = split(System.getProperty("profile.extra", ""));
        Path packageDir = Path.of(System.getProperty("benchmark.package.dir", "target/lambda"));
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.inMemory();
             RecordingProxy tls = RecordingProxy.tls(dynamoDb.endpoint());
             ContainerCredentialsStandIn credentials = new ContainerCredentialsStandIn()) {
            SkillConfig config = new SkillConfig(null, "back-helper-progress", dynamoDb.endpoint(), null);
            SkillFactory.createLocalTableIfMissing(config);
            BackHelperStreamHandler skill = new BackHelperStreamHandler(SkillFactory.create(config,
                    SkillFactory.progressStore(config, List.of()), Clock.systemUTC()));
            for (int person = 0; person < 300; person++) { // a warm engine, as DynamoDB is in AWS
                converse(skill, person == 0 ? ColdStartProbe.USER : "amzn1.ask.account.PROFILE-" + person);
            }
            if (!"false".equals(System.getProperty("profile.warmStandIns"))) {
                StandInWarmUp.warm(tls.endpoint(), credentials);
            }
            Thread.sleep(1_000);
            ColdStarts starts = new ColdStarts(packageDir, Path.of("target/test-classes"), Path.of("template.yaml"),
                    dynamoDb.endpoint(), "back-helper-progress");
            var endpoints = new ColdStarts.RestoreEndpoints(tls.endpoint(), credentials);
            for (int run = 0; run < runs; run++) {
                for (int variant = 0; variant < variants.size(); variant++) {
                    String tag = "variant " + (char) ('A' + variant) + " ";
                    starts.trace(primed, cores, endpoints, variants.get(variant), extra)
                            .forEach(line -> System.out.println(line.startsWith("READY") ? tag + line : line));
                }
            }
        }
        System.exit(0);
    }

    private static void converse(BackHelperStreamHandler skill, String userId) {
        LocalSession session = new LocalSession(skill, userId, "en-US");
        session.say(Utterance.launch());
        session.say(Utterance.intent("HelpMeNowIntent"));
        session.say(Utterance.intent("AMAZON.StopIntent"));
    }

    private static List<String> split(String words) {
        return words.isBlank() ? List.of() : Arrays.asList(words.trim().split("\\s+"));
    }
}
