package dev.atrium.bootstrap.bench;

import dev.atrium.adapter.rest.jwt.JwtTokenCodec;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenId;
import dev.atrium.domain.token.TokenIssuer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Cost of signing and of verifying one join token with the real codec, per algorithm. Run with
 * {@code bootstrap/bench/jmh.sh}; figures go to docs/benchmarks.md. Never run by the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenCodecBenchmark {
    @Param({"HS256", "ES256"})
    public SigningAlgorithm algorithm;

    private final JwtTokenCodec codec = new JwtTokenCodec();
    private final TokenIssuer issuer = new TokenIssuer("atrium", "atrium-rooms");
    private SigningKey key;
    private JoinGrant grant;
    private String token;

    @Setup
    public void createKeyAndToken() {
        SecureRandom random = new SecureRandom();
        Instant now = Instant.now();
        TenantId tenant = TenantId.next(now, random);
        key = SigningKey.generate(tenant, algorithm, now, random);
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        grant = new JoinGrant(TokenId.next(now, random), tenant, RoomId.next(now, random), new UserRef("bench-user"),
                Role.PARTICIPANT, "Bench User", Map.of("team", "core"), issuedAt, issuedAt, issuedAt.plus(Duration.ofHours(1)));
        token = codec.encode(grant, key, issuer);
    }

    @Benchmark
    public String sign() {
        return codec.encode(grant, key, issuer);
    }

    @Benchmark
    public Optional<JoinGrant> verify() {
        return codec.decode(token, key, issuer);
    }
}
