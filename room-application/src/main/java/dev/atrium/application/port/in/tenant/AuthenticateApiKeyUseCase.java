package dev.atrium.application.port.in.tenant;

import dev.atrium.domain.tenant.TenantId;

import java.util.Optional;

public interface AuthenticateApiKeyUseCase {
    /** The tenant of a live key whose secret matches; empty for anything else, with no hint why. */
    Optional<TenantId> authenticate(String keyId, String secret);
}
