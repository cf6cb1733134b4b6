package org.esafety.transfer;

import static io.restassured.RestAssured.given;
import static org.esafety.support.IncidentRequests.party;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.audit.AuditEntry;
import org.esafety.support.Cases;
import org.esafety.support.MutableClock;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * Issue 20, "the child's file follows the child", through the API: the archive opens and holds exactly the pupil's
 * incidents the DSL may open (not another pupil's, not an allegation about the DSL's own position), other pupils by
 * role and kind only; the PDF reads the references; the signature verifies and fails after one byte changes; the
 * export is recorded and audited, the receipt recorded once, and "within five days" becomes a due date.
 */
@QuarkusTest
@OwnCredentials
class TransferTest {

    static final String SCHOOL = "thingwall-primary";
    /** %test.esafety.transfer.signing-key */
    static final String KEY = "test-transfer-signing-key-0123456789abcdef";
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    private final MutableClock clock = MutableClock.at("2026-11-20T10:45:00Z");
    private String pupil;
    private String other;

    @BeforeEach
    void setUp() {
        QuarkusMock.installMockForType(clock, Clock.class);
        pupil = "mis-" + UUID.randomUUID().toString().substring(0, 8);
        other = "mis-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldExportASignedArchiveOfExactlyThePupilsIncidentsThatTheDslMayOpen() throws IOException {
        String theDsl = user("DSL");
        String first = report(Cases.list(party("VICTIM", "CHILD", 12, pupil), party("INSTIGATOR", "CHILD", 13, other)),
                "2026-11-16T09:00:00Z", "Name-of-the-victim was sent messages");
        String second = report(Cases.list(party("INSTIGATOR", "CHILD", 12, pupil)), "2026-11-18T09:00:00Z", null);
        report(Cases.list(party("VICTIM", "CHILD", 13, other)), "2026-11-18T10:00:00Z", null);
        Map<String, Object> aboutTheDsl = party("INSTIGATOR", "STAFF", null, "staff-" + pupil);
        aboutTheDsl.put("staffRole", "DSL");
        String allegation = report(Cases.list(aboutTheDsl, party("VICTIM", "CHILD", 12, pupil)),
                "2026-11-19T09:00:00Z", null);
        basic(theDsl).contentType(ContentType.JSON).body(Map.of("kind", "CALL", "text", "Spoke to the parent"))
                .post("/api/incidents/" + first + "/notes").then().statusCode(201);

        Response created = basic(theDsl).contentType(ContentType.JSON).queryParam("schoolId", SCHOOL)
                .body(Map.of("toSchool", "Offord Academy (URN 123456)", "reason", "The pupil moved house"))
                .post("/api/pupils/" + pupil + "/file");
        created.then().statusCode(201).body("pupil", equalTo(pupil)).body("schoolId", equalTo(SCHOOL))
                .body("toSchool", equalTo("Offord Academy (URN 123456)")).body("incidents", equalTo(2))
                .body("exportedBy.principal", equalTo("user:" + theDsl)).body("exportedAt", equalTo("2026-11-20T10:45:00Z"))
                .body("receiptDueBy", equalTo("2026-11-27T17:00:00Z")).body("received", equalTo(false))
                .body("overdue", equalTo(false)).body("receipt", nullValue());
        String archiveLink = created.path("archive");
        assertEquals(archiveLink, created.header("Location").replaceFirst("^https?://[^/]+", ""));

        byte[] archive = basic(theDsl).get(archiveLink).then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString(".zip")).extract().asByteArray();
        assertEquals(created.path("archiveSha256"), sha256(archive), "the download is the archive recorded");
        Map<String, byte[]> files = unzip(archive);
        assertEquals(List.of("file.json", "file.pdf", "signature.json"), List.copyOf(files.keySet()));

        String json = new String(files.get("file.json"), StandardCharsets.UTF_8);
        JsonPath file = JsonPath.from(json);
        assertEquals(List.of(first, second), file.getList("incidents.id"),
                "the pupil's incidents, oldest first; not another pupil's, not the allegation about the DSL");
        assertFalse(json.contains(allegation), "the allegation about the exporting DSL is not in the file");
        assertFalse(json.contains(other), "no other pupil's reference");
        assertEquals(List.of("VICTIM"), file.getList("incidents[0].pupilRoles"));
        assertEquals(List.of(pupil, "another party: INSTIGATOR, CHILD"), file.getList("incidents[0].parties.ref"));
        assertEquals("Name-of-the-victim was sent messages", file.getString("incidents[0].summary"));
        assertEquals(List.of("Spoke to the parent"), file.getList("incidents[0].notes.text"));
        assertTrue(file.getList("incidents[0].actions.code").contains("REPORT_TO_DSL"));
        assertEquals(List.of(true, true), file.getList("incidents.auditChain.verified"));
        assertEquals("Offord Academy (URN 123456)", file.getString("toSchool"));

