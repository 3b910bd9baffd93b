package com.backhelper.lambda;

import com.backhelper.progress.ProgressTable;

import java.net.URI;
import java.util.Map;

/**
 * Configuration by environment variable, the same names everywhere (template.yaml, local run, tests).
 *
 * @param skillId          {@code SKILL_ID}: when set, requests for any other skill id are refused
 * @param progressTable    {@code PROGRESS_TABLE}: the DynamoDB table holding each person's progress
 * @param dynamoDbEndpoint {@code DYNAMODB_ENDPOINT}: an endpoint override (DynamoDB Local); null for AWS
 * @param region           {@code AWS_REGION}: set by Lambda; null elsewhere
 */
public record SkillConfig(String skillId, String progressTable, URI dynamoDbEndpoint, String region) {

    public static final String SKILL_ID = "SKILL_ID";
    public static final String PROGRESS_TABLE = "PROGRESS_TABLE";
    public static final String DYNAMODB_ENDPOINT = "DYNAMODB_ENDPOINT";
    public static final String AWS_REGION = "AWS_REGION";

    public SkillConfig {
        progressTable = progressTable == null ? ProgressTable.DEFAULT_NAME : progressTable;
    }

    public static SkillConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static SkillConfig from(Map<String, String> environment) {
        String endpoint = blankToNull(environment.get(DYNAMODB_ENDPOINT));
        return new SkillConfig(blankToNull(environment.get(SKILL_ID)), blankToNull(environment.get(PROGRESS_TABLE)),
                endpoint == null ? null : URI.create(endpoint), blankToNull(environment.get(AWS_REGION)));
    }

    public SkillConfig withSkillId(String id) {
        return new SkillConfig(id, progressTable, dynamoDbEndpoint, region);
    }

    public SkillConfig withDynamoDbEndpoint(URI endpoint) {
        return new SkillConfig(skillId, progressTable, endpoint, region);
    }

    /** True when the endpoint is a DynamoDB on this machine: only then may the skill create its own table. */
    public boolean dynamoDbIsLocal() {
        if (dynamoDbEndpoint == null || dynamoDbEndpoint.getHost() == null) {
            return false;
        }
        String host = dynamoDbEndpoint.getHost();
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
