package dev.atrium.domain.live;

import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomMode;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.atrium.domain.fixtures.RoomEvents.person;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Who may relay a signal to whom: admitted peers of a MESH room; an offer needs the publish permission. */
class PeerRelayPolicyTest {
    private static final Participant ADA = person(new ParticipantId("pt_01JKQ48A2B3C4D5E6F7G8H9J0K"), "u-1", "Ada",
            Role.PARTICIPANT, ParticipantState.ADMITTED);
    private static final Participant BOB = person(new ParticipantId("pt_01JKQ49B3C4D5E6F7G8H9J0K1M"), "u-2", "Bob",
            Role.PARTICIPANT, ParticipantState.ADMITTED);
    private static final Participant VIC = person(new ParticipantId("pt_01JKQ4BD5E6F7G8H9J0K1M2N3P"), "u-3", "Vic",
            Role.VIEWER, ParticipantState.ADMITTED);
    private static final Participant KIM = person(new ParticipantId("pt_01JKQ4AC4D5E6F7G8H9J0K1M2N"), "u-4", "Kim",
            Role.PARTICIPANT, ParticipantState.KNOCKING);
    private static final Participant MOD = person(new ParticipantId("pt_01JKQ47Z1A2B3C4D5E6F7G8H9J"), "u-5", "Mo",
            Role.MODERATOR, ParticipantState.ADMITTED);

    @ParameterizedTest
    @EnumSource(SignalKind.class)
    void admitted_participants_of_a_mesh_room_relay_every_kind_to_each_other(SignalKind kind) {
        assertDoesNotThrow(() -> PeerRelayPolicy.check(ADA, BOB, kind, TopologyKind.MESH, RoomMode.GROUP));
        assertDoesNotThrow(() -> PeerRelayPolicy.check(BOB, ADA, kind, TopologyKind.MESH, RoomMode.GROUP));
    }

    @ParameterizedTest
    @EnumSource(value = SignalKind.class, names = {"ANSWER", "CANDIDATE"})
    void a_viewer_answers_and_sends_candidates(SignalKind kind) {
        assertDoesNotThrow(() -> PeerRelayPolicy.check(VIC, ADA, kind, TopologyKind.MESH, RoomMode.GROUP));
    }

    @Test
    void a_viewer_may_not_offer_since_it_may_not_publish() {
        assertRefused(ErrorCode.PERMISSION_DENIED, ErrorKind.FORBIDDEN,
                () -> PeerRelayPolicy.check(VIC, ADA, SignalKind.OFFER, TopologyKind.MESH, RoomMode.GROUP));
        assertDoesNotThrow(() -> PeerRelayPolicy.check(ADA, VIC, SignalKind.OFFER, TopologyKind.MESH, RoomMode.GROUP),
                "an offer to a viewer is fine: it only receives");
    }

    @Test
    void in_a_lecture_a_participant_offers_only_when_granted_publishing() {
        assertRefused(ErrorCode.PERMISSION_DENIED, ErrorKind.FORBIDDEN,
                () -> PeerRelayPolicy.check(ADA, MOD, SignalKind.OFFER, TopologyKind.MESH, RoomMode.LECTURE));
        Participant granted = Participant.after(ADA, new RoomEvent.MediaStateChanged(ADA.id(), ParticipantState.ADMITTED, false,
                ADA.media(), false, true, MOD.id()));
        assertDoesNotThrow(() -> PeerRelayPolicy.check(granted, MOD, SignalKind.OFFER, TopologyKind.MESH, RoomMode.LECTURE));
        assertDoesNotThrow(() -> PeerRelayPolicy.check(MOD, ADA, SignalKind.OFFER, TopologyKind.MESH, RoomMode.LECTURE));
    }

    @ParameterizedTest
    @EnumSource(SignalKind.class)
    void nothing_is_relayed_while_the_room_uses_an_sfu(SignalKind kind) {
        assertRefused(ErrorCode.TOPOLOGY_NOT_MESH, ErrorKind.CONFLICT,
                () -> PeerRelayPolicy.check(ADA, BOB, kind, TopologyKind.SFU, RoomMode.GROUP));
    }

    @Test
    void nobody_reachable_of_that_id_is_no_peer() {
        assertRefused(ErrorCode.PEER_NOT_FOUND, ErrorKind.NOT_FOUND,
                () -> PeerRelayPolicy.check(ADA, null, SignalKind.CANDIDATE, TopologyKind.MESH, RoomMode.GROUP));
    }

    @Test
    void somebody_in_the_lobby_is_no_peer_for_who_may_not_see_the_lobby_and_not_allowed_for_who_may() {
        assertRefused(ErrorCode.PEER_NOT_FOUND, ErrorKind.NOT_FOUND,
                () -> PeerRelayPolicy.check(ADA, KIM, SignalKind.OFFER, TopologyKind.MESH, RoomMode.GROUP));
        assertRefused(ErrorCode.SIGNAL_NOT_ALLOWED, ErrorKind.FORBIDDEN,
                () -> PeerRelayPolicy.check(MOD, KIM, SignalKind.OFFER, TopologyKind.MESH, RoomMode.GROUP));
    }

    @Test
    void somebody_in_the_lobby_sends_nothing() {
        assertRefused(ErrorCode.NOT_ADMITTED, ErrorKind.CONFLICT,
                () -> PeerRelayPolicy.check(KIM, ADA, SignalKind.ANSWER, TopologyKind.MESH, RoomMode.GROUP));
    }

    @Test
    void a_signal_to_oneself_is_not_allowed() {
        assertRefused(ErrorCode.SIGNAL_NOT_ALLOWED, ErrorKind.FORBIDDEN,
                () -> PeerRelayPolicy.check(ADA, ADA, SignalKind.CANDIDATE, TopologyKind.MESH, RoomMode.GROUP));
    }

    private static void assertRefused(ErrorCode code, ErrorKind kind, Runnable check) {
        DomainException refused = assertThrows(DomainException.class, check::run);
        assertEquals(code, refused.code());
        assertEquals(kind, refused.kind());
    }
}
