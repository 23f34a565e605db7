package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft.AccessDraft;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.TokenId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Letting the lobby in: everybody goes in once, even when an admission lets others in on its way. */
class LiveRoomLobbyTest {
    private static final Instant NOW = Rooms.NOW;
    private static final Duration PRESENCE = Duration.ofSeconds(45);

    private final RandomGenerator random = Rooms.seededRandom();

    @Test
    void aModeratorMadeInTheLobbyGoesInAndLetsTheOthersInAndAdmittingEverybodyAfterwardsAdmitsNobodyTwice() {
        Room room = Rooms.at(NOW).open(RoomDrafts.group().access(new AccessDraft(false, true, false, null)).build());
        LiveRoom live = LiveRoom.reconstitute(room, SessionClocks.idle(NOW), List.of(), Set.of());
        ParticipantId ada = join(live, "ada");
        ParticipantId bob = join(live, "bob");
        live.changeRole(Actor.service(), ada, Role.MODERATOR, NOW);

        List<Participant> admitted = live.admitAll(Actor.service(), NOW);

        List<ParticipantId> admissions = live.recordedEvents().stream()
                .map(RecordedEvent::event)
                .filter(RoomEvent.ParticipantAdmitted.class::isInstance)
                .map(event -> ((RoomEvent.ParticipantAdmitted) event).participant().id())
                .toList();
        assertEquals(List.of(ada, bob), admissions);
        assertEquals(List.of(), admitted.stream().map(Participant::id).toList(), "both were in before admitAll");
        assertEquals(2, live.admitted().size());
    }

    private ParticipantId join(LiveRoom live, String user) {
        Room room = live.room();
        JoinGrant grant = new JoinGrant(TokenId.next(NOW, random), room.tenantId(), room.id(), new UserRef(user), Role.PARTICIPANT,
                user, Map.of(), NOW, NOW, NOW.plus(Duration.ofMinutes(10)));
        Participant participant = live.join(ParticipantId.next(NOW, random), grant, NOW, PRESENCE);
        assertEquals(ParticipantState.WAITING, participant.state());
        return participant.id();
    }
}
