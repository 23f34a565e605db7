package dev.atrium.adapter.persistence.crypto;

import dev.atrium.domain.link.Password;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Argon2idPasswordHasherTest {
    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

    @Test
    void aHashIsAnArgon2idPhcStringWithOwaspParametersA16ByteSaltAndA32ByteHash() {
        String hash = hasher.hash(Password.required("correct horse"));

        assertTrue(hash.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = hasher.hash(Password.required("correct horse"));

        assertEquals(List.of(true, false, false, false), List.of(hasher.matches("correct horse", hash),
                hasher.matches("correct horse ", hash), hasher.matches("Correct horse", hash), hasher.matches("", hash)));
    }

    @Test
    void passwordsAreHashedAsUtf8() {
        String hash = hasher.hash(Password.required("pässwörd 🔑"));

        assertTrue(hasher.matches("pässwörd 🔑", hash));
        assertFalse(hasher.matches("passwort 🔑", hash));
    }

    @Test
    void onePasswordHashedTwiceGivesTwoHashesThatBothMatch() {
        String first = hasher.hash(Password.required("correct horse"));
        String second = hasher.hash(Password.required("correct horse"));

        assertNotEquals(first, second);
        assertTrue(hasher.matches("correct horse", first) && hasher.matches("correct horse", second));
    }

    @Test
    void aHashMadeWithOtherParametersStillVerifies() {
        byte[] salt = "sixteen byte salt".substring(0, 16).getBytes(StandardCharsets.US_ASCII);
        byte[] hash = new byte[32];
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(64).withIterations(1).withParallelism(2).withSalt(salt).build());
        generator.generateBytes("correct horse".getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String phc = "$argon2id$v=19$m=64,t=1,p=2$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);

        assertEquals(List.of(true, false), List.of(hasher.matches("correct horse", phc), hasher.matches("wrong", phc)));
    }

    @Test
    void malformedOrForeignStoredHashesNeverMatchAndNeverThrow() {
        String good = hasher.hash(Password.required("correct horse"));
        String salt = good.split("\\$")[4];
        String hash = good.split("\\$")[5];
        List<String> malformed = List.of(
                "",
                "correct horse",
                good.replace("$argon2id$", "$argon2i$"),
                good.replace("v=19", "v=16"),
                good.replace("m=19456", "m=4194304"),
                good.replace("t=2", "t=0"),
                good.replace("p=1", "p=0"),
                "$argon2id$v=19$m=19456,t=2,p=1$" + salt,
                "$argon2id$v=19$m=19456,t=2,p=1$" + salt.substring(1) + "$" + hash,
                "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + hash + "$extra",
                "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + hash.replace(hash.charAt(0), '!'),
                good + "\n");

        for (String stored : malformed) {
            assertFalse(hasher.matches("correct horse", stored), stored);
        }
        assertFalse(hasher.matches("correct horse", null));
        assertFalse(hasher.matches(null, good));
    }
}
