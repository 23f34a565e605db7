/**
 * Who is calling: each route declares the credential it takes ({@link
 * dev.atrium.adapter.rest.auth.RequiresCredential}); one server filter checks it on every /v1
 * request and hands controllers the {@link dev.atrium.adapter.rest.auth.Caller} as one argument. See
 * docs/adr/0002-authentication-filter.md and docs/adr/0012-routes-declare-their-credentials.md.
 */
package dev.atrium.adapter.rest.auth;
