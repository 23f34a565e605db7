package dev.atrium.adapter.persistence.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MasterKeyTest {
    private static final byte[] SECRET = "a 256-bit signing secret, 32 B!".getBytes(StandardCharsets.US_ASCII);

    private final MasterKey key = keyOf((byte) 1, "the test key");

    @Test
    void aSealedValueOpensForItsOwner() {
        assertArrayEquals(SECRET, key.open(key.seal(SECRET, "key_A"), "key_A"));
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentBytes() {
        assertFalse(Arrays.equals(key.seal(SECRET, "key_A"), key.seal(SECRET, "key_A")));
    }

    @Test
    void aValueSealedForOneOwnerDoesNotOpenForAnother() {
        byte[] sealed = key.seal(SECRET, "key_A");

        assertThrows(MasterKeyMismatchException.class, () -> key.open(sealed, "key_B"));
    }

    @Test
    void aChangedByteMakesTheValueFailToOpen() {
        byte[] sealed = key.seal(SECRET, "key_A");
        sealed[sealed.length / 2] ^= 1;

        assertThrows(MasterKeyMismatchException.class, () -> key.open(sealed, "key_A"));
    }

    @Test
    void aValueTooShortToHoldNonceAndTagFailsToOpen() {
        assertThrows(MasterKeyMismatchException.class, () -> key.open(new byte[27], "key_A"));
    }

    @Test
    void anotherKeyCannotOpenTheValueAndTheRefusalNamesTheLikelyCause() {
        byte[] sealed = key.seal(SECRET, "key_A");
        MasterKey other = keyOf((byte) 2, "atrium.master-key (ATRIUM_MASTER_KEY)");

        MasterKeyMismatchException refusal = assertThrows(MasterKeyMismatchException.class, () -> other.open(sealed, "key_A"));

        assertTrue(refusal.getMessage().contains("ATRIUM_MASTER_KEY"), refusal::getMessage);
        assertTrue(refusal.getMessage().contains("key_A"), refusal::getMessage);
    }

    private static MasterKey keyOf(byte fill, String origin) {
        byte[] bytes = new byte[MasterKey.KEY_BYTES];
        Arrays.fill(bytes, fill);
        return new MasterKey(bytes, origin);
    }
}
