/**
 * What join tokens rest on: the tenants' signing keys, sealed at rest with the master key
 * ({@code signing_keys}), and the token ledger of revoked and redeemed tokens and of users whose
 * tokens are revoked ({@code revoked_tokens}, {@code redeemed_tokens}, {@code user_token_revocations}).
 * A node checks its master key against a stored signing key as it starts.
 */
package dev.atrium.adapter.persistence.token;
