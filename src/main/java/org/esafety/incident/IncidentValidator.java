package org.esafety.incident;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import org.esafety.common.InvalidRequestException;
import org.esafety.common.Violation;
import org.esafety.policy.PartyKind;
import org.esafety.school.SchoolRegistry;

/** Checks an incident body: Bean Validation, then what needs the clock or the school list. */
@ApplicationScoped
public class IncidentValidator {

    /** Clock skew allowed between a school system and this service. */
    static final Duration SKEW = Duration.ofMinutes(5);

    private final Validator validator;
    private final SchoolRegistry schools;
    private final Clock clock;

    public IncidentValidator(Validator validator, SchoolRegistry schools, Clock clock) {
        this.validator = validator;
        this.schools = schools;
        this.clock = clock;
    }

    /** For intake: identity fields required, no assessment or outcome (they arrive by reassessment). */
    public void checkIntake(IncidentRequest request) {
        List<Violation> violations = common(request, true);
        if (request.dslAssessment() != null) {
            violations.add(new Violation("dslAssessment", "dslAssessment is not accepted at intake; send it by reassessment"));
        }
        if (request.externalOutcome() != null) {
            violations.add(new Violation("externalOutcome", "externalOutcome is not accepted at intake; send it by reassessment"));
        }
        throwIfAny(violations);
    }

    /** For a dry run: as intake, but source and externalRef optional and later states allowed. */
    public void checkDryRun(IncidentRequest request) {
        throwIfAny(common(request, false));
    }

    private List<Violation> common(IncidentRequest request, boolean intake) {
        if (request == null) {
            throw new InvalidRequestException("", "the request body is empty");
        }
        List<Violation> violations = new ArrayList<>();
        Class<?>[] groups = intake ? new Class<?>[] {Default.class, IncidentRequest.Intake.class}
                : new Class<?>[] {Default.class};
        validator.validate(request, groups).forEach(v ->
                violations.add(new Violation(field(v.getPropertyPath()), v.getMessage())));
        if (request.schoolId() != null && !request.schoolId().isBlank() && schools.find(request.schoolId()).isEmpty()) {
            violations.add(new Violation("schoolId", "unknown school"));
        }
        Instant now = clock.instant();
        if (request.reportedAt() != null && request.reportedAt().isAfter(now.plus(SKEW))) {
            violations.add(new Violation("reportedAt", "reportedAt may not be in the future"));
        }
        Instant reported = request.reportedAt() != null ? request.reportedAt() : now;
        if (request.occurredAt() != null && request.occurredAt().isAfter(reported)) {
            violations.add(new Violation("occurredAt", "occurredAt may not be after reportedAt"));
        }
        if (request.url() != null && !isHttpUrl(request.url())) {
            violations.add(new Violation("url", "url must be an absolute http or https URL"));
        }
        checkStaffRoles(request.parties(), violations);
        violations.sort(Comparator.comparing(Violation::field));
        return violations;
    }

    /** The body path of a constraint violation as api.md writes it: {@code parties[0].age}, {@code parties[1]}. */
    static String field(jakarta.validation.Path path) {
        StringBuilder out = new StringBuilder();
        for (jakarta.validation.Path.Node node : path) {
            if (node.isInIterable()) {
                out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                out.append(out.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return out.toString();
    }

    static void checkStaffRoles(List<PartyRequest> parties, List<Violation> violations) {
        if (parties == null) {
            return;
        }
        for (int i = 0; i < parties.size(); i++) {
            PartyRequest p = parties.get(i);
            if (p != null && p.staffRole() != null && p.kind() != PartyKind.STAFF) {
                violations.add(new Violation("parties[" + i + "].staffRole", "staffRole is only for STAFF parties"));
            }
            if (p != null && p.agencyOrContractor() != null && p.kind() != PartyKind.STAFF
                    && p.kind() != PartyKind.VISITOR) {
                violations.add(new Violation("parties[" + i + "].agencyOrContractor",
                        "agencyOrContractor is only for STAFF and VISITOR parties"));
            }
        }
    }

    static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
