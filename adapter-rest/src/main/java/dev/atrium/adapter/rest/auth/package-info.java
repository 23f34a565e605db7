/**
 * Who is calling: one server filter checks the credentials of every /v1 request (an API key as
 * HTTP Basic, or the operator's admin token as a Bearer token on /v1/admin) and hands the
 * authenticated tenant to the controllers as a request attribute. See
 * docs/adr/0002-authentication-filter.md.
 */
package dev.atrium.adapter.rest.auth;
