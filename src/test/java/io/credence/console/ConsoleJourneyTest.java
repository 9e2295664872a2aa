package io.credence.console;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.credence.support.Api;
import io.credence.support.Browser;
import io.credence.support.RoleKeys;
import io.credence.support.RoleKeys.As;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's main journeys in Debian's Chromium, headless: a desk editor signs in, registers a
 * claim, adds evidence and watches the status and the opinion move, publishes a verdict; a page left
 * open while someone else changed the claim is refused and says so; an auditor reads the history and
 * cannot edit; a cms key cannot sign in; an article is checked and a sentence registered. Every page
 * visited is checked for unlabelled fields and for overflowing a phone's width.
 */
@QuarkusTest
class ConsoleJourneyTest {

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEditorRegistersAClaimAddsEvidenceAndPublishesAVerdict() {
        String wire = unique("Wire");
        Api.createSource(wire, "A");
        String agency = unique("Agency");
        Api.createSource(agency, "B");
        browser = Browser.open(false);
        browser.get(base() + "/console");
        assertThat(browser.getCurrentUrl()).endsWith("/session");
        signIn(As.EDITOR);

        String claimText = "Rumor has it the harbour authority closed " + unique("terminal") + " for 3 weeks";
        browser.findElement(By.id("text")).sendKeys(claimText);
        browser.findElement(By.id("claimant")).sendKeys("A ferry operator");
        submit(By.cssSelector("form[action='/console/claims']"));
        assertThat(text("notice")).contains("Claim registered");
        assertThat(browser.findElement(By.cssSelector("#claim-heading mark")).getText())
                .isEqualToIgnoringCase("rumor has it");
        String before = text("status");
        assertThat(before).isIn("RUMOUR", "UNVERIFIED");
        assertThat(opinion("data-uncertainty")).isEqualTo(100);
        checkPage("claim-new");

        addEvidence(wire, "SUPPORTS", "1", "https://wire.example/harbour");
        assertThat(text("notice")).contains("Evidence added");
        assertThat(text("status")).isNotEqualTo(before);
        int beliefAfterOne = opinion("data-belief");
        assertThat(beliefAfterOne).isPositive();
        assertThat(opinion("data-uncertainty")).isLessThan(100);
        assertThat(browser.findElement(By.id("evidence")).getText()).contains(wire, "A1", "COUNTED");
        assertThat(text("would-change"))
                .as("what would change the status, in the status panel")
                .contains(
                        "graded C3 or better that supports it would make it CONFIRMED",
                        "Withdrawing " + wire + "'s report (A1)");

        String repeater = unique("Aggregator");
        Api.createSource(repeater, "C");
        browser.findElement(By.id("cites")).sendKeys(wire);
        addEvidence(repeater, "SUPPORTS", "3", "https://aggregator.example/harbour");
        assertThat(opinion("data-belief")).as("a repeat adds nothing").isEqualTo(beliefAfterOne);
        List<WebElement> wireGroup =
                browser.findElements(By.cssSelector("#evidence tbody")).get(0).findElements(By.tagName("tr"));
        assertThat(wireGroup).hasSize(3);
        assertThat(wireGroup.get(0).getText()).contains("Origin: " + wire);
        assertThat(wireGroup.get(2).getText()).contains(repeater, "REPEAT");
        assertThat(wireGroup.get(2).getAttribute("class")).contains("repeat");

        addEvidence(agency, "SUPPORTS", "2", "https://agency.example/harbour");
        assertThat(opinion("data-belief")).isGreaterThan(beliefAfterOne);
        assertThat(browser.findElements(By.cssSelector("#evidence tr.origin"))).hasSize(2);
        assertThat(text("explanation")).contains(wire);

        new Select(browser.findElement(By.id("rating"))).selectByValue("4");
        browser.findElement(By.id("rationale")).sendKeys("Two independent reports confirm the closure.");
        submit(By.id("publish-verdict"));
        assertThat(text("notice")).contains("Verdict published");
        assertThat(text("verdict")).contains("4").contains("Two independent reports");
        checkPage("claim");
        Browser.screenshot(browser, "claim");

        String claimPage = browser.getCurrentUrl();
        browser.get(base() + "/console?workflow=NEW");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(claimText);
        checkPage("queue");
        Browser.screenshot(browser, "queue");

        // Published, its ClaimReview is signed: the status panel says with which key and which audit event.
        browser.get(claimPage);
        assertThat(browser.findElements(By.id("signed-review")))
                .as("no review is served before publication")
                .isEmpty();
        move("IN_REVIEW");
        move("PUBLISHED");
        assertThat(text("signed-review")).contains("Its ClaimReview is signed").contains("audit event");
        assertThat(browser.findElement(By.cssSelector("#signed-review a")).getAttribute("href"))
                .endsWith("/.well-known/jwks.json");
        checkPage("claim-published");
    }

    private void move(String state) {
        new Select(browser.findElement(By.id("state"))).selectByValue(state);
        submit(By.cssSelector("#workflow button[type='submit']"));
        assertThat(text("notice")).isNotBlank();
    }

