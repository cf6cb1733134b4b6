package org.esafety.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import org.esafety.policy.Responsible;

/**
 * People and systems signed in by the school's identity provider (OIDC): the schools come from a configurable
 * claim ({@code esafety.oidc.schools-claim}, default {@code school_ids}: an array or a space-separated string);
 * the roles from the claim quarkus-oidc reads ({@code quarkus.oidc.roles.role-claim-path}), keeping only the four
 * known roles. The principal id is {@code oidc:<sub>}; a token without {@code sub} is refused (401), as quarkus-oidc
 * itself does with {@code quarkus.oidc.token.subject-required}, and one for another audience never gets here.
 */
@ApplicationScoped
public class OidcClaims implements SecurityIdentityAugmentor {

    static final String PRINCIPAL = "esafety.principal";

    private final String schoolsClaim;
    private final String positionClaim;

    public OidcClaims(@ConfigProperty(name = "esafety.oidc.schools-claim", defaultValue = "school_ids") String schoolsClaim,
                      @ConfigProperty(name = "esafety.oidc.position-claim", defaultValue = "position") String positionClaim) {
        this.schoolsClaim = schoolsClaim;
        this.positionClaim = positionClaim;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (text(token.getSubject()).isEmpty()) {
            // Tokens without sub would all be one principal, "oidc:null", reading each other's reports.
            return Uni.createFrom().failure(new AuthenticationFailedException("the token has no subject"));
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addRoles(Roles.known(identity.getRoles()))
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(Caller.SCHOOLS, schools(token.getClaim(schoolsClaim)))
                .addAttribute(PRINCIPAL, "oidc:" + token.getSubject())
                .addAttribute(Caller.NAME, text(token.getClaim("name")).orElse("oidc:" + token.getSubject()));
        text(token.getClaim(positionClaim)).flatMap(OidcClaims::position)
                .ifPresent(p -> builder.addAttribute(Caller.POSITION, p));
        return Uni.createFrom().item(builder.build());
    }

    /** A claim's text, whether the token gives it as a JSON string or a Java string. */
    static Optional<String> text(Object claim) {
        String text = claim instanceof JsonString s ? s.getString() : claim instanceof String s ? s : null;
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static Optional<Responsible> position(String name) {
        try {
            return Optional.of(Responsible.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Set<String> schools(Object claim) {
        Set<String> ids = new HashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    ids.add(s.getString());
                }
            }
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> ids.add(String.valueOf(v)));
        } else if (claim instanceof JsonString s) {
            ids.addAll(SchoolIds.parse(s.getString()));
        } else if (claim instanceof String s) {
            ids.addAll(SchoolIds.parse(s));
        }
        return Set.copyOf(ids);
    }
}
