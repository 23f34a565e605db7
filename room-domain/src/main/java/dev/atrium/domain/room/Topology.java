package dev.atrium.domain.room;

import dev.atrium.domain.room.RoomDraft.TopologyDraft;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.util.Objects;

/**
 * How media flows. A MESH room may name {@code autoUpgradeAt}: the participant count at which it
 * becomes SFU. The count must be reachable, or the upgrade could never happen.
 */
public record Topology(TopologyKind kind, Integer autoUpgradeAt) {
    public static final int MIN_AUTO_UPGRADE = 2;

    public Topology {
        Objects.requireNonNull(kind, "kind");
    }

    static Topology from(TopologyDraft draft, Limits limits, Violations violations) {
        TopologyDraft d = draft == null ? new TopologyDraft(null, null) : draft;
        TopologyKind kind = violations.enumValue("topology.kind", d.kind(), TopologyKind.class, TopologyKind.MESH);
        Integer upgradeAt = d.autoUpgradeAt();
        if (upgradeAt != null) {
            if (kind == TopologyKind.SFU) {
                violations.add("topology.autoUpgradeAt", ViolationCode.NOT_ALLOWED, "only a MESH room can upgrade to SFU");
                return null;
            }
            int max = limits == null ? Integer.MAX_VALUE : limits.capacity();
            upgradeAt = violations.intInRange("topology.autoUpgradeAt", upgradeAt, 0, MIN_AUTO_UPGRADE, max);
            if (upgradeAt == null) {
                return null;
            }
        }
        return kind == null ? null : new Topology(kind, upgradeAt);
    }
}
