/**
 * The cryptography the adapter keeps data with: the master key that seals token signing keys at rest
 * (AES-256-GCM, from the JDK), and Argon2id for passwords people choose (BouncyCastle, since the
 * JDK has none). Kept apart from the row mapping so that what touches key material is small and
 * reviewed on its own.
 */
package dev.atrium.adapter.persistence.crypto;
