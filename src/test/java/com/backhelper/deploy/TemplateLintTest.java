package com.backhelper.deploy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** template.yaml through cfn-lint (with the SAM transform), where cfn-lint is installed; skipped where not. */
class TemplateLintTest {

    @TempDir
    Path broken;

    private Path cfnLint;

    @BeforeEach
    void tool() {
        cfnLint = PackageChecks.required("cfn-lint", "pip install cfn-lint (CI has it)");
    }

    @Test
    void templateYaml_passesCfnLint() throws Exception {
        PackageChecks.Result result = PackageChecks.run(List.of(cfnLint.toString(), "template.yaml"));
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void aBrokenCopy_fails() throws Exception {
        String template = Files.readString(PackageChecks.ROOT.resolve("template.yaml"));
        assertTrue(template.contains("RetentionInDays: 30"));
        Path copy = broken.resolve("template.yaml");
        Files.writeString(copy, template.replace("RetentionInDays: 30", "RetentionInDays: 31")
                .replace("LogFormat: JSON", "LogFormat: Json"));

        PackageChecks.Result result = PackageChecks.run(List.of(cfnLint.toString(), copy.toString()));

        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("31 is not one of"), result.output());
        assertTrue(result.output().contains("'Json' is not one of"), result.output());
    }
}
