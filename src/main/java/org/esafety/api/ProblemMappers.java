package org.esafety.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.esafety.common.InvalidRequestException;
import org.esafety.common.JsonPaths;
import org.esafety.common.ResourceNotFoundException;
import org.esafety.common.StateConflictException;
import org.esafety.common.Violation;
import org.esafety.rules.CandidateCompilationException;
import org.esafety.rules.RuleCompilationException;

/** Every error the API answers, as RFC 9457 problem+json. Only this class knows HTTP status codes. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return respond(Problem.validation(e.violations()));
    }

    /** Wrong types, unknown fields and unknown enum values: before Quarkus' built-in mapper, which answers an empty 400. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = JsonPaths.of(m.getPath());
            return respond(Problem.validation(List.of(new Violation(field, message(m)))));
        }
        String message = e instanceof MismatchedInputException ? "the body must be a JSON object"
                : "the body is not valid JSON";
        return respond(Problem.validation(List.of(new Violation("", message))));
    }

    @ServerExceptionMapper
    public Response rulesInvalid(RuleCompilationException e) {
        List<Violation> violations = e.problems().stream().map(p -> new Violation(p.location(), p.message())).toList();
        return respond(new Problem("urn:esafety:problem:rules-invalid", "The rule files do not compile", 422,
                "the rule set in force keeps serving", violations));
    }

    /** The candidate rule folder of an impact report does not compile: the same violations, nothing compared. */
    @ServerExceptionMapper
    public Response candidateInvalid(CandidateCompilationException e) {
        List<Violation> violations = e.problems().stream().map(p -> new Violation(p.location(), p.message())).toList();
        return respond(new Problem("urn:esafety:problem:rules-invalid", "The candidate rule files do not compile", 422,
                "the candidate rule folder on the server was not compared; fix it and start the report again", violations));
    }

    /** No credentials, or credentials that do not check out: 401, with the schemes the service accepts. */
    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e) {
        return unauthorized();
    }

    /** Signed in, but the role or the school does not allow this: 403. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "your role or your schools do not allow this request; nothing was stored"));
    }

    @ServerExceptionMapper
    public Response rateLimited(org.esafety.access.RateLimitedException e) {
        return Response.fromResponse(respond(Problem.of(429, "rate-limited", "Too many requests",
                        "too many incidents from these credentials in too short a time; retry after "
                                + e.retryAfterSeconds() + " s; nothing was stored")))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e) {
        return respond(Problem.of(404, "not-found", "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(StateConflictException e) {
        return respond(Problem.of(409, "conflict", "Conflict", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return respond(Problem.of(409, "conflict", "Conflict",
                "someone else changed this at the same moment; read it again and retry"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader wraps malformed JSON in a plain 400: answer it as a validation problem at "".
            return unreadable(json);
        }
        if (status >= 500) {
            return internal(e);
        }
        return respond(Problem.of(status, kind(status), e.getResponse().getStatusInfo().getReasonPhrase(),
                detail(status)));
    }

    @ServerExceptionMapper
    public Response internal(Throwable e) {
        if (Failures.concurrentChange(e)) {
            return concurrentChange(null);
        }
        String errorId = UUID.randomUUID().toString();
        // Exception messages can quote request values, so log the types and where they arose, never the messages.
        Log.errorf("Internal error %s: %s", errorId, Failures.describe(e));
        return respond(Problem.of(500, "internal", "Internal error",
                "The service could not complete the request; nothing was stored. Error id " + errorId));
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "unknown value; one of " + List.of(f.getTargetType().getEnumConstants());
        }
        return "wrong type or format";
    }

    private static String kind(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404, 405 -> "not-found";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            default -> "validation";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 415 -> "send the body as application/json";
            default -> "the request cannot be served";
        };
    }

    private static Response unauthorized() {
        return Response.fromResponse(respond(Problem.of(401, "unauthorized", "Unauthorized",
                        "send an API key or token (Authorization: Bearer …) or a user name and password (Basic)")))
                .header("WWW-Authenticate", "Bearer, Basic realm=\"esafety\"").build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
