package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.Draw;
import dev.atrium.domain.fixtures.JoinGrants;
import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Permission;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Limits;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomDraft.AccessDraft;
import dev.atrium.domain.room.RoomDraft.LifetimeDraft;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.room.RoomDraft.MediaDraft;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import dev.atrium.domain.room.RoomDraft.TopologyDraft;
import dev.atrium.domain.room.RoomMode;
import dev.atrium.domain.room.RoomSettings;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.atrium.domain.fixtures.PropertyCheck.forAll;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random sequences of everything people and moderators do in a live room, on random rooms. An
 * operation may be refused with a domain error (the caller then throws the aggregate away, so the
 * run goes on with the room as it was stored before); after every operation that succeeds, the
 * room's invariants hold.
 */
class LiveRoomProperties {
    private static final List<UserRef> PEOPLE = IntStream.range(0, 7).mapToObj(i -> new UserRef("user-" + i)).toList();
    private static final Role[] ROLES = {Role.OWNER, Role.MODERATOR, Role.MODERATOR, Role.PARTICIPANT, Role.PARTICIPANT,
            Role.PARTICIPANT, Role.VIEWER, Role.AUDIENCE, Role.GUEST};

    /** What a room is like: small limits, so that every place fills up within a few joins. */
    private record Shape(String mode, String schedule, int startInMinutes, int moderators, int participants,
                         int audiences, boolean knock, boolean waitForModerator, String sameUser, String topology,
                         Integer autoUpgradeAt, boolean screenShare, LifetimeDraft lifetime) {
        static Shape draw(Draw draw) {
            int moderators = draw.between(1, 3);
            int participants = draw.between(1, 4);
            String topology = draw.oneOf("MESH", "MESH", "SFU");
            Integer upgradeAt = topology.equals("MESH") && draw.bool()
                    ? draw.between(Math.min(2, moderators + participants), moderators + participants) : null;
            return new Shape(draw.oneOf("GROUP", "LECTURE"), draw.oneOf("PERMANENT", "PERMANENT", "ADHOC", "SCHEDULED"),
                    draw.between(0, 12), moderators, participants, draw.between(0, 2), draw.bool(), draw.bool(),
                    draw.oneOf("REFUSE", "REPLACE"), topology, upgradeAt, draw.chance(0.9),
                    new LifetimeDraft(draw.oneOf(0, 30, 300), draw.oneOf(0, 20, 60), draw.oneOf(0, 0, 40),
                            draw.oneOf(0, 0, 3)));
        }

        RoomDraft draft() {
            ScheduleDraft when = schedule.equals("SCHEDULED")
                    ? new ScheduleDraft("SCHEDULED", NOW.plus(Duration.ofMinutes(startInMinutes)).toString(), 20, null, null)
                    : new ScheduleDraft(schedule, null, null, null, null);
            return RoomDrafts.group().mode(mode).schedule(when)
                    .limits(new LimitsDraft(moderators, participants, audiences))
                    .access(new AccessDraft(knock, waitForModerator, null, sameUser))
                    .topology(new TopologyDraft(topology, autoUpgradeAt))
                    .media(new MediaDraft(null, screenShare, null, null, null, null, null))
                    .lifetime(lifetime)
                    .build();
        }
    }

    private enum Op {
        JOIN, JOIN_AGAIN, LEAVE, PING, ADMIT, DENY, ADMIT_ALL, CHANGE_ROLE, JOIN_CALL, LEAVE_CALL, MEDIA, SCREEN_START,
        SCREEN_STOP, RAISE_HAND, GRANT, REMOVE, MUTE, TICK, POST, END
    }

    private static final Op[] WEIGHTED = {Op.JOIN, Op.JOIN, Op.JOIN, Op.JOIN, Op.JOIN_AGAIN, Op.LEAVE, Op.PING, Op.PING,
            Op.PING, Op.PING, Op.ADMIT, Op.ADMIT, Op.DENY, Op.ADMIT_ALL, Op.CHANGE_ROLE, Op.CHANGE_ROLE, Op.JOIN_CALL, Op.JOIN_CALL,
            Op.JOIN_CALL, Op.JOIN_CALL, Op.LEAVE_CALL, Op.MEDIA, Op.MEDIA, Op.MEDIA, Op.SCREEN_START, Op.SCREEN_START, Op.SCREEN_START, Op.SCREEN_STOP, Op.RAISE_HAND, Op.GRANT,
            Op.REMOVE, Op.MUTE, Op.TICK, Op.TICK, Op.TICK, Op.POST};

