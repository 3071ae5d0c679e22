package org.haven.survey.console;

import org.haven.survey.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in headless Chromium, as a lab uses it: an ADMIN creates an account and gets its first password shown
 * once; the researcher signs in with it, must change it before seeing anything, and signs out. The pages are
 * photographed into target/screenshots on every run; -Dhaven.screenshots.dir=$PWD/../docs renews the README's.
 */
@ExtendWith(Chromium.class)
class ConsoleBrowserIT extends ConsoleTestSupport {

    private static Chromium.Browser chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start(1024, 800);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void an_admin_creates_an_account_and_the_researcher_changes_the_first_password_and_signs_out() throws IOException {
        WebDriver browser = chromium.driver();
        Path pictures = Files.createDirectories(Path.of(System.getProperty("haven.screenshots.dir",
                "target/screenshots")));
        String name = newName("ra");
        createStudy(false, "[{\"type\":\"always\"}]");

        browser.get(url("/console"));
        assertThat(browser.getTitle()).as("every page needs a sign-in").isEqualTo("Sign in · Haven console");
        signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(browser.getTitle()).isEqualTo("My studies · Haven console");
        Cookie session = browser.manage().getCookieNamed("HAVEN_CONSOLE");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        assertThat(browser.manage().getCookieNamed("sid")).as("never the participant pages' session").isNull();
        shoot(pictures, "console-studies.png");

        submit(By.linkText("Accounts"));
        assertThat(browser.getTitle()).isEqualTo("Accounts · Haven console");
        browser.findElement(By.id("name")).sendKeys(name);
        submit(By.cssSelector("#create-account button[type=submit]"));
        String first = browser.findElement(By.id("shown-once")).getText();
        assertThat(first).hasSize(24);
        assertThat(browser.findElement(By.id("stored-accounts")).getText()).contains(name, "password change due");
        shoot(pictures, "console-accounts.png");
        signOut();

        signIn(name, first);
        assertThat(browser.getTitle()).as("the first password is changed before anything else")
                .isEqualTo("Change your password · Haven console");
        browser.get(url("/console/tokens"));
        assertThat(browser.getTitle()).isEqualTo("Change your password · Haven console");
        String own = "a password only I know";
        browser.findElement(By.id("current")).sendKeys(first);
        browser.findElement(By.id("password")).sendKeys(own);
        browser.findElement(By.id("repeated")).sendKeys(own + " typo");
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.id("repeated-error")).getText()).isEqualTo("the two passwords differ");
        assertThat(browser.findElement(By.id("repeated")).getAttribute("aria-describedby")).isEqualTo("repeated-error");
        shoot(pictures, "console-password.png");
        browser.findElement(By.id("current")).sendKeys(first);
        browser.findElement(By.id("password")).sendKeys(own);
        browser.findElement(By.id("repeated")).sendKeys(own);
        submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getTitle()).isEqualTo("My studies · Haven console");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your password has been changed.",
                "No studies yet.");
        assertThat(browser.findElement(By.tagName("header")).getText()).contains("Signed in as " + name)
                .doesNotContain("Accounts");

        submit(By.linkText("API tokens"));
        browser.findElement(By.id("label")).sendKeys("enrollment script");
        submit(By.cssSelector("#create-token button[type=submit]"));
        assertThat(browser.findElement(By.id("shown-once")).getText()).startsWith("hvr_");
        shoot(pictures, "console-tokens.png");

        submit(By.linkText("My studies"));
        submit(By.id("new-study"));
        assertThat(browser.getTitle()).isEqualTo("New study · Haven console");
        new Select(browser.findElement(By.id("wave-1-type"))).selectByValue("always");
        new Select(browser.findElement(By.id("wave-2-type"))).selectByValue("relative");
        browser.findElement(By.id("wave-2-offsetDays")).sendKeys("30");
        browser.findElement(By.id("wave-2-lengthDays")).sendKeys("none");
        typeAndEnter(By.id("title"), "Pilot");
        assertThat(browser.findElement(By.id("wave-2-lengthDays-error")).getText()).contains("whole number of days");
        assertThat(browser.findElement(By.id("wave-2-lengthDays")).getAttribute("aria-describedby"))
                .isEqualTo("wave-2-lengthDays-error");
        shoot(pictures, "console-new-study.png");
        browser.findElement(By.id("wave-2-lengthDays")).clear();
        typeAndEnter(By.id("wave-2-lengthDays"), "14");
        assertThat(browser.getTitle()).isEqualTo("Study Pilot · Haven console");
        submit(By.cssSelector("#publish-esti button"));
        assertThat(browser.findElement(By.id("done")).getText()).contains("esti version 1 published");
        Path faulty = Files.writeString(Files.createTempFile("instrument", ".json"), "{\"id\": \"x\"}");
        browser.findElement(By.id("file")).sendKeys(faulty.toAbsolutePath().toString());
        submit(By.cssSelector("#upload-instrument button[type=submit]"));
        assertThat(browser.findElement(By.id("file-errors")).getText()).contains("not an instrument's JSON");
        assertThat(browser.findElement(By.id("file")).getAttribute("aria-describedby")).isEqualTo("file-errors file-hint");
        shoot(pictures, "console-study.png");

        signOut();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have signed out.");
        shoot(pictures, "console-sign-in.png");
        browser.get(url("/console"));
        assertThat(browser.getTitle()).isEqualTo("Sign in · Haven console");
        assertThat(count("SELECT COUNT(*) FROM account_audit WHERE actor = ? AND action = 'SIGNED_OUT'", name))
                .isEqualTo(1);
    }

    /**
     * Clicks a submit button or a link and waits for the page that answers, so the next check never reads the old
     * page (on a loaded machine the click returns before the new page is there).
     */
    private void submit(By target) {
        WebDriver browser = chromium.driver();
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Types into a field and submits its form with Enter, then waits for the answering page. */
    private void typeAndEnter(By field, String text) {
        WebDriver browser = chromium.driver();
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(field).sendKeys(text + Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    private void signIn(String name, String password) {
        WebDriver browser = chromium.driver();
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        submit(By.cssSelector("main form button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.titleIs("Sign in · Haven console")));
    }

    private void signOut() {
        WebDriver browser = chromium.driver();
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.titleIs("Sign in · Haven console"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private static void shoot(Path pictures, String file) throws IOException {
        Files.write(pictures.resolve(file), chromium.driver().getScreenshotAs(OutputType.BYTES));
    }
}
