package dev.atrium.bootstrap;

import dev.atrium.application.port.in.tenant.IssuedApiKey;
import dev.atrium.application.port.in.tenant.ProvisionApiKeyCommand;
import dev.atrium.application.port.in.tenant.ProvisionApiKeyUseCase;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.ApiKeySecret;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PostConstruct;

import java.util.Optional;

/**
 * Makes sure the API can be used as soon as the service is up: the key given by
 * {@code ATRIUM_API_KEY_ID}/{@code ATRIUM_API_KEY_SECRET} exists, or, with none configured and no
 * key at all in the database, one is generated. A bad configuration stops the start, with the reason.
 */
@Context
class StartupApiKey {
    private final ProvisionApiKeyUseCase provisioning;
    private final String configuredId;
    private final String configuredSecret;
    private Optional<IssuedApiKey> generated = Optional.empty();

    StartupApiKey(ProvisionApiKeyUseCase provisioning,
                  @Value("${atrium.api-key.id:}") String configuredId,
                  @Value("${atrium.api-key.secret:}") String configuredSecret) {
        this.provisioning = provisioning;
        this.configuredId = configuredId.strip();
        this.configuredSecret = configuredSecret.strip();
    }

    @PostConstruct
    void provision() {
        generated = provisioning.provisionApiKey(configuredKey());
    }

    /** The key generated at this start, whose secret is to be shown once; empty otherwise. */
    Optional<IssuedApiKey> generated() {
        return generated;
    }

    private ProvisionApiKeyCommand configuredKey() {
        if (configuredId.isEmpty() && configuredSecret.isEmpty()) {
            return ProvisionApiKeyCommand.none();
        }
        if (configuredId.isEmpty() || configuredSecret.isEmpty()) {
            throw new ConfigurationException("Set both ATRIUM_API_KEY_ID and ATRIUM_API_KEY_SECRET, or neither.");
        }
        if (!ApiKeyId.isValid(configuredId)) {
            throw new ConfigurationException("ATRIUM_API_KEY_ID must be 3-64 characters of A-Z a-z 0-9 . _ -");
        }
        if (configuredSecret.length() < ApiKeySecret.MIN_LENGTH) {
            throw new ConfigurationException("ATRIUM_API_KEY_SECRET must have at least " + ApiKeySecret.MIN_LENGTH
                    + " characters (for example: openssl rand -base64 32).");
        }
        return new ProvisionApiKeyCommand(Optional.of(new ApiKeyId(configuredId)),
                Optional.of(ApiKeySecret.of(configuredSecret)));
    }
}
