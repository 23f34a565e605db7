/**
 * Meetings: SCHEDULED rooms with attendees, booked, read and changed as one, with the invitations they cause.
 */
package dev.atrium.application.port.in.meeting;
