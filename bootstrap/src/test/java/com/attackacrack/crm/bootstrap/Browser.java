package com.attackacrack.crm.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium for the flows a person clicks through; screenshots of every step go
 * to {@code bootstrap/target/screenshots/<flow>/}. Never downloads a browser: it uses /usr/bin/chromium and
 * /usr/bin/chromedriver, which .ci/run installs. Outside CI a machine without them skips the browser tests.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path screenshots;
    private final String baseUrl;
    private int step;

    private Browser(ChromeDriver driver, Path screenshots, String baseUrl) {
        this.driver = driver;
        this.screenshots = screenshots;
        this.baseUrl = baseUrl;
    }

    static Browser open(String flow, String baseUrl) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "chromium and chromedriver are not installed");
        try {
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("crm-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            Path shots = Path.of("target", "screenshots", flow);
            Files.createDirectories(shots);
            return new Browser(new ChromeDriver(service, options), shots, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void go(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
    }

    WebElement find(String css) {
        return find(css, Duration.ofSeconds(10));
    }

    /** Waits up to {@code timeout} for the element (pages that update themselves). */
    WebElement find(String css, Duration timeout) {
        return wait(timeout).until(d -> d.findElement(By.cssSelector(css)));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        WebElement element = find(css);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Sets a field's value directly (time and date inputs, whose typing depends on the browser's locale). */
    void setValue(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    /** Ticks or unticks a checkbox. */
    void check(String css, boolean checked) {
        if (find(css).isSelected() != checked) {
            click(css);
        }
    }

    /** Chooses the option with this value in a select. */
    void select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
    }

    /** Accepts every confirm() dialog the current page opens (destructive actions ask first); call it on each page. */
    void acceptConfirmations() {
        driver.executeScript("window.confirm = function () { return true; };");
    }

    /** Chooses a file in a file input, as a person does in the file picker. */
    void attach(String css, Path file) {
        find(css).sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until the page shows the text (pages that update themselves, e.g. an import's progress). */
    void waitForText(String text, Duration timeout) {
        // a page being replaced by the next one leaves stale elements behind for a moment
        wait(timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> text().contains(text));
    }

    /** Presses Enter in a field, submitting its form the way a person at a keyboard does. */
    void pressEnterIn(String css) {
        find(css).sendKeys(Keys.ENTER);
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void waitForPath(String path) {
        wait(Duration.ofSeconds(15)).until(d -> path.equals(path()));
    }

    /** Saves a numbered screenshot of the current page. */
    void screenshot(String name) {
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++step, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
