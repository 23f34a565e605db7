package dev.atrium.adapter.persistence.crypto;

/**
 * Stored key material does not open with the master key this node has. Almost always a
 * configuration mistake, so the message says which key was used and what to check.
 */
public final class MasterKeyMismatchException extends IllegalStateException {
    MasterKeyMismatchException(String owner, String origin, Throwable cause) {
        super("The stored key material of " + owner + " cannot be decrypted with the master key from " + origin
                + ". The likely cause is a wrong ATRIUM_MASTER_KEY: every node must have the value the data was"
                + " stored with (or, without ATRIUM_MASTER_KEY, the master.key file that was generated with the data)."
                + " The stored material is unchanged; restart with the right key.", cause);
    }
}
