package org.esafety.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every error answer of the OpenAPI document is the {@link Problem} document (api.md "Errors"), with its schema, so
 * that a generated client can read it; the errors every operation of a kind can give are listed on each.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiProblems implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String REF = "#/components/schemas/" + PROBLEM;

    /** Errors listed where they can happen, unless an operation already describes them. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "400", "Invalid request (violations name each field); nothing stored",
            "401", "No credentials, or credentials that do not check out",
            "403", "The role or the schools of these credentials do not allow this; nothing stored",
            "408", "The body did not all arrive within the deadline (10 s by default); nothing stored",
            "404", "No such resource, or not one of the caller's schools",
            "413", "The body is larger than the limit (64 KiB); nothing stored",
            "415", "The body is not application/json",
            "500", "The service could not complete the request; nothing stored (the detail holds an error id)",
            "503", "The instance is busy (it already has its limit of requests in hand) or stopping; nothing stored: "
                    + "send the request again after Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Violation", violation()).addSchema(PROBLEM, problem());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> document(path, operation)));
    }

    private static void document(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean body = operation.getRequestBody() != null;
        boolean query = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY);
        Map<String, Boolean> applies = new LinkedHashMap<>();
        applies.put("400", body || query);
        applies.put("404", path.contains("{"));
        applies.put("408", body);
        applies.put("413", body);
        applies.put("415", body);
        applies.put("500", true);
        applies.put("503", true);
        applies.forEach((code, yes) -> {
            if (yes && !responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(DEFAULTS.get(code)));
            }
        });
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(code, response);
            }
        });
    }

    private static void asProblem(String code, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().startsWith("Not ")
                || response.getDescription().equals("Bad Request")) {
            response.setDescription(DEFAULTS.getOrDefault(code, response.getDescription()));
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
    }

    private static Schema violation() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One problem with the request")
                .addProperty("field", text("The path from the body root (parties[0].age), or the query parameter; "
                        + "\"\" for the body as a whole"))
                .addProperty("message", text("What is wrong, for a person"))
                .required(List.of("field", "message"));
    }

    private static Schema problem() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem document (application/problem+json)")
                .addProperty("type", text("urn:esafety:problem:<kind>: validation, not-found, conflict, "
                        + "unsupported-media-type, payload-too-large, rate-limited, unauthorized, forbidden, "
                        + "rules-invalid, internal, unavailable, request-timeout").format("uri"))
                .addProperty("title", text("A short summary of the kind"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", text("What happened to this request"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("On a 400 caused by the body or the parameters, and on 422 rules-invalid")
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
