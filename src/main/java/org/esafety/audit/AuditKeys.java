package org.esafety.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.esafety.access.GeneratedSessionKey;
import org.esafety.common.KeyFile;
import org.esafety.common.Sha256;

/**
 * The keys of the audit trail's HMAC-SHA256, kept outside the database: {@code esafety.audit.key} if set; else, with
 * the embedded H2 database, {@value #FILE_NAME} beside it (generated on first start, mode 0600); else none, and the
 * service does not start. {@code esafety.audit.previous-keys} keep verifying the entries made before a rotation.
 * Each key is named by an id (a digest of it) that entries record; no key is ever logged.
 */
@ApplicationScoped
public class AuditKeys {

    public static final String FILE_NAME = "audit.key";
    private static final String VARIABLE = "ESAFETY_AUDIT_KEY";

    private final Optional<String> configured;
    private final List<String> previous;
    private final Optional<Path> dataFolder;
    private volatile Map<String, byte[]> keys;
    private volatile String currentId;

    @Inject
    public AuditKeys(AuditConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl) {
        this(config.key(), config.previousKeys().orElse(List.of()),
                jdbcUrl.flatMap(GeneratedSessionKey::dataFolder));
    }

    AuditKeys(Optional<String> configured, List<String> previous, Optional<Path> dataFolder) {
        this.configured = configured.map(String::strip).filter(k -> !k.isEmpty());
        this.previous = previous.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        this.dataFolder = dataFolder;
    }

    /** Refuses to start without a key nobody else could know; generates the embedded default's key. */
    void onStart(@Observes @Priority(1) StartupEvent event) {
        load();
    }

    /** The id new entries record: the key their MAC is made with. */
    public String currentId() {
        load();
        return currentId;
    }

    /** The hex HMAC-SHA256 of {@code text} (UTF-8) under the current key. */
    public String mac(String text) {
        return mac(keys().get(currentId()), text);
    }

    /** Whether {@code mac} is the MAC of {@code text} under the key {@code keyId}; false for an unknown key. */
    public boolean verifies(String keyId, String text, String mac) {
        byte[] key = keys().get(keyId);
        return key != null && mac != null && MessageDigest.isEqual(mac(key, text).getBytes(StandardCharsets.UTF_8),
                mac.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether entries made with {@code keyId} can be verified here (the current key or a previous one). */
    public boolean knows(String keyId) {
        return keys().containsKey(keyId);
    }

    /** Names a key without revealing it: the first 16 hex digits of a SHA-256 of it. */
    static String id(String key) {
        return Sha256.hex("esafety-audit-key-id\n" + key).substring(0, 16);
    }

    private Map<String, byte[]> keys() {
        load();
        return keys;
    }

    private void load() {
        if (keys != null) {
            return;
        }
        synchronized (this) {
            if (keys != null) {
                return;
            }
            String current = configured.map(k -> checked(k, "esafety.audit.key (" + VARIABLE + ")"))
                    .orElseGet(() -> dataFolder.map(dir -> KeyFile.readOrCreate(dir.resolve(FILE_NAME)))
                            .orElseThrow(() -> new IllegalStateException("Refusing to start: no audit key is "
                                    + "configured. Set " + VARIABLE + " to at least " + KeyFile.MIN_LENGTH
                                    + " random characters (e.g. `openssl rand -base64 32`), the same on every "
                                    + "instance, kept outside the database; see the README, section Security")));
            Map<String, byte[]> all = new LinkedHashMap<>();
            all.put(id(current), current.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < previous.size(); i++) {
                String old = checked(previous.get(i), "esafety.audit.previous-keys[" + i + "]");
                all.putIfAbsent(id(old), old.getBytes(StandardCharsets.UTF_8));
            }
            currentId = id(current);
            keys = Map.copyOf(all);
        }
    }

    private static String checked(String key, String name) {
        KeyFile.weakness(key).ifPresent(w -> {
            throw new IllegalStateException("Refusing to start: the audit key " + name + " " + w + ". Set "
                    + VARIABLE + " to at least " + KeyFile.MIN_LENGTH + " random characters (e.g. `openssl rand "
                    + "-base64 32`); see the README, section Security");
        });
        return key;
    }

    private static String mac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }
}
