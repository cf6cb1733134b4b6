package org.esafety.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.junit.jupiter.api.Test;

import org.esafety.support.IncidentRequests;
import org.esafety.support.OwnCredentials;
import org.esafety.support.TestCredentials;

/**
 * People and systems signed in by a school's identity provider: real RS256 tokens signed with a key pair this
 * test generates, verified by quarkus-oidc against the public key, with roles and schools from the claims.
 */
@QuarkusTest
@OwnCredentials
@TestProfile(OidcTokenTest.IdentityProvider.class)
class OidcTokenTest {

    static final String ISSUER = "https://idp.test.invalid/realms/school";
    /** quarkus.oidc.client-id, the audience tokens must name (quarkus.oidc.token.audience defaults to it). */
    static final String CLIENT_ID = "esafety";
    static final Path PRIVATE_KEY = Path.of("target", "oidc-test", "private-key.b64");
    static final Path PUBLIC_KEY = Path.of("target", "oidc-test", "public-key.b64");

    /** OIDC on, verifying tokens with a freshly generated public key (no provider to reach). */
    public static class IdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Quarkus may ask for the overrides more than once per start: one pair, generated on the first ask.
            String publicKey;
            try {
                synchronized (IdentityProvider.class) {
                    if (!Files.exists(PUBLIC_KEY)) {
                        KeyPair pair = newPair();
                        Files.createDirectories(PRIVATE_KEY.getParent());
                        Files.writeString(PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                        Files.writeString(PUBLIC_KEY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                    }
                    publicKey = Files.readString(PUBLIC_KEY);
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.application-type", "service",
                    "quarkus.oidc.auth-server-url", "",
                    "quarkus.oidc.public-key", publicKey,
                    "quarkus.oidc.token.issuer", ISSUER,
                    "quarkus.oidc.roles.role-claim-path", "roles",
                    "esafety.oidc.schools-claim", "school_ids");
        }
    }

    @Test
    void shouldAcceptATokenWithRoleAndSchoolClaims() {
        String token = sign(claims("dsl", List.of("clifton-primary")), privateKey());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(IncidentRequests.minimal("clifton-primary", "CYBERBULLYING"))
                .post("/api/incidents").then().statusCode(201);
        given().auth().oauth2(token).get("/api/incidents").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(IncidentRequests.minimal("offord-primary", "CYBERBULLYING"))
                .post("/api/incidents").then().statusCode(403);
    }

    @Test
    void shouldOfferTheSchoolAccountOnTheSignInPageAndOpenThePagesWithAToken() {
        given().get("/login").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("href=\"/login/school-account\""));
        given().auth().oauth2(sign(claims("dsl", List.of("thingwall-primary")), privateKey())).get("/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("What is due"));
    }

    @Test
    void shouldForbidATokenWithoutAKnownRoleOrWithoutSchools() {
        String noRole = sign(claims("superuser", List.of("clifton-primary")), privateKey());
        given().auth().oauth2(noRole).get("/api/incidents").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        String noSchools = sign(Jwt.issuer(ISSUER).audience(CLIENT_ID).subject("u-2").claim("roles", List.of("dsl"))
                .expiresIn(300), privateKey());
        given().auth().oauth2(noSchools).get("/api/incidents").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(noSchools).contentType(ContentType.JSON)
                .body(IncidentRequests.minimal("clifton-primary", "CYBERBULLYING"))
                .post("/api/incidents").then().statusCode(403);
    }

    @Test
    void shouldRefuseExpiredAndWronglySignedTokens() {
        JwtClaimsBuilder expired = claims("dsl", List.of("clifton-primary"))
                .issuedAt(System.currentTimeMillis() / 1000 - 3600).expiresAt(System.currentTimeMillis() / 1000 - 1800);
        given().auth().oauth2(sign(expired, privateKey())).get("/api/incidents").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(sign(claims("dsl", List.of("clifton-primary")), newPair().getPrivate()))
                .get("/api/incidents").then().statusCode(401);
        JwtClaimsBuilder otherIssuer = Jwt.issuer("https://elsewhere.invalid").audience(CLIENT_ID).subject("u-3")
                .claim("roles", List.of("dsl")).claim("school_ids", List.of("clifton-primary")).expiresIn(300);
        given().auth().oauth2(sign(otherIssuer, privateKey())).get("/api/incidents").then().statusCode(401);
    }

    /**
     * Issue 17, finding 3: a token the trusted provider signed for another client of the same tenant (another app's
     * audience) was accepted, and tokens without {@code sub} all became "oidc:null" and read each other's reports.
     */
    @Test
    void shouldRefuseATokenForAnotherAudienceOrWithoutAudience() {
        JwtClaimsBuilder otherApp = Jwt.issuer(ISSUER).audience("timetable-app").claim("azp", "timetable-app")
                .subject("u-1").claim("roles", List.of("dsl")).claim("school_ids", List.of("clifton-primary"))
                .expiresIn(300);
        given().auth().oauth2(sign(otherApp, privateKey())).get("/api/incidents").then().statusCode(401)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(401));
        JwtClaimsBuilder noAudience = Jwt.issuer(ISSUER).subject("u-1").claim("roles", List.of("dsl"))
                .claim("school_ids", List.of("clifton-primary")).expiresIn(300);
        given().auth().oauth2(sign(noAudience, privateKey())).get("/api/incidents").then().statusCode(401);
        JwtClaimsBuilder both = Jwt.issuer(ISSUER).audience(java.util.Set.of("timetable-app", CLIENT_ID)).subject("u-1")
                .claim("roles", List.of("dsl")).claim("school_ids", List.of("clifton-primary")).expiresIn(300);
        given().auth().oauth2(sign(both, privateKey())).get("/api/incidents").then().statusCode(200);
    }

    @Test
    void shouldRefuseATokenWithoutSubjectAndNeverReadAsOidcNull() {
        String withSub = sign(claims("reporter", List.of("clifton-primary")), privateKey());
        given().auth().oauth2(withSub).contentType(ContentType.JSON)
                .body(IncidentRequests.minimal("clifton-primary", "CYBERBULLYING"))
                .post("/api/incidents").then().statusCode(201);
        JwtClaimsBuilder noSub = Jwt.issuer(ISSUER).audience(CLIENT_ID).claim("roles", List.of("reporter"))
                .claim("school_ids", List.of("clifton-primary")).expiresIn(300);
        given().auth().oauth2(sign(noSub, privateKey())).get("/api/incidents").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(sign(noSub, privateKey())).contentType(ContentType.JSON)
                .body(IncidentRequests.minimal("clifton-primary", "CYBERBULLYING"))
                .post("/api/incidents").then().statusCode(401);
    }

    @Test
    void shouldDocumentBearerTokensButNoDiscoveryWithoutAnIssuerUrl() {
        // OIDC is on, but tokens are checked against a public key alone: there is no discovery document to name.
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.keySet()", org.hamcrest.Matchers.containsInAnyOrder("bearer", "basic"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void shouldStillAcceptApiKeysBesideOidc() {
        String key = TestCredentials.apiKey("auditor", List.of("clifton-primary"));
        given().header("Authorization", TestCredentials.bearer(key)).get("/api/rules").then().statusCode(200);
    }

    private static JwtClaimsBuilder claims(String role, List<String> schools) {
        return Jwt.issuer(ISSUER).audience(CLIENT_ID).subject("u-1").claim("roles", List.of(role))
                .claim("school_ids", schools).expiresIn(300);
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().sign(key);
    }

    private static PrivateKey privateKey() {
        try {
            byte[] der = Base64.getDecoder().decode(Files.readString(PRIVATE_KEY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
