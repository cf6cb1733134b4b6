package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import org.esafety.support.Cases;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 20, "done when": a DSL's walk in a real browser from a reporter's new report to the case list, the child's
 * chronology, the reports page and both exports. The reporter's emergency tops the DSL's board ("what I may record",
 * grouped by case) and the header's count; the DSL finds the case by its reference, follows the pupil to the
 * chronology, opens the governors' report and downloads its CSV and PDF (the PDF's text read with PDFBox: counts, no
 * pupil), sends the child's file and downloads the archive, whose signature the verification endpoint accepts.
 * Screenshots of each step land in target/screenshots/walk-*.png (README "Pages" shows them).
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(BrowserProfile.class)
@OwnCredentials
@InBrowser
class DslWalkInBrowserTest {

    private static final String SCHOOL = "claines-primary";

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldWalkFromTheNewReportToTheCaseListTheChronologyTheReportsAndBothExports() throws IOException {
        String reporter = TestCredentials.bearer(TestCredentials.apiKey("reporter", List.of(SCHOOL)));
        String pupil = "mis-" + UUID.randomUUID().toString().substring(0, 8);
        // Earlier this term the same pupil was bullied; now a reporter says the pupil is in immediate danger.
        Map<String, Object> earlier = Cases.incident(SCHOOL, "CYBERBULLYING");
        earlier.put("reportedAt", LocalDate.now(ZoneId.of("Europe/London")).minusDays(3).atTime(9, 15)
                .atZone(ZoneId.of("Europe/London")).toInstant().toString());
        earlier.put("parties", Cases.list(party("INSTIGATOR", "CHILD", 12, "i-" + pupil), party("VICTIM", "CHILD", 12, pupil)));
        earlier.put("circumstances", Cases.flags("deliberate", true, "repeated", true));
        JsonPath first = report(reporter, earlier);
        Map<String, Object> now = Cases.immediateDanger(SCHOOL);
        now.remove("reportedAt");
        now.put("parties", Cases.list(party("VICTIM", "CHILD", 12, pupil)));
        JsonPath reported = report(reporter, now);
        String id = reported.getString("id");
        String reference = reported.getString("reference");
        assertTrue(reference.matches("CLA-\\d{4}-\\d{4}"), reference);

        try (Browser browser = new Browser(base, 1280, 900)) {
            browser.signIn(Browser.user("dsl", List.of(SCHOOL)));

            // The new report: the header counts the open emergency; the board's first case is it, with its reference.
            assertTrue(browser.find("header .counts").getText().contains("EMERGENCY"), browser.find("header .counts").getText());
            assertEquals("MINE", new org.openqa.selenium.support.ui.Select(browser.find("#f-responsible"))
                    .getFirstSelectedOption().getAttribute("value"), "the board starts with what the DSL may record");
            WebElement top = browser.all("section.case").get(0);
            assertEquals("case-" + id, top.getAttribute("id"), "the emergency's case comes first");
            assertTrue(top.getText().contains(reference) && top.getText().contains(pupil), top.getText());
            assertTrue(top.findElements(org.openqa.selenium.By.cssSelector("tr.pinned")).size() > 0);
            browser.screenshot("walk-board");

            // The case list: found by its reference.
            browser.find("header a[href='/incidents']").click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/incidents"));
            browser.find("#f-q").sendKeys(reference);
            browser.find("form.filters button[type=submit]").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("q="));
            List<WebElement> found = browser.all("table.cases tbody tr");
            assertEquals(1, found.size(), "one case has this reference");
            assertEquals("case-" + id, found.get(0).getAttribute("id"));
            browser.screenshot("walk-cases");

            // The incident page: the reference, and the pupil twice this term.
            found.get(0).findElement(org.openqa.selenium.By.cssSelector("a[href='/incidents/" + id + "']")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/incidents/" + id));
            assertTrue(browser.find("main").getText().contains(reference), "the reference on the incident page");
            assertTrue(browser.find("main").getText().toLowerCase(java.util.Locale.ROOT).contains("2nd incident this term"),
                    "the pupil keeps coming up");
            browser.screenshot("walk-incident");

            // The child's chronology, oldest first.
            browser.find("a[href='/pupils/" + pupil + "?school=" + SCHOOL + "']").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/pupils/" + pupil));
            String story = browser.find("main").getText();
            assertTrue(story.indexOf(first.getString("reference")) >= 0
                    && story.indexOf(first.getString("reference")) < story.indexOf(reference), "oldest first: " + story);
            browser.screenshot("walk-chronology");

            // The governors' report and its exports.
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            browser.open("/reports?schoolId=" + SCHOOL + "&from=" + today.withDayOfMonth(1).minusMonths(2) + "&to=" + today);
            browser.waitFor(d -> d.getTitle().startsWith("Reports"));
            browser.screenshot("walk-reports");
            byte[] pdf = download(browser, browser.find("#summary-pdf").getAttribute("href"))
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            String text = pdfText(pdf);
            assertTrue(text.contains("summary for governors"), text);
            assertFalse(text.contains(pupil), "no pupil's reference in the governors' report");
            String csv = download(browser, browser.find("#summary-csv").getAttribute("href")).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
            assertTrue(csv.contains("incidents by category,SELF_HARM_CONTENT,count,"), csv);
            assertFalse(csv.contains(pupil), "no pupil's reference in the CSV");

            // The child's file: sent from the chronology, downloaded, its signature verified.
            browser.open("/pupils/" + pupil + "?school=" + SCHOOL);
            browser.find("#to-school").sendKeys("Claines High School (URN 100001)");
            browser.find("#reason").sendKeys("The pupil moves school on Monday");
            browser.find("form.send-file button[type=submit]").click();
            browser.waitFor(d -> !d.findElements(org.openqa.selenium.By.cssSelector("table.exports tbody tr")).isEmpty());
            String archiveLink = browser.find("table.exports a[download]").getAttribute("href");
            browser.screenshot("walk-child-file");
            byte[] archive = download(browser, archiveLink).then().statusCode(200).contentType("application/zip")
                    .extract().asByteArray();
            Map<String, byte[]> files = unzip(archive);
            assertTrue(files.keySet().containsAll(List.of("file.json", "file.pdf", "signature.json")), files.keySet().toString());
            String filePdf = pdfText(files.get("file.pdf"));
            assertTrue(filePdf.contains(reference) && filePdf.contains(first.getString("reference")), filePdf);
            given().header("Authorization", TestCredentials.bearer(TestCredentials.apiKey("dsl", List.of(SCHOOL))))
                    .contentType("application/zip").body(archive).post("/api/transfer/verification").then()
                    .statusCode(200).body("valid", org.hamcrest.Matchers.equalTo(true));
        }
    }

    /** A download as the signed-in browser would make it: with its session cookie. */
    private static io.restassured.response.Response download(Browser browser, String href) {
        RequestSpecification request = given().redirects().follow(false);
        for (Cookie c : browser.driver.manage().getCookies()) {
            request.cookie(c.getName(), c.getValue());
        }
        return request.get(href.replaceFirst("^https?://[^/]+", ""));
    }

    private static JsonPath report(String key, Map<String, Object> body) {
        return given().header("Authorization", key).contentType(ContentType.JSON).body(body).post("/api/incidents")
                .then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
