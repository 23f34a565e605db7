/**
 * Join tokens over HTTP: issuing and revoking them per room, RFC 7662 introspection, the tenant's
 * signing keys (read and rotate), and the public JWKS when tokens are signed with ES256.
 */
package dev.atrium.adapter.rest.token;
