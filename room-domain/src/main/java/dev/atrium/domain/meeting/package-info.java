/**
 * Meetings, as Drumee books them: a SCHEDULED room with a name, a description and members, in the
 * room's own words. No storage of their own: the rules here say what a booking and each kind of
 * update may hold, which members a change adds, keeps and removes, and who is invited.
 */
package dev.atrium.domain.meeting;
