package org.esafety.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The steps of an incident's life over HTTP (api.md "Reading", "Changing"): report, read, complete,
 * reassess, close. Steps named after a result ({@link #report}, {@link #reassess}) expect success and
 * return the body; the others return the response for the test to check.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** POST /api/incidents, expecting 201; the incident view. */
    public static JsonPath report(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents")
                .then().statusCode(201).extract().jsonPath();
    }

    public static JsonPath incident(String id) {
        return given().when().get("/api/incidents/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath evaluations(String id) {
        return given().when().get("/api/incidents/" + id + "/evaluations").then().statusCode(200).extract().jsonPath();
    }

    /** The incident's audit entries, oldest first (one page of up to 100). */
    public static List<Map<String, Object>> audit(String incidentId) {
        return given().header("Authorization", DefaultCredentials.as("auditor")).queryParam("incidentId", incidentId).queryParam("size", 100)
                .when().get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    public static ValidatableResponse completion(String actionId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/actions/" + actionId + "/completion").then();
    }

    /** Completes an action as DONE, expecting 200; the action. */
    public static JsonPath done(String actionId, String by) {
        return completion(actionId, json("completedBy", by)).statusCode(200).extract().jsonPath();
    }

    public static ValidatableResponse reassessment(String incidentId, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents/" + incidentId + "/reassessment").then();
    }

    /** POST /api/incidents/{id}/reassessment, expecting 200; the new incident view. */
    public static JsonPath reassess(String incidentId, Map<String, Object> body) {
        return reassessment(incidentId, body).statusCode(200).extract().jsonPath();
    }

    public static ValidatableResponse closure(String incidentId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/incidents/" + incidentId + "/closure").then();
    }

    /** Completes every OPEN action of the incident as DONE; the incident view afterwards. */
    public static JsonPath completeAllOpen(String incidentId, String by) {
        for (Map<String, Object> action : Views.withStatus(incident(incidentId), "OPEN")) {
            done((String) action.get("id"), by);
        }
        return incident(incidentId);
    }

    /** A JSON object from keys and values in turn; values may be null (an explicit JSON null). */
    public static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