    @Test
    void aPageLeftOpenWhileTheClaimChangedIsRefusedAndSaysSo() {
        String claim = Api.createClaim(unique("Stale page claim"));
        browser = Browser.open(false);
        browser.get(base() + "/session");
        signIn(As.EDITOR);
        browser.get(base() + "/console/claim?id=" + claim);
        browser.findElement(By.id("rationale")).sendKeys("Written on a page that went stale.");

        // Meanwhile another editor moves the claim through the API: its version moves on.
        given().contentType(ContentType.JSON)
                .header("If-Match", Api.etag(claim))
                .body(Map.of("state", "IN_REVIEW", "assignee", "Someone else"))
                .put("/claims/{id}/workflow", claim)
                .then()
                .statusCode(200);

        submit(By.id("publish-verdict"));
        assertThat(text("problem")).contains("Nothing was published").contains("someone changed this claim");
        assertThat(browser.findElement(By.id("rationale")).getAttribute("value"))
                .isEqualTo("Written on a page that went stale.");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("assigned to Someone else");
        given().get("/claims/{id}/verdict", claim).then().statusCode(404);
        Browser.screenshot(browser, "stale-page");

        // The page now carries the new version: publishing again goes through.
        submit(By.id("publish-verdict"));
        assertThat(text("notice")).contains("Verdict published");
        given().get("/claims/{id}/verdict", claim).then().statusCode(200);
    }

    @Test
    void anAuditorReadsTheHistoryAndCannotEdit() {
        String source = Api.createSource(unique("Audited source"), "B");
        String claim = Api.createClaim(unique("Audited claim"));
        Api.addEvidence(claim, source, "REFUTES", 2);
        browser = Browser.open(false);
        browser.get(base() + "/session");
        signIn(As.AUDITOR);
        browser.get(base() + "/console/claim?id=" + claim);
        assertThat(browser.findElements(By.cssSelector("form[action*='/console/claim/']")))
                .isEmpty();
        assertThat(browser.findElements(By.id("rationale"))).isEmpty();
        checkPage("claim-auditor");

        follow(browser.findElement(By.linkText("History and audit")));
        List<WebElement> events = browser.findElements(By.cssSelector("#timeline > li"));
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events.get(0).getText()).contains("claim.registered");
        assertThat(text("chain-head")).matches("[0-9a-f]{64}");
        follow(events.get(0).findElement(By.linkText("The claim after this")));
        assertThat(text("as-of-result")).contains("0 evidence items");
        int last = browser.findElements(By.cssSelector("#timeline > li")).size() - 1;
        follow(browser.findElements(By.cssSelector("#timeline > li"))
                .get(last)
                .findElement(By.linkText("The claim after this")));
        assertThat(text("as-of-result")).contains("1 evidence item");
        submit(By.cssSelector("input[name='verify']"));
        assertThat(text("verification")).contains("Every chain verifies");
        checkPage("audit");
        Browser.screenshot(browser, "audit");

