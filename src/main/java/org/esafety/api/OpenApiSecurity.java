package org.esafety.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The ways in that work, as the document's security schemes (README "Access"): an API key or an OIDC access token as
 * an HTTP bearer token, a user's password as HTTP Basic, and OpenID Connect discovery only when OIDC is on with a real
 * issuer. Each operation accepts any of them, with the roles it allows; {@code servers} is the service's public URL.
 * Runs at start-up because all of this is run-time configuration.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class OpenApiSecurity implements OASFilter {

    static final String BEARER = "bearer";
    static final String BASIC = "basic";
    static final String OIDC = "oidc";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        Optional<String> discovery = discoveryUrl(
                config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(false),
                config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).orElse(""));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        if (components.getSecuritySchemes() != null) {
            new ArrayList<>(components.getSecuritySchemes().keySet()).forEach(components::removeSecurityScheme);
        }
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("An API key issued by an admin (esk_…), or an access token from the "
                        + "school's identity provider when OIDC is on: Authorization: Bearer <key or token>"));
        components.addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("A user's name and password (people and scripts)"));
        discovery.ifPresent(url -> components.addSecurityScheme(OIDC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT).openIdConnectUrl(url)
                .description("The school's identity provider")));
        List<String> schemes = discovery.isPresent() ? List.of(BEARER, BASIC, OIDC) : List.of(BEARER, BASIC);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(operation -> secure(operation, schemes)));
        }
        openAPI.setServers(List.of(OASFactory.createServer()
                .url(config.getOptionalValue("esafety.public-url", String.class).orElse("http://localhost:8080"))
                .description("This service (esafety.public-url)")));
    }

    /**
     * The OpenID Connect discovery document of the configured issuer, when OIDC is on and the issuer is real: not
     * empty (tokens checked against a public key alone) and not a placeholder under the reserved .invalid domain.
     */
    static Optional<String> discoveryUrl(boolean enabled, String authServerUrl) {
        if (!enabled || authServerUrl == null || authServerUrl.isBlank()) {
            return Optional.empty();
        }
        String host;
        try {
            host = URI.create(authServerUrl.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null || host.endsWith(".invalid") || host.equals("invalid")) {
            return Optional.empty();
        }
        String base = authServerUrl.trim().replaceAll("/+$", "");
        return Optional.of(base + "/.well-known/openid-configuration");
    }

    /** Replaces the generated requirement (one placeholder scheme) with one per scheme, keeping the roles. */
    private static void secure(Operation operation, List<String> schemes) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().values().forEach(r -> {
                    if (r != null) {
                        roles.addAll(r);
                    }
                });
            }
        }
        List<SecurityRequirement> any = schemes.stream()
                .map(s -> OASFactory.createSecurityRequirement().addScheme(s, List.copyOf(roles))).toList();
        operation.setSecurity(new ArrayList<>(any));
        operation.addExtension("x-roles", List.copyOf(roles));
    }
}
