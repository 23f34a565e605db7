package dev.atrium.application.port.in.token;

import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningKey;

/** A tenant's current token signing key, so its media servers can verify tokens offline. */
public interface CurrentSigningKeyUseCase {
    /** The current key, generated on first use. */
    SigningKey currentKey(TenantId tenantId);
}
