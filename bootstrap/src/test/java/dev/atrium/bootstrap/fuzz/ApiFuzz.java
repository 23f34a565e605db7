package dev.atrium.bootstrap.fuzz;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Sends every route of a running service hostile requests over real HTTP and collects what breaks
 * the promise of docs/api.md: a 5xx, a 4xx that is not problem+json with a stable code, or an
 * ERROR with a stack trace in the log. The seed is fixed unless {@code -Datrium.fuzz.seed} says
 * otherwise, and is printed with every failure; {@code -Datrium.fuzz.requests} sets how many.
 */
final class ApiFuzz {
    static final long DEFAULT_SEED = 20_261_202L;
    static final int DEFAULT_REQUESTS = 5_000;
    private static final String SIGNALING_SOCKET = "GET /v1/signal";

    /** Requests per world: fuzzed requests delete rooms, end sessions and revoke keys, so worlds are renewed. */
    private static final int ROUND = 150;
    private static final int MAX_REPORTED = 40;
    /** The body limit of docs/api.md: only a larger body is 413. */
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Pattern STABLE_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private ApiFuzz() {
    }

    static long seed() {
        return Long.getLong("atrium.fuzz.seed", DEFAULT_SEED);
    }

    static int requests() {
        return Integer.getInteger("atrium.fuzz.requests", DEFAULT_REQUESTS);
    }

    /**
     * Every route the router serves is one the fuzz calls, and every route the fuzz calls is served,
     * but for {@code notServedHere}: routes this configuration leaves out. The router serves HEAD
     * wherever it serves GET; the fuzz sends HEAD as a changed method of the GET route.
     */
    static void assertEveryRouteIsFuzzed(Router router, Set<String> notServedHere) {
        Set<String> served = router.uriRoutes().map(ApiFuzz::key).map(key -> key.replaceFirst("^HEAD ", "GET "))
                .collect(Collectors.toCollection(TreeSet::new));
        // The signaling socket speaks frames once upgraded, not HTTP: real sockets test it (Signaling*EndToEndIT).
        served.remove(SIGNALING_SOCKET);
        Set<String> fuzzed = FuzzRoutes.all().stream().map(FuzzRoute::key).collect(Collectors.toCollection(TreeSet::new));
        fuzzed.removeAll(notServedHere);
        assertEquals(served, fuzzed, "FuzzRoutes must list exactly the routes of the service");
    }

    static void run(EmbeddedServer server, String database) {
        long seed = seed();
        int requests = requests();
        JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
        RawHttp http = new RawHttp(server.getURI());
        HostileRequests hostile = new HostileRequests(json, new Random(seed));
        List<FuzzRoute> routes = FuzzRoutes.all();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        try (ErrorLog log = ErrorLog.attach()) {
            World world = null;
            for (int i = 0; i < requests && failures.size() < MAX_REPORTED; i++) {
                if (i % ROUND == 0) {
                    world = World.create(http, json, i / ROUND);
                    log.drain();
                }
                HostileRequests.Draft draft = hostile.hostile(routes.get(i % routes.size()), world);
                String failure;
                try {
                    RawHttp.Answer answer = http.send(draft.request());
                    statuses.merge(answer.status(), 1, Integer::sum);
                    failure = judge(draft, answer, json);
                } catch (UncheckedIOException noAnswer) {
                    failure = "no answer: " + noAnswer.getCause();
                }
                List<String> errors = log.drain();
                if (failure == null && !errors.isEmpty()) {
                    failure = "logged " + errors;
                }
                if (failure != null) {
                    failures.add("#" + i + " " + failure + "\n  " + draft);
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " fuzzed requests broke the error contract on " + database + " (seed " + seed
                    + ", rerun with -Datrium.fuzz.seed=" + seed + "); statuses seen " + statuses + ":\n"
                    + String.join("\n", failures));
        }
    }

    /** What is wrong with an answer, or null when it keeps the contract. */
    private static String judge(HostileRequests.Draft request, RawHttp.Answer answer, JsonMapper json) {
        if (answer.status() >= 500) {
            return answer.status() + " " + HostileRequests.Draft.printable(answer.body(), 300);
        }
        if (answer.status() == 413 && request.body.map(body -> body.length).orElse(0) <= MAX_BODY_BYTES) {
            return "413 PAYLOAD_TOO_LARGE for a body within the limit: headers too large are 431, a URI too long 414";
        }
        if (answer.status() < 400 || request.method.equals("HEAD")) {
            // A HEAD answer has no body, and RFC 9110 lets it leave out the body's headers too.
            return null;
        }
        String type = answer.header("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return answer.status() + " as '" + type + "': " + HostileRequests.Draft.printable(answer.body(), 300);
        }
        Object code;
        try {
            code = json.readValue(answer.body(), Argument.mapOf(String.class, Object.class)).get("code");
        } catch (IOException | RuntimeException notJson) {
            return answer.status() + " problem that is not a JSON object: " + HostileRequests.Draft.printable(answer.body(), 300);
        }
        if (!(code instanceof String text) || !STABLE_CODE.matcher(text).matches()) {
            return answer.status() + " problem without a stable code: " + HostileRequests.Draft.printable(answer.body(), 300);
        }
        return null;
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toString();
    }
}
