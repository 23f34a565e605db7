/**
 * What keeps slow or numerous clients from exhausting a node: a cap on open connections, and
 * deadlines for reading a request's headers and body that a client cannot stretch by trickling bytes.
 * They are Netty handlers, installed on every connection through Micronaut's server customizer.
 */
package dev.atrium.adapter.rest.connection;
