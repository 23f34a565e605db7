package dev.atrium.application.port.in.token;

import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningKey;

/** Replaces a tenant's current token signing key. */
public interface RotateSigningKeyUseCase {
    /** Makes a new current key; the previous one keeps verifying until its tokens expired. */
    SigningKey rotate(TenantId tenantId);
}
