package com.backhelper.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The five model files ASK deploys are exactly what src/main/model generates, so a phrasing is written once. After
 * changing the source, regenerate them with {@code mvn test -Dmodels.update=true} (then review the diff).
 */
class ModelSourceTest {

    static List<String> locales() {
        return ModelSource.LOCALES;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theDeployedModel_isGeneratedFromTheSource(String locale) throws Exception {
        String generated = ModelSource.forLocale(locale).toJson();
        if (Boolean.getBoolean("models.update")) {
            Files.writeString(ModelSource.deployedFile(locale), generated);
            return;
        }
        assertEquals(generated, Files.readString(ModelSource.deployedFile(locale)),
                locale + ".json differs from src/main/model: run mvn test -Dmodels.update=true");
    }

    /**
     * Writing alternatives out multiplies samples quickly, and SMAPI refuses a model definition longer than
     * 1,000,000 characters (the constraint its update-model call reports, alexa/ask-cli issue 9). The file ASK
     * deploys is kept under that as it is on disk, whether or not the CLI compacts it.
     */
    @ParameterizedTest
    @MethodSource("locales")
    void eachGeneratedModel_staysUnderSmapisLimitForAModelDefinition(String locale) {
        int characters = ModelSource.forLocale(locale).toJson().length();
        org.junit.jupiter.api.Assertions.assertTrue(characters < 1_000_000, locale + ": " + characters + " characters");
    }

    @Test
    void alternatives_areWrittenOut_andAnEmptyOneMakesAWordOptional() {
        assertEquals(List.of("my back is out", "my back's out", "the back is out", "the back's out"),
                ModelSource.expand("(my|the) (back is|back's) out"));
        assertEquals(List.of("it is really numb", "it is numb"), ModelSource.expand("it is (really|) numb"));
    }

    @Test
    void bracketsNest_soAnAlternativeMayHaveItsOwnAlternatives() {
        assertEquals(List.of("my legs", "both legs", "both feet"), ModelSource.expand("(my legs|both (legs|feet))"));
    }

    @Test
    void everySample_isAlsoWrittenWithItsContractionsMadeAndUndone() {
        assertEquals(List.of("i can't feel my legs", "i cannot feel my legs"),
                List.copyOf(Contractions.variants("i can't feel my legs")));
        assertEquals(List.of("i am scared", "i'm scared"), List.copyOf(Contractions.variants("i am scared")));
        assertEquals("it has gone numb and it is getting worse",
                Contractions.undone("it's gone numb and it's getting worse"));
        assertEquals("i have to lie down", Contractions.contracted("i have to lie down"));
        assertEquals("can i have a minute", Contractions.contracted("can i have a minute"), "a question's order");
        assertEquals("i'd like help", Contractions.undone("i'd like help"), "'d is had or would: left as said");
    }

    @Test
    void aPhraseSet_isWrittenOnce_andALocaleMayDefineItAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Files.createDirectories(dir.resolve("en"));
        Files.createDirectories(dir.resolve("en-GB"));
        Files.writeString(dir.resolve("en/a.model"), "invocation back helper\n@number = nine one one\n"
                + "@call = call | dial\nintent CallForHelpIntent\n@call @number\n");
        Files.writeString(dir.resolve("en-GB/a.model"), "@number = nine nine nine | one one two\n");
        String before = System.getProperty("model.source.dir");
        System.setProperty("model.source.dir", dir.toString());
        try {
            assertEquals(java.util.Set.of("call nine one one", "dial nine one one"),
                    ModelSource.forLocale("en-US").samples().get("CallForHelpIntent"));
            assertEquals(java.util.Set.of("call nine nine nine", "dial nine nine nine", "call one one two",
                    "dial one one two"), ModelSource.forLocale("en-GB").samples().get("CallForHelpIntent"));
        } finally {
            if (before == null) {
                System.clearProperty("model.source.dir");
            } else {
                System.setProperty("model.source.dir", before);
            }
        }
    }
}
