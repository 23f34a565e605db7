/**
 * The public form of room events: what a participant's socket, a webhook and a log line say about an
 * event, defined once so that every channel speaks the same documented JSON (docs/signaling.md,
 * "Events"). It holds no technology: {@link dev.atrium.application.event.EventDocument} gives plain
 * maps, lists and values that any JSON library writes as they are.
 */
package dev.atrium.application.event;
