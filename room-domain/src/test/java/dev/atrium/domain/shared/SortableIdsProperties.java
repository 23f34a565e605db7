package dev.atrium.domain.shared;

import dev.atrium.domain.fixtures.Draw;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.SplittableRandom;

import static dev.atrium.domain.fixtures.PropertyCheck.forAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortableIdsProperties {
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final long LAST_MILLISECOND = (1L << 48) - 1;

    /** A millisecond of the id's time range, a nanosecond within it, and a seed for the random part. */
    private record Moment(long millisecond, int nanos, long seed) {
        static Moment draw(Draw draw) {
            long millisecond = draw.bool() ? draw.between(0L, LAST_MILLISECOND)
                    : draw.oneOf(0L, 1L, LAST_MILLISECOND - 1, LAST_MILLISECOND);
            return new Moment(millisecond, draw.between(0, 999_999), draw.anyLong());
        }

        String id(String prefix) {
            return SortableIds.next(prefix, Instant.ofEpochMilli(millisecond).plusNanos(nanos), new SplittableRandom(seed));
        }
    }

    private record TwoMoments(Moment first, Moment second) {
    }

    /** Half the pairs are a millisecond apart, where ordering is hardest. */
    private static TwoMoments twoMoments(Draw draw) {
        Moment first = Moment.draw(draw);
        Moment second = Moment.draw(draw);
        if (draw.bool() && first.millisecond() < LAST_MILLISECOND) {
            second = new Moment(first.millisecond() + 1, second.nanos(), second.seed());
        }
        return new TwoMoments(first, second);
    }

    @Test
    void an_id_made_in_a_later_millisecond_sorts_after_one_made_earlier() {
        forAll(SortableIdsProperties::twoMoments, pair -> {
            String first = pair.first().id("rm");
            String second = pair.second().id("rm");

            if (pair.first().millisecond() != pair.second().millisecond()) {
                assertEquals(Long.signum(pair.first().millisecond() - pair.second().millisecond()),
                        Integer.signum(first.compareTo(second)), () -> first + " vs " + second);
            }
        });
    }

    @Test
    void an_id_has_the_prefix_format_and_carries_its_millisecond() {
        forAll(Moment::draw, moment -> {
            String id = moment.id("ak");

            assertTrue(SortableIds.pattern("ak").matcher(id).matches(), id);
            assertEquals(moment.millisecond(), decodeTime(id.substring("ak_".length(), "ak_".length() + 10)));
        });
    }

    @Test
    void the_time_within_a_millisecond_does_not_matter() {
        forAll(Moment::draw, moment -> assertEquals(
                new Moment(moment.millisecond(), 0, moment.seed()).id("rm"), moment.id("rm")));
    }

    private static long decodeTime(String encoded) {
        long value = 0;
        for (char c : encoded.toCharArray()) {
            value = value * 32 + CROCKFORD.indexOf(c);
        }
        return value;
    }
}
