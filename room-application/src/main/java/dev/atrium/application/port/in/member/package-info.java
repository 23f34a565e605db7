/**
 * Standing access to a room: who is a member and with which role, kept apart from who is present now (live).
 */
package dev.atrium.application.port.in.member;
