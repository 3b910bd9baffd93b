package com.backhelper.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A speech file exactly as written (src/main/resources/speech/&lt;name&gt;.properties), placeholders unfilled. */
public final class SpeechFiles {

    private SpeechFiles() {
    }

    /** @param name "en" for the words every locale shares, or a locale such as "en-GB" */
    public static Properties read(String name) {
        Properties properties = new Properties();
        try (InputStream in = SpeechFiles.class.getResourceAsStream("/speech/" + name + ".properties")) {
            if (in == null) {
                throw new IllegalArgumentException("no speech file " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
