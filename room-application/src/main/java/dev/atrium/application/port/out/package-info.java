/**
 * Outbound ports: what the use cases need from the world (storage of rooms, tenants and keys).
 * Time and randomness are the JDK's {@code Clock} and {@code RandomGenerator}, not ports of ours.
 */
package dev.atrium.application.port.out;
