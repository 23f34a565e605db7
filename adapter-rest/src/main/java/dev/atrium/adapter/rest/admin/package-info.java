/**
 * The operator's API under /v1/admin: tenants and their API keys. It exists only when an admin
 * token is configured (property {@code atrium.admin.token}); without one the routes are not there
 * at all and answer 404.
 */
package dev.atrium.adapter.rest.admin;
