package dev.atrium.application.port.in.token;

import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningKey;

import java.util.List;

/** A tenant's token signing keys, so its media servers can verify tokens offline. */
public interface SigningKeysUseCase {
    /** The current key, generated on first use. */
    SigningKey currentKey(TenantId tenantId);

    /** Makes a new current key; the previous one keeps verifying until its tokens expired. */
    SigningKey rotate(TenantId tenantId);

    /** Every key that verifies tokens now and has a public half (ES256): what the JWKS publishes. */
    List<SigningKey> publicKeys();
}
