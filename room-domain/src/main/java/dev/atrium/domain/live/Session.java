package dev.atrium.domain.live;

import dev.atrium.domain.live.RoomEvent.RoomActivated;
import dev.atrium.domain.live.RoomEvent.RoomEnded;
import dev.atrium.domain.live.RoomEvent.SessionClosed;
import dev.atrium.domain.live.RoomEvent.TopologyUpgraded;
import dev.atrium.domain.room.Lifetime;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.Schedule;
import dev.atrium.domain.room.ScheduleKind;
import dev.atrium.domain.room.TopologyKind;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The session that runs in a live room, and the clocks its timers count from: when it started, when
 * the count of admitted people last changed and since when the room has been idle (the topology in
 * use is the room's, {@link Room#topologyInUse}). It exists so these clocks move together
 * (activation, the topology upgrade, the reset when a session closes or the room ends) and so the
 * {@link SessionTimer} table reads them from one place.
 */
final class Session {
    private final Room room;
    private final Presence presence;
    private final EventLog events;
    private final Departures departures;
    private Instant activatedAt;
    private Instant countChangedAt;
    private Instant idleSince;

    Session(Room room, SessionClocks clocks, Presence presence, EventLog events, Departures departures) {
        this.room = room;
        this.presence = presence;
        this.events = events;
        this.departures = departures;
        this.activatedAt = clocks.activatedAt();
        this.countChangedAt = clocks.countChangedAt();
        this.idleSince = clocks.idleSince();
    }

    boolean isActive() {
        return room.status() == RoomStatus.ACTIVE;
    }

    /** The first admission starts a session. */
    void activateIfIdle(Instant now) {
        if (!isActive()) {
            room.activate(now);
            activatedAt = now;
            events.record(new RoomActivated(room.topologyInUse()), now);
        }
    }

    /** Somebody was admitted: the count changed, and a MESH room upgrades at its threshold. */
    void admissionCounted(Instant now) {
        countChangedAt = now;
        int admitted = admittedCount();
        if (room.upgradeTopologyFor(admitted)) {
            events.record(new TopologyUpgraded(TopologyKind.MESH, TopologyKind.SFU, admitted), now);
        }
    }

    void countChanged(Instant now) {
        countChangedAt = now;
    }

    /** The room is idle from {@code now} on: the unused timer counts from here. */
    void idleFrom(Instant now) {
        idleSince = now;
    }

    /** Everybody leaves; an ADHOC room ends, any other room is OPEN for its next session. */
    void close(CloseReason reason, Instant now) {
        if (room.settings().schedule().kind() == ScheduleKind.ADHOC) {
            endRoom(reason, LeaveReason.SESSION_CLOSED, now);
            return;
        }
        departures.everybody(LeaveReason.SESSION_CLOSED, now);
        room.deactivate(now);
        reset(now);
        events.record(new SessionClosed(reason), now);
    }

    /** Everybody leaves and the room ends for good. */
    void endRoom(CloseReason reason, LeaveReason leaveReason, Instant now) {
        departures.everybody(leaveReason, now);
        room.end(now);
        reset(now);
        events.record(new RoomEnded(reason), now);
    }

    /** No clock of the ended session runs any more. */
    private void reset(Instant now) {
        activatedAt = null;
        countChangedAt = now;
        idleSince = now;
    }

    /** The first lifetime timer due at {@code now}, in the table's order; {@code null} when none is. */
    CloseReason dueTimer(Instant now) {
        return Arrays.stream(SessionTimer.values())
                .filter(timer -> {
                    Instant runsOut = timer.runsOutIn(this);
                    return runsOut != null && !now.isBefore(runsOut);
                })
                .map(SessionTimer::reason)
                .findFirst()
                .orElse(null);
    }

    /** When each lifetime timer that runs now runs out. */
    Stream<Instant> timerDeadlines() {
        return Arrays.stream(SessionTimer.values()).map(timer -> timer.runsOutIn(this)).filter(Objects::nonNull);
    }

    /** A meeting's start, {@code null} for a room without one. */
    Instant meetingStart() {
        Schedule schedule = room.settings().schedule();
        return schedule.kind() == ScheduleKind.SCHEDULED ? schedule.startsAt() : null;
    }

    boolean isBeforeMeetingStart(Instant now) {
        Instant start = meetingStart();
        return start != null && now.isBefore(start);
    }

    /** Only an ADHOC room ends unused; any other room's unused timer only clears its lobby. */
    boolean unusedTimerApplies() {
        return room.settings().schedule().kind() == ScheduleKind.ADHOC || !presence.isEmpty();
    }

    SessionClocks clocks() {
        return new SessionClocks(activatedAt, countChangedAt, idleSince, events.lastSequence());
    }

    Lifetime lifetime() {
        return room.settings().lifetime();
    }

    Instant activatedAt() {
        return activatedAt;
    }

    Instant countChangedAt() {
        return countChangedAt;
    }

    Instant idleSince() {
        return idleSince;
    }

    int admittedCount() {
        return presence.admitted().size();
    }
}
