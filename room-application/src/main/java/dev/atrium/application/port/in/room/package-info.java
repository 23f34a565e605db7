/**
 * Rooms as the tenant's service manages them: create, read, list, update, end and delete. A room is the thing every other topic hangs on, so nothing here depends on the other topics.
 */
package dev.atrium.application.port.in.room;
