/**
 * The members of a room ({@code room_members}): each row belongs to its room, whose foreign key
 * takes it along when the room goes, and carries an optimistic version, so that updates and
 * removals of one member never overwrite each other.
 */
package dev.atrium.adapter.persistence.member;
