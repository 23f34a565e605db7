/**
 * Public links and the guests who come by them (Drumee public links, Nextcloud public rooms). A
 * link's token is a 256-bit secret shown once and stored only as a hash; a link may expire, be
 * limited to a number of uses, carry its own password, and be revoked.
 */
package dev.atrium.domain.link;
