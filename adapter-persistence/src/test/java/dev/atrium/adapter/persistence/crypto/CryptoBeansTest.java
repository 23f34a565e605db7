package dev.atrium.adapter.persistence.crypto;

import dev.atrium.application.port.out.PasswordHasher;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The crypto beans in a context of their own, with no database: what a node's start settles. */
class CryptoBeansTest {
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void aNodeWithAMalformedMasterKeyDoesNotStart() {
        RuntimeException refusal = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(Map.of("atrium.master-key", "c2hvcnQ=")).close());

        assertInstanceOf(ConfigurationException.class, rootCause(refusal));
    }

    @Test
    void passwordsAreHashedWithArgon2id() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("atrium.master-key", KEY))) {
            assertInstanceOf(Argon2idPasswordHasher.class, context.getBean(PasswordHasher.class));
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
