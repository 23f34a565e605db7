package dev.atrium.adapter.rest.json;

import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON merge patch, RFC 7386: objects merge member by member, {@code null} removes a member, any
 * other value replaces. A pure function of its inputs.
 */
final class MergePatch {
    private MergePatch() {
    }

    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        if (target.isObject()) {
            target.entries().forEach(member -> merged.put(member.getKey(), member.getValue()));
        }
        for (Map.Entry<String, JsonNode> member : patch.entries()) {
            if (member.getValue().isNull()) {
                merged.remove(member.getKey());
            } else {
                merged.put(member.getKey(),
                        apply(merged.getOrDefault(member.getKey(), JsonNode.nullNode()), member.getValue()));
            }
        }
        return JsonNode.createObjectNode(merged);
    }
}
