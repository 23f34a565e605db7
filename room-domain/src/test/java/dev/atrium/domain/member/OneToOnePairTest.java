package dev.atrium.domain.member;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OneToOnePairTest {
    private static final UserRef ALICE = new UserRef("alice");
    private static final UserRef BOB = new UserRef("bob");

    @Test
    void a_pair_is_the_same_whichever_person_comes_first() {
        assertEquals(OneToOnePair.of(ALICE, BOB), OneToOnePair.of(BOB, ALICE));
        assertEquals(OneToOnePair.of(ALICE, BOB).key(), OneToOnePair.of(BOB, ALICE).key());
    }

    @Test
    void a_pair_holds_its_people_in_order() {
        OneToOnePair pair = OneToOnePair.of(BOB, ALICE);

        assertEquals(ALICE, pair.first());
        assertEquals(BOB, pair.second());
    }

    @Test
    void different_pairs_have_different_keys_even_when_their_names_run_together() {
        OneToOnePair ab = OneToOnePair.of(new UserRef("a"), new UserRef("b c"));
        OneToOnePair abc = OneToOnePair.of(new UserRef("a b"), new UserRef("c"));

        assertNotEquals(ab.key(), abc.key());
        assertNotEquals(OneToOnePair.of(ALICE, BOB).key(), OneToOnePair.of(ALICE, new UserRef("carol")).key());
    }

    @Test
    void nobody_is_paired_with_themselves() {
        assertThrows(IllegalArgumentException.class, () -> OneToOnePair.of(ALICE, new UserRef("alice")));
    }

    @Test
    void a_pair_built_out_of_order_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new OneToOnePair(BOB, ALICE));
    }

    @Test
    void a_pair_tells_apart_people_whose_refs_differ_only_in_case() {
        assertNotEquals(OneToOnePair.of(ALICE, BOB), OneToOnePair.of(new UserRef("Alice"), BOB));
    }
}
