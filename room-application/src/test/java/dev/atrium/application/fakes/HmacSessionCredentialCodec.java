package dev.atrium.application.fakes;

import dev.atrium.application.port.out.SessionCredentialCodec;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A TEST DOUBLE of {@link SessionCredentialCodec} for HS256 keys, as {@link HmacTokenCodec} is for
 * join tokens: {@code kid.session~claims.signature}. The {@code session} marker keeps a join token
 * of the other double from ever decoding here, as the real codec's token type does.
 */
public final class HmacSessionCredentialCodec implements SessionCredentialCodec {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final String TYPE = "session";

    @Override
    public String encode(SessionGrant grant, SigningKey key, TokenIssuer issuer) {
        String claims = String.join("~", TYPE, issuer.issuer(), issuer.audience(), grant.tenantId().value(),
                grant.roomId().value(), grant.participantId().value(), grant.issuedAt().toString(), grant.expiresAt().toString());
        String signed = key.kid() + "." + ENCODER.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return signed + "." + HmacSignatures.sign(key, signed);
    }

    @Override
    public Optional<String> keyIdOf(String credential) {
        String[] parts = credential.split("\\.", -1);
        return parts.length == 3 && !parts[0].isEmpty() ? Optional.of(parts[0]) : Optional.empty();
    }

    @Override
    public Optional<SessionGrant> decode(String credential, SigningKey key, TokenIssuer issuer) {
        String[] parts = credential.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(key.kid()) || key.algorithm() != SigningAlgorithm.HS256) {
            return Optional.empty();
        }
        try {
            if (!HmacSignatures.verifies(key, parts[0] + "." + parts[1], parts[2])) {
                return Optional.empty();
            }
            List<String> claims = List.of(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).split("~", -1));
            if (claims.size() != 8 || !claims.get(0).equals(TYPE) || !claims.get(1).equals(issuer.issuer())
                    || !claims.get(2).equals(issuer.audience())) {
                return Optional.empty();
            }
            return Optional.of(new SessionGrant(new TenantId(claims.get(3)), new RoomId(claims.get(4)),
                    new ParticipantId(claims.get(5)), Instant.parse(claims.get(6)), Instant.parse(claims.get(7))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
