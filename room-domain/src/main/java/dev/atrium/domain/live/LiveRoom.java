package dev.atrium.domain.live;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Permission;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomSettings;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;
import dev.atrium.domain.shared.InvalidInputException;
import dev.atrium.domain.token.JoinGrant;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static dev.atrium.domain.live.PermissionChecks.requireAdmitted;

/**
 * A room with the people in it. Every change goes through a method here, which keeps the
 * invariants (no role's places overbooked, at most one presenter, the owner's role fixed, the lobby
 * rules) and records what happened as {@link RecordedEvent}s numbered per room. Persistence stores
 * the {@link #changesSinceLoaded changes}, the room and the recorded events in one transaction,
 * under a lock on the room, so two changes of one room never interleave.
 *
 * <p>The root is the only way in and checks who may act; each concern has a package-private
 * collaborator: who is present ({@link Presence}) and how they leave ({@link Departures}), the
 * places per role ({@link Places}), arrival and the lobby ({@link Admission}), the call and its
 * media ({@link MediaRules}), a change of role ({@link RoleChange}), the session and its lifetime timers ({@link Session}, one table in
 * {@link SessionTimer}), the shared refusals ({@link PermissionChecks}) and the event log
 * ({@link EventLog}). What storage must write is not tracked here: {@link #changesSinceLoaded}
 * compares the room with what was loaded.
 *
 * <p>Timers are rules too: {@link #tick} fires whatever is due at {@code now} and changes nothing
 * otherwise, and {@link #nextDeadline} says when something will next be due, always after the
 * {@code now} of the last tick.
 */
public final class LiveRoom {
    /** People who may wait in a lobby at once, so a knock flood cannot grow a room without bound. */
    public static final int MAX_LOBBY = 1000;

    private final Room room;
    private final Set<UserRef> banned;
    private final LiveRoomChangeSet.Loaded loaded;
    private final EventLog events;
    private final Presence presence;
    private final PermissionChecks permissions;
    private final Departures departures;
    private final Session session;
    private final Admission admission;
    private final MediaRules media;
    private final RoleChange roles;

    private LiveRoom(Room room, SessionClocks clocks, Collection<Participant> participants, Set<UserRef> banned) {
        this.room = Objects.requireNonNull(room, "room");
        this.banned = new LinkedHashSet<>(banned);
        this.loaded = LiveRoomChangeSet.Loaded.of(participants, banned, room);
        this.events = new EventLog(room, clocks.lastSequence());
        this.presence = new Presence(participants);
        Places places = new Places(room, presence);
        this.permissions = new PermissionChecks(room, presence);
        this.departures = new Departures(presence, events);
        this.session = new Session(room, clocks, presence, events, departures);
        this.admission = new Admission(room, presence, places, session, events, departures);
        this.media = new MediaRules(room, presence, permissions, events);
        this.roles = new RoleChange(room, presence, places, admission, media, events);
    }

    /** Rebuilds a stored live room; only persistence calls this. */
    public static LiveRoom reconstitute(Room room, SessionClocks clocks, Collection<Participant> participants,
                                        Set<UserRef> banned) {
        return new LiveRoom(room, clocks, participants, banned);
    }

    // --- arriving and leaving -------------------------------------------------------------------

    /**
     * Lets the holder of {@code grant} in, into the lobby, or refuses them. Moderators always go
     * straight in; others wait while a meeting has not started or while {@code waitForModerator}
     * has no moderator present, knock when the room has a lobby, and go in otherwise. Whoever goes
     * in takes a place of their role: none left is 409 ROOM_FULL.
     */
    public Participant join(ParticipantId id, JoinGrant grant, Instant now, Duration presenceTimeout) {
        if (!grant.roomId().equals(room.id()) || !grant.tenantId().equals(room.tenantId())) {
            throw new IllegalArgumentException("the grant is for another room");
        }
        return admission.arrive(id, grant, banned, now, presenceTimeout);
    }

    /** The participant leaves the room (and the call). */
    public void leave(ParticipantId id, Instant now) {
        admission.depart(presence.find(id), LeaveReason.LEFT, now);
    }

    /** The participant is still there: the presence deadline moves to {@code now + presenceTimeout}, never back. */
    public Participant ping(ParticipantId id, Instant now, Duration presenceTimeout) {
        Participant pinged = presence.find(id).pinged(now, presenceTimeout);
        presence.put(pinged);
        return pinged;
    }

    /**
     * The server could not record pings from {@code since} on (its store was unreachable), so nobody
     * is reaped for pings that were sent and lost: every presence deadline from {@code since} on moves
     * to at least {@code graceUntil}, time to ping again once the store is back. A deadline that had
     * passed before {@code since} stands: that session stopped pinging before the server failed.
     */
    public void excuseLostPings(Instant since, Instant graceUntil) {
        for (Participant participant : presence.everybody()) {
            Instant deadline = participant.presenceDeadline();
            if (!deadline.isBefore(since) && deadline.isBefore(graceUntil)) {
                presence.put(participant.presentUntil(graceUntil));
            }
        }
    }

