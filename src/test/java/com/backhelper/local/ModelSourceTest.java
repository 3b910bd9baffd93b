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

    @Test
    void alternatives_areWrittenOut_andAnEmptyOneMakesAWordOptional() {
        assertEquals(List.of("my back is out", "my back's out", "the back is out", "the back's out"),
                ModelSource.expand("(my|the) (back is|back's) out"));
        assertEquals(List.of("it is really numb", "it is numb"), ModelSource.expand("it is (really|) numb"));
    }
}
