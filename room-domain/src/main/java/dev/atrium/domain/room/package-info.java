/**
 * The Room aggregate: what a video room is, which settings it may have, how it is scheduled and
 * how it lives and ends. Every rule on a room's settings is here, so an embedding service gets the
 * same validation as the HTTP API.
 */
package dev.atrium.domain.room;
