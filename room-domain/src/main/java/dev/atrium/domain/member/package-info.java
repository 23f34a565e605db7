/**
 * Room members: people with standing access to a room and the role they hold there, as Nextcloud
 * Talk participants and Drumee meeting members. A ONE_TO_ONE room has exactly its two members, and
 * one pair of people has at most one such room per tenant.
 */
package dev.atrium.domain.member;
