package org.esafety.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.common.InvalidRequestException;
import org.esafety.common.Violation;

/**
 * Checks what an admin grants: a known role, known schools, a sound name and password. An admin grants
 * only schools it is bound to itself, so a trust's admin cannot open another trust's schools.
 */
@ApplicationScoped
public class Grants {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    static final int MIN_PASSWORD = PasswordPolicy.MIN_CONTENT;

    private final SchoolDirectory schools;

    public Grants(SchoolDirectory schools) {
        this.schools = schools;
    }

    void checkKey(AccessRecords.NewApiKey body, Caller admin) {
        List<Violation> violations = new ArrayList<>();
        if (body == null) {
            throw new InvalidRequestException("", "a JSON body with name, role and schoolIds is required");
        }
        if (body.name() == null || body.name().isBlank()) {
            violations.add(new Violation("name", "required"));
        } else if (body.name().length() > 100) {
            violations.add(new Violation("name", "at most 100 characters"));
        }
        role(body.role(), violations);
        schools(body.schoolIds(), violations);
        finish(violations, body.schoolIds(), admin);
    }

    void checkUser(AccessRecords.NewUser body, Caller admin) {
        List<Violation> violations = new ArrayList<>();
        if (body == null) {
            throw new InvalidRequestException("", "a JSON body with username, password, role and schoolIds is required");
        }
        if (body.username() == null || !USERNAME.matcher(body.username()).matches()) {
            violations.add(new Violation("username", "1 to 64 letters, digits, '.', '_', '@' or '-'"));
        }
        password(body.password(), body.username(), violations);
        role(body.role(), violations);
        personRole(body.role(), violations);
        schools(body.schoolIds(), violations);
        displayName(body.displayName(), violations);
        finish(violations, body.schoolIds(), admin);
    }

    private static void displayName(String name, List<Violation> violations) {
        if (name != null && (name.isBlank() || name.length() > 100)) {
            violations.add(new Violation("displayName", "1 to 100 characters"));
        }
    }

    void checkChange(String username, AccessRecords.UserChange body, Caller admin) {
        List<Violation> violations = new ArrayList<>();
        if (body == null) {
            throw new InvalidRequestException("", "a JSON body with role, schoolIds or password is required");
        }
        if (body.role() == null && body.schoolIds() == null && body.password() == null && body.displayName() == null
                && body.position() == null) {
            violations.add(new Violation("", "give at least one of role, schoolIds, password, displayName, position"));
        }
        displayName(body.displayName(), violations);
        if (body.role() != null) {
            role(body.role(), violations);
            personRole(body.role(), violations);
        }
        if (body.schoolIds() != null) {
            schools(body.schoolIds(), violations);
        }
        if (body.password() != null) {
            password(body.password(), username, violations);
        }
        finish(violations, body.schoolIds() == null ? List.of() : body.schoolIds(), admin);
    }

    /** An admin may manage a principal only when it is bound to every school of that principal. */
    void checkManages(Set<String> principalSchools, Caller admin) {
        if (!admin.schoolIds().containsAll(principalSchools)) {
            throw new ForbiddenException("bound to a school this admin is not bound to");
        }
    }

    private static void role(String role, List<Violation> violations) {
        if (role == null) {
            violations.add(new Violation("role", "required; one of " + Roles.ALL));
        } else if (!Roles.isKnown(role)) {
            violations.add(new Violation("role", "unknown value; one of " + Roles.ALL));
        }
    }

    /** The integration role is a product's, never a person's: only an API key holds it. */
    private static void personRole(String role, List<Violation> violations) {
        if (Roles.INTEGRATION.equals(role)) {
            violations.add(new Violation("role", "integration is for API keys of monitoring products, not for users"));
        }
    }

    private void schools(List<String> ids, List<Violation> violations) {
        if (ids == null || ids.isEmpty()) {
            violations.add(new Violation("schoolIds", "at least one school id is required"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !schools.exists(id)) {
                violations.add(new Violation("schoolIds[" + i + "]", "unknown school"));
            } else if (!seen.add(id)) {
                violations.add(new Violation("schoolIds[" + i + "]", "given twice"));
            }
        }
    }

    private static void password(String password, String username, List<Violation> violations) {
        PasswordPolicy.problem(password, username).ifPresent(p -> violations.add(new Violation("password", p)));
    }

    private static void finish(List<Violation> violations, List<String> granted, Caller admin) {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        for (String id : granted) {
            if (!admin.boundTo(id)) {
                throw new ForbiddenException("this admin is not bound to school " + id);
            }
        }
    }
}