    /**
     * One operation. {@code target} and {@code actor} pick among the people present when the step
     * runs (a negative target is a session nobody has, a negative actor the service).
     */
    private record Step(Op op, int target, int actor, int person, Role role, boolean flag, Boolean microphone,
                        Boolean camera, Boolean chat, int seconds) {
        /** This step as {@code op} on the {@code target}th person, right away: how a sample's crowd arrives. */
        Step as(Op op, int target) {
            return new Step(op, target, actor, target, role, flag, microphone, camera, chat, 0);
        }

        static Step draw(Draw draw) {
            Op op = draw.chance(0.003) ? Op.END : draw.oneOf(WEIGHTED);
            int seconds = op == Op.TICK
                    ? draw.oneOf(0, draw.between(1, 10), draw.between(1, 20), draw.between(1, 20), draw.between(1, 40),
                    draw.between(1, 40), draw.between(1, 40), draw.between(60, 400))
                    : draw.between(0, 2);
            return new Step(op, draw.chance(0.05) ? -1 : draw.between(0, 50), draw.chance(0.3) ? -1 : draw.between(0, 50),
                    draw.between(0, PEOPLE.size() - 1), draw.oneOf(ROLES), draw.bool(), draw.optionalBool(),
                    draw.optionalBool(), draw.optionalBool(), seconds);
        }
    }

    private record Sample(Shape shape, List<Step> steps) {
        static Sample draw(Draw draw) {
            Shape shape = Shape.draw(draw);
            List<Step> steps = new ArrayList<>();
            int crowd = draw.between(0, 6);
            for (int i = 0; i < crowd; i++) {
                steps.add(Step.draw(draw).as(Op.JOIN, i));
            }
            for (int i = 0; i < crowd; i++) {
                steps.add(Step.draw(draw).as(Op.JOIN_CALL, i));
            }
            int length = draw.between(5, 60);
            for (int i = 0; i < length; i++) {
                steps.add(Step.draw(draw));
            }
            return new Sample(shape, steps);
        }
    }

    /** A run of one sample: the live room as last stored, and what the invariants need to remember. */
    private static final class Run {
        final LiveRooms people = LiveRooms.at(NOW);
        final Map<ParticipantId, Role> joinedAs = new HashMap<>();
        LiveRoom live;
        Instant now = NOW;
        int seen;
        /** The next deadline as the room last said, and whether time has since passed it without a tick. */
        Instant deadline;
        boolean overdue;

        Run(Shape shape) {
            live = people.open(shape.draft());
        }

        ParticipantId target(Step step) {
            List<Participant> present = live.participants();
            if (step.target() < 0 || present.isEmpty()) {
                return people.nextId();
            }
            return present.get(step.target() % present.size()).id();
        }

        /** Mostly somebody admitted: whom calls, media and chat are about. */
        ParticipantId admittedTarget(Step step) {
            List<Participant> admitted = live.admitted();
            return admitted.isEmpty() || step.target() < 0 || step.target() % 10 == 0 ? target(step)
                    : admitted.get(step.target() % admitted.size()).id();
        }

        /** Mostly somebody in the call: whom media and screen sharing are about. */
        ParticipantId callTarget(Step step) {
            List<Participant> inCall = live.admitted().stream().filter(Participant::inCall).toList();
            return inCall.isEmpty() || step.target() < 0 || step.target() % 4 == 0 ? admittedTarget(step)
                    : inCall.get(step.target() % inCall.size()).id();
        }

        ParticipantId lobbyTarget(Step step) {
            List<Participant> lobby = live.lobby();
            return lobby.isEmpty() || step.target() < 0 ? target(step) : lobby.get(step.target() % lobby.size()).id();
        }

        Actor actor(Step step) {
            List<Participant> present = step.actor() % 5 == 0 ? live.participants() : live.admitted();
            if (step.actor() < 0 || present.isEmpty()) {
                return Actor.service();
            }
            return Actor.participant(present.get(step.actor() % present.size()).id());
        }

