package com.backhelper.lambda;

import java.util.Map;

/**
 * Configuration by environment variable, the same names everywhere (template.yaml, local run, tests).
 *
 * @param skillId when set, requests for any other skill id are refused
 */
public record SkillConfig(String skillId) {

    public static final String SKILL_ID = "SKILL_ID";

    public static SkillConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static SkillConfig from(Map<String, String> environment) {
        return new SkillConfig(blankToNull(environment.get(SKILL_ID)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
