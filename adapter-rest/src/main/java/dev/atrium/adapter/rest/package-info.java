/**
 * The /v1 HTTP API of Atrium. Controllers translate HTTP into the inbound ports of
 * room-application and back; nothing here decides what a valid room is (the domain does) or
 * touches storage. Requests are checked for shape (no unknown, read-only or mistyped fields)
 * before the domain sees them, and every refusal, the framework's included, leaves as one
 * RFC 9457 problem document.
 */
package dev.atrium.adapter.rest;
