package org.haven.survey.testing;

import org.haven.testing.Ci;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Chromium for the browser tests, from the Debian packages (never a download: Selenium Manager would
 * try one and fail offline). As a JUnit extension it skips a test class when Chromium or its driver is missing,
 * naming the packages to install; under CI=true it fails instead, like {@code TestDatabase} for PostgreSQL, so
 * CI always runs the browser tests.
 */
public final class Chromium implements BeforeAllCallback {

    public static final String BINARY = System.getProperty("haven.test.chromium", "/usr/bin/chromium");
    public static final String DRIVER = System.getProperty("haven.test.chromedriver", "/usr/bin/chromedriver");
    static final String INSTALL_HINT = "Chromium or chromedriver is missing (" + BINARY + ", " + DRIVER
            + "): install the Debian packages chromium chromium-driver";

    public static boolean available() {
        return new File(BINARY).canExecute() && new File(DRIVER).canExecute();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (available()) {
            return;
        }
        if (Ci.running()) {
            throw new IllegalStateException("CI=true: the browser tests must run. " + INSTALL_HINT);
        }
        // Surefire counts a class aborted before its first test as "0 run", not as skipped: say so out loud.
        System.err.println("NOTE: " + INSTALL_HINT + ". Skipping " + context.getDisplayName() + ".");
        Assumptions.abort(INSTALL_HINT);
    }

    /** A browser and its throw-away profile folder, both gone on close. */
    public record Browser(ChromeDriver driver, Path profile) implements AutoCloseable {
        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                FileSystemUtils.deleteRecursively(profile.toFile());
            }
        }
    }

    /** A fresh browser with its own empty profile, with the window (and so the viewport) of the given size. */
    public static Browser start(int width, int height) {
        Path profile = tempProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        // Without the networking flags Chromium keeps calling Google services from a closed network.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("haven-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
