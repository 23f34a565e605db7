package dev.atrium.domain.link;

import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.GoneException;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;
import dev.atrium.domain.tenant.TenantId;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A public link into a room: whoever holds its token may come in as {@code role} (GUEST, VIEWER or
 * PARTICIPANT) with a display name, until it expires, is used up or is revoked. Only the SHA-256 of
 * the token is kept; {@code passwordHash} is an Argon2id hash, {@code null} without a password.
 */
public final class PublicLink {
    public static final Set<Role> ROLES = EnumSet.of(Role.GUEST, Role.VIEWER, Role.PARTICIPANT);
    public static final Duration MIN_TTL = Duration.ofHours(1);
    public static final Duration MAX_TTL = Duration.ofDays(365);
    public static final int MAX_USES = 1_000_000;

    private final LinkId id;
    private final TenantId tenantId;
    private final RoomId roomId;
    private final Role role;
    private final String tokenHash;
    private final Instant expiresAt;
    private final String passwordHash;
    private final Integer maxUses;
    private final int uses;
    private final Instant createdAt;
    private Instant revokedAt;

    private PublicLink(LinkId id, TenantId tenantId, RoomId roomId, Role role, String tokenHash, Instant expiresAt,
                       String passwordHash, Integer maxUses, int uses, Instant createdAt, Instant revokedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.roomId = Objects.requireNonNull(roomId, "roomId");
        this.role = Objects.requireNonNull(role, "role");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = expiresAt;
        this.passwordHash = passwordHash;
        this.maxUses = maxUses;
        this.uses = uses;
        this.revokedAt = revokedAt;
    }

    /** The validated settings of a new link, before its password is hashed. */
    public record Terms(Role role, Duration lifetime, Integer maxUses, Password password) {
        public static Terms parse(String role, Integer ttlSeconds, Integer maxUses, String password) {
            Violations violations = new Violations();
            Role validRole = violations.enumValue("role", role, Role.class, Role.GUEST);
            if (validRole != null && !ROLES.contains(validRole)) {
                violations.add("role", ViolationCode.NOT_ALLOWED, "must be GUEST, VIEWER or PARTICIPANT");
            }
            Duration lifetime = null;
            if (ttlSeconds != null) {
                Integer seconds = violations.intInRange("ttlSeconds", ttlSeconds, 0, (int) MIN_TTL.toSeconds(),
                        (int) MAX_TTL.toSeconds());
                lifetime = seconds == null ? null : Duration.ofSeconds(seconds);
            }
            Integer uses = maxUses == null ? null : violations.intInRange("maxUses", maxUses, 0, 1, MAX_USES);
            Password validPassword = Password.parse("password", password, violations);
            violations.throwIfAny("The link is not valid.");
            return new Terms(validRole, lifetime, uses, validPassword);
        }
    }

    /** Opens a link into {@code room}; only rooms that admit guests have links. */
    public static PublicLink open(LinkId id, Room room, Terms terms, String tokenHash, String passwordHash, Instant now) {
        room.requireNotEnded();
        room.requireGuestsAllowed();
        Instant expiresAt = terms.lifetime() == null ? null : now.plus(terms.lifetime());
        return new PublicLink(id, room.tenantId(), room.id(), terms.role(), tokenHash, expiresAt, passwordHash,
                terms.maxUses(), 0, now, null);
    }

    /** Rebuilds a stored link; only persistence calls this. */
    public static PublicLink reconstitute(LinkId id, TenantId tenantId, RoomId roomId, Role role, String tokenHash,
                                          Instant expiresAt, String passwordHash, Integer maxUses, int uses,
                                          Instant createdAt, Instant revokedAt) {
        return new PublicLink(id, tenantId, roomId, role, tokenHash, expiresAt, passwordHash, maxUses, uses, createdAt, revokedAt);
    }

    /** Refuses a link that can no longer be used. Counting the use itself is the store's atomic job. */
    public void requireUsableAt(Instant now) {
        if (revokedAt != null) {
            throw new GoneException(ErrorCode.LINK_EXPIRED, "The link was revoked.");
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw new GoneException(ErrorCode.LINK_EXPIRED, "The link expired at " + expiresAt + ".");
        }
        if (maxUses != null && uses >= maxUses) {
            throw new GoneException(ErrorCode.LINK_EXPIRED, "The link has been used " + maxUses + " times, its limit.");
        }
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public LinkId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public RoomId roomId() {
        return roomId;
    }

    public Role role() {
        return role;
    }

    public String tokenHash() {
        return tokenHash;
    }

    /** {@code null} when the link never expires. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** {@code null} when the link has no password of its own. */
    public String passwordHash() {
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** {@code null} when unlimited. */
    public Integer maxUses() {
        return maxUses;
    }

    public int uses() {
        return uses;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** {@code null} unless revoked. */
    public Instant revokedAt() {
        return revokedAt;
    }
}