        String pdf = pdfText(files.get("file.pdf"));
        String firstRef = file.getString("incidents[0].reference");
        String secondRef = file.getString("incidents[1].reference");
        assertTrue(pdf.contains(firstRef) && pdf.contains(secondRef) && pdf.contains(pupil), pdf);
        assertTrue(pdf.contains("Offord Academy (URN 123456)"), pdf);
        assertFalse(pdf.contains(other), "no other pupil's reference in the PDF");

        JsonPath signature = JsonPath.from(new String(files.get("signature.json"), StandardCharsets.UTF_8));
        assertEquals("HMAC-SHA256", signature.getString("algorithm"));
        assertEquals(created.path("keyId"), signature.getString("keyId"));
        String canonical = sha256(files.get("file.json")) + "  file.json\n" + sha256(files.get("file.pdf"))
                + "  file.pdf\n";
        assertEquals(hmac(canonical), signature.getString("mac"),
                "sha256sum file.json file.pdf | openssl dgst -sha256 -hmac KEY recomputes the MAC");

        verify(archive).body("valid", equalTo(true)).body("reason", nullValue())
                .body("files.name", equalTo(List.of("file.json", "file.pdf")))
                .body("files.matches", equalTo(List.of(true, true)));
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        byte[] tampered = files.get("file.json").clone();
        tampered[tampered.length / 2] ^= 1;
        changed.put("file.json", tampered);
        verify(zip(changed)).body("valid", equalTo(false)).body("reason", equalTo("a file was changed after it was signed"))
                .body("files.matches", equalTo(List.of(false, true)));
        byte[] flipped = archive.clone();
        flipped[flipped.length / 3] ^= 1;
        Response broken = as("auditor").contentType("application/zip").body(flipped).post("/api/transfer/verification");
        assertTrue(broken.statusCode() == 400 || Boolean.FALSE.equals(broken.path("valid")),
                "one changed byte of the archive never verifies: " + broken.asString());

