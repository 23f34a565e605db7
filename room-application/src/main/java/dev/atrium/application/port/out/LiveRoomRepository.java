package dev.atrium.application.port.out;

import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of live rooms: a room with the people in it, its bans and session clocks. Every change of
 * a stored room, its settings as much as its people, is {@link #lockForChange} then {@link #save} (or
 * {@link #delete}) inside one {@link UnitOfWork}: the lock on the room row is held until the
 * transaction ends, so changes of one room are applied one after the other and a capacity check
 * cannot be overtaken. Saving also appends the recorded events to the outbox and stores when the
 * room's timers are next due. This is the only writer of a stored room's row.
 *
 * <p>One write needs no lock: {@link #extendPresence}, a ping, which moves one participant's
 * presence columns and nothing else. So that it can never be undone, those two columns only ever
 * move forward: {@link #save} keeps the later of what it writes and what is stored.
 */
public interface LiveRoomRepository {
    /** The live room, locked until the current transaction ends. Only inside {@link UnitOfWork#inTransaction}. */
    Optional<LiveRoom> lockForChange(TenantId tenantId, RoomId roomId);

    /**
     * Stores what changed since {@link #lockForChange} ({@link LiveRoom#changesSinceLoaded}: new,
     * changed and departed participants, new bans, the room itself), the session clocks,
     * {@code nextDeadline} and the recorded events, in the transaction that holds the lock. Returns
     * the room as stored: at its next version when it changed (an ENDED ONE_TO_ONE room gives up its
     * pair with that write), as loaded otherwise.
     */
    Room save(LiveRoom room, Instant nextDeadline);

    /**
     * A ping without the room's lock, in one conditional write of the participant's row: their last
     * ping moves to {@code now} and their presence deadline to {@code presenceDeadline}, each only
     * forward. It writes only while the room has nothing due at {@code now} (its stored next deadline
     * is later, or it has none) and the participant's deadline is after {@code now}: then the room's
     * own tick would change nothing, and a ping under the lock would do just this. The room's next
     * deadline stays: a deadline that moved later only makes the timer come early and reschedule.
     * Returns the participant as stored after the write; empty when nothing was written (no such
     * room of the tenant, nobody with that id present, or something due), and the caller then takes
     * the locked path, which fires what is due and refuses as every change does. Only inside
     * {@link UnitOfWork#inTransaction}.
     */
    Optional<Participant> extendPresence(TenantId tenantId, RoomId roomId, ParticipantId participantId, Instant now,
                                         Instant presenceDeadline);

    /** Deletes the locked room with everything it holds, its members and its claim on a pair. */
    void delete(LiveRoom room);

    /** The live room as last committed, without locking: for reads. */
    Optional<LiveRoom> find(TenantId tenantId, RoomId roomId);

    /** Up to {@code limit} rooms whose timers are due at {@code now}, earliest first. */
    List<DueRoom> dueAt(Instant now, int limit);

    record DueRoom(TenantId tenantId, RoomId roomId) {
    }
}
