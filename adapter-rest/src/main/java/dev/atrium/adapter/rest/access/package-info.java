/**
 * Ways into a room without a standing membership: the password of a PUBLIC room, public links
 * (/v1/rooms/{id}/links) and the guests who come by them (POST /v1/links/{linkToken}/guests, the one
 * route under /v1 that needs no API key).
 */
package dev.atrium.adapter.rest.access;
