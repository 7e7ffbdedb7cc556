package com.attackacrack.crm.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium for the flows a person clicks through; screenshots of every step go
 * to {@code bootstrap/target/screenshots/<flow>/}. Never downloads a browser: it uses /usr/bin/chromium and
 * /usr/bin/chromedriver, which .ci/run installs. Outside CI a machine without them skips the browser tests. The
 * accessibility check runs axe-core (WCAG 2 A and AA rules) on the current page and keeps its report under
 * {@code bootstrap/target/a11y/<flow>/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The axe-core rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");
    /** Runs axe in the page; WebDriver's scripts are not subject to the page's Content-Security-Policy. */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(result => done({json: JSON.stringify(result, null, 2), violations: result.violations.map(v => ({
                    id: v.id, impact: v.impact || '', help: v.help,
                    targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))}))
                .catch(error => done({error: String(error)}));
            """;

    private final ChromeDriver driver;
    private final Path screenshots;
    private final Path a11yReports;
    private final String baseUrl;
    private int step;

    private Browser(ChromeDriver driver, Path screenshots, Path a11yReports, String baseUrl) {
        this.driver = driver;
        this.screenshots = screenshots;
        this.a11yReports = a11yReports;
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
            Path reports = Path.of("target", "a11y", flow);
            return new Browser(new ChromeDriver(service, options), shots, reports, baseUrl);
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
        // a page being replaced by the next one leaves stale elements (or nodes no longer in the document) for a moment
        wait(timeout).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> text().contains(text));
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

    /** The value of the select's option whose label contains the text (ids the page knows and the test does not). */
    String optionValue(String selectCss, String label) {
        return find(selectCss).findElements(By.tagName("option")).stream().filter(o -> o.getText().contains(label))
                .findFirst().orElseThrow(() -> new AssertionError("no option '" + label + "' in " + selectCss))
                .getAttribute("value");
    }

    /** The element's text, or "" while it is absent or the page is replacing it (pages that update themselves). */
    String textOf(String css) {
        try {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    /** Waits until the element's text contains the value (pages that refresh their figures themselves). */
    void waitForText(String css, String value, Duration timeout) {
        try {
            wait(timeout).until(d -> textOf(css).contains(value));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(css + " did not show '" + value + "' within " + timeout + "; it shows '"
                    + textOf(css) + "'. Page:\n" + text(), e);
        }
    }

    /**
     * Runs axe-core on the current page, writes its JSON report to {@code target/a11y/<flow>/<step>-<label>.json}
     * (numbered like the page's latest screenshot) and fails on any WCAG 2 A/AA violation of serious or critical
     * impact, naming the rule, its help and the first elements it found.
     */
    void assertAccessible(String label) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
            driver.executeScript(axeSource());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(RUN_AXE, AXE_TAGS);
        if (result.get("error") != null) {
            throw new AssertionError("axe failed on " + path() + ": " + result.get("error"));
        }
        try {
            Files.createDirectories(a11yReports);
            Files.writeString(a11yReports.resolve(String.format("%02d-%s.json", step, label)), (String) result.get("json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        List<String> blocking = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            if (BLOCKING_IMPACTS.contains(violation.get("impact"))) {
                blocking.add(String.format("%s (%s): %s at %s", violation.get("id"), violation.get("impact"),
                        violation.get("help"), violation.get("targets")));
            }
        }
        if (!blocking.isEmpty()) {
            throw new AssertionError("accessibility violations on " + path() + " (" + label + "):\n  "
                    + String.join("\n  ", blocking));
        }
    }

    /**
     * Tabs through the page from its start, as a keyboard user does, and asserts that focus reaches each of the
     * elements in this order (other focusable elements, such as the navigation, may come in between).
     */
    void assertTabOrder(String... css) {
        List<WebElement> expected = new ArrayList<>();
        for (String selector : css) {
            expected.add(find(selector));
        }
        // focusing the body moves the sequential navigation starting point to the start of the page
        driver.executeScript("document.body.setAttribute('tabindex', '-1'); document.body.focus();"
                + " document.body.removeAttribute('tabindex'); window.scrollTo(0, 0);");
        int next = 0;
        List<String> visited = new ArrayList<>();
        for (int presses = 0; presses < 80 && next < expected.size(); presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            visited.add(focused.getTagName() + "#" + focused.getAttribute("id"));
            if (focused.equals(expected.get(next))) {
                next++;
            }
        }
        if (next < expected.size()) {
            throw new AssertionError("Tab never reached " + css[next] + " after " + List.of(css).subList(0, next)
                    + " on " + path() + "; focus went through " + visited);
        }
    }

    private static String axeSource() {
        try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes the browser's viewport (the page's layout width) to width x height CSS pixels, as on a phone or a laptop. */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight];");
        List<?> size = (List<?>) inner;
        int dx = width - ((Number) size.get(0)).intValue();
        int dy = height - ((Number) size.get(1)).intValue();
        if (dx != 0 || dy != 0) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width + dx, height + dy));
        }
    }

    /** Runs the JavaScript on the current page and returns its result (numbers as Long or Double, arrays as List). */
    Object script(String javaScript, Object... args) {
        return driver.executeScript(javaScript, args);
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
