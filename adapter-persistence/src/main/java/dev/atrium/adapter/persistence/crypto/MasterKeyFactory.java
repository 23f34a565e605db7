package dev.atrium.adapter.persistence.crypto;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The node's master key, settled as the context starts so that a wrong one stops the node at once
 * rather than at the first token: {@value #PROPERTY} (ATRIUM_MASTER_KEY) when set, else the
 * {@link MasterKeyFile} in {@value #DATA_DIR_PROPERTY}, generated on first start.
 */
@Factory
class MasterKeyFactory {
    static final String PROPERTY = "atrium.master-key";
    static final String DATA_DIR_PROPERTY = "atrium.data-dir";

    @Context
    MasterKey masterKey(@Nullable @Property(name = PROPERTY) String configured,
                        @Value("${" + DATA_DIR_PROPERTY + ":./data}") String dataDirectory) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured, PROPERTY + " (ATRIUM_MASTER_KEY)");
        }
        MasterKeyFile file = new MasterKeyFile(Path.of(dataDirectory));
        try {
            return decode(file.readOrCreate(MasterKeyFactory::generate), "the file " + file.path());
        } catch (IOException e) {
            throw new ConfigurationException("ATRIUM_MASTER_KEY is not set, and the master key file " + file.path()
                    + " can be neither read nor created (" + e + "). Set ATRIUM_MASTER_KEY, or make "
                    + DATA_DIR_PROPERTY + " (ATRIUM_DATA_DIR) a writable directory.", e);
        }
    }

    private static MasterKey decode(String text, String origin) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw refused(origin, "is not base64");
        }
        if (key.length != MasterKey.KEY_BYTES) {
            throw refused(origin, "decodes to " + key.length + " bytes");
        }
        return new MasterKey(key, origin);
    }

    private static ConfigurationException refused(String origin, String problem) {
        return new ConfigurationException("The master key from " + origin + " " + problem + "; it must be the base64 of"
                + " exactly " + MasterKey.KEY_BYTES + " random bytes (for example: openssl rand -base64 32).");
    }

    private static String generate() {
        byte[] key = new byte[MasterKey.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
