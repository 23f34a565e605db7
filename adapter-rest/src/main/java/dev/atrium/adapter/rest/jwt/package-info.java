/**
 * Join tokens and session credentials as JWTs (Nimbus JOSE): the
 * {@link dev.atrium.application.port.out.TokenCodec} and
 * {@link dev.atrium.application.port.out.SessionCredentialCodec} that sign and verify them with the
 * tenant's key, and the JSON Web Keys a tenant's media servers verify join tokens with. It lives in
 * the REST adapter because the API is where keys are published; see docs/adr/0006-join-tokens.md.
 */
package dev.atrium.adapter.rest.jwt;