        void apply(Step step) {
            now = now.plusSeconds(step.seconds());
            if (step.op() == Op.TICK) {
                overdue = false;
            } else if (deadline != null && !now.isBefore(deadline)) {
                overdue = true; // time passed a deadline without a tick: what is due waits for the next tick
            }
            switch (step.op()) {
                case JOIN -> join(PEOPLE.get(step.person()), step.role());
                case JOIN_AGAIN -> {
                    List<Participant> present = live.participants();
                    UserRef who = present.isEmpty() ? PEOPLE.get(step.person())
                            : present.get(step.target() < 0 ? 0 : step.target() % present.size()).userRef();
                    join(who, step.role());
                }
                case LEAVE -> live.leave(target(step), now);
                case PING -> {
                    if (step.target() % 4 != 0) {
                        live.participants().forEach(p -> live.ping(p.id(), now, LiveRooms.PRESENCE_TIMEOUT));
                    } else {
                        live.ping(target(step), now, LiveRooms.PRESENCE_TIMEOUT);
                    }
                }
                case ADMIT -> live.admit(actor(step), lobbyTarget(step), now);
                case DENY -> live.deny(actor(step), lobbyTarget(step), now);
                case ADMIT_ALL -> live.admitAll(actor(step), now);
                case CHANGE_ROLE -> live.changeRole(actor(step), target(step), step.role(), now);
                case JOIN_CALL -> live.joinCall(admittedTarget(step), now);
                case LEAVE_CALL -> live.leaveCall(admittedTarget(step), now);
                case MEDIA -> live.changeMedia(callTarget(step), step.microphone(), step.camera(), step.chat(), now);
                case SCREEN_START -> live.startScreenShare(callTarget(step), step.flag(), now);
                case SCREEN_STOP -> live.stopScreenShare(admittedTarget(step), now);
                case RAISE_HAND -> live.raiseHand(admittedTarget(step), step.flag(), now);
                case GRANT -> live.grantPublishing(actor(step), admittedTarget(step), step.flag(), now);
                case REMOVE -> live.remove(actor(step), target(step), step.flag(), now);
                case MUTE -> live.mute(actor(step), callTarget(step), now);
                case TICK -> live.tick(now);
                case POST -> live.postMessage(admittedTarget(step), "message at " + now, now);
                case END -> live.endForEveryone(actor(step), now);
            }
        }

        private void join(UserRef who, Role role) {
            ParticipantId id = people.nextId();
            live.join(id, JoinGrants.of(live.room(), who.value(), role), now, LiveRooms.PRESENCE_TIMEOUT);
            joinedAs.put(id, role);
        }
    }

    @Test
    void no_sequence_of_operations_breaks_the_rooms_invariants() {
        forAll(Sample::draw, sample -> {
            Run run = new Run(sample.shape());
            for (int i = 0; i < sample.steps().size(); i++) {
                Step step = sample.steps().get(i);
                LiveRoom stored = LiveRooms.reloaded(run.live, PEOPLE);
                State before = State.of(run.live);
                try {
                    run.apply(step);
                } catch (DomainException refused) {
                    run.live = stored;
                    run.seen = 0;
                    continue;
                }
                String where = "after step " + i + " " + step + " at " + run.now;
                try {
                    checkInvariants(run, before, step);
                } catch (AssertionError broken) {
                    throw new AssertionError(where + ": " + broken.getMessage() + "\nroom before: " + stored.participants()
                            + "\nroom now: " + run.live.participants() + "\nevents: " + run.live.recordedEvents(), broken);
                }
            }
        });
    }

    /** What the invariants compare with: the room before the step. */
    private record State(RoomStatus status, TopologyKind topology, long lastSequence) {
        static State of(LiveRoom live) {
            return new State(live.room().status(), live.topology(), live.clocks().lastSequence());
        }
    }

