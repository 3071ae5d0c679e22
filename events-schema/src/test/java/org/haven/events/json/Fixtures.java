package org.haven.events.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads committed fixture files; tests never write them. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing fixture " + resource + ": approve one by hand, tests never write it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
