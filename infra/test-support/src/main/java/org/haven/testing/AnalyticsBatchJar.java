package org.haven.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The built analytics batch jar, for tests that run it as an operator does ({@code java -jar}). Found from the
 * repository root (the first folder upwards whose pom.xml lists the analytics-batch module), so it does not
 * depend on the folder the test runs in nor on the order of the modules, and named by the exact version under
 * test (system property {@value #VERSION_PROPERTY}, set by the module's pom to {@code ${project.version}}), so a
 * stale jar of another version is never picked.
 */
public final class AnalyticsBatchJar {

    public static final String VERSION_PROPERTY = "haven.version";
    private static final String BUILD_HINT = "build analytics-batch first: mvn -pl analytics-batch -am package, "
            + "or run this test with -pl analytics-batch,survey-service -am (or mvn verify from the top folder)";

    private AnalyticsBatchJar() {
    }

    /** The jar; skips the test when it is not built (fails it under CI=true), saying what to build. */
    public static Path locate() {
        String version = System.getProperty(VERSION_PROPERTY);
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("system property " + VERSION_PROPERTY + " is not set: run the test "
                    + "through Maven, whose failsafe configuration sets it to the project version");
        }
        Path jar = repositoryRoot(Path.of("").toAbsolutePath()).resolve("analytics-batch").resolve("target")
                .resolve("analytics-batch-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            Ci.skipOrFail("the analytics batch jar " + jar + " is not built: " + BUILD_HINT);
        }
        return jar;
    }

    static Path repositoryRoot(Path start) {
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (listsTheBatchModule(folder.resolve("pom.xml"))) {
                return folder;
            }
        }
        throw new IllegalStateException("no pom.xml listing the analytics-batch module in " + start
                + " or above it: run the test from inside the Haven repository");
    }

    private static boolean listsTheBatchModule(Path pom) {
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<module>analytics-batch</module>");
        } catch (IOException e) {
            return false;
        }
    }
}
