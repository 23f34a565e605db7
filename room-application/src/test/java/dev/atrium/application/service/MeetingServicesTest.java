package dev.atrium.application.service;

import dev.atrium.application.fakes.RecordingEventPublisher;
import dev.atrium.application.port.in.meeting.BookMeetingCommand;
import dev.atrium.application.port.in.meeting.Meeting;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.in.meeting.UpdateMeetingCommand;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.live.RoomEvent.InvitationIssued;
import dev.atrium.domain.meeting.MeetingChange;
import dev.atrium.domain.meeting.MeetingDraft;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.ScheduleKind;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Booking and updating meetings: what is stored and which invitations are recorded with it. */
class MeetingServicesTest {
    private static final Instant START = Rooms.NOW.plus(Duration.ofDays(1));
    private static final MemberDraft ANN = new MemberDraft("ann", "Ann", "ann@example.com", "OWNER");
    private static final MemberDraft BEN = new MemberDraft("ben", "Ben", "ben@example.com", null);
    private static final MemberDraft CID = new MemberDraft("cid", "Cid", null, null);
    private static final MemberDraft DOT = new MemberDraft("dot", "Dot", "dot@example.com", "VIEWER");

    private final RoomServices services = new RoomServices();

    private Meeting book(MemberDraft... attendees) {
        return services.bookMeeting.bookMeeting(new BookMeetingCommand(Rooms.TENANT,
                new MeetingDraft(null, "Planning", "Budget", START.toString(), 60, null, null, Arrays.asList(attendees))));
    }

    private Meeting update(Meeting meeting, MeetingChange change) {
        return services.updateMeeting.updateMeeting(
                new UpdateMeetingCommand(RoomServices.locator(meeting.room()), OptionalLong.empty(), change));
    }

    private Meeting stored(Meeting meeting) {
        return services.getMeeting.getMeeting(RoomServices.locator(meeting.room()));
    }

    private List<InvitationIssued> invitations() {
        return services.outbox.all().stream()
                .map(event -> event.event())
                .filter(InvitationIssued.class::isInstance)
                .map(InvitationIssued.class::cast)
                .toList();
    }

    private List<String> invited() {
        return invitations().stream().map(invitation -> invitation.userRef().value()).toList();
    }

    private static List<String> userRefs(Meeting meeting) {
        return meeting.attendees().stream().map(attendee -> attendee.userRef().value()).toList();
    }

    @Nested
    class Booking {
        @Test
        void a_booked_meeting_is_a_scheduled_room_whose_members_are_its_attendees() {
            Meeting meeting = book(ANN, BEN, CID);

            Room room = stored(meeting).room();
            assertEquals(ScheduleKind.SCHEDULED, room.settings().schedule().kind());
            assertEquals("Planning", room.settings().name());
            assertEquals("Budget", room.settings().description());
            assertEquals(START, room.settings().schedule().startsAt());
            assertEquals(60, room.settings().schedule().durationMinutes());
            assertEquals(List.of("ann", "ben", "cid"), userRefs(stored(meeting)));
            assertEquals(Role.OWNER, stored(meeting).attendees().get(0).role());
        }

        @Test
        void every_attendee_with_an_email_is_invited_with_what_the_email_needs() {
            book(ANN, BEN, CID);

            assertEquals(List.of(
                    new InvitationIssued(new UserRef("ann"), "Ann", "ann@example.com", "Planning", "Budget", START, 60),
                    new InvitationIssued(new UserRef("ben"), "Ben", "ben@example.com", "Planning", "Budget", START, 60)),
                    invitations());
            assertEquals(1, services.unitOfWork.committed());
        }

        @Test
        void the_relay_hands_the_invitations_to_the_notifier() {
            book(ANN, CID);
            RecordingEventPublisher publisher = new RecordingEventPublisher();

            new RelayEventsService(services.unitOfWork, services.outbox, publisher, publisher).relayEvents(10);

            assertEquals(List.of("ann"), publisher.invitations().stream().map(i -> i.userRef().value()).toList());
        }

        @Test
        void mistakes_of_the_meeting_are_named_by_its_own_fields() {
            assertViolations(() -> services.bookMeeting.bookMeeting(new BookMeetingCommand(Rooms.TENANT,
                            new MeetingDraft(null, "Planning", null, null, null, null, null, List.of(ANN)))),
                    violation("startsAt", REQUIRED), violation("durationMinutes", REQUIRED));
            assertViolations(() -> services.bookMeeting.bookMeeting(new BookMeetingCommand(Rooms.TENANT,
                            new MeetingDraft(null, null, null, Rooms.NOW.minus(Duration.ofDays(1)).toString(), 30, null, null,
                                    List.of()))),
                    violation("startsAt", OUT_OF_RANGE));
        }

        @Test
        void a_booking_with_a_wrong_attendee_stores_nothing_and_invites_nobody() {
            assertViolations(() -> book(ANN, new MemberDraft("eve", null, "not-an-address", null)),
                    violation("members[1].displayName", REQUIRED), violation("members[1].email", INVALID_FORMAT));

            assertEquals(0, services.store.size());
            assertEquals(List.of(), services.outbox.all());
        }

