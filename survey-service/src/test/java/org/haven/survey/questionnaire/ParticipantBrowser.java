package org.haven.survey.questionnaire;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * What a participant does and sees on the pages, in their words: open the link, choose an answer, submit, read
 * the heading. Tests talk to this instead of to element ids where a user would not see them.
 */
final class ParticipantBrowser {

    private final WebDriver driver;
    private final String base;

    ParticipantBrowser(WebDriver driver, int port) {
        this.driver = driver;
        this.base = "http://127.0.0.1:" + port;
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a personal link as a fresh visitor and waits until the page it leads to is shown. */
    void openLink(String token) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/p#" + token);
        awaitLanding();
    }

    /** Reopens the link in the same browser (session and stored answers stay). */
    void reopenLink(String token) {
        driver.get(base + "/p#" + token);
        awaitLanding();
    }

    /** The link page hands the token over and moves on; done once the address is neither /p nor /p#... */
    private void awaitLanding() {
        waitUntil(browser -> {
            String url = browser.getCurrentUrl();
            return !url.contains("/p#") && !url.endsWith("/p");
        });
        // the address can change before the next document replaces the link page: wait for that document itself
        waitUntil(browser -> "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState"))
                && browser.findElements(By.id("link-status")).isEmpty()
                && !browser.findElements(By.tagName("h1")).isEmpty());
    }

    String heading() {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText();
    }

    /** The page's main text; while a navigation replaces the page, what is there once {@code main} is. */
    String text() {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(By.tagName("main"))).getText();
    }

    /** Waits until the page says this (a click's answer can arrive after the click returns). */
    void waitForText(String expected) {
        waitUntil(browser -> {
            try {
                return browser.findElement(By.tagName("main")).getText().contains(expected);
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** Chooses an answer by clicking its visible label, as a participant would. */
    void answer(String itemId, int value) {
        waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='" + itemId + "-" + value + "']")))
                .click();
    }

    boolean chosen(String itemId, int value) {
        return driver.findElement(By.id(itemId + "-" + value)).isSelected();
    }

    String progress() {
        return driver.findElement(By.cssSelector(".progress p")).getText();
    }

    void clickButton(String text) {
        button(text).click();
    }

    WebElement button(String text) {
        return waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='" + text + "']")));
    }

    void clickLink(String text) {
        driver.findElement(By.linkText(text)).click();
    }

    /** The open dialog's text, once it is visible. */
    String dialogText() {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]"))).getText();
    }

    boolean dialogOpen() {
        return !driver.findElements(By.cssSelector("dialog[open]")).isEmpty();
    }

    void waitForHeading(String heading) {
        waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    List<String> itemIds() {
        return driver.findElements(By.cssSelector("fieldset.item")).stream()
                .map(item -> item.getAttribute("data-item")).toList();
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    <T> T waitUntil(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50)).until(condition);
    }
}
