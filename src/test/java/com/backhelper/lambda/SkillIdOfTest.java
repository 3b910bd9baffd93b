package com.backhelper.lambda;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the skill id check finds the id: context.System first, then the session; anything else is no id. */
class SkillIdOfTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "in context.System                 | {\"context\":{\"System\":{\"application\":{\"applicationId\":\"a\"}}}} | a",
        "context wins over the session     | {\"session\":{\"application\":{\"applicationId\":\"s\"}},\"context\":{\"System\":{\"application\":{\"applicationId\":\"c\"}}}} | c",
        "context after other fields        | {\"version\":\"1.0\",\"request\":{\"type\":\"LaunchRequest\",\"x\":[1,{\"applicationId\":\"no\"}]},\"context\":{\"Viewport\":{},\"System\":{\"user\":{},\"application\":{\"applicationId\":\"c\"}}}} | c",
        "only in the session               | {\"session\":{\"application\":{\"applicationId\":\"s\"}},\"context\":{\"System\":{}}} | s",
        "not a string in context           | {\"session\":{\"application\":{\"applicationId\":\"s\"}},\"context\":{\"System\":{\"application\":{\"applicationId\":7}}}} | NONE",
        "context is not an object          | {\"context\":[],\"session\":{\"application\":{\"applicationId\":\"s\"}}} | s",
        "nowhere                           | {\"request\":{\"applicationId\":\"no\"}} | NONE",
        "an id at the wrong depth          | {\"applicationId\":\"no\",\"System\":{\"application\":{\"applicationId\":\"no\"}}} | NONE",
        "not an object                     | [\"context\"] | NONE",
        "not json                          | {\"context\": | NONE",
    })
    void findsTheSkillId(String what, String json, String expected) {
        assertEquals(expected, GuardedSkill.skillIdOf(json.getBytes(StandardCharsets.UTF_8)), what);
    }
}
