package com.backhelper.deploy;

import com.backhelper.local.InteractionModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What operating the skill needs is in template.yaml (cfn-lint checks the template's shape in TemplateLintTest; this
 * checks the promises): JSON logs with their level set there, kept 30 days, alarms, tracing, and a table that
 * survives its stack.
 */
class TemplateOperationsTest {

    private static String template;

    @BeforeAll
    static void read() throws IOException {
        template = Files.readString(InteractionModel.skillPackageDir().resolveSibling("template.yaml"));
    }

    private static void has(String regex) {
        assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(template).find(), "template.yaml: " + regex);
    }

    @Test
    void logs_areJson_withTheirLevelsInTheTemplate_inAGroupKeptThirtyDays() {
        has("LoggingConfig:\\s+(#.*\\s+)*LogFormat: JSON\\s+ApplicationLogLevel: INFO\\s+SystemLogLevel: \\w+");
        has("LogGroup: !Ref FunctionLogGroup");
        has("FunctionLogGroup:\\s+Type: AWS::Logs::LogGroup\\s+Properties:\\s+LogGroupName: .*"
                + "\\s+RetentionInDays: 30\\b");
    }

    @Test
    void alarms_watchErrorsThrottlesAndTurnsOverThreeSeconds() {
        for (String metric : List.of("Errors", "Throttles")) {
            has("MetricName: " + metric + "\\s+Dimensions:\\s+- Name: FunctionName\\s+Value: !Ref BackHelperFunction"
                    + "\\s+Statistic: Sum\\s+Period: \\d+\\s+EvaluationPeriods: 1\\s+Threshold: 1\\b");
        }
        has("MetricName: Duration\\s+Dimensions:\\s+- Name: FunctionName\\s+Value: !Ref BackHelperFunction"
                + "\\s+Statistic: Maximum\\s+Period: \\d+\\s+EvaluationPeriods: 1\\s+Threshold: 3000\\b");
        assertTrue(template.split("AlarmActions: \\[!Ref AlarmTopic]", -1).length - 1 >= 3, "each alarm notifies");
    }

    @Test
    void tracingIsOn_eachStageHasItsOwnAlias_andTheTableOutlivesTheStack() {
        has("^      Tracing: Active\\b");
        has("^      AutoPublishAlias: !Ref Stage$");
        has("Stage:\\s+Type: String[\\s\\S]*?AllowedValues: \\[dev, live]");
        has("ProgressTable:\\s+Type: AWS::DynamoDB::Table\\s+(#.*\\s+)*DeletionPolicy: Retain"
                + "\\s+UpdateReplacePolicy: Retain");
    }
}
