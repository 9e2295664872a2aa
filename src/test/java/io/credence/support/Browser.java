package io.credence.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (both installed by
 * scripts/browser.sh): nothing is downloaded, and a machine without them fails the console's tests
 * with this message rather than skipping them.
 */
public final class Browser {

    private static final File CHROMIUM = new File(System.getProperty("credence.chromium", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER =
            new File(System.getProperty("credence.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    /** A fresh browser with its own empty profile (no cookies), the window a laptop's or, with phone, a phone's. */
    public static ChromeDriver open(boolean phone) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Chromium (" + CHROMIUM + ") and chromedriver (" + CHROMEDRIVER
                    + ") are needed by the console's browser tests: run scripts/browser.sh");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("credence-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // As the machine's own check runs it: without the background-networking flags Chromium keeps
        // calling out to Google's hosts, which a closed network refuses.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                phone ? "--window-size=390,844" : "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // An element a page is still loading is waited for, not reported missing.
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /**
     * What axe-core (node_modules, installed by scripts/browser.sh from package-lock.json) finds against
     * WCAG 2.1 A and AA on the page open now: contrast, labels, names, landmarks, ARIA. Each finding as
     * "rule: the elements it found". Injected through the driver, which the page's CSP does not govern.
     */
    @SuppressWarnings("unchecked")
    public static List<String> accessibilityViolations(ChromeDriver driver) {
        Path axe = Path.of("node_modules/axe-core/axe.min.js");
        if (!Files.isReadable(axe)) {
            throw new IllegalStateException(axe + " is missing: run scripts/browser.sh");
        }
        try {
            driver.executeScript(Files.readString(axe));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (List<String>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    }

    /**
     * Saves a screenshot of the whole page as target/console-screenshots/name.png, or in the folder the
     * system property credence.console.screenshots names (scripts/console-screenshots.sh: docs/console).
     */
    public static void screenshot(ChromeDriver driver, String name) {
        Path folder = Path.of(System.getProperty("credence.console.screenshots", "target/console-screenshots"));
        try {
            Files.createDirectories(folder);
            // The whole page, not only the window: the window grows to the page's height for the shot.
            Dimension window = driver.manage().window().getSize();
            Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 120, 6000)));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            driver.manage().window().setSize(window);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
