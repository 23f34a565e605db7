package dev.atrium.adapter.rest.support;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every error answer of the API must be: a problem document with a stable code and no internals. */
public final class ProblemAssertions {
    private static final Pattern JAVA_INTERNALS =
            Pattern.compile("Exception|Error:|\\tat |\\b(java|javax|jakarta|io\\.micronaut|io\\.netty|dev\\.atrium)\\.[a-z]");

    private ProblemAssertions() {
    }

    public static void assertProblem(Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        String contentType = answer.header("Content-Type");
        assertNotNull(contentType, "no Content-Type: " + answer.body());
        assertTrue(contentType.startsWith("application/problem+json"), contentType);
        Map<String, Object> problem = answer.json();
        assertEquals(code, problem.get("code"), answer.body());
        assertEquals(status, ((Number) problem.get("status")).intValue());
        assertEquals("urn:atrium:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'), problem.get("type"));
        assertNotNull(problem.get("title"));
        assertNotNull(problem.get("detail"));
        assertTrue(((String) problem.get("instance")).startsWith("/"), answer.body());
        assertNoInternals(answer);
    }

    public static void assertNoInternals(Answer answer) {
        assertFalse(JAVA_INTERNALS.matcher(answer.body()).find(), "internals leak: " + answer.body());
    }
}
