package dev.atrium.domain.room;

/** How media flows between participants. */
public enum TopologyKind {
    /** Peer to peer; the default. */
    MESH,
    /** Through a selective forwarding unit. */
    SFU
}