    // --- the call -------------------------------------------------------------------------------

    public Participant joinCall(ParticipantId id, Instant now) {
        return media.joinCall(presence.find(id), now);
    }

    public Participant leaveCall(ParticipantId id, Instant now) {
        return media.leaveCall(presence.find(id), now);
    }

    /**
     * Turns microphone, camera or chat on or off ({@code null} leaves a flag as it is). Turning
     * something on needs the permission for it, and microphone and camera need the call.
     */
    public Participant changeMedia(ParticipantId id, Boolean microphone, Boolean camera, Boolean chat, Instant now) {
        return media.change(presence.find(id), microphone, camera, chat, now);
    }

    /**
     * Starts sharing the screen. One presenter at a time: while somebody else presents this is 409
     * PRESENTER_EXISTS, unless {@code takeOver} and the participant may moderate media.
     */
    public Participant startScreenShare(ParticipantId id, boolean takeOver, Instant now) {
        return media.startScreenShare(presence.find(id), takeOver, now);
    }

    public Participant stopScreenShare(ParticipantId id, Instant now) {
        return media.stopScreenShare(presence.find(id), now);
    }

    /** Raises or lowers a hand: how a LECTURE room's audience asks to speak. */
    public Participant raiseHand(ParticipantId id, boolean raised, Instant now) {
        return media.raiseHand(presence.find(id), raised, now);
    }

    // --- moderation -----------------------------------------------------------------------------

    /** Lets one person in from the lobby. */
    public Participant admit(Actor actor, ParticipantId id, Instant now) {
        permissions.require(actor, Permission.ADMIT_FROM_LOBBY);
        return admission.admit(actor, presence.find(id), now);
    }

    /** Sends one person in the lobby away. */
    public void deny(Actor actor, ParticipantId id, Instant now) {
        permissions.require(actor, Permission.ADMIT_FROM_LOBBY);
        admission.deny(actor, presence.find(id), now);
    }

    /** Lets in everybody in the lobby who has a place, in the order they came; returns who went in. */
    public List<Participant> admitAll(Actor actor, Instant now) {
        permissions.require(actor, Permission.ADMIT_FROM_LOBBY);
        return admission.admitAll(actor, now);
    }

    /** Removes a participant; {@code ban} also keeps their userRef out of the room from now on. */
    public void remove(Actor actor, ParticipantId id, boolean ban, Instant now) {
        permissions.require(actor, Permission.REMOVE_PARTICIPANT);
        Participant target = presence.find(id);
        if (target.role() == Role.OWNER) {
            throw new ForbiddenException(ErrorCode.OWNER_NOT_REMOVABLE, "The owner cannot be removed from the room.");
        }
        if (ban) {
            banned.add(target.userRef());
        }
        admission.depart(target, ban ? LeaveReason.BANNED : LeaveReason.REMOVED, now);
    }

    /**
     * Promotes or demotes; media the new role may not send is turned off, and somebody made a
     * moderator in the lobby goes in while a moderator's place is free. The owner's role is fixed.
     */
    public Participant changeRole(Actor actor, ParticipantId id, Role role, Instant now) {
        permissions.require(actor, Permission.CHANGE_ROLES);
        return roles.change(actor, presence.find(id), role, now);
    }

    /** In a LECTURE room, lets a participant publish (or takes it back), usually after a raised hand. */
    public Participant grantPublishing(Actor actor, ParticipantId id, boolean granted, Instant now) {
        permissions.require(actor, Permission.CHANGE_ROLES);
        return media.grantPublishing(actor, id, granted, now);
    }

    /** Turns a participant's microphone off; the client is told through the event and must follow. */
    public Participant mute(Actor actor, ParticipantId id, Instant now) {
        permissions.require(actor, Permission.MUTE_OTHERS);
        return media.mute(actor, presence.find(id), now);
    }

    /** Ends the room for everyone; ending an ended room changes nothing. */
    public void endForEveryone(Actor actor, Instant now) {
        permissions.require(actor, Permission.END_ROOM);
        if (room.status() != RoomStatus.ENDED) {
            session.endRoom(CloseReason.ENDED, LeaveReason.ROOM_ENDED, now);
        }
    }

    // --- the room's own settings -------------------------------------------------------------------

    /**
     * Replaces the room's settings with those of {@code draft} ({@link Room#revise}); the people in
     * the room live by them from now on. Returns whether anything changed.
     */
    public boolean revise(RoomDraft draft, Instant now, RandomGenerator random) {
        return room.revise(draft, now, random);
    }

    /** Something of the room outside its settings changed (a meeting's attendees): see {@link Room#touch}. */
    public void touch(Instant now) {
        room.touch(now);
    }

