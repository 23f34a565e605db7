package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.Draw;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.PropertyCheck.forAll;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitsProperties {

    /** A room's shape: what its participant ceiling depends on. */
    private record Shape(RoomType type, RoomMode mode, ScheduleKind kind, int talkers) {
        static Shape draw(Draw draw) {
            return new Shape(draw.oneOf(RoomType.class), draw.oneOf(RoomMode.class), draw.oneOf(ScheduleKind.class),
                    draw.between(1, 16));
        }

        /** The participant rule as the issue states it, written independently of the code. */
        boolean allows(int participants) {
            if (participants < 1) {
                return false;
            }
            if (type == RoomType.ONE_TO_ONE) {
                return participants <= 2;
            }
            if (kind == ScheduleKind.SCHEDULED) {
                return participants <= (mode == RoomMode.LECTURE ? 1000 : 300);
            }
            return (long) participants * talkers <= 1600;
        }

        /** The largest count the rule allows; found by asking the rule, so it needs no formula of its own. */
        int largestAllowed() {
            return IntStream.iterate(2000, count -> count - 1).filter(this::allows).findFirst().orElseThrow();
        }

        RoomDrafts.Builder draft() {
            boolean meeting = kind == ScheduleKind.SCHEDULED;
            return RoomDrafts.ofType(type.name()).mode(mode.name()).maxActiveTalkers(talkers)
                    .schedule(new ScheduleDraft(kind.name(), meeting ? NOW.plus(Duration.ofDays(1)).toString() : null,
                            meeting ? 60 : null, null, null));
        }
    }

    private record Sized(Shape shape, int participants) {
    }

    /** Half the samples land within two of the ceiling, where an off-by-one would show. */
    private static Sized sized(Draw draw) {
        Shape shape = Shape.draw(draw);
        int participants = draw.bool() ? shape.largestAllowed() + draw.between(-2, 2) : draw.between(-2, 1700);
        return new Sized(shape, participants);
    }

    @Test
    void a_participant_count_is_accepted_exactly_when_the_rule_allows_it() {
        forAll(LimitsProperties::sized, sample -> {
            RoomDraft draft = sample.shape().draft().participants(sample.participants()).build();

            if (sample.shape().allows(sample.participants())) {
                assertEquals(sample.participants(), Rooms.at(NOW).open(draft).settings().limits().participants());
            } else {
                assertViolations(() -> Rooms.at(NOW).open(draft), violation("limits.participants", OUT_OF_RANGE));
            }
        });
    }

    @Test
    void the_default_participant_count_always_fits_the_room() {
        forAll(Shape::draw, shape -> {
            int participants = Rooms.at(NOW).open(shape.draft().build()).settings().limits().participants();

            assertTrue(shape.allows(participants), () -> participants + " participants");
        });
    }
}
