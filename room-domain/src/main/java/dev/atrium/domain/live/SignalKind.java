package dev.atrium.domain.live;

/** What one peer of a MESH room sends another to set up their connection (WebRTC's offer/answer and ICE candidates). */
public enum SignalKind {
    /** Proposes a connection that sends media: needs the publish permission. */
    OFFER,
    /** Accepts an offer; a viewer may answer, and only receive. */
    ANSWER,
    /** A network address to try, in either direction. */
    CANDIDATE
}
