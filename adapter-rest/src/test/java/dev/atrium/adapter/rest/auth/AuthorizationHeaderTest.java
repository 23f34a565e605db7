package dev.atrium.adapter.rest.auth;

import dev.atrium.adapter.rest.auth.AuthorizationHeader.BasicCredentials;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuthorizationHeaderTest {

    @Test
    void basicCredentialsSplitAtTheFirstColonSoTheSecretMayHoldColons() {
        assertEquals(Optional.of(new BasicCredentials("ak_1", "se:cr:et")),
                AuthorizationHeader.basic("Basic " + base64("ak_1:se:cr:et")));
    }

    @Test
    void theSchemeIsReadWithoutRegardToCase() {
        assertEquals(Optional.of(new BasicCredentials("ak_1", "secret")),
                AuthorizationHeader.basic("bASIC " + base64("ak_1:secret")));
        assertEquals(Optional.of("token"), AuthorizationHeader.bearer("bearer token"));
    }

    @Test
    void credentialsThatCannotBeReadAreNone() {
        assertEquals(Optional.empty(), AuthorizationHeader.basic(null));
        assertEquals(Optional.empty(), AuthorizationHeader.basic("Basic"));
        assertEquals(Optional.empty(), AuthorizationHeader.basic("Basic ***"));
        assertEquals(Optional.empty(), AuthorizationHeader.basic("Basic " + base64("no colon")));
        assertEquals(Optional.empty(), AuthorizationHeader.basic("Bearer " + base64("ak_1:secret")));
        assertEquals(Optional.empty(), AuthorizationHeader.bearer("Basic " + base64("ak_1:secret")));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
