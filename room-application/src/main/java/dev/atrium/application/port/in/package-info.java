/**
 * Inbound ports: one interface per use case, with the commands and queries they take. Adapters
 * drive Atrium only through these, so an embedding service gets exactly what the HTTP API offers.
 */
package dev.atrium.application.port.in;
