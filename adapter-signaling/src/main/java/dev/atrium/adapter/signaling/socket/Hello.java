package dev.atrium.adapter.signaling.socket;

import io.micronaut.json.tree.JsonNode;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A client's hello: {@code {"type": "hello", "credential": "...", "resume": {"afterSeq": 41}}}, the
 * resume only on a reconnect. A credential that is not a non-blank string, or a resume without a
 * whole non-negative {@code afterSeq}, is no hello.
 */
record Hello(String credential, OptionalLong resumeAfter) {

    static Optional<Hello> of(JsonNode frame) {
        JsonNode credential = frame.get("credential");
        if (credential == null || !credential.isString() || credential.getStringValue().isBlank()) {
            return Optional.empty();
        }
        JsonNode resume = frame.get("resume");
        if (resume == null || resume.isNull()) {
            return Optional.of(new Hello(credential.getStringValue(), OptionalLong.empty()));
        }
        JsonNode afterSeq = resume.isObject() ? resume.get("afterSeq") : null;
        if (afterSeq == null || !afterSeq.isNumber() || !isWhole(afterSeq) || afterSeq.getLongValue() < 0) {
            return Optional.empty();
        }
        return Optional.of(new Hello(credential.getStringValue(), OptionalLong.of(afterSeq.getLongValue())));
    }

    private static boolean isWhole(JsonNode number) {
        Number value = number.getNumberValue();
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    @Override
    public String toString() {
        return "Hello[credential=(hidden), resumeAfter=" + resumeAfter + "]";
    }
}