        browser.get(base() + "/console/source?id=" + source);
        assertThat(text("source-claims")).contains("Audited claim");
        assertThat(browser.findElements(By.cssSelector("#rating-history li"))).hasSize(1);
        checkPage("source");
        Browser.screenshot(browser, "source");
    }

    @Test
    void anAdminReadsASourcesTrackRecordAndAcceptsTheRatingItSuggests() {
        String source = Api.createSource(unique("Underrated agency"), "D");
        for (int i = 0; i < 6; i++) {
            String claim = Api.createClaim(unique("Agency report " + i));
            Api.addEvidence(claim, source, "SUPPORTS", 2);
            Api.publish(claim, 5, "Confirmed by the records");
        }
        browser = Browser.open(false);
        browser.get(base() + "/session");
        signIn(As.ADMIN);
        browser.get(base() + "/console/source?id=" + source);
        assertThat(text("track-record")).contains("On 6 claims").contains("agreed 6 times");
        assertThat(text("rating-suggestion")).contains("Suggested rating: B").contains("raise from D");
        assertThat(browser.findElements(By.cssSelector("#resolved-claims li"))).hasSize(6);
        assertThat(text("reliability")).isEqualTo("D");
        checkPage("source-track-record");
        Browser.screenshot(browser, "source-track-record");

        browser.findElement(By.id("suggestion-reason")).sendKeys("Agreed at the morning meeting");
        follow(browser.findElement(By.id("accept-suggestion")));
        assertThat(text("notice")).contains("Suggested rating accepted");
        assertThat(text("reliability")).isEqualTo("B");
        assertThat(browser.findElements(By.id("accept-suggestion")))
                .as("B fits the record")
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("#rating-history li")).getText())
                .contains("Track record:");
    }

    @Test
    void aCmsKeyCannotSignInAndSigningOutEndsTheSession() {
        browser = Browser.open(false);
        browser.get(base() + "/session");
        browser.findElement(By.id("key")).sendKeys(RoleKeys.bearer(As.CMS).substring("Bearer ".length()), Keys.ENTER);
        assertThat(text("sign-in-problem")).contains("cms key");
        assertThat(browser.getCurrentUrl()).endsWith("/session");
        checkPage("sign-in");
        Browser.screenshot(browser, "sign-in");

        signIn(As.EDITOR);
        follow(browser.findElement(By.cssSelector(".signout button")));
        assertThat(browser.getCurrentUrl()).endsWith("/session");
        browser.get(base() + "/console");
        assertThat(browser.getCurrentUrl()).endsWith("/session");
    }

    @Test
    void anArticleIsCheckedAndAChosenSentenceRegistered() {
        browser = Browser.open(false);
        browser.get(base() + "/session");
        signIn(As.EDITOR);
        follow(browser.findElement(By.linkText("Check an article")));
        String number = Integer.toString(1000 + (int) (Math.random() * 9000));
        browser.findElement(By.id("article-text"))
                .sendKeys("Sources say the council sold " + number
                        + " parking spaces to a private firm last year. Thanks for reading!");
        submit(By.id("check-form"));
        List<WebElement> sentences = browser.findElements(By.cssSelector(".sentence"));
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).findElement(By.tagName("mark")).getText()).isEqualToIgnoringCase("sources say");
        assertThat(sentences.get(0).getAttribute("class")).contains("worthy-high");
        assertThat(sentences.get(1).getAttribute("class")).doesNotContain("worthy-high");
        checkPage("check");
        Browser.screenshot(browser, "article-check");

        WebElement first = sentences.get(0).findElement(By.cssSelector("input[type=checkbox]"));
        if (!first.isSelected()) {
            first.click();
        }
        WebElement second = sentences.get(1).findElement(By.cssSelector("input[type=checkbox]"));
        if (second.isSelected()) {
            second.click();
        }
        submit(By.id("register-sentences"));
        WebElement registered = browser.findElement(By.cssSelector("#registered a"));
        assertThat(registered.getText()).contains(number + " parking spaces");
        follow(registered);
        assertThat(browser.findElement(By.id("claim-heading")).getText()).contains(number + " parking spaces");
    }

    @Test
    void thePagesFitAPhone() {
        String claim = Api.createClaim(unique("Phone claim about 12 bridges"));
        browser = Browser.open(true);
        browser.get(base() + "/session");
        signIn(As.EDITOR);
        for (String page : List.of("/console", "/console/claim?id=" + claim, "/console/check", "/console/sources")) {
            browser.get(base() + page);
            checkPage(page);
        }
        browser.get(base() + "/console/claim?id=" + claim);
        Browser.screenshot(browser, "claim-phone");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    /** Signs in with a key of the role, typed and sent with the keyboard alone. */
    private void signIn(As role) {
        WebElement key = browser.findElement(By.id("key"));
        key.clear();
        key.sendKeys(RoleKeys.bearer(role).substring("Bearer ".length()), Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console"));
    }

    private void addEvidence(String source, String stance, String credibility, String url) {
        browser.findElement(By.id("source")).sendKeys(source);
        new Select(browser.findElement(By.id("stance"))).selectByValue(stance);
        new Select(browser.findElement(By.id("credibility"))).selectByValue(credibility);
        browser.findElement(By.id("url")).sendKeys(url);
        submit(By.id("add-evidence"));
    }

    /** Submits the form (or the form of the field) and waits for the next page. */
    private void submit(By form) {
        WebElement element = browser.findElement(form);
        WebElement old = browser.findElement(By.tagName("html"));
        element.submit();
        awaitReplaced(old);
    }

    /** Clicks a link or button and waits for the page it leads to (a click returns before the navigation ends). */
    private void follow(WebElement target) {
        WebElement old = browser.findElement(By.tagName("html"));
        target.click();
        awaitReplaced(old);
    }

    /**
     * Waits until the old page's root is gone. While Chrome swaps documents, asking about the old node can
     * fail with an inspector error ("Node with given id does not belong to the document") instead of a stale
     * reference; that is the same moment of the navigation, so the wait asks again.
     */
    private void awaitReplaced(WebElement oldRoot) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(oldRoot));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private int opinion(String attribute) {
        return Integer.parseInt(browser.findElement(By.id("opinion")).getAttribute(attribute));
    }

    /** Every field a person fills in has a label, and the page is no wider than the window. */
    private void checkPage(String page) {
        Number unlabelled = (Number) browser.executeScript("return [...document.querySelectorAll("
                + "'input:not([type=hidden]), select, textarea')].filter(e => !(e.labels && e.labels.length)"
                + " && !e.getAttribute('aria-label')).length");
        assertThat(unlabelled.intValue()).as("unlabelled fields on %s", page).isZero();
        Boolean fits =
                (Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertThat(fits).as("%s fits the window's width", page).isTrue();
        assertThat(browser.findElements(By.cssSelector("main h1")))
                .as("%s has a heading", page)
                .isNotEmpty();
        assertThat(Browser.accessibilityViolations(browser))
                .as("axe-core's WCAG 2.1 A/AA findings on %s", page)
                .isEmpty();
    }
}
