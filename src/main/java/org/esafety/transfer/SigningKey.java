package org.esafety.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.esafety.access.GeneratedSessionKey;
import org.esafety.common.KeyFile;
import org.esafety.common.Sha256;

/**
 * The key children's files are signed with (HMAC-SHA256): {@code esafety.transfer.signing-key} if set; else, with
 * the embedded H2 database, {@value #FILE_NAME} beside it (generated on first use, mode 0600); else none, and an
 * export is refused rather than signed with a key nobody keeps. The key is read when first needed, never logged.
 */
@ApplicationScoped
public class SigningKey {

    public static final String FILE_NAME = "transfer-signing.key";
    static final String ALGORITHM = "HMAC-SHA256";

    private final Optional<String> configured;
    private final Optional<Path> dataFolder;
    private volatile String key;

    @Inject
    public SigningKey(TransferConfig config,
                      @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl) {
        this(config.signingKey(), jdbcUrl.flatMap(GeneratedSessionKey::dataFolder));
    }

    SigningKey(Optional<String> configured, Optional<Path> dataFolder) {
        this.configured = configured.map(String::strip).filter(k -> !k.isEmpty());
        this.dataFolder = dataFolder;
    }

    /** The hex HMAC-SHA256 of {@code text} (UTF-8) under the key, as {@code openssl dgst -sha256 -hmac} prints it. */
    public String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }

    /** Whether {@code mac} is the key's MAC of {@code text}, compared in constant time. */
    public boolean verifies(String text, String mac) {
        return mac != null && MessageDigest.isEqual(mac(text).getBytes(StandardCharsets.UTF_8),
                mac.getBytes(StandardCharsets.UTF_8));
    }

    /** Names the key without revealing it: the first 16 hex digits of a SHA-256 of it. */
    public String id() {
        return Sha256.hex("esafety-transfer-key-id\n" + secret()).substring(0, 16);
    }

    private String secret() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    if (configured.isPresent() && configured.get().length() < 32) {
                        throw new SigningKeyMissingException("the configured esafety.transfer.signing-key is shorter "
                                + "than 32 characters: set a longer one; nothing was exported");
                    }
                    key = configured.orElseGet(() -> dataFolder.map(dir -> KeyFile.readOrCreate(dir.resolve(FILE_NAME)))
                            .orElseThrow(SigningKeyMissingException::new));
                }
            }
        }
        return key;
    }
}
