package io.callreview.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver ({@code .ci/run} installs both), one fresh profile per
 * browser, so each user of a test has their own cookies. Nothing is downloaded: Selenium Manager is not asked.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Repository.root().resolve("web/target/screenshots");

    private static final String CHROMIUM = System.getProperty("callreview.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("callreview.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;

    Browser(String baseUrl, int width) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + ",1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, 1000));
    }

    static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    void open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    WebElement find(String css) {
        return waitUpTo(Duration.ofSeconds(20)).until(d -> shown(d, css, element -> element));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text(String css) {
        return waitUpTo(Duration.ofSeconds(20)).until(d -> shown(d, css, WebElement::getText));
    }

    /**
     * What {@code read} gives of the element once it is shown, or null to look again. An htmx swap or a navigation
     * may replace the node between finding and reading it; Chrome then says "does not belong to the document", not
     * always as a stale element.
     */
    private static <T> T shown(WebDriver driver, String css, Function<WebElement, T> read) {
        try {
            WebElement element = driver.findElement(By.cssSelector(css));
            return element.isDisplayed() ? read.apply(element) : null;
        } catch (NoSuchElementException | StaleElementReferenceException gone) {
            return null;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return null;
            }
            throw e;
        }
    }

    void click(String css) {
        waitUpTo(Duration.ofSeconds(20)).until(d -> shown(d, css, element -> {
            if (!element.isEnabled()) {
                return null;
            }
            element.click();
            return true;
        }));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** The text of the page, once it has a body: a navigation may be under way when a test asks. */
    String pageText() {
        return waitUpTo(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }

    /**
     * The path once the page whose path starts with {@code prefix} has loaded, or the path it stands at after 20 s:
     * a click that submits a form returns before the redirect that follows it ends.
     */
    String pathOnceAt(String prefix) {
        try {
            waitUpTo(Duration.ofSeconds(20)).until(d -> path().startsWith(prefix)
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (TimeoutException stayed) {
            // the caller's assertion says where the page stayed
        }
        return path();
    }

    /** Signs in from the local sign-in page with the demo user's button. */
    void signInAs(String userId) {
        if (!path().startsWith("/sign-in")) {
            open("/sign-in");
        }
        click("button[data-user='" + userId + "']");
        // the click returns before the redirects through the identity provider end; a test read /sign-in meanwhile
        waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(baseUrl) && !path().startsWith("/sign-in"));
    }

    void signOut() {
        click("form.who button[type=submit]");
    }

    WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** A picture of the page as it is now, under {@code web/target/screenshots/}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
