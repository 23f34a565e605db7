package dev.atrium.application.service;

import dev.atrium.application.port.in.access.AdmitGuestCommand;
import dev.atrium.application.port.in.access.AdmitGuestUseCase;
import dev.atrium.application.port.in.room.UpdateRoomCommand;
import dev.atrium.application.port.in.room.DeleteRoomCommand;
import dev.atrium.application.port.in.token.IssuedToken;
import dev.atrium.application.port.in.access.OpenedLink;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.link.Password;
import dev.atrium.domain.link.PasswordThrottle;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ErrorKind;
import dev.atrium.domain.shared.ThrottledException;
import dev.atrium.domain.token.JoinTokenRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdmitGuestServiceTest {
    private static final String CLIENT = "203.0.113.7";
    private static final String PASSWORD = "open sesame";

    private final AccessServices services = new AccessServices();
    private final Room room = services.rooms.createRoom(RoomDrafts.ofType("PUBLIC").build());
    private final RoomLocator locator = RoomServices.locator(room);

    private OpenedLink open(String role, Integer ttlSeconds, Integer maxUses, String password) {
        return services.manageLinks.openLink(locator, PublicLink.Terms.parse(role, ttlSeconds, maxUses, password));
    }

    private IssuedToken admit(OpenedLink link, String password) {
        return admit(link.token(), password, CLIENT);
    }

    private IssuedToken admit(String linkToken, String password, String client) {
        return services.admit.admitGuest(new AdmitGuestCommand(linkToken, " Grace ", password, client));
    }

    private int usesOf(OpenedLink link) {
        return services.links.find(Rooms.TENANT, link.link().id()).orElseThrow().uses();
    }

    @Nested
    class Admitted {
        @Test
        void a_guest_gets_a_token_for_the_room_with_the_role_of_the_link() {
            OpenedLink link = open("VIEWER", null, null, null);

            IssuedToken issued = admit(link, null);

            assertEquals(room.id(), issued.grant().roomId());
            assertEquals(room.tenantId(), issued.grant().tenantId());
            assertEquals(Role.VIEWER, issued.grant().role());
            assertEquals("Grace", issued.grant().name());
            assertEquals(Map.of(), issued.grant().metadata());
            assertEquals(Rooms.NOW.plus(JoinTokenRequest.DEFAULT_TTL), issued.grant().expiresAt());
            assertEquals(Optional.of(issued.grant()), services.verify.verify(issued.token()));
        }

        @Test
        void each_guest_is_a_new_person_named_guest_something() {
            OpenedLink link = open(null, null, null, null);

            IssuedToken first = admit(link, null);
            IssuedToken second = admit(link, null);

            assertEquals(Role.GUEST, first.grant().role());
            assertTrue(first.grant().subject().value().startsWith("guest:"), first.grant().subject().value());
            assertNotEquals(first.grant().subject(), second.grant().subject());
        }

        @Test
        void each_admission_counts_one_use() {
            OpenedLink link = open(null, null, 3, null);

            admit(link, null);
            admit(link, null);

            assertEquals(2, usesOf(link));
        }

        @Test
        void a_guest_token_ends_when_the_room_closes() {
            Instant closes = Rooms.NOW.plus(Duration.ofMinutes(5));
            Room closing = services.rooms.createRoomLater(Rooms.TENANT,
                    RoomDrafts.ofType("PUBLIC").window(null, closes).build());
            OpenedLink link = services.manageLinks.openLink(RoomServices.locator(closing),
                    PublicLink.Terms.parse(null, null, null, null));

            assertEquals(closes, admit(link, null).grant().expiresAt());
        }
    }

    @Nested
    class Refused {
        @Test
        void an_unknown_link_is_not_found() {
            assertEquals(ErrorKind.NOT_FOUND,
                    assertFails(ErrorCode.LINK_NOT_FOUND, () -> admit("lt_unknown", null, CLIENT)).kind());
        }

        @Test
        void an_expired_link_is_gone() {
            OpenedLink link = open(null, 3600, null, null);
            services.rooms.clock.advance(Duration.ofHours(1));

            assertEquals(ErrorKind.GONE, assertFails(ErrorCode.LINK_EXPIRED, () -> admit(link, null)).kind());
        }

        @Test
        void a_used_up_link_is_gone() {
            OpenedLink link = open(null, null, 1, null);
            admit(link, null);

            assertFails(ErrorCode.LINK_EXPIRED, () -> admit(link, null));
            assertEquals(1, usesOf(link));
        }

        @Test
        void a_revoked_link_is_gone() {
            OpenedLink link = open(null, null, null, null);
            services.manageLinks.revokeLink(locator, link.link().id().value());

            assertFails(ErrorCode.LINK_EXPIRED, () -> admit(link, null));
        }

        @Test
        void a_guest_without_a_name_is_refused_and_uses_nothing() {
            OpenedLink link = open(null, null, 1, null);

            assertViolations(() -> services.admit.admitGuest(new AdmitGuestCommand(link.token(), "  ", null, CLIENT)),
                    violation("displayName", REQUIRED));
            assertEquals(0, usesOf(link));
        }

        @Test
        void the_link_of_an_ended_room_lets_nobody_in() {
            OpenedLink link = open(null, null, 1, null);
            services.rooms.end.endRoom(locator);

            assertFails(ErrorCode.ROOM_ENDED, () -> admit(link, null));
            assertEquals(0, usesOf(link));
        }

        @Test
        void the_link_of_a_room_that_stopped_admitting_guests_lets_nobody_in() {
            Room group = services.rooms.createRoom(RoomDrafts.group().guestsAllowed(true).build());
            RoomLocator groupLocator = RoomServices.locator(group);
            OpenedLink link = services.manageLinks.openLink(groupLocator, PublicLink.Terms.parse(null, null, null, null));
            services.rooms.update.updateRoom(new UpdateRoomCommand(groupLocator, OptionalLong.empty(),
                    draft -> RoomDrafts.from(draft).guestsAllowed(false).build()));

            assertFails(ErrorCode.GUESTS_NOT_ALLOWED, () -> admit(link, null));
            assertEquals(0, usesOf(link));
        }

        @Test
        void the_link_of_a_deleted_room_lets_nobody_in() {
            OpenedLink link = open(null, null, null, null);
            services.rooms.delete.deleteRoom(new DeleteRoomCommand(locator, OptionalLong.empty()));

            assertFails(ErrorCode.ROOM_ENDED, () -> admit(link, null));
        }

        @Test
        void the_link_of_a_meeting_lets_nobody_in_before_its_doors_open() {
            Instant start = Rooms.NOW.plus(Duration.ofHours(2));
            Room meeting = services.rooms.createRoomLater(Rooms.TENANT,
                    RoomDrafts.scheduled(start, Duration.ofHours(1)).guestsAllowed(true).build());
            OpenedLink link = services.manageLinks.openLink(RoomServices.locator(meeting),
                    PublicLink.Terms.parse(null, null, 1, null));

            assertFails(ErrorCode.ROOM_NOT_OPEN_YET, () -> admit(link, null));
            assertEquals(0, usesOf(link));

            services.rooms.clock.set(start.minus(Duration.ofMinutes(15)));
            assertEquals(meeting.id(), admit(link, null).grant().roomId());
        }
    }

    @Nested
    class Passwords {
        private final OpenedLink link = open(null, null, 1, PASSWORD);

        @Test
        void the_right_password_lets_the_guest_in() {
            assertEquals(Role.GUEST, admit(link, PASSWORD).grant().role());
        }

        @Test
        void a_wrong_or_missing_password_is_refused_and_counted_without_using_the_link() {
            assertEquals(ErrorKind.FORBIDDEN, assertFails(ErrorCode.WRONG_PASSWORD, () -> admit(link, "sesame open")).kind());
            assertFails(ErrorCode.WRONG_PASSWORD, () -> admit(link, null));

            assertEquals(2, services.attempts.attemptsOf(room.id(), CLIENT));
            assertEquals(0, usesOf(link));
            assertEquals(Role.GUEST, admit(link, PASSWORD).grant().role());
        }

        @Test
        void the_sixth_try_after_five_wrong_ones_is_throttled_until_the_window_ends() {
            for (int i = 0; i < PasswordThrottle.MAX_FAILURES; i++) {
                services.rooms.clock.advance(Duration.ofMinutes(1));
                assertFails(ErrorCode.WRONG_PASSWORD, () -> admit(link, "wrong " + PASSWORD));
            }

            ThrottledException throttled = (ThrottledException) assertFails(ErrorCode.TOO_MANY_ATTEMPTS,
                    () -> admit(link, PASSWORD));

            assertEquals(ErrorKind.THROTTLED, throttled.kind());
            assertEquals(PasswordThrottle.WINDOW.minus(Duration.ofMinutes(4)), throttled.retryAfter());
            assertEquals(0, usesOf(link));
        }

        @Test
        void once_the_window_ended_the_client_may_try_again() {
            for (int i = 0; i < PasswordThrottle.MAX_FAILURES; i++) {
                assertFails(ErrorCode.WRONG_PASSWORD, () -> admit(link, "wrong"));
            }
            services.rooms.clock.advance(PasswordThrottle.WINDOW);

            assertEquals(Role.GUEST, admit(link, PASSWORD).grant().role());
        }

        @Test
        void a_guess_counts_while_it_is_checked_so_parallel_guesses_cannot_outrun_the_throttle() {
            for (int i = 0; i < PasswordThrottle.MAX_FAILURES - 1; i++) {
                assertFails(ErrorCode.WRONG_PASSWORD, () -> admit(link, "wrong"));
            }
            List<ErrorCode> parallelGuess = new ArrayList<>();
            AdmitGuestUseCase slowNode = nodeWhoseChecksFirst(
                    () -> parallelGuess.add(assertThrows(DomainException.class, () -> admit(link, "another guess")).code()));

            assertFails(ErrorCode.WRONG_PASSWORD,
                    () -> slowNode.admitGuest(new AdmitGuestCommand(link.token(), "Grace", "fifth guess", CLIENT)));

            assertEquals(List.of(ErrorCode.TOO_MANY_ATTEMPTS), parallelGuess);
        }

        @Test
        void a_burst_of_parallel_guesses_gets_no_more_checks_than_the_throttle_allows() throws Exception {
            int guesses = 30;
            CountDownLatch checksUnderWay = new CountDownLatch(PasswordThrottle.MAX_FAILURES);
            // Every allowed check waits for the others, so all guesses are in flight together.
            AdmitGuestUseCase node = nodeWhoseChecksFirst(() -> {
                checksUnderWay.countDown();
                awaitQuietly(checksUnderWay);
            });
            ExecutorService pool = Executors.newFixedThreadPool(guesses);
            try {
                List<Future<ErrorCode>> outcomes = new ArrayList<>();
                for (int i = 0; i < guesses; i++) {
                    outcomes.add(pool.submit(() -> assertThrows(DomainException.class, () -> node.admitGuest(
                            new AdmitGuestCommand(link.token(), "Grace", "guess", CLIENT))).code()));
                }
                Map<ErrorCode, Long> counted = new EnumMap<>(ErrorCode.class);
                for (Future<ErrorCode> outcome : outcomes) {
                    counted.merge(outcome.get(10, TimeUnit.SECONDS), 1L, Long::sum);
                }
                assertEquals(Map.of(ErrorCode.WRONG_PASSWORD, (long) PasswordThrottle.MAX_FAILURES,
                        ErrorCode.TOO_MANY_ATTEMPTS, (long) (guesses - PasswordThrottle.MAX_FAILURES)), counted);
            } finally {
                pool.shutdownNow();
            }
        }

        /** A node whose password checks first run {@code duringCheck}, as a slow hash lets other requests in. */
        private AdmitGuestUseCase nodeWhoseChecksFirst(Runnable duringCheck) {
            PasswordHasher slowHasher = new PasswordHasher() {
                @Override
                public String hash(Password password) {
                    return services.hasher.hash(password);
                }

                @Override
                public boolean matches(String candidate, String hash) {
                    duringCheck.run();
                    return services.hasher.matches(candidate, hash);
                }
            };
            return new AdmitGuestService(services.rooms.rooms, services.links, services.roomPasswords,
                    slowHasher, services.attempts, services.keys, services.codec,
                    AccessServices.ISSUER, services.rooms.clock, services.random);
        }

        private static void awaitQuietly(CountDownLatch latch) {
            try {
                latch.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Test
        void throttling_is_per_client() {
            for (int i = 0; i < PasswordThrottle.MAX_FAILURES; i++) {
                assertFails(ErrorCode.WRONG_PASSWORD, () -> admit(link, "wrong"));
            }

            assertFails(ErrorCode.TOO_MANY_ATTEMPTS, () -> admit(link.token(), PASSWORD, CLIENT));
            assertEquals(Role.GUEST, admit(link.token(), PASSWORD, "198.51.100.1").grant().role());
        }

        @Test
        void the_right_password_clears_the_count() {
            OpenedLink reusable = open(null, null, null, PASSWORD);
            for (int i = 0; i < PasswordThrottle.MAX_FAILURES - 1; i++) {
                assertFails(ErrorCode.WRONG_PASSWORD, () -> admit(reusable, "wrong"));
            }

            admit(reusable, PASSWORD);

            assertEquals(0, services.attempts.attemptsOf(room.id(), CLIENT));
            assertFails(ErrorCode.WRONG_PASSWORD, () -> admit(reusable, "wrong"));
            assertEquals(1, services.attempts.attemptsOf(room.id(), CLIENT));
        }

        @Test
        void the_room_password_guards_a_link_without_one() {
            services.roomPassword.setPassword(locator, "room secret");
            OpenedLink open = open(null, null, null, null);

            assertFails(ErrorCode.WRONG_PASSWORD, () -> admit(open, null));
            assertEquals(Role.GUEST, admit(open, "room secret").grant().role());
        }

        @Test
        void a_link_with_its_own_password_ignores_the_room_password() {
            services.roomPassword.setPassword(locator, "room secret");

            assertFails(ErrorCode.WRONG_PASSWORD, () -> admit(link, "room secret"));
            assertEquals(Role.GUEST, admit(link, PASSWORD).grant().role());
        }

        @Test
        void a_link_without_passwords_anywhere_asks_for_none_and_counts_nothing() {
            OpenedLink open = open(null, null, null, null);

            admit(open, "whatever");

            assertEquals(0, services.attempts.attemptsOf(room.id(), CLIENT));
        }
    }
}
