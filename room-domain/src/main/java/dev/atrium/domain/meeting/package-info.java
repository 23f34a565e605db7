/**
 * Meetings, as Drumee books them: a SCHEDULED room with a title (the room's name), an agenda (its
 * description) and attendees (its members). No storage of their own: the rules here say what a
 * booking and each kind of update may hold, which attendees a change adds, keeps and removes, and who
 * is invited, in the meeting's own field names.
 */
package dev.atrium.domain.meeting;