        @Test
        void without_a_title_the_meeting_is_named_after_its_start() {
            Meeting meeting = services.bookMeeting.bookMeeting(new BookMeetingCommand(Rooms.TENANT,
                    new MeetingDraft(null, null, null, START.toString(), 30, null, null, List.of())));

            assertEquals("Meeting 2030-01-16 09:00 UTC", meeting.room().settings().name());
        }
    }

    @Nested
    class Updating {
        private final Meeting meeting = book(ANN, BEN, CID);
        private final int bookingInvitations = invitations().size();

        private List<String> invitedByUpdate() {
            List<String> all = invited();
            return all.subList(bookingInvitations, all.size());
        }

        @Test
        void a_title_update_renames_the_meeting_and_invites_nobody() {
            Meeting updated = update(meeting, MeetingChange.of("NAME", "Planning 2031", null, null, null, null));

            assertEquals("Planning 2031", stored(meeting).room().settings().name());
            assertEquals("Budget", stored(meeting).room().settings().description());
            assertEquals(1, updated.room().version());
            assertEquals(List.of(), invitedByUpdate());
        }

        @Test
        void an_empty_description_clears_it() {
            update(meeting, MeetingChange.of("description", null, "", null, null, null));

            assertNull(stored(meeting).room().settings().description());
            assertEquals(List.of(), invitedByUpdate());
        }

        @Test
        void a_new_time_invites_every_attendee_with_an_email_again_with_that_time() {
            Instant later = START.plus(Duration.ofHours(2));

            update(meeting, MeetingChange.of("WHEN", null, null, later.toString(), null, null));

            Room room = stored(meeting).room();
            assertEquals(later, room.settings().schedule().startsAt());
            assertEquals(60, room.settings().schedule().durationMinutes());
            assertEquals(List.of("ann", "ben"), invitedByUpdate());
            assertTrue(invitations().subList(bookingInvitations, invitations().size()).stream()
                    .allMatch(invitation -> invitation.startsAt().equals(later) && invitation.durationMinutes() == 60));
        }

        @Test
        void the_same_time_again_changes_nothing_and_invites_nobody() {
            Meeting updated = update(meeting, MeetingChange.of("WHEN", null, null, START.toString(), 60, null));

            assertEquals(0, updated.room().version());
            assertEquals(List.of(), invitedByUpdate());
        }

        @Test
        void a_meeting_moves_only_until_fifteen_minutes_before_it_starts_and_a_refusal_changes_nothing() {
            services.clock.set(START.minus(Duration.ofMinutes(10)));

            assertFails(ErrorCode.RESCHEDULE_TOO_LATE, () -> update(meeting,
                    MeetingChange.of("WHEN", null, null, START.plus(Duration.ofHours(1)).toString(), null, null)));

            assertEquals(START, stored(meeting).room().settings().schedule().startsAt());
            assertEquals(0, stored(meeting).room().version());
            assertEquals(List.of(), invitedByUpdate());
        }

        @Test
        void new_attendees_are_invited_missing_ones_removed_and_the_owner_stays() {
            RoomMember benBefore = stored(meeting).attendees().get(1);

            Meeting updated = update(meeting, MeetingChange.of("MEMBERS", null, null, null, null, List.of(BEN, DOT)));

            assertEquals(List.of("ann", "ben", "dot"), userRefs(stored(meeting)));
            assertEquals(List.of("dot"), invitedByUpdate());
            RoomMember benAfter = stored(meeting).attendees().get(1);
            assertEquals(benBefore.version(), benAfter.version(), "an unchanged attendee is left alone");
            assertEquals(Role.VIEWER, stored(meeting).attendees().get(2).role());
            assertEquals(1, updated.room().version(), "attendees are part of the meeting's version");
        }

        @Test
        void an_attendee_at_a_new_address_is_invited_there() {
            update(meeting, MeetingChange.of("MEMBERS", null, null, null, null,
                    List.of(BEN, new MemberDraft("cid", "Cid", "cid@example.com", null))));

            assertEquals(List.of("cid"), invitedByUpdate());
            assertEquals("cid@example.com", stored(meeting).attendees().get(2).email());
        }

        @Test
        void a_wrong_attendee_changes_nothing_and_invites_nobody() {
            assertViolations(() -> update(meeting, MeetingChange.of("MEMBERS", null, null, null, null,
                            List.of(DOT, new MemberDraft("eve", "Eve", "eve@", null)))),
                    violation("members[1].email", INVALID_FORMAT));

            assertEquals(List.of("ann", "ben", "cid"), userRefs(stored(meeting)));
            assertEquals(0, stored(meeting).room().version());
            assertEquals(List.of(), invitedByUpdate());
        }

