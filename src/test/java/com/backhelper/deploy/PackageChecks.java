package com.backhelper.deploy;

import com.backhelper.local.InteractionModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs the external checkers (node, cfn-lint) the package checks use, and skips visibly where one is missing. */
final class PackageChecks {

    static final Path ROOT = InteractionModel.skillPackageDir().getParent();
    /** Where .ci/run installs the npm tools. */
    static final Path TOOLS = ROOT.resolve(".tools");

    record Result(int exitCode, String output) {
    }

    private PackageChecks() {
    }

    /** The program on this machine's PATH, or the test is skipped with a message that says why and what to do. */
    static Path required(String program, String toInstall) {
        Optional<Path> found = onPath(program);
        skipUnless(found.isPresent(), program + " is not installed: " + toInstall);
        return found.get();
    }

    static void skipUnless(boolean present, String why) {
        if (!present) {
            // Printed as well: Surefire reports a skip as a count, and this check should not pass unnoticed.
            System.out.println("SKIPPED package check: " + why);
        }
        assumeTrue(present, why);
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the checker ends: " + command);
        return new Result(process.exitValue(), output);
    }
}
