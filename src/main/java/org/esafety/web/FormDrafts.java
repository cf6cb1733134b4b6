package org.esafety.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.esafety.common.Sha256;

/**
 * Forms sent after the session ended, kept on the server until their author signs in again (issue 16, "nothing
 * typed is lost"). The browser gets only a random token (an HttpOnly, SameSite=Strict cookie); the table keeps its
 * SHA-256, the form's fields (never the CSRF token), which page and form they belong to, and who was signed in when
 * the page was drawn (the form's {@code author} field). A draft is given back once, to that person only, on that
 * form's page, within {@code esafety.drafts.keep-for} (4 hours by default); then it is deleted. Nothing of it is
 * logged. Kept in the database, not in memory, so that any instance behind a load balancer can give it back.
 */
@ApplicationScoped
public class FormDrafts {

    /** The hidden field every record form carries: the principal signed in when the page was drawn. */
    static final String AUTHOR = "author";
    /** Larger forms are not kept (the report form with every field filled in is a few kilobytes). */
    static final int MAX_FIELDS_CHARS = 64 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;
    private final Clock clock;
    private final Duration keepFor;

    public FormDrafts(EntityManager em, Clock clock,
                      @ConfigProperty(name = "esafety.drafts.keep-for", defaultValue = "PT4H") Duration keepFor) {
        this.em = em;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** A form given back: its id on the page and what was typed. */
    public record Draft(String formKey, Map<String, String> values) {
    }

    /**
     * Keeps a form and returns the token for the browser's cookie, or empty when it cannot be given back to anyone
     * (no author: the page was drawn for nobody signed in; or too large). Expired drafts are removed on the way.
     */
    @Transactional
    public Optional<String> keep(KeptForm form, Map<String, List<String>> fields) {
        String author = first(fields, AUTHOR);
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (!k.equals(CsrfToken.FIELD) && !k.equals(AUTHOR) && !v.isEmpty()) {
                values.put(k, v.get(0));
            }
        });
        String json = write(values);
        if (author == null || author.isBlank() || author.length() > 320 || json.length() > MAX_FIELDS_CHARS) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        em.createNativeQuery("DELETE FROM form_draft WHERE expires_at < ?1").setParameter(1, at(now)).executeUpdate();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("INSERT INTO form_draft (token_hash, author, form_key, page, fields, created_at, expires_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, Sha256.hex(token)).setParameter(2, author).setParameter(3, form.formKey())
                .setParameter(4, form.page()).setParameter(5, json).setParameter(6, at(now))
                .setParameter(7, at(now.plus(keepFor))).executeUpdate();
        return Optional.of(token);
    }

    /**
     * Gives back, once, the form kept under this browser's token when the signed-in principal is the one it was typed
     * by and it was kept for the page asking (its address, e.g. {@code /incidents/<id>?kept=1#notes}); the draft is
     * deleted whoever asks, so that it never waits for the next person on a shared computer.
     */
    @Transactional
    public Optional<Draft> take(String token, String principal, java.util.function.Predicate<String> thisPage) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Sha256.hex(token);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT author, form_key, fields, expires_at, page FROM form_draft WHERE token_hash = ?1")
                .setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        delete(hash);
        if (!principal.equals(row[0]) || expired(row[3]) || !thisPage.test((String) row[4])) {
            return Optional.empty();
        }
        return Optional.of(new Draft((String) row[1], read((String) row[2])));
    }

    private void delete(String hash) {
        em.createNativeQuery("DELETE FROM form_draft WHERE token_hash = ?1").setParameter(1, hash).executeUpdate();
    }

    private boolean expired(Object expiresAt) {
        Instant at = expiresAt instanceof OffsetDateTime o ? o.toInstant()
                : expiresAt instanceof java.sql.Timestamp t ? t.toInstant()
                : expiresAt instanceof Instant i ? i : Instant.MIN;
        return at.isBefore(clock.instant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String write(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a kept form is a map of strings", e);
        }
    }
}
