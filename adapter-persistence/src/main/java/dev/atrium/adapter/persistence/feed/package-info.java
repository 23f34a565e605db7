/**
 * Every node follows the rooms its clients are in: it reads their events from the outbox, woken by
 * its own commits, by PostgreSQL's notifications of the other nodes' commits, and by a backstop poll.
 */
package dev.atrium.adapter.persistence.feed;
