package dev.atrium.adapter.persistence.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The key that seals secrets at rest: AES-256-GCM with a random 96-bit nonce per value, sealed as
 * nonce then ciphertext and tag. The caller names what a value belongs to (a signing key's kid);
 * that name is authenticated with it, so a sealed value copied to another row does not open.
 */
public final class MasterKey {
    public static final int KEY_BYTES = 32;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String origin;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param origin where the key came from, in words an operator recognises, for the message when it
     *               does not open what was stored
     */
    MasterKey(byte[] key, String origin) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a master key has " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    public byte[] seal(byte[] plaintext, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, nonce, owner).doFinal(plaintext);
            byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + ciphertext.length);
            System.arraycopy(ciphertext, 0, sealed, NONCE_BYTES, ciphertext.length);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 17 has AES-GCM", e);
        }
    }

    /** @throws MasterKeyMismatchException when the value was not sealed with this key for {@code owner} */
    public byte[] open(byte[] sealed, String owner) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / Byte.SIZE) {
            throw new MasterKeyMismatchException(owner, origin, null);
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES), owner)
                    .doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new MasterKeyMismatchException(owner, origin, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 17 has AES-GCM", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String owner) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public String toString() {
        return "MasterKey[" + origin + ", redacted]";
    }
}
