/**
 * Join tokens: who may enter which room as what, until when. A token's claims are a
 * {@link dev.atrium.domain.token.JoinGrant}; tokens are signed with a tenant's
 * {@link dev.atrium.domain.token.SigningKey}, which rotates without breaking tokens in flight.
 */
package dev.atrium.domain.token;
