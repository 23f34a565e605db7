/**
 * Ways into a room without membership: public links, the guests they admit, and the password of PUBLIC rooms.
 */
package dev.atrium.application.port.in.access;
