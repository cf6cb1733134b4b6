package org.esafety.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esafety.client.ApiClient;
import org.esafety.client.ApiException;
import org.esafety.client.ApiResponse;
import org.esafety.client.api.ActionsApi;
import org.esafety.client.api.AdministrationApi;
import org.esafety.client.api.IncidentsApi;
import org.esafety.client.model.ActionStatus;
import org.esafety.client.model.ActionView;
import org.esafety.client.model.Category;
import org.esafety.client.model.CompletionRequest;
import org.esafety.client.model.IncidentRequest;
import org.esafety.client.model.IncidentStatus;
import org.esafety.client.model.IncidentView;
import org.esafety.client.model.NewApiKey;
import org.esafety.client.model.Outcome;
import org.esafety.client.model.PartyKind;
import org.esafety.client.model.PartyRequest;
import org.esafety.client.model.PartyRole;
import org.esafety.client.model.Problem;
import org.esafety.client.model.Violation;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * The contract as a school system's developer meets it (issue 19): a Java client generated at build time from
 * docs/openapi.json (pom.xml, openapi-generator's "native" library) drives the running service. An admin issues the
 * system's API key over HTTP Basic; the system reports, reads back, completes an action and gets a 400 problem.
 */
@QuarkusTest
@OwnCredentials
class GeneratedClientTest {

    private static final String SCHOOL = "claines-primary";

    @TestHTTPResource("/")
    URI base;

    private IncidentsApi incidents;
    private ActionsApi actions;

    @BeforeEach
    void signIn() throws ApiException {
        String basic = Base64.getEncoder().encodeToString((TestCredentials.ADMIN + ":" + TestCredentials.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String key = new AdministrationApi(client("Basic " + basic))
                .issueApiKey(new NewApiKey().name("generated client").role("dsl").schoolIds(List.of(SCHOOL))).getKey();
        assertTrue(key.startsWith("esk_"), key);
        ApiClient system = client("Bearer " + key);
        incidents = new IncidentsApi(system);
        actions = new ActionsApi(system);
    }

    @Test
    void shouldReportReadAndCompleteThroughTheGeneratedClient() throws ApiException {
        IncidentRequest request = sharingNudes("GC-" + UUID.randomUUID());

        ApiResponse<IncidentView> created = incidents.reportIncidentWithHttpInfo(request);
        assertEquals(201, created.getStatusCode());
        IncidentView incident = created.getData();
        assertNotNull(incident, "201 must carry the incident view");
        assertNotNull(incident.getId());
        assertEquals(Category.SHARING_NUDES, incident.getCategory());
        assertEquals(IncidentStatus.OPEN, incident.getStatus());
        assertEquals("Shared in a group chat; text for staff only.", incident.getSummary());
        assertTrue(incident.getAssessment().getRuleSetVersion().startsWith("sha256:"));
        assertTrue(created.getHeaders().get("Location").get(0).endsWith("/api/incidents/" + incident.getId()));
        ActionView first = incident.getActions().stream().filter(a -> a.getStatus() == ActionStatus.OPEN)
                .findFirst().orElseThrow();

        ApiResponse<IncidentView> repeated = incidents.reportIncidentWithHttpInfo(request);
        assertEquals(200, repeated.getStatusCode());
        assertEquals(incident.getId(), repeated.getData().getId());

        IncidentView read = incidents.getIncident(incident.getId());
        assertEquals(incident.getId(), read.getId());
        assertEquals(incident.getActions().size(), read.getActions().size());

        ActionView done = actions.completeAction(first.getId(),
                new CompletionRequest().outcome(Outcome.DONE).completedBy("staff-17").note("Done"));
        assertEquals(ActionStatus.DONE, done.getStatus());
        assertEquals(first.getCode(), done.getCode());
        assertNotNull(done.getCompletedAt());
        assertEquals(ActionStatus.DONE, incidents.getIncident(incident.getId()).getActions().stream()
                .filter(a -> a.getId().equals(first.getId())).findFirst().orElseThrow().getStatus());
    }

    @Test
    void shouldReadABadRequestAsAProblemWithViolations() throws ApiException {
        long before = incidents.listIncidents(null, null, null, null, null, null, null, SCHOOL, 1, null, null, null).getTotal();
        IncidentRequest noCategory = sharingNudes("GC-" + UUID.randomUUID()).category(null);

        ApiException e = assertThrows(ApiException.class, () -> incidents.reportIncident(noCategory));

        assertEquals(400, e.getCode());
        assertTrue(e.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Problem problem = parse(e.getResponseBody());
        assertEquals(URI.create("urn:esafety:problem:validation"), problem.getType());
        assertEquals(400, problem.getStatus());
        assertTrue(problem.getViolations().stream().map(Violation::getField).toList().contains("category"),
                String.valueOf(problem.getViolations()));
        assertEquals(before, incidents.listIncidents(null, null, null, null, null, null, null, SCHOOL, 1, null, null, null).getTotal(),
                "nothing stored");
    }

    @Test
    void shouldReadAMissingKeyAsAProblem() {
        ApiException e = assertThrows(ApiException.class,
                () -> new IncidentsApi(client(null)).getIncident(UUID.randomUUID()));
        assertEquals(401, e.getCode());
        assertEquals(URI.create("urn:esafety:problem:unauthorized"), parse(e.getResponseBody()).getType());
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(),
                base.toString().replaceAll("/$", ""));
        if (authorization != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        }
        return client;
    }

    private static IncidentRequest sharingNudes(String externalRef) {
        return new IncidentRequest().schoolId(SCHOOL).source("generated-client").externalRef(externalRef)
                .category(Category.SHARING_NUDES)
                .parties(List.of(
                        new PartyRequest().role(PartyRole.INSTIGATOR).kind(PartyKind.CHILD).ref("pupil-881").age(15),
                        new PartyRequest().role(PartyRole.VICTIM).kind(PartyKind.CHILD).ref("pupil-102").age(15)))
                .summary("Shared in a group chat; text for staff only.");
    }

    private static Problem parse(String body) {
        try {
            return ApiClient.createDefaultObjectMapper().readValue(body, Problem.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a problem document: " + body, e);
        }
    }
}
