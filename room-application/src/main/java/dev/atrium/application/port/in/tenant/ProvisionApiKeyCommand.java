package dev.atrium.application.port.in.tenant;

import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.ApiKeySecret;

import java.util.Optional;

/**
 * What the operator configured for the start-up key: a key id and secret, or nothing, in which case
 * a key is generated only if no key exists at all.
 */
public record ProvisionApiKeyCommand(Optional<ApiKeyId> configuredId, Optional<ApiKeySecret> configuredSecret) {
    public ProvisionApiKeyCommand {
        if (configuredId.isPresent() != configuredSecret.isPresent()) {
            throw new IllegalArgumentException("configure both the API key id and its secret, or neither");
        }
    }

    public static ProvisionApiKeyCommand none() {
        return new ProvisionApiKeyCommand(Optional.empty(), Optional.empty());
    }
}
