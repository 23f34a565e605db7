package dev.atrium.domain.live;

import dev.atrium.domain.live.RoomEvent.KnockAnswered;
import dev.atrium.domain.live.RoomEvent.KnockRequested;
import dev.atrium.domain.live.RoomEvent.MediaStateChanged;
import dev.atrium.domain.live.RoomEvent.ParticipantAdmitted;
import dev.atrium.domain.live.RoomEvent.ParticipantJoined;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.live.RoomEvent.PresenterChanged;
import dev.atrium.domain.live.RoomEvent.RoleChanged;
import dev.atrium.domain.live.RoomEvent.RoomActivated;
import dev.atrium.domain.live.RoomEvent.RoomEnded;
import dev.atrium.domain.live.RoomEvent.SessionClosed;
import dev.atrium.domain.live.RoomEvent.TopologyUpgraded;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Permission;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Lifetime;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomMode;
import dev.atrium.domain.room.RoomSettings;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.Schedule;
import dev.atrium.domain.room.ScheduleKind;
import dev.atrium.domain.room.SameUserPolicy;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.FieldViolation;
import dev.atrium.domain.shared.ForbiddenException;
import dev.atrium.domain.shared.InvalidInputException;
import dev.atrium.domain.shared.NotFoundException;
import dev.atrium.domain.shared.PreconditionFailedException;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.token.JoinGrant;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A room with the people in it. Every change goes through a method here, which keeps the
 * invariants (no role's places overbooked, at most one presenter, the owner's role fixed, the lobby
 * rules) and records what happened as {@link RecordedEvent}s numbered per room. Persistence stores
 * the changed participants, the room and the recorded events in one transaction, under a lock on
 * the room, so two changes of one room never interleave.
 *
 * <p>Timers are rules too: {@link #tick} fires whatever is due at {@code now} and changes nothing
 * otherwise, and {@link #nextDeadline} says when something will next be due, always after the
 * {@code now} of the last tick.
 */
public final class LiveRoom {
    /** People who may wait in a lobby at once, so a knock flood cannot grow a room without bound. */
    public static final int MAX_LOBBY = 1000;
    /** Who came first: by arrival time, then by id (ids of one millisecond have a random suffix). */
    private static final Comparator<Participant> ARRIVAL_ORDER =
            Comparator.comparing(Participant::joinedAt).thenComparing(p -> p.id().value());

    private final Room room;
    private final Map<ParticipantId, Participant> people = new LinkedHashMap<>();
    private final Set<UserRef> banned;
    private final Set<ParticipantId> loaded;
    private final RoomStatus loadedStatus;
    private final Set<UserRef> newBans = new LinkedHashSet<>();
    private Instant activatedAt;
    private Instant countChangedAt;
    private Instant idleSince;
    private TopologyKind topology;
    private long lastSequence;
    private final List<RecordedEvent> recorded = new ArrayList<>();
    private final Set<ParticipantId> changed = new LinkedHashSet<>();
    private final Set<ParticipantId> departed = new LinkedHashSet<>();

    private LiveRoom(Room room, SessionClocks clocks, Collection<Participant> participants, Set<UserRef> banned) {
        this.room = Objects.requireNonNull(room, "room");
        this.activatedAt = clocks.activatedAt();
        this.countChangedAt = clocks.countChangedAt();
        this.idleSince = clocks.idleSince();
        this.topology = clocks.topology();
        this.lastSequence = clocks.lastSequence();
        this.banned = new LinkedHashSet<>(banned);
        this.loaded = participants.stream().map(Participant::id).collect(Collectors.toUnmodifiableSet());
        this.loadedStatus = room.status();
        participants.stream()
                .sorted(ARRIVAL_ORDER)
                .forEach(participant -> people.put(participant.id(), participant));
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
        room.requireOpenForEntryAt(now);
        if (banned.contains(grant.subject())) {
            throw new ForbiddenException(ErrorCode.BANNED, "A moderator removed this person from the room for good.");
        }
        Optional<Participant> existing = sessionOf(grant.subject());
        if (existing.isPresent()) {
            if (settings().access().sameUser() == SameUserPolicy.REFUSE) {
                throw new ConflictException(ErrorCode.SESSION_EXISTS, "'" + grant.subject() + "' is already in the room as "
                        + existing.get().id() + "; leave that session first (the room's access.sameUser is REFUSE).");
            }
            // Not depart: the first session's place is the second's, not the next in the lobby's.
            forget(existing.get(), LeaveReason.REPLACED, now);
        }
        boolean moderator = grant.role().may(Permission.ADMIT_FROM_LOBBY, mode());
        // A person who was let in and reconnects is not sent back to the lobby.
        boolean letInAlready = existing.map(Participant::isAdmitted).orElse(false);
        ParticipantState state = moderator || letInAlready ? ParticipantState.ADMITTED : arrivalStateAt(now);
        if (state == ParticipantState.ADMITTED) {
            requirePlaceFor(grant.role(), null);
        } else if (lobby().size() >= MAX_LOBBY) {
            throw new ConflictException(ErrorCode.LOBBY_FULL, "The lobby holds " + MAX_LOBBY + " people; try again later.");
        }
        if (people.isEmpty() && !isActive()) {
            idleSince = now;
        }
        Participant participant = Participant.arriving(id, grant.subject(), grant.name(), grant.role(), grant.metadata(),
                state, now, presenceTimeout, grant.role().may(Permission.CHAT, mode()));
        if (state == ParticipantState.ADMITTED) {
            activateIfIdle(now);
        }
        put(participant);
        record(new ParticipantJoined(participant), now);
        if (state == ParticipantState.KNOCKING) {
            record(new KnockRequested(participant), now);
        }
        if (state == ParticipantState.ADMITTED) {
            afterAdmission(participant, now);
        }
        if (existing.isPresent() && existing.get().isAdmitted()) {
            if (state != ParticipantState.ADMITTED) {
                countChangedAt = now;
            }
            releaseWaiting(now); // the second session may hold another place, or none, than the first
        }
        return people.get(id);
    }

    /** The participant leaves the room (and the call). */
    public void leave(ParticipantId id, Instant now) {
        depart(find(id), LeaveReason.LEFT, now);
    }

    /** The participant is still there: the presence deadline moves to {@code now + presenceTimeout}. */
    public Participant ping(ParticipantId id, Instant now, Duration presenceTimeout) {
        Participant pinged = find(id).pinged(now, presenceTimeout);
        put(pinged);
        return pinged;
    }

    /**
     * The server could not record pings from {@code since} on (its store was unreachable), so nobody
     * is reaped for pings that were sent and lost: every presence deadline from {@code since} on moves
     * to at least {@code graceUntil}, time to ping again once the store is back. A deadline that had
     * passed before {@code since} stands: that session stopped pinging before the server failed.
     */
    public void excuseLostPings(Instant since, Instant graceUntil) {
        for (Participant participant : List.copyOf(people.values())) {
            Instant deadline = participant.presenceDeadline();
            if (!deadline.isBefore(since) && deadline.isBefore(graceUntil)) {
                put(participant.presentUntil(graceUntil));
            }
        }
    }

    // --- the call -------------------------------------------------------------------------------

    public Participant joinCall(ParticipantId id, Instant now) {
        Participant participant = requireAdmitted(find(id));
        if (participant.inCall()) {
            return participant;
        }
        return changeMedia(participant.inCall(true), null, now);
    }

    public Participant leaveCall(ParticipantId id, Instant now) {
        Participant participant = find(id);
        if (!participant.inCall()) {
            return participant;
        }
        boolean wasPresenter = participant.isPresenter();
        Participant out = changeMedia(participant.inCall(false), null, now);
        if (wasPresenter) {
            record(new PresenterChanged(null, id), now);
        }
        return out;
    }

    /**
     * Turns microphone, camera or chat on or off ({@code null} leaves a flag as it is). Turning
     * something on needs the permission for it, and microphone and camera need the call.
     */
    public Participant changeMedia(ParticipantId id, Boolean microphone, Boolean camera, Boolean chat, Instant now) {
        Participant participant = requireAdmitted(find(id));
        MediaState media = participant.media();
        boolean mic = switchOn(participant, microphone, media.microphone(), Permission.PUBLISH_AUDIO, true);
        boolean cam = switchOn(participant, camera, media.camera(), Permission.PUBLISH_VIDEO, true);
        boolean chats = switchOn(participant, chat, media.chat(), Permission.CHAT, false);
        MediaState next = new MediaState(mic, cam, media.screen(), chats);
        if (next.equals(media)) {
            return participant;
        }
        return changeMedia(participant.withMedia(next), null, now);
    }

    /**
     * Starts sharing the screen. One presenter at a time: while somebody else presents this is 409
     * PRESENTER_EXISTS, unless {@code takeOver} and the participant may moderate media.
     */
    public Participant startScreenShare(ParticipantId id, boolean takeOver, Instant now) {
        Participant participant = requireAdmitted(find(id));
        if (participant.isPresenter()) {
            return participant;
        }
        if (!settings().media().screenShare()) {
            throw new ForbiddenException(ErrorCode.SCREEN_SHARE_DISABLED, "Screen sharing is off in this room.");
        }
        requireInCall(participant);
        requirePermission(participant, Permission.SHARE_SCREEN);
        Optional<Participant> current = presenter();
        if (current.isPresent()) {
            if (!takeOver) {
                throw new ConflictException(ErrorCode.PRESENTER_EXISTS, current.get().id() + " is presenting; a moderator can take over.");
            }
            requirePermission(participant, Permission.MUTE_OTHERS);
            changeMedia(current.get().withMedia(current.get().media().withScreen(false)), id, now);
        }
        Participant presenting = changeMedia(participant.withMedia(participant.media().withScreen(true)), null, now);
        record(new PresenterChanged(id, current.map(Participant::id).orElse(null)), now);
        return presenting;
    }

    public Participant stopScreenShare(ParticipantId id, Instant now) {
        Participant participant = find(id);
        if (!participant.isPresenter()) {
            return participant;
        }
        Participant stopped = changeMedia(participant.withMedia(participant.media().withScreen(false)), null, now);
        record(new PresenterChanged(null, id), now);
        return stopped;
    }

    /** Raises or lowers a hand: how a LECTURE room's audience asks to speak. */
    public Participant raiseHand(ParticipantId id, boolean raised, Instant now) {
        Participant participant = requireAdmitted(find(id));
        if (participant.handRaised() == raised) {
            return participant;
        }
        return changeMedia(participant.withHand(raised), null, now);
    }

    // --- moderation -----------------------------------------------------------------------------

    /** Lets one person in from the lobby. */
    public Participant admit(Actor actor, ParticipantId id, Instant now) {
        requirePermission(actor, Permission.ADMIT_FROM_LOBBY);
        Participant waiting = find(id);
        if (!waiting.state().inLobby()) {
            throw new ConflictException(ErrorCode.NOT_IN_LOBBY, id + " is not in the lobby.");
        }
        requirePlaceFor(waiting.role(), null);
        record(new KnockAnswered(id, true, actor.participantId()), now);
        return admitFromLobby(waiting, now);
    }

    /** Sends one person in the lobby away. */
    public void deny(Actor actor, ParticipantId id, Instant now) {
        requirePermission(actor, Permission.ADMIT_FROM_LOBBY);
        Participant waiting = find(id);
        if (!waiting.state().inLobby()) {
            throw new ConflictException(ErrorCode.NOT_IN_LOBBY, id + " is not in the lobby.");
        }
        record(new KnockAnswered(id, false, actor.participantId()), now);
        depart(waiting, LeaveReason.DENIED, now);
    }

    /** Lets in everybody in the lobby who has a place, in the order they came; returns who went in. */
    public List<Participant> admitAll(Actor actor, Instant now) {
        requirePermission(actor, Permission.ADMIT_FROM_LOBBY);
        List<Participant> admitted = new ArrayList<>();
        for (Participant queued : lobby()) {
            Participant waiting = people.get(queued.id());
            if (waiting == null || !waiting.state().inLobby()) {
                continue; // a moderator admitted above has let them in already
            }
            if (hasPlaceFor(waiting.role(), null)) {
                record(new KnockAnswered(waiting.id(), true, actor.participantId()), now);
                admitted.add(admitFromLobby(waiting, now));
            }
        }
        return admitted;
    }

    /** Removes a participant; {@code ban} also keeps their userRef out of the room from now on. */
    public void remove(Actor actor, ParticipantId id, boolean ban, Instant now) {
        requirePermission(actor, Permission.REMOVE_PARTICIPANT);
        Participant target = find(id);
        if (target.role() == Role.OWNER) {
            throw new ForbiddenException(ErrorCode.OWNER_NOT_REMOVABLE, "The owner cannot be removed from the room.");
        }
        if (ban && banned.add(target.userRef())) {
            newBans.add(target.userRef());
        }
        depart(target, ban ? LeaveReason.BANNED : LeaveReason.REMOVED, now);
    }

    /**
     * Promotes or demotes; media the new role may not send is turned off, and somebody made a
     * moderator in the lobby goes in while a moderator's place is free. The owner's role is fixed.
     */
    public Participant changeRole(Actor actor, ParticipantId id, Role role, Instant now) {
        requirePermission(actor, Permission.CHANGE_ROLES);
        Participant target = find(id);
        if (role == Role.OWNER || role == Role.GUEST) {
            throw new InvalidInputException(ErrorCode.VALIDATION_FAILED, "The role cannot be given in a room.",
                    List.of(new FieldViolation("role", ViolationCode.NOT_ALLOWED, "must be MODERATOR, PARTICIPANT, VIEWER or AUDIENCE")));
        }
        if (target.role() == Role.OWNER) {
            throw new PreconditionFailedException(ErrorCode.OWNER_ROLE_FIXED, "The owner's role cannot change.");
        }
        if (target.role() == role) {
            return target;
        }
        if (target.isAdmitted()) {
            requirePlaceFor(role, target);
        }
        Participant changed = target.withRole(role);
        put(changed);
        record(new RoleChanged(id, target.role(), role, actor.participantId()), now);
        dropUnpermittedMedia(changed, actor, now);
        if (changed.state().inLobby() && role.may(Permission.ADMIT_FROM_LOBBY, mode()) && hasPlaceFor(role, null)) {
            // Moderators never wait: one made a moderator in the lobby goes in, as on arrival.
            admitFromLobby(people.get(id), now);
        }
        // A moderator came, the old role's place is free, or the person waits for a place the new role has.
        releaseWaiting(now);
        return people.get(id);
    }

    /** In a LECTURE room, lets a participant publish (or takes it back), usually after a raised hand. */
    public Participant grantPublishing(Actor actor, ParticipantId id, boolean granted, Instant now) {
        requirePermission(actor, Permission.CHANGE_ROLES);
        if (mode() != RoomMode.LECTURE) {
            throw new ConflictException(ErrorCode.NOT_A_LECTURE, "Publishing is granted only in LECTURE rooms; here the role decides.");
        }
        Participant target = requireAdmitted(find(id));
        if (target.publishingGranted() == granted) {
            return target;
        }
        Participant changed = changeMedia(target.withPublishing(granted), actor.participantId(), now);
        return dropUnpermittedMedia(changed, actor, now);
    }

    /** Turns a participant's microphone off; the client is told through the event and must follow. */
    public Participant mute(Actor actor, ParticipantId id, Instant now) {
        requirePermission(actor, Permission.MUTE_OTHERS);
        Participant target = find(id);
        if (!target.media().microphone()) {
            return target;
        }
        MediaState media = target.media();
        return changeMedia(target.withMedia(new MediaState(false, media.camera(), media.screen(), media.chat())),
                actor.participantId(), now);
    }

    /** Ends the room for everyone; ending an ended room changes nothing. */
    public void endForEveryone(Actor actor, Instant now) {
        requirePermission(actor, Permission.END_ROOM);
        if (room.status() != RoomStatus.ENDED) {
            endRoom(CloseReason.ENDED, LeaveReason.ROOM_ENDED, now);
        }
    }

    // --- chat and invitations ---------------------------------------------------------------------

    /** Posts to the room's chat: admitted participants with the chat permission, 1 to 32 KiB of text. */
    public ChatMessage postMessage(ParticipantId id, String text, Instant now) {
        Participant author = requireAdmitted(find(id));
        requirePermission(author, Permission.CHAT);
        ChatMessage.refusalOf(text).ifPresent(refusal -> {
            throw new InvalidInputException(ErrorCode.VALIDATION_FAILED, "The message cannot be posted.", List.of(refusal));
        });
        record(new RoomEvent.MessagePosted(lastSequence + 1, id, author.name(), text), now);
        return new ChatMessage(room.id(), lastSequence, id, author.userRef(), author.name(), text, now);
    }

    /**
     * A room may be deleted when no session runs and nobody waits in its lobby: deleting would make
     * them vanish without a word. Ending the room first tells everybody.
     */
    public void requireDeletable() {
        room.requireDeletable();
        if (!people.isEmpty()) {
            throw new ConflictException(ErrorCode.ROOM_ACTIVE, people.size()
                    + " people wait in the room's lobby; end the room before deleting it.");
        }
    }

    /** Checks that {@code actor} may read the chat: the service, or an admitted participant with the chat permission. */
    public void requireChatReader(Actor actor) {
        requirePermission(actor, Permission.CHAT);
    }

    /** Records that somebody was invited to this room's meeting, for the notification that follows. */
    public void recordInvitation(RoomEvent.InvitationIssued invitation, Instant now) {
        room.requireNotEnded();
        record(invitation, now);
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
        boolean admittedLeft = false;
        for (Participant participant : List.copyOf(people.values())) {
            if (!now.isBefore(participant.presenceDeadline())) {
                forget(participant, LeaveReason.TIMEOUT, now);
                admittedLeft |= participant.isAdmitted();
            }
        }
        if (admittedLeft) {
            countChangedAt = now;
        }
        Instant until = settings().schedule().joinableUntil();
        if (until != null && !now.isBefore(until)) {
            endRoom(CloseReason.EXPIRED, LeaveReason.EXPIRED, now);
            return;
        }
        releaseWaiting(now);
        CloseReason due = dueSessionTimer(now);
        if (due != null) {
            closeSession(due, now);
        }
    }

    /** When {@link #tick} will next have something to do after {@code now}; {@code null} when never. */
    public Instant nextDeadline(Instant now) {
        if (room.status() == RoomStatus.ENDED) {
            return null;
        }
        Deadline next = new Deadline();
        people.values().forEach(participant -> next.consider(participant.presenceDeadline()));
        next.consider(settings().schedule().joinableUntil());
        Instant start = meetingStart();
        if (start != null && now.isBefore(start) && people.values().stream().anyMatch(p -> p.state() == ParticipantState.WAITING)) {
            next.consider(start);
        }
        Lifetime lifetime = settings().lifetime();
        if (isActive()) {
            if (lifetime.maxDuration() != null) {
                next.consider(activatedAt.plus(lifetime.maxDuration()));
            }
            int admitted = admitted().size();
            if (admitted == 0) {
                next.consider(countChangedAt.plus(lifetime.empty()));
            } else if (admitted == 1 && lifetime.solo() != null) {
                next.consider(countChangedAt.plus(lifetime.solo()));
            }
        } else if (unusedTimerRuns()) {
            next.consider(unusedDeadline());
        }
        return next.earliest;
    }

    /** The lobby, for who may admit from it. */
    public List<Participant> lobbyFor(Actor actor) {
        requirePermission(actor, Permission.ADMIT_FROM_LOBBY);
        return lobby();
    }

    // --- reading --------------------------------------------------------------------------------

    public Room room() {
        return room;
    }

    /** Everybody present, in the order they came. */
    public List<Participant> participants() {
        return List.copyOf(people.values());
    }

    public List<Participant> admitted() {
        return people.values().stream().filter(Participant::isAdmitted).toList();
    }

    /** Who waits or knocks, in the order they came. */
    public List<Participant> lobby() {
        return people.values().stream().filter(participant -> participant.state().inLobby()).toList();
    }

    public Optional<Participant> participant(ParticipantId id) {
        return Optional.ofNullable(people.get(id));
    }

    public Optional<Participant> presenter() {
        return people.values().stream().filter(Participant::isPresenter).findFirst();
    }

    public TopologyKind topology() {
        return topology;
    }

    public boolean isBanned(UserRef userRef) {
        return banned.contains(userRef);
    }

    public SessionClocks clocks() {
        return new SessionClocks(activatedAt, countChangedAt, idleSince, topology, lastSequence);
    }

    /** Events recorded since this live room was loaded, in order. */
    public List<RecordedEvent> recordedEvents() {
        return List.copyOf(recorded);
    }

    /** Participants that are new or changed since this live room was loaded. */
    public List<Participant> changedParticipants() {
        return changed.stream().map(people::get).toList();
    }

    /** Those of {@link #changedParticipants()} that arrived since this live room was loaded. */
    public List<Participant> arrivedParticipants() {
        return changed.stream().filter(id -> !loaded.contains(id)).map(people::get).toList();
    }

    /** Whether a change since loading moved the room's status (activated, reopened or ended it). */
    public boolean changedRoomStatus() {
        return room.status() != loadedStatus;
    }

    /** Participants that left since this live room was loaded. */
    public Set<ParticipantId> departedParticipants() {
        return Set.copyOf(departed);
    }

    /** People banned since this live room was loaded. */
    public Set<UserRef> newBans() {
        return Set.copyOf(newBans);
    }

    // --- rules ----------------------------------------------------------------------------------

    private ParticipantState arrivalStateAt(Instant now) {
        if (isBeforeMeetingStart(now) || (settings().access().waitForModerator() && !moderatorPresent())) {
            return ParticipantState.WAITING;
        }
        return settings().access().knock() ? ParticipantState.KNOCKING : ParticipantState.ADMITTED;
    }

    /**
     * Lets people who wait go on when nothing holds them any more: a meeting has started and, with
     * {@code waitForModerator}, a moderator is there. They knock if the room has a lobby, otherwise
     * go in while there are places; who finds no place keeps waiting.
     */
    private void releaseWaiting(Instant now) {
        if (isBeforeMeetingStart(now) || (settings().access().waitForModerator() && !moderatorPresent())) {
            return;
        }
        for (ParticipantId id : List.copyOf(people.keySet())) {
            Participant waiting = people.get(id);
            if (waiting == null || waiting.state() != ParticipantState.WAITING) {
                continue; // an admission above may have let them in already
            }
            if (settings().access().knock()) {
                Participant knocking = waiting.inState(ParticipantState.KNOCKING);
                put(knocking);
                record(new KnockRequested(knocking), now);
            } else if (hasPlaceFor(waiting.role(), null)) {
                admitFromLobby(waiting, now);
            }
        }
    }

    private Participant admitFromLobby(Participant waiting, Instant now) {
        activateIfIdle(now);
        Participant admitted = waiting.inState(ParticipantState.ADMITTED);
        put(admitted);
        record(new ParticipantAdmitted(admitted), now);
        afterAdmission(admitted, now);
        return admitted;
    }

    private void activateIfIdle(Instant now) {
        if (!isActive()) {
            room.activate(now);
            activatedAt = now;
            record(new RoomActivated(topology), now);
        }
    }

    private void afterAdmission(Participant admitted, Instant now) {
        countChangedAt = now;
        Integer upgradeAt = settings().topology().autoUpgradeAt();
        if (topology == TopologyKind.MESH && upgradeAt != null && admitted().size() >= upgradeAt) {
            topology = TopologyKind.SFU;
            record(new TopologyUpgraded(TopologyKind.MESH, TopologyKind.SFU, admitted().size()), now);
        }
        if (admitted.isModerator(mode())) {
            releaseWaiting(now);
        }
    }

    private void depart(Participant participant, LeaveReason reason, Instant now) {
        forget(participant, reason, now);
        if (participant.isAdmitted()) {
            countChangedAt = now;
            releaseWaiting(now);
        }
    }

    /** Takes a participant out without letting anybody else in: for departures that empty the room. */
    private void forget(Participant participant, LeaveReason reason, Instant now) {
        people.remove(participant.id());
        changed.remove(participant.id());
        departed.add(participant.id());
        if (participant.isPresenter()) {
            record(new PresenterChanged(null, participant.id()), now);
        }
        record(new ParticipantLeft(participant.id(), participant.userRef(), reason), now);
    }

    private CloseReason dueSessionTimer(Instant now) {
        Lifetime lifetime = settings().lifetime();
        if (isActive()) {
            int admitted = admitted().size();
            if (lifetime.maxDuration() != null && due(activatedAt.plus(lifetime.maxDuration()), now)) {
                return CloseReason.MAX_DURATION;
            }
            if (admitted == 0 && due(countChangedAt.plus(lifetime.empty()), now)) {
                return CloseReason.EMPTY;
            }
            if (admitted == 1 && lifetime.solo() != null && due(countChangedAt.plus(lifetime.solo()), now)) {
                return CloseReason.SOLO;
            }
            return null;
        }
        return unusedTimerRuns() && due(unusedDeadline(), now) ? CloseReason.UNUSED : null;
    }

    /**
     * When the unused timer runs out: counted from when the room went idle, but for a meeting not
     * before its start, since people who wait for the start are held by the room, not unused.
     */
    private Instant unusedDeadline() {
        Instant from = idleSince;
        Instant start = meetingStart();
        if (start != null && start.isAfter(from)) {
            from = start;
        }
        return from.plus(settings().lifetime().unused());
    }

    /** The unused timer ends an ADHOC room nobody used, and clears a lobby nobody was let in from. */
    private boolean unusedTimerRuns() {
        return settings().lifetime().unused() != null
                && (settings().schedule().kind() == ScheduleKind.ADHOC || !people.isEmpty());
    }

    /** Everybody leaves; an ADHOC room ends, any other room is OPEN for its next session. */
    private void closeSession(CloseReason reason, Instant now) {
        if (settings().schedule().kind() == ScheduleKind.ADHOC) {
            endRoom(reason, LeaveReason.SESSION_CLOSED, now);
            return;
        }
        people.values().stream().toList().forEach(p -> forget(p, LeaveReason.SESSION_CLOSED, now));
        room.deactivate(now);
        resetSession(now);
        record(new SessionClosed(reason), now);
    }

    private void endRoom(CloseReason reason, LeaveReason leaveReason, Instant now) {
        people.values().stream().toList().forEach(p -> forget(p, leaveReason, now));
        room.end(now);
        resetSession(now);
        record(new RoomEnded(reason), now);
    }

    private void resetSession(Instant now) {
        activatedAt = null;
        countChangedAt = now;
        idleSince = now;
        topology = settings().topology().kind();
    }

    private Participant changeMedia(Participant next, ParticipantId changedBy, Instant now) {
        put(next);
        record(new MediaStateChanged(next.id(), next.inCall(), next.media(), next.handRaised(), next.publishingGranted(),
                changedBy), now);
        return next;
    }

    /** After a role change or a withdrawn grant: whatever the participant may no longer send goes off. */
    private Participant dropUnpermittedMedia(Participant participant, Actor actor, Instant now) {
        MediaState media = participant.media();
        MediaState allowed = new MediaState(
                media.microphone() && participant.may(Permission.PUBLISH_AUDIO, mode()),
                media.camera() && participant.may(Permission.PUBLISH_VIDEO, mode()),
                media.screen() && participant.may(Permission.SHARE_SCREEN, mode()),
                media.chat() && participant.may(Permission.CHAT, mode()));
        if (allowed.equals(media)) {
            return participant;
        }
        Participant reduced = changeMedia(participant.withMedia(allowed), actor.participantId(), now);
        if (media.screen() && !allowed.screen()) {
            record(new PresenterChanged(null, participant.id()), now);
        }
        return reduced;
    }

    private boolean switchOn(Participant participant, Boolean wanted, boolean current, Permission permission, boolean needsCall) {
        if (wanted == null || wanted == current) {
            return current;
        }
        if (wanted) {
            if (needsCall) {
                requireInCall(participant);
            }
            requirePermission(participant, permission);
        }
        return wanted;
    }

    private void requirePermission(Actor actor, Permission permission) {
        if (actor instanceof Actor.InRoom inRoom) {
            requirePermission(requireAdmitted(find(inRoom.participantId())), permission);
        }
    }

    private void requirePermission(Participant participant, Permission permission) {
        if (!participant.may(permission, mode())) {
            throw new ForbiddenException(ErrorCode.PERMISSION_DENIED, "A " + participant.role() + " may not "
                    + permission.name().toLowerCase().replace('_', ' ') + " in this room.");
        }
    }

    private static Participant requireAdmitted(Participant participant) {
        if (!participant.isAdmitted()) {
            throw new ConflictException(ErrorCode.NOT_ADMITTED, participant.id() + " is still in the lobby.");
        }
        return participant;
    }

    private static void requireInCall(Participant participant) {
        if (!participant.inCall()) {
            throw new ConflictException(ErrorCode.NOT_IN_CALL, "Join the call before sending media.");
        }
    }

    private void requirePlaceFor(Role role, Participant leaving) {
        if (!hasPlaceFor(role, leaving)) {
            Place place = Place.of(role);
            throw new ConflictException(ErrorCode.ROOM_FULL, "The room has no place left for a " + role + " (it holds "
                    + place.limitIn(settings()) + " " + place.name().toLowerCase() + ").");
        }
    }

    /** Whether one more {@code role} fits, not counting {@code leaving} (whose place is given back). */
    private boolean hasPlaceFor(Role role, Participant leaving) {
        Place place = Place.of(role);
        long taken = people.values().stream()
                .filter(Participant::isAdmitted)
                .filter(p -> leaving == null || !p.id().equals(leaving.id()))
                .filter(p -> Place.of(p.role()) == place)
                .count();
        return taken < place.limitIn(settings());
    }

    private Participant find(ParticipantId id) {
        Participant participant = people.get(id);
        if (participant == null) {
            throw new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, "Nobody with session " + id + " is in the room.");
        }
        return participant;
    }

    private Optional<Participant> sessionOf(UserRef userRef) {
        return people.values().stream().filter(p -> p.userRef().equals(userRef)).findFirst();
    }

    private boolean moderatorPresent() {
        return people.values().stream().anyMatch(p -> p.isModerator(mode()));
    }

    private boolean isBeforeMeetingStart(Instant now) {
        Instant start = meetingStart();
        return start != null && now.isBefore(start);
    }

    private Instant meetingStart() {
        Schedule schedule = settings().schedule();
        return schedule.kind() == ScheduleKind.SCHEDULED ? schedule.startsAt() : null;
    }

    private boolean isActive() {
        return room.status() == RoomStatus.ACTIVE;
    }

    private void put(Participant participant) {
        people.put(participant.id(), participant);
        changed.add(participant.id());
    }

    private void record(RoomEvent event, Instant now) {
        lastSequence++;
        recorded.add(new RecordedEvent(room.tenantId(), room.id(), lastSequence, now, event));
    }

    private RoomSettings settings() {
        return room.settings();
    }

    private RoomMode mode() {
        return settings().mode();
    }

    private static boolean due(Instant deadline, Instant now) {
        return !now.isBefore(deadline);
    }

    /** The places a room has: moderators (with the owner), participants (with viewers and guests), audiences. */
    private enum Place {
        MODERATORS, PARTICIPANTS, AUDIENCES;

        static Place of(Role role) {
            return switch (role) {
                case OWNER, MODERATOR -> MODERATORS;
                case AUDIENCE -> AUDIENCES;
                case PARTICIPANT, VIEWER, GUEST -> PARTICIPANTS;
            };
        }

        int limitIn(RoomSettings settings) {
            return switch (this) {
                case MODERATORS -> settings.limits().moderators();
                case PARTICIPANTS -> settings.limits().participants();
                case AUDIENCES -> settings.limits().audiences();
            };
        }
    }

    private static final class Deadline {
        private Instant earliest;

        void consider(Instant candidate) {
            if (candidate != null && (earliest == null || candidate.isBefore(earliest))) {
                earliest = candidate;
            }
        }
    }
}
