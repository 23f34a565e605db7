/**
 * How guests come in: public links ({@code public_links}), the password a room may ask of them
 * ({@code room_passwords}) and the throttle on wrong guesses ({@code password_attempts}), as the
 * domain keeps links and passwords together.
 */
package dev.atrium.adapter.persistence.link;