        @Test
        void a_new_owner_cannot_be_named_by_an_update() {
            assertViolations(() -> update(meeting, MeetingChange.of("MEMBERS", null, null, null, null,
                            List.of(new MemberDraft("dot", "Dot", null, "OWNER")))),
                    violation("members[0].role", dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED));
        }

        @Test
        void all_changes_every_field_and_a_new_time_invites_each_attendee_once() {
            Instant later = START.plus(Duration.ofDays(1));

            update(meeting, MeetingChange.of("ALL", "Review", null, later.toString(), 45, List.of(ANN, DOT)));

            Meeting after = stored(meeting);
            assertEquals("Review", after.room().settings().name());
            assertNull(after.room().settings().description());
            assertEquals(later, after.room().settings().schedule().startsAt());
            assertEquals(45, after.room().settings().schedule().durationMinutes());
            assertEquals(List.of("ann", "dot"), userRefs(after));
            assertEquals(List.of("ann", "dot"), invitedByUpdate());
        }

        @Test
        void an_all_update_with_a_wrong_attendee_does_not_rename_the_meeting_either() {
            assertViolations(() -> update(meeting, MeetingChange.of("ALL", "Review", null, START.toString(), 60,
                            List.of(new MemberDraft(null, "Nobody", null, null)))),
                    violation("members[0].userRef", REQUIRED));

            assertEquals("Planning", stored(meeting).room().settings().name());
            assertEquals(List.of(), invitedByUpdate());
        }

        @Test
        void an_update_at_a_stale_version_is_refused() {
            update(meeting, MeetingChange.of("NAME", "First", null, null, null, null));

            assertFails(ErrorCode.VERSION_MISMATCH, () -> services.updateMeeting.updateMeeting(new UpdateMeetingCommand(
                    RoomServices.locator(meeting.room()), OptionalLong.of(0), MeetingChange.of("NAME", "Stale", null, null, null, null))));

            assertEquals("First", stored(meeting).room().settings().name());
        }

        @Test
        void when_the_invitations_cannot_be_stored_the_whole_update_rolls_back() {
            LiveRoomRepository failingSave = new LiveRoomRepository() {
                @Override
                public Optional<LiveRoom> lockForChange(TenantId tenantId, RoomId roomId) {
                    return services.liveRooms.lockForChange(tenantId, roomId);
                }

                @Override
                public Room save(LiveRoom room, Instant nextDeadline) {
                    throw new IllegalStateException("the outbox is unreachable");
                }

                @Override
                public Optional<Participant> extendPresence(TenantId tenantId, RoomId roomId, ParticipantId participantId,
                                                            Instant now, Instant presenceDeadline) {
                    return services.liveRooms.extendPresence(tenantId, roomId, participantId, now, presenceDeadline);
                }

                @Override
                public void delete(LiveRoom room) {
                    services.liveRooms.delete(room);
                }

                @Override
                public Optional<LiveRoom> find(TenantId tenantId, RoomId roomId) {
                    return services.liveRooms.find(tenantId, roomId);
                }

                @Override
                public List<DueRoom> dueAt(Instant now, int limit) {
                    return services.liveRooms.dueAt(now, limit);
                }
            };
            UpdateMeetingService failing = new UpdateMeetingService(services.changesOver(failingSave), services.members,
                    new java.util.SplittableRandom(3));

            assertThrows(IllegalStateException.class, () -> failing.updateMeeting(new UpdateMeetingCommand(
                    RoomServices.locator(meeting.room()), OptionalLong.empty(),
                    MeetingChange.of("ALL", "Review", null, START.plus(Duration.ofHours(1)).toString(), 60, List.of(DOT)))));

            Meeting after = stored(meeting);
            assertEquals("Planning", after.room().settings().name());
            assertEquals(START, after.room().settings().schedule().startsAt());
            assertEquals(0, after.room().version());
            assertEquals(List.of("ann", "ben", "cid"), userRefs(after));
            assertEquals(List.of(), invitedByUpdate());
        }

        @Test
        void a_room_that_is_not_scheduled_is_no_meeting() {
            Room permanent = services.createRoom(RoomDrafts.group().build());
            RoomLocator locator = RoomServices.locator(permanent);

            assertFails(ErrorCode.MEETING_NOT_FOUND, () -> services.getMeeting.getMeeting(locator));
            assertFails(ErrorCode.MEETING_NOT_FOUND, () -> services.updateMeeting.updateMeeting(new UpdateMeetingCommand(
                    locator, OptionalLong.empty(), MeetingChange.of("NAME", "Meeting now", null, null, null, null))));
        }

        @Test
        void an_ended_meeting_is_read_only() {
            services.end.endRoom(RoomServices.locator(meeting.room()));

            assertFails(ErrorCode.ROOM_ENDED, () -> update(meeting, MeetingChange.of("NAME", "Late", null, null, null, null)));
            assertFails(ErrorCode.ROOM_ENDED, () -> update(meeting, MeetingChange.of("MEMBERS", null, null, null, null, List.of())));
        }
    }
}
