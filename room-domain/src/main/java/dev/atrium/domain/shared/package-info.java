/**
 * Building blocks every domain concept shares: the one family of domain errors with their stable
 * codes, the collector of field violations that lets a request learn all its mistakes at once, and
 * the time-sortable identifiers.
 */
package dev.atrium.domain.shared;
