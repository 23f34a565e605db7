package dev.atrium.application.service;

import dev.atrium.application.port.in.token.CurrentSigningKeyUseCase;
import dev.atrium.application.port.in.token.ListPublicKeysUseCase;
import dev.atrium.application.port.in.token.RotateSigningKeyUseCase;
import dev.atrium.application.port.out.SigningKeyRepository;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningKey;

import java.time.Clock;
import java.util.List;

public final class SigningKeysService implements CurrentSigningKeyUseCase, RotateSigningKeyUseCase, ListPublicKeysUseCase {
    private final CurrentSigningKeys current;
    private final SigningKeyRepository keys;
    private final Clock clock;

    public SigningKeysService(CurrentSigningKeys current, SigningKeyRepository keys, Clock clock) {
        this.current = current;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public SigningKey currentKey(TenantId tenantId) {
        return current.current(tenantId);
    }

    @Override
    public SigningKey rotate(TenantId tenantId) {
        return current.rotate(tenantId);
    }

    @Override
    public List<SigningKey> publicKeys() {
        return keys.findVerifying(clock.instant()).stream().filter(key -> key.publicKey() != null).toList();
    }
}
