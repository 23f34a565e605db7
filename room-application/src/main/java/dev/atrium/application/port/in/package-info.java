/**
 * Inbound ports, one sub-package per topic; each {@code *UseCase} interface is one intent with the
 * commands, queries and results it takes and gives. Adapters drive Atrium only through these, so an
 * embedding service gets exactly what the HTTP API offers. This package itself holds only how a use
 * case names its room and its caller ({@link dev.atrium.application.port.in.RoomLocator},
 * {@link dev.atrium.application.port.in.RoomCaller}, {@link dev.atrium.application.port.in.SessionInRoom}),
 * which every topic may use and which use no topic.
 */
package dev.atrium.application.port.in;
