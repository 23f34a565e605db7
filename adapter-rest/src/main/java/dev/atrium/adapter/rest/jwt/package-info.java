/**
 * Join tokens as JWTs (Nimbus JOSE): the {@link dev.atrium.application.port.out.TokenCodec} that
 * signs and verifies them, and the JSON Web Keys a tenant's media servers verify them with. It
 * lives in the REST adapter because the API is where keys are published; see
 * docs/adr/0006-join-tokens.md.
 */
package dev.atrium.adapter.rest.jwt;
