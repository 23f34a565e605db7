package dev.atrium.domain.token;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.shared.TextForm;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A validated request for a join token: for whom, as what, for how long. */
public record JoinTokenRequest(String name, Role role, UserRef userRef, Map<String, String> metadata, Duration ttl) {
    public static final int MAX_NAME = 100;
    public static final int MAX_METADATA_KEYS = 5;
    public static final int MAX_METADATA_KEY = 64;
    public static final int MAX_METADATA_VALUE = 256;
    public static final Duration MIN_TTL = Duration.ofSeconds(60);
    public static final Duration MAX_TTL = Duration.ofSeconds(86_400);
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(900);

    public JoinTokenRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(userRef, "userRef");
        Objects.requireNonNull(ttl, "ttl");
        metadata = Map.copyOf(metadata);
    }

    /**
     * The userRefs of guests who came by a public link, which checked the room's password before the
     * token was made; no other token may claim them, so a join can tell such a guest from one the
     * tenant's service let in.
     */
    public static final String LINK_GUEST_PREFIX = "guest:";

    /** Parses a request as a client sends it, reporting every mistake at once. */
    public static JoinTokenRequest parse(String name, String role, String userRef, Map<String, ?> metadata, Integer ttlSeconds) {
        Violations violations = new Violations();
        String validName = violations.text("displayName", name, MAX_NAME, true);
        Role validRole = null;
        if (role == null) {
            violations.add("role", ViolationCode.REQUIRED, "is required");
        } else {
            validRole = violations.enumValue("role", role, Role.class, null);
        }
        UserRef ref = null;
        if (userRef == null) {
            violations.add("userRef", ViolationCode.REQUIRED, "is required");
        } else if (!UserRef.isValid(userRef)) {
            violations.add("userRef", ViolationCode.INVALID_FORMAT,
                    "must be 1-" + UserRef.MAX_LENGTH + " characters without control characters or surrounding spaces");
        } else if (userRef.startsWith(LINK_GUEST_PREFIX)) {
            violations.add("userRef", ViolationCode.NOT_ALLOWED,
                    "must not start with '" + LINK_GUEST_PREFIX + "': those are the guests who came by a public link");
        } else {
            ref = new UserRef(userRef);
        }
        Map<String, String> validMetadata = metadata(metadata, violations);
        Integer ttl = violations.intInRange("ttlSeconds", ttlSeconds, (int) DEFAULT_TTL.toSeconds(),
                (int) MIN_TTL.toSeconds(), (int) MAX_TTL.toSeconds());
        violations.throwIfAny("The token request is not valid.");
        return new JoinTokenRequest(validName, validRole, ref, validMetadata, Duration.ofSeconds(ttl));
    }

    private static Map<String, String> metadata(Map<String, ?> raw, Violations violations) {
        Map<String, String> valid = new LinkedHashMap<>();
        if (raw == null) {
            return valid;
        }
        if (raw.size() > MAX_METADATA_KEYS) {
            violations.add("metadata", ViolationCode.TOO_LONG, "at most " + MAX_METADATA_KEYS + " keys");
            return valid;
        }
        raw.forEach((key, value) -> {
            String field = "metadata." + key;
            if (key.isEmpty() || key.length() > MAX_METADATA_KEY) {
                violations.add(field, ViolationCode.INVALID_FORMAT, "keys have 1-" + MAX_METADATA_KEY + " characters");
            } else if (!violations.characters(field, key, TextForm.SINGLE_LINE)) {
                return;
            } else if (!(value instanceof String text)) {
                violations.add(field, ViolationCode.INVALID_VALUE, "values are strings");
            } else if (text.length() > MAX_METADATA_VALUE) {
                violations.add(field, ViolationCode.TOO_LONG, "values have at most " + MAX_METADATA_VALUE + " characters");
            } else if (violations.characters(field, text, TextForm.MULTI_LINE)) {
                valid.put(key, text);
            }
        });
        return valid;
    }
}
