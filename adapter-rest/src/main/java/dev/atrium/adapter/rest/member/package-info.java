/**
 * A room's members: /v1/rooms/{id}/members. Members are people with standing access to a room and
 * a role there; the member a client writes ({@link dev.atrium.adapter.rest.member.MemberRequest})
 * is also the element of a new room's {@code members}.
 */
package dev.atrium.adapter.rest.member;
