package org.esafety.web;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

import org.esafety.support.Cases;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 20, "done when": a DSL's walk in a real browser from the notice of a reporter's new report to the case list,
 * the child's chronology, the reports page and both exports. The walk starts where a DSL starts: in the inbox. The
 * reminder job, on its schedule, e-mails the announcement of the reporter's emergency to the DSL over SMTP (GreenMail
 * here); it names the case by its reference and category and links to it, and carries no summary, no pupil's
 * reference and not the school system's own reference (README "Reminders"). The DSL follows the link, is sent to
 * sign in and brought back to the case; the emergency tops the board ("what I may record", grouped by case) and the
 * header's count; the DSL finds the case by its reference, follows the pupil to the chronology, opens the governors'
 * report and downloads its CSV and PDF (the PDF's text read with PDFBox: counts, no pupil), sends the child's file and
 * downloads the archive, whose signature the verification endpoint accepts. The announcement reached the DSL and the
 * deputy once each, however often the job ran meanwhile. Screenshots of each step land in
 * target/screenshots/walk-*.png (README "Pages" shows them; walk-notice is the e-mail as received, as plain text).
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(WalkProfile.class)
@OwnCredentials
@InBrowser
class DslWalkInBrowserTest {

    private static final String SCHOOL = "claines-primary";
    private static final String DSL_INBOX = "dsl@claines-primary.example.org";
    private static final String DEPUTY_INBOX = "deputy-dsl@claines-primary.example.org";
    private static final Pattern LINK = Pattern.compile("(?m)^Incident:\\s+(\\S+)$");

    /** The school's mail server: every inbox of {@code schools.yaml} receives here. */
    private static GreenMail mailServer;

    @TestHTTPResource("/")
    URL base;

    /** One e-mail as received. */
    record Mail(String from, String to, String subject, String body) {
    }

    @BeforeAll
    static void startMailServer() {
        int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
        mailServer = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
    }

    @AfterAll
    static void stopMailServer() {
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    @Test
    void shouldWalkFromTheNoticeOfANewReportToTheCaseListTheChronologyTheReportsAndBothExports() throws IOException {
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
        String summary = "Told a friend at lunch they would hurt themselves after school; the friend told the teacher";
        now.put("summary", summary);
        JsonPath reported = report(reporter, now);
        String id = reported.getString("id");
        String reference = reported.getString("reference");
        assertTrue(reference.matches("CLA-\\d{4}-\\d{4}"), reference);

        // The notice: the announcement in the DSL's inbox, the case named by its reference and category and linked.
        Mail notice = announcement(DSL_INBOX, reference);
        assertTrue(notice.subject().startsWith("[e-safety] New incident " + reference + " reported "), notice.subject());
        assertTrue(notice.body().contains("Reference:   " + reference), notice.body());
        assertTrue(notice.body().contains("A new incident was reported: SELF_HARM_CONTENT"), notice.body());
        for (String personal : List.of(summary, pupil, (String) now.get("externalRef"))) {
            assertFalse(notice.subject().contains(personal) || notice.body().contains(personal),
                    "no summary, pupil or external reference in the notice: " + notice.body());
        }
        Matcher link = LINK.matcher(notice.body());
        assertTrue(link.find(), notice.body());
        assertEquals(base + "incidents/" + id, link.group(1), "the link opens this case on this service");

        try (Browser browser = new Browser(base, 1280, 900)) {
            // The e-mail as the DSL reads it (headers and the plain text the service sent), for the screenshot.
            browser.driver.get("data:text/plain;charset=utf-8," + URLEncoder.encode("From: " + notice.from() + "\nTo: "
                    + notice.to() + "\nSubject: " + notice.subject() + "\n\n" + notice.body(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            browser.screenshot("walk-notice");

            // The link, followed by a DSL who is not signed in on this computer: sign in, then back to the case.
            String dsl = Browser.user("dsl", List.of(SCHOOL));
            browser.driver.get(link.group(1));
            browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
            browser.signInHere(dsl);
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/incidents/" + id));
            assertTrue(browser.find("main").getText().contains(reference), "the reference on the incident page");
            assertTrue(browser.find("main").getText().toLowerCase(java.util.Locale.ROOT).contains("2nd incident this term"),
                    "the pupil keeps coming up");
            browser.screenshot("walk-incident");

            // The board: the header counts the open emergency; the board's first case is it, with its reference.
            browser.find("header nav a[href='/']").click();
            browser.waitFor(d -> d.getTitle().startsWith("Board"));
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

            // Back to the incident page, and from it to the child's chronology, oldest first.
            found.get(0).findElement(org.openqa.selenium.By.cssSelector("a[href='/incidents/" + id + "']")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/incidents/" + id));
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

        // Told once each, the DSL and the deputy, though the job ran every second of the walk.
        announcement(DEPUTY_INBOX, reference);
        assertEquals(1, announcements(DSL_INBOX, reference).size(), "the DSL is told once");
        assertEquals(1, announcements(DEPUTY_INBOX, reference).size(), "the deputy is told once");
    }

    /** The announcement of the case {@code reference} in {@code inbox}, once the job has delivered it. */
    private static Mail announcement(String inbox, String reference) {
        return new FluentWait<>(inbox).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(250))
                .withMessage(() -> "no announcement of " + reference + " reached " + inbox)
                .until(to -> announcements(to, reference).stream().findFirst().orElse(null));
    }

    /** Every announcement of the case {@code reference} that {@code inbox} has received. */
    private static List<Mail> announcements(String inbox, String reference) {
        return java.util.Arrays.stream(mailServer.getReceivedMessages()).map(DslWalkInBrowserTest::mail)
                .filter(m -> m.to().equals(inbox) && m.subject().startsWith("[e-safety] New incident " + reference + " "))
                .toList();
    }

    private static Mail mail(MimeMessage m) {
        try {
            Object content = m.getContent();
            return new Mail(m.getFrom()[0].toString(), m.getAllRecipients()[0].toString(), m.getSubject(),
                    content instanceof String text ? text : GreenMailUtil.getBody(m));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
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