        basic(theDsl).queryParam("schoolId", SCHOOL).get("/api/pupils/" + pupil + "/file/exports").then()
                .statusCode(200).body("id", equalTo(List.of(created.<String>path("id"))))
                .body("[0].received", equalTo(false)).body("[0].incidents", equalTo(2));
        for (String incident : List.of(first, second)) {
            as("auditor").queryParam("incidentId", incident).queryParam("size", 100).get("/api/audit").then()
                    .statusCode(200).body("items.kind", hasItem("FILE_EXPORTED"));
        }
    }

    @Test
    void shouldRecordTheReceiptOnceAndShowAnExportOverdueAfterFiveWorkingDays() {
        report(Cases.list(party("VICTIM", "CHILD", 12, pupil)), "2026-11-16T09:00:00Z", null);
        String id = dsl().contentType(ContentType.JSON).queryParam("schoolId", SCHOOL)
                .body(Map.of("toSchool", "Claines High", "reason", "Moved to secondary school"))
                .post("/api/pupils/" + pupil + "/file").then().statusCode(201).extract().path("id");
        String exports = "/api/pupils/" + pupil + "/file/exports";

        clock.set("2026-11-27T16:59:00Z");
        dsl().queryParam("schoolId", SCHOOL).get(exports).then().statusCode(200).body("[0].overdue", equalTo(false));
        clock.set("2026-11-27T17:00:00Z");
        dsl().queryParam("schoolId", SCHOOL).get(exports).then().statusCode(200).body("[0].overdue", equalTo(true));

        clock.advance(Duration.ofHours(1));
        dsl().contentType(ContentType.JSON).body(Map.of("receivedBy", "Ms Example, DSL at Claines High"))
                .post(exports + "/" + id + "/receipt").then().statusCode(200).body("received", equalTo(true))
                .body("overdue", equalTo(false)).body("receipt.at", equalTo("2026-11-27T18:00:00Z"))
                .body("receipt.receivedBy", equalTo("Ms Example, DSL at Claines High"))
                .body("receipt.note", nullValue()).body("receipt.recordedBy", startsWith("key:"));
        dsl().contentType(ContentType.JSON).body(Map.of("receivedBy", "someone else"))
                .post(exports + "/" + id + "/receipt").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        dsl().queryParam("schoolId", SCHOOL).get(exports).then().statusCode(200).body("[0].received", equalTo(true))
                .body("[0].receipt.receivedBy", equalTo("Ms Example, DSL at Claines High"));
    }

    @Test
    void shouldRefuseBadRequestsNamingTheFieldAndWriteNothing() {
        report(Cases.list(party("VICTIM", "CHILD", 12, pupil)), "2026-11-16T09:00:00Z", null);
        String path = "/api/pupils/" + pupil + "/file";
        dsl().contentType(ContentType.JSON).queryParam("schoolId", SCHOOL).body(Map.of("reason", "moved"))
                .post(path).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", equalTo(List.of("toSchool")));
        dsl().contentType(ContentType.JSON).queryParam("schoolId", SCHOOL).body(Map.of("toSchool", "x", "reason", "y",
                "images", true)).post(path).then().statusCode(400).body("violations.field", equalTo(List.of("images")));
        dsl().contentType(ContentType.JSON).body(Map.of("toSchool", "x", "reason", "y")).post(path).then()
                .statusCode(400).body("violations.field", equalTo(List.of("schoolId")));
        dsl().contentType(ContentType.JSON).queryParam("schoolId", SCHOOL).body(Map.of("toSchool", "x", "reason", "y"))
                .post("/api/pupils/nobody-" + pupil + "/file").then().statusCode(409)
                .body("detail", containsString("no incident"));
        dsl().contentType(ContentType.JSON).queryParam("schoolId", "offord-primary")
                .body(Map.of("toSchool", "x", "reason", "y")).post(path).then().statusCode(403);
        dsl().queryParam("schoolId", SCHOOL).get(path + "/exports").then().statusCode(200).body("size()", equalTo(0));
        dsl().get(path + "/exports/" + UUID.randomUUID() + "/archive").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        dsl().contentType(ContentType.JSON).body(Map.of("note", "no name")).post(path + "/exports/" + UUID.randomUUID()
                + "/receipt").then().statusCode(400).body("violations.field", equalTo(List.of("receivedBy")));
        as("auditor").contentType("application/zip").body("not a zip".getBytes(StandardCharsets.UTF_8))
                .post("/api/transfer/verification").then().statusCode(400).body("violations.field", equalTo(List.of("body")));
    }

    @Test
    void shouldNotLetAnotherSchoolsDslSeeOrDownloadTheExport() {
        report(Cases.list(party("VICTIM", "CHILD", 12, pupil)), "2026-11-16T09:00:00Z", null);
        String archive = dsl().contentType(ContentType.JSON).queryParam("schoolId", SCHOOL)
                .body(Map.of("toSchool", "x", "reason", "y")).post("/api/pupils/" + pupil + "/file").then()
                .statusCode(201).extract().path("archive");
        as("dsl", "offord-primary").get(archive).then().statusCode(404);
        as("dsl", "offord-primary").queryParam("schoolId", SCHOOL).get("/api/pupils/" + pupil + "/file/exports")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldSayInTheFileWhenAnIncidentsAuditChainDoesNotHold() throws IOException {
        String id = report(Cases.list(party("VICTIM", "CHILD", 12, pupil)), "2026-11-16T09:00:00Z", null);
        UUID first = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select e.id from AuditEntry e "
                + "where e.incidentId = :i order by e.seq", UUID.class).setParameter("i", UUID.fromString(id))
                .setMaxResults(1).getSingleResult());
        String digest = QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry e = em.find(AuditEntry.class, first);
            String kept = e.digest;
            e.digest = "0".repeat(64);
            return kept;
        });
        try {
            String archive = dsl().contentType(ContentType.JSON).queryParam("schoolId", SCHOOL)
                    .body(Map.of("toSchool", "x", "reason", "y")).post("/api/pupils/" + pupil + "/file").then()
                    .statusCode(201).extract().path("archive");
            Map<String, byte[]> files = unzip(dsl().get(archive).then().statusCode(200).extract().asByteArray());
            JsonPath file = JsonPath.from(new String(files.get("file.json"), StandardCharsets.UTF_8));
            assertEquals(false, file.getBoolean("incidents[0].auditChain.verified"));
            assertEquals(first.toString(), file.getString("incidents[0].auditChain.firstBroken.id"));
            assertEquals("the entry's content does not match its hash",
                    file.getString("incidents[0].auditChain.firstBroken.reason"));
            assertTrue(pdfText(files.get("file.pdf")).contains("NOT verified"), "the PDF says so too");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.find(AuditEntry.class, first).digest = digest);
        }
    }

    private io.restassured.response.ValidatableResponse verify(byte[] archive) {
        return dsl().contentType("application/zip").body(archive).post("/api/transfer/verification").then()
                .statusCode(200);
    }

    private String report(List<Map<String, Object>> parties, String reportedAt, String summary) {
        Map<String, Object> body = Cases.incident(SCHOOL, "CYBERBULLYING");
        body.put("parties", parties);
        body.put("reportedAt", reportedAt);
        if (summary != null) {
            body.put("summary", summary);
        }
        return dsl().contentType(ContentType.JSON).body(body).post("/api/incidents").then().statusCode(201)
                .extract().path("id");
    }

    static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification dsl() {
        return as("dsl");
    }

    private static RequestSpecification as(String role) {
        return as(role, SCHOOL);
    }

    private static RequestSpecification as(String role, String school) {
        String key = KEYS.computeIfAbsent(role + "@" + school, k -> TestCredentials.apiKey(role, List.of(school)));
        return given().header("Authorization", TestCredentials.bearer(key));
    }

    private static RequestSpecification basic(String user) {
        return given().auth().preemptive().basic(user, "a-long-enough-password-" + user);
    }

    /** A DSL-role user holding {@code position} at the school. */
    private static String user(String position) {
        String name = "dsl-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic(TestCredentials.ADMIN, TestCredentials.ADMIN_PASSWORD)
                .contentType(ContentType.JSON).body(Map.of("username", name, "password", "a-long-enough-password-" + name,
                        "role", "dsl", "schoolIds", List.of(SCHOOL), "position", position))
                .when().post("/api/admin/users").then().statusCode(201);
        return name;
    }
}
