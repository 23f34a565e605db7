package dev.atrium.domain.room;

import dev.atrium.domain.room.RoomDraft.AccessDraft;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.room.RoomDraft.LiveDraft;
import dev.atrium.domain.room.RoomDraft.MediaDraft;
import dev.atrium.domain.room.RoomDraft.RecordingDraft;
import dev.atrium.domain.room.RoomDraft.RoleBasedDraft;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import dev.atrium.domain.room.RoomDraft.SipDraft;
import dev.atrium.domain.room.RoomDraft.TopologyDraft;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;
import dev.atrium.domain.tenant.TenantId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A video room of one tenant: its settings, its dial-in numbers and where it is in its life
 * (OPEN, ACTIVE, ENDED). Every change goes through a method here that enforces the rules; an ENDED
 * room is read-only. {@code version} is the optimistic-locking version of the stored room: the
 * aggregate carries it and persistence checks it.
 */
public final class Room {
    private final RoomId id;
    private final TenantId tenantId;
    private final Instant createdAt;
    private RoomSettings settings;
    private SipDialIn sip;
    private RoomStatus status;
    private Instant updatedAt;
    private Instant endedAt;
    private final long version;
    private TopologyKind sessionTopology;

    private Room(RoomId id, TenantId tenantId, RoomSettings settings, SipDialIn sip, RoomStatus status,
                 Instant createdAt, Instant updatedAt, Instant endedAt, long version, TopologyKind sessionTopology) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.sip = sip;
        this.endedAt = endedAt;
        this.version = version;
        this.sessionTopology = Objects.requireNonNull(sessionTopology, "sessionTopology");
        if (settings.sipEnabled() != (sip != null)) {
            throw new IllegalArgumentException("SIP dial-in numbers exist exactly when SIP is enabled");
        }
    }

    /** A new room from a client's draft; reports every mistake of the draft at once. */
    public static Room create(RoomId id, TenantId tenantId, RoomDraft draft, Instant now, RandomGenerator random) {
        RoomSettings settings = RoomSettings.forNewRoom(draft, now);
        SipDialIn sip = settings.sipEnabled() ? SipDialIn.generate(random) : null;
        return new Room(id, tenantId, settings, sip, RoomStatus.OPEN, now, now, null, 0, settings.topology().kind());
    }

    /**
     * Rebuilds a stored room as it was saved; only persistence calls this. {@code sessionTopology} is
     * the topology its session runs on (see {@link #topologyInUse}).
     */
    public static Room reconstitute(RoomId id, TenantId tenantId, RoomSettings settings, SipDialIn sip,
                                    RoomStatus status, Instant createdAt, Instant updatedAt, Instant endedAt,
                                    long version, TopologyKind sessionTopology) {
        return new Room(id, tenantId, settings, sip, status, createdAt, updatedAt, endedAt, version, sessionTopology);
    }

    /**
     * Replaces the settings with those of {@code draft}. Type, mode and schedule kind never change;
     * a meeting moves only until 15 minutes before its current start. Returns whether anything
     * changed, so an update that changes nothing leaves the version alone.
     */
    public boolean revise(RoomDraft draft, Instant now, RandomGenerator random) {
        requireNotEnded();
        RoomSettings revised = settings.revisedBy(draft, createdAt, now);
        if (!revised.schedule().sameStart(settings.schedule()) && !settings.schedule().canBeRescheduledAt(now)) {
            throw new ConflictException(ErrorCode.RESCHEDULE_TOO_LATE,
                    "A meeting can be moved only until " + Schedule.EARLY_ENTRY.toMinutes() + " minutes before its start.");
        }
        if (revised.equals(settings)) {
            return false;
        }
        if (revised.sipEnabled() != settings.sipEnabled()) {
            sip = revised.sipEnabled() ? SipDialIn.generate(random) : null;
        }
        settings = revised;
        updatedAt = now;
        return true;
    }

    /**
     * Something that belongs to the room changed besides its settings (a meeting's attendees): the
     * room is stored at a new version, so a tag taken before the change no longer matches. The update
     * time moves forward even when the clock has not (two changes in one clock tick), because it is
     * what tells storage that the room changed.
     */
    public void touch(Instant now) {
        requireNotEnded();
        updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plus(1, ChronoUnit.MICROS);
    }

    /** The first person admitted starts a session: the room is ACTIVE until the session closes. */
    public void activate(Instant now) {
        requireNotEnded();
        if (status == RoomStatus.OPEN) {
            status = RoomStatus.ACTIVE;
            updatedAt = now;
            sessionTopology = settings.topology().kind();
        }
    }

    /**
     * A MESH session with {@code admitted} people upgrades to SFU at the topology's
     * {@code autoUpgradeAt}, and stays SFU until it closes. Returns whether it upgraded now.
     */
    public boolean upgradeTopologyFor(int admitted) {
        Integer upgradeAt = settings.topology().autoUpgradeAt();
        if (status != RoomStatus.ACTIVE || sessionTopology != TopologyKind.MESH || upgradeAt == null || admitted < upgradeAt) {
            return false;
        }
        sessionTopology = TopologyKind.SFU;
        return true;
    }

    /** The session closed and the room waits for the next one (an ADHOC room ends instead). */
    public void deactivate(Instant now) {
        if (status == RoomStatus.ACTIVE) {
            status = RoomStatus.OPEN;
            updatedAt = now;
        }
    }

    /** Ends the room for good. Ending is always possible; ending an ended room changes nothing. */
    public boolean end(Instant now) {
        if (status == RoomStatus.ENDED) {
            return false;
        }
        status = RoomStatus.ENDED;
        endedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * Checks that people may be let in now: the room has not ended, its validity window is open,
     * and a meeting is within its doors-open period (15 minutes before start to its end). Returns
     * the instant entry closes, {@code null} when it never does.
     */
    public Instant requireOpenForEntryAt(Instant now) {
        if (status == RoomStatus.ENDED) {
            throw new ConflictException(ErrorCode.ROOM_ENDED, "The room has ended.");
        }
        Schedule schedule = settings.schedule();
        Instant until = schedule.joinableUntil();
        if (until != null && !now.isBefore(until)) {
            throw new ConflictException(ErrorCode.ROOM_ENDED, "The room is past its end (" + until + ").");
        }
        Instant from = schedule.joinableFrom();
        if (from != null && now.isBefore(from)) {
            throw new ConflictException(ErrorCode.ROOM_NOT_OPEN_YET, "The room opens at " + from + ".");
        }
        return until;
    }

    /** Members can be added or removed, except in an ended room and in a ONE_TO_ONE room (exactly its two). */
    public void requireMembershipChangeable() {
        requireNotEnded();
        if (settings.type() == RoomType.ONE_TO_ONE) {
            throw new ConflictException(ErrorCode.ONE_TO_ONE_MEMBERS_FIXED, "A ONE_TO_ONE room has exactly its two members.");
        }
    }

    /** Guests may come by link into PUBLIC rooms and rooms that allow guests. */
    public void requireGuestsAllowed() {
        if (!settings.access().guestsAllowed()) {
            throw new ForbiddenException(ErrorCode.GUESTS_NOT_ALLOWED, "The room does not admit guests.");
        }
    }

    /** Only PUBLIC rooms can be protected by a password, as in Nextcloud Talk. */
    public void requirePasswordSupported() {
        if (settings.type() != RoomType.PUBLIC) {
            throw new ForbiddenException(ErrorCode.PASSWORD_NOT_SUPPORTED, "Only PUBLIC rooms can have a password.");
        }
    }

    /** A room with a session running cannot be deleted: end it first. */
    public void requireDeletable() {
        if (status == RoomStatus.ACTIVE) {
            throw new ConflictException(ErrorCode.ROOM_ACTIVE, "The room has a session running; end it before deleting it.");
        }
    }

    /** An ENDED room is read-only: no changes, no new members, no new links. */
    public void requireNotEnded() {
        if (status == RoomStatus.ENDED) {
            throw new ConflictException(ErrorCode.ROOM_ENDED, "The room has ended and is read-only.");
        }
    }

    /** The room's settings as a complete draft: what a merge patch applies to. */
    public RoomDraft toDraft() {
        Schedule schedule = settings.schedule();
        MediaSettings media = settings.media();
        RecordingSettings recording = settings.recording();
        AccessPolicy access = settings.access();
        Limits limits = settings.limits();
        return new RoomDraft(
                settings.externalId() == null ? null : settings.externalId().value(),
                settings.name(),
                settings.description(),
                settings.type().name(),
                settings.mode().name(),
                new ScheduleDraft(schedule.kind().name(), text(schedule.startsAt()), schedule.durationMinutes(),
                        text(schedule.notBefore()), text(schedule.expiresAt())),
                new TopologyDraft(settings.topology().kind().name(), settings.topology().autoUpgradeAt()),
                new LimitsDraft(limits.moderators(), limits.participants(), limits.audiences()),
                new MediaDraft(media.quality().name(), media.screenShare(), media.canvas(), media.maxActiveTalkers(),
                        media.autoBandwidth(), media.mediaZone(), media.watermark()),
                new RecordingDraft(recording.auto(), recording.singleFile(),
                        recording.roleBased() == null ? null : new RoleBasedDraft(
                                recording.roleBased().moderator().name(), recording.roleBased().participant().name()),
                        recording.live() == null ? null : new LiveDraft(recording.live().enabled(),
                                recording.live().url() == null ? null : recording.live().url().toString())),
                new AccessDraft(access.knock(), access.waitForModerator(), access.guestsAllowed(), access.sameUser().name()),
                settings.lifetime().toDraft(),
                new SipDraft(settings.sipEnabled()),
                settings.metadata().values());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public RoomId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public RoomSettings settings() {
        return settings;
    }

    /** Dial-in numbers, {@code null} unless SIP is enabled. */
    public SipDialIn sip() {
        return sip;
    }

    public RoomStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When the room ended, {@code null} while it has not. */
    public Instant endedAt() {
        return endedAt;
    }

    public long version() {
        return version;
    }

    /**
     * The topology media flows by now: the running session's (SFU once a MESH session has upgraded),
     * or, while no session runs, the configured one, which the next session starts with.
     */
    public TopologyKind topologyInUse() {
        return status == RoomStatus.ACTIVE ? sessionTopology : settings.topology().kind();
    }
}