    private static void checkInvariants(Run run, State before, Step step) {
        LiveRoom live = run.live;
        RoomSettings settings = live.room().settings();
        RoomMode mode = settings.mode();
        Limits limits = settings.limits();
        List<Participant> admitted = live.admitted();

        assertTrue(count(admitted, Role.OWNER, Role.MODERATOR) <= limits.moderators(), "moderator places overbooked");
        assertTrue(count(admitted, Role.PARTICIPANT, Role.VIEWER, Role.GUEST) <= limits.participants(),
                "participant places overbooked");
        assertTrue(count(admitted, Role.AUDIENCE) <= limits.audiences(), "audience places overbooked");

        List<Participant> presenters = live.participants().stream().filter(Participant::isPresenter).toList();
        assertTrue(presenters.size() <= 1, "more than one presenter");
        for (Participant presenter : presenters) {
            assertTrue(presenter.isAdmitted() && presenter.inCall() && settings.media().screenShare()
                    && presenter.may(Permission.SHARE_SCREEN, mode), "a presenter who may not present: " + presenter);
        }

        List<UserRef> refs = live.participants().stream().map(Participant::userRef).toList();
        assertEquals(refs.size(), refs.stream().distinct().count(), "one person with two sessions");
        for (Participant p : live.participants()) {
            MediaState media = p.media();
            assertFalse(p.inCall() && !p.isAdmitted(), "in the call from the lobby: " + p);
            assertFalse((media.microphone() || media.camera() || media.screen()) && !p.inCall(),
                    "sends media outside the call: " + p);
            assertFalse(media.microphone() && !p.may(Permission.PUBLISH_AUDIO, mode), "microphone not allowed: " + p);
            assertFalse(media.camera() && !p.may(Permission.PUBLISH_VIDEO, mode), "camera not allowed: " + p);
            assertFalse(media.chat() && !p.may(Permission.CHAT, mode), "chat not allowed: " + p);
            assertEquals(run.joinedAs.get(p.id()) == Role.OWNER, p.role() == Role.OWNER,
                    "only who came as owner is owner, and stays it: " + p);
            assertFalse(live.isBanned(p.userRef()), "a banned person is in the room: " + p);
        }

        RoomStatus status = live.room().status();
        assertFalse(!admitted.isEmpty() && status != RoomStatus.ACTIVE, "people admitted in a room that is " + status);
        assertFalse(status == RoomStatus.ENDED && !live.participants().isEmpty(), "people in an ended room");
        assertEquals(status == RoomStatus.ACTIVE, live.clocks().activatedAt() != null, "activatedAt while " + status);

        TopologyKind configured = settings.topology().kind();
        Integer upgradeAt = settings.topology().autoUpgradeAt();
        if (before.status() == RoomStatus.ACTIVE && status == RoomStatus.ACTIVE) {
            assertFalse(before.topology() == TopologyKind.SFU && live.topology() == TopologyKind.MESH,
                    "back to MESH during a session");
        }
        if (status != RoomStatus.ACTIVE) {
            assertEquals(configured, live.topology(), "the configured topology between sessions");
        } else if (upgradeAt != null && admitted.size() >= upgradeAt) {
            assertEquals(TopologyKind.SFU, live.topology(), admitted.size() + " admitted, upgrade at " + upgradeAt);
        }

        List<RecordedEvent> recorded = live.recordedEvents();
        List<RecordedEvent> fresh = recorded.subList(run.seen, recorded.size());
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(before.lastSequence() + i + 1, fresh.get(i).sequence(), "sequence of " + fresh.get(i));
            assertEquals(run.now, fresh.get(i).occurredAt());
        }
        assertEquals(before.lastSequence() + fresh.size(), live.clocks().lastSequence(), "the stored last sequence");
        run.seen = recorded.size();

        Instant due = live.nextDeadline(run.now);
        Instant quiet = due == null ? run.now.plus(Duration.ofDays(1)) : due.minusMillis(1);
        if (!run.overdue && quiet.isAfter(run.now)) {
            LiveRoom copy = LiveRooms.reloaded(live, PEOPLE);
            copy.tick(quiet);
            assertEquals(List.of(), copy.recordedEvents(), "nothing is due before the next deadline " + due);
        }

        run.deadline = due;
        if (step.op() == Op.TICK) {
            Instant next = live.nextDeadline(run.now);
            assertTrue(next == null || next.isAfter(run.now), "next deadline " + next + " after a tick at " + run.now);
            live.tick(run.now);
            assertEquals(run.seen, live.recordedEvents().size(), "a repeated tick records nothing");
        }
    }

    private static long count(List<Participant> admitted, Role... roles) {
        List<Role> wanted = List.of(roles);
        return admitted.stream().filter(p -> wanted.contains(p.role())).count();
    }
}
