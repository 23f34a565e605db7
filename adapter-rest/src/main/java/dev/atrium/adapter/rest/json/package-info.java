/**
 * Request bodies as JSON documents: parsed strictly, checked against the shape of the request
 * records (derived from their bean introspection, so a new field cannot be forgotten), and changed
 * with RFC 7386 merge patches. A field that only the response record has is read-only; one that
 * neither has is unknown.
 */
package dev.atrium.adapter.rest.json;
