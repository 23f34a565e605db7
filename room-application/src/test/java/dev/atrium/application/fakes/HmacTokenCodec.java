package dev.atrium.application.fakes;

import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenId;
import dev.atrium.domain.token.TokenIssuer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A TEST DOUBLE of {@link TokenCodec} for HS256 keys, built on {@code javax.crypto} alone: tokens
 * are {@code kid.claims.signature}, where the claims are the grant's fields (base64url, joined by
 * {@code ~}) and the signature an HMAC-SHA256 over the first two parts. Not a JWT, but it keeps the
 * contract that matters to the services: the key's own algorithm, issuer and audience are checked,
 * a changed byte fails verification, and time is left to the caller.
 */
public final class HmacTokenCodec implements TokenCodec {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String SEPARATOR = "~";
    private static final int FIXED_CLAIMS = 11;

    @Override
    public String encode(JoinGrant grant, SigningKey key, TokenIssuer issuer) {
        List<String> claims = new ArrayList<>(List.of(issuer.issuer(), issuer.audience(), grant.jti().value(),
                grant.tenantId().value(), grant.roomId().value(), grant.subject().value(), grant.role().name(),
                grant.name(), grant.issuedAt().toString(), grant.notBefore().toString(), grant.expiresAt().toString()));
        grant.metadata().forEach((name, value) -> {
            claims.add(name);
            claims.add(value);
        });
        String signed = key.kid() + "." + String.join(SEPARATOR, claims.stream().map(HmacTokenCodec::encode).toList());
        return signed + "." + HmacSignatures.sign(key, signed);
    }

    @Override
    public Optional<String> keyIdOf(String token) {
        String[] parts = token.split("\\.", -1);
        return parts.length == 3 && !parts[0].isEmpty() ? Optional.of(parts[0]) : Optional.empty();
    }

    @Override
    public Optional<JoinGrant> decode(String token, SigningKey key, TokenIssuer issuer) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(key.kid()) || key.algorithm() != SigningAlgorithm.HS256) {
            return Optional.empty();
        }
        try {
            if (!HmacSignatures.verifies(key, parts[0] + "." + parts[1], parts[2])) {
                return Optional.empty();
            }
            List<String> claims = Arrays.stream(parts[1].split(SEPARATOR, -1)).map(HmacTokenCodec::decode).toList();
            if (!claims.get(0).equals(issuer.issuer()) || !claims.get(1).equals(issuer.audience())) {
                return Optional.empty();
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            for (int i = FIXED_CLAIMS; i + 1 < claims.size(); i += 2) {
                metadata.put(claims.get(i), claims.get(i + 1));
            }
            return Optional.of(new JoinGrant(new TokenId(claims.get(2)), new TenantId(claims.get(3)),
                    new RoomId(claims.get(4)), new UserRef(claims.get(5)), Role.valueOf(claims.get(6)), claims.get(7),
                    metadata, Instant.parse(claims.get(8)), Instant.parse(claims.get(9)), Instant.parse(claims.get(10))));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static String encode(String claim) {
        return ENCODER.encodeToString(claim.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String claim) {
        return new String(DECODER.decode(claim), StandardCharsets.UTF_8);
    }
}