    // --- chat and invitations ---------------------------------------------------------------------

    /** Posts to the room's chat: admitted participants with the chat permission, 1 to 32 KiB of text. */
    public ChatMessage postMessage(ParticipantId id, String text, Instant now) {
        Participant author = requireAdmitted(presence.find(id));
        permissions.require(author, Permission.CHAT);
        ChatMessage.refusalOf(text).ifPresent(refusal -> {
            throw new InvalidInputException(ErrorCode.VALIDATION_FAILED, "The message cannot be posted.", List.of(refusal));
        });
        long messageId = events.nextSequence();
        events.record(new RoomEvent.MessagePosted(messageId, id, author.name(), text), now);
        return new ChatMessage(room.id(), messageId, id, author.userRef(), author.name(), text, now);
    }

    /**
     * A room may be deleted when no session runs and nobody waits in its lobby: deleting would make
     * them vanish without a word. Ending the room first tells everybody.
     */
    public void requireDeletable() {
        room.requireDeletable();
        if (!presence.isEmpty()) {
            throw new ConflictException(ErrorCode.ROOM_ACTIVE, presence.size()
                    + " people wait in the room's lobby; end the room before deleting it.");
        }
    }

    /** Checks that {@code actor} may read the chat: the service, or an admitted participant with the chat permission. */
    public void requireChatReader(Actor actor) {
        permissions.require(actor, Permission.CHAT);
    }

    /** Records that somebody was invited to this room's meeting, for the notification that follows. */
    public void recordInvitation(RoomEvent.InvitationIssued invitation, Instant now) {
        room.requireNotEnded();
        events.record(invitation, now);
    }

    // --- timers ---------------------------------------------------------------------------------

    /**
     * Fires what is due at {@code now}: reaps participants past their presence deadline, ends the
     * room at its end, opens a meeting's doors at its start, and closes the session when one of the
     * lifetime timers ran out. Changes nothing when nothing is due, so a repeated tick is harmless.
     */
    public void tick(Instant now) {
        if (room.status() == RoomStatus.ENDED) {
            return;
        }
        // Everybody due goes first, and only then are places given to who waits (below), so a
        // session that stopped pinging is never let in by the departure of another.
        if (departures.reapOverdue(now)) {
            session.countChanged(now);
        }
        Instant until = settings().schedule().joinableUntil();
        if (until != null && !now.isBefore(until)) {
            session.endRoom(CloseReason.EXPIRED, LeaveReason.EXPIRED, now);
            return;
        }
        admission.releaseWaiting(now);
        CloseReason due = session.dueTimer(now);
        if (due != null) {
            session.close(due, now);
        }
    }

    /** When {@link #tick} will next have something to do after {@code now}; {@code null} when never. */
    public Instant nextDeadline(Instant now) {
        if (room.status() == RoomStatus.ENDED) {
            return null;
        }
        Instant start = session.meetingStart();
        Instant doorsOpen = start != null && now.isBefore(start) && presence.anyWaiting() ? start : null;
        return Stream.of(presence.everybody().stream().map(Participant::presenceDeadline),
                        Stream.of(settings().schedule().joinableUntil(), doorsOpen),
                        session.timerDeadlines())
                .flatMap(deadlines -> deadlines)
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
    }

    /** The lobby, for who may admit from it. */
    public List<Participant> lobbyFor(Actor actor) {
        permissions.require(actor, Permission.ADMIT_FROM_LOBBY);
        return lobby();
    }

    // --- reading --------------------------------------------------------------------------------

    public Room room() {
        return room;
    }

    /** Everybody present, in the order they came. */
    public List<Participant> participants() {
        return presence.everybody();
    }

    public List<Participant> admitted() {
        return presence.admitted();
    }

    /** Who waits or knocks, in the order they came. */
    public List<Participant> lobby() {
        return presence.lobby();
    }

    public Optional<Participant> participant(ParticipantId id) {
        return presence.get(id);
    }

    public Optional<Participant> presenter() {
        return presence.presenter();
    }

    /** The sequence of the room's last recorded event, 0 before the first: what is news comes after it. */
    public long lastSequence() {
        return events.lastSequence();
    }

    /** The room's {@link Room#topologyInUse}: after an upgrade, SFU while the session runs. */
    public TopologyKind topology() {
        return room.topologyInUse();
    }

    public boolean isBanned(UserRef userRef) {
        return banned.contains(userRef);
    }

    public SessionClocks clocks() {
        return session.clocks();
    }

    /** Events recorded since this live room was loaded, in order. */
    public List<RecordedEvent> recordedEvents() {
        return events.recorded();
    }

    /** What storage must write: the difference between this live room as it was loaded and as it is now. */
    public LiveRoomChangeSet changesSinceLoaded() {
        return LiveRoomChangeSet.between(loaded, presence.everybody(), banned, room);
    }

    private RoomSettings settings() {
        return room.settings();
    }
}
