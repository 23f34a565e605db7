package dev.atrium.application.port.in.tenant;

import java.util.Optional;

/** Makes sure the service can be used right after start. */
public interface ProvisionApiKeyUseCase {
    /**
     * Ensures the configured key exists (with the configured secret), or, when none is configured
     * and no key exists at all, generates one. Returns the generated key, whose secret must be shown
     * to the operator once; empty when nothing was generated.
     */
    Optional<IssuedApiKey> provisionApiKey(ProvisionApiKeyCommand command);
}
