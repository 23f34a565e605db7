package dev.atrium.bootstrap.fuzz;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

import static dev.atrium.bootstrap.fuzz.HostileValues.join;
import static dev.atrium.bootstrap.fuzz.HostileValues.text;

/**
 * Turns a route's valid request into a hostile one: one to three mutations of its body, content
 * type, path, query, credentials, other headers or method, each drawn from {@link HostileValues} by
 * the seeded random generator, so that a seed always gives the same requests.
 */
final class HostileRequests {
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "FOO");

    private final JsonMapper json;
    private final Random random;
    private int unique;

    HostileRequests(JsonMapper json, Random random) {
        this.json = json;
        this.random = random;
    }

    /** The valid request of {@code route} in {@code world}, before any mutation. */
    private Draft valid(FuzzRoute route, World world) {
        String number = Integer.toString(++unique);
        List<byte[]> segments = new ArrayList<>();
        for (String part : route.template().substring(1).split("/")) {
            segments.add(text(part.startsWith("{") ? world.variable(route.template(), part.substring(1, part.length() - 1)) : part));
        }
        Optional<byte[]> body = route.body().map(text -> text(text.replace("{unique}", number).replace("{joinToken}", world.joinToken())));
        return new Draft(route.method(), segments, route.template(), route.query().isEmpty() ? List.of() : queryParts(route.query()),
                world.authorization(route.credential(), random.nextBoolean()).map(HostileValues::text), route.contentType().map(HostileValues::text),
                new ArrayList<>(), body, new ArrayList<>());
    }

    /** A hostile variant of the route's valid request; a few in a hundred stay valid, to reach deep states. */
    Draft hostile(FuzzRoute route, World world) {
        Draft draft = valid(route, world);
        if (random.nextInt(100) < 8) {
            draft.mutations.add("none");
            return draft;
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            mutate(draft, world);
        }
        return draft;
    }

    private void mutate(Draft draft, World world) {
        List<Consumer<Draft>> mutations = new ArrayList<>();
        if (draft.body.isPresent()) {
            mutations.add(d -> mutateJsonValue(d));
            mutations.add(d -> mutateJsonValue(d));
            mutations.add(d -> mutateDocumentShape(d));
        }
        mutations.add(d -> replaceBody(d));
        mutations.add(d -> replaceContentType(d));
        mutations.add(d -> mutatePath(d));
        mutations.add(d -> mutatePath(d));
        mutations.add(d -> mutateQuery(d));
        mutations.add(d -> mutateAuthorization(d, world));
        mutations.add(d -> mutateAuthorization(d, world));
        mutations.add(d -> addHeader(d));
        mutations.add(d -> replaceMethod(d));
        mutations.get(random.nextInt(mutations.size())).accept(draft);
    }

    private void mutateJsonValue(Draft draft) {
        Optional<Object> document = parsed(draft);
        if (document.isEmpty()) {
            replaceBody(draft);
            return;
        }
        List<List<Object>> places = JsonBytes.places(document.get());
        if (places.isEmpty()) {
            replaceBody(draft);
            return;
        }
        List<Object> place = pick(places);
        byte[] value = pick(HostileValues.JSON_VALUES);
        draft.body = Optional.of(JsonBytes.write(JsonBytes.replace(document.get(), place, new JsonBytes.Raw(value))));
        draft.mutations.add("value at " + place + " = " + Draft.printable(value, 60));
    }

    private void mutateDocumentShape(Draft draft) {
        Optional<Object> document = parsed(draft);
        if (document.isEmpty()) {
            replaceBody(draft);
            return;
        }
        String valid = new String(JsonBytes.write(document.get()), StandardCharsets.UTF_8);
        List<List<Object>> places = JsonBytes.places(document.get());
        switch (random.nextInt(4)) {
            case 0 -> {
                String key = places.isEmpty() ? "name" : places.get(0).get(0).toString();
                draft.body = Optional.of(text("{\"" + key + "\": 1, " + valid.substring(1)));
                draft.mutations.add("duplicate key " + key);
            }
            case 1 -> {
                draft.body = Optional.of(text("{\"unknownField\": {\"x\": [1]}, " + valid.substring(1)));
                draft.mutations.add("unknown field");
            }
            case 2 -> {
                if (!places.isEmpty()) {
                    List<Object> place = pick(places);
                    draft.body = Optional.of(JsonBytes.write(JsonBytes.replace(document.get(), place, null)));
                    draft.mutations.add("missing " + place);
                }
            }
            default -> {
                draft.body = Optional.of(text(valid + " trailing"));
                draft.mutations.add("trailing text");
            }
        }
    }

    private void replaceBody(Draft draft) {
        byte[] body = pick(HostileValues.BODIES);
        draft.body = Optional.of(body);
        if (draft.contentType.isEmpty()) {
            draft.contentType = Optional.of(text("application/json"));
        }
        draft.mutations.add("body " + Draft.printable(body, 60));
    }

    private void replaceContentType(Draft draft) {
        if (random.nextInt(4) == 0) {
            draft.contentType = Optional.empty();
            draft.mutations.add("no content type");
            return;
        }
        String type = pick(HostileValues.CONTENT_TYPES);
        draft.contentType = Optional.of(random.nextInt(6) == 0 ? join(text("application/json"), HostileValues.bytes(0x00)) : text(type));
        draft.mutations.add("content type " + Draft.printable(draft.contentType.get(), 60));
    }

    private void mutatePath(Draft draft) {
        List<Integer> variables = new ArrayList<>();
        String[] template = draft.template.substring(1).split("/");
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{")) {
                variables.add(i);
            }
        }
        int choice = random.nextInt(10);
        if (choice < 7 && !variables.isEmpty()) {
            int at = pick(variables);
            draft.segments.set(at, pick(HostileValues.PATH_SEGMENTS));
            draft.mutations.add("path segment " + at);
        } else if (choice < 8) {
            draft.segments.add(pick(HostileValues.PATH_SEGMENTS));
            draft.mutations.add("extra path segment");
        } else if (choice < 9) {
            draft.segments.add(text(""));
            draft.mutations.add("trailing slash");
        } else {
            int at = random.nextInt(draft.segments.size());
            draft.segments.set(at, text(new String(draft.segments.get(at), StandardCharsets.UTF_8).toUpperCase()));
            draft.mutations.add("upper case segment " + at);
        }
    }

    private void mutateQuery(Draft draft) {
        if (!draft.query.isEmpty() && random.nextBoolean()) {
            int at = random.nextInt(draft.query.size());
            String name = new String(draft.query.get(at), StandardCharsets.UTF_8).split("=", -1)[0];
            draft.query.set(at, join(text(name + "="), pick(HostileValues.QUERY_VALUES)));
            draft.mutations.add("query value of " + name);
        } else {
            draft.query.add(pick(HostileValues.QUERY_PARAMETERS));
            draft.mutations.add("query parameter");
        }
    }

    private void mutateAuthorization(Draft draft, World world) {
        switch (random.nextInt(4)) {
            case 0 -> {
                draft.authorization = Optional.empty();
                draft.mutations.add("no Authorization");
            }
            case 1 -> {
                draft.authorization = Optional.of(text(pick(world.credentialsOfEveryKind())));
                draft.mutations.add("another kind of credential");
            }
            default -> {
                draft.authorization = Optional.of(pick(HostileValues.authorizations(world.joinToken())));
                draft.mutations.add("broken Authorization");
            }
        }
    }

    private void addHeader(Draft draft) {
        List<RawHttp.Header> headers = List.of(
                RawHttp.Header.of("If-Match", "\"garbage\""), RawHttp.Header.of("If-Match", "W/\"1\""),
                RawHttp.Header.of("If-Match", "*"), RawHttp.Header.of("If-Match", "\"99999999999999999999\""),
                RawHttp.Header.of("If-Match", "\"-1\""), RawHttp.Header.of("If-Match", "\"0\", \"1\""),
                RawHttp.Header.of("If-None-Match", "*"), RawHttp.Header.of("Accept", "application/xml"),
                RawHttp.Header.of("Accept", "text/html;q=oops"), RawHttp.Header.of("Accept-Charset", "ebcdic"),
                RawHttp.Header.of("X-Forwarded-For", "not-an-ip"), RawHttp.Header.of("X-Forwarded-For", "1.2.3.4, %00, ::::::"),
                RawHttp.Header.of("X-Forwarded-For", "999.999.999.999"), RawHttp.Header.of("Forwarded", "for=\"[::1\";proto=gopher"),
                RawHttp.Header.of("X-Real-IP", "a".repeat(2_000)), RawHttp.Header.of("Content-Encoding", "gzip"),
                RawHttp.Header.of("Content-Encoding", "deflate"), RawHttp.Header.of("Content-Encoding", "br"),
                RawHttp.Header.of("Cookie", "a=b; ; =; \u0001"), RawHttp.Header.of("Range", "bytes=garbage"),
                RawHttp.Header.of("X-Correlation-Id", "\u0000"), RawHttp.Header.of("Origin", "null"),
                new RawHttp.Header("X-Binary", HostileValues.bytes(0xff, 0xc0, 0xaf, 0x00, 0x01)),
                RawHttp.Header.of("X-Huge", "h".repeat(20_000)));
        RawHttp.Header header = pick(headers);
        draft.headers.add(header);
        draft.mutations.add("header " + header.name());
    }

    private void replaceMethod(Draft draft) {
        draft.method = pick(METHODS);
        draft.mutations.add("method " + draft.method);
    }

    private Optional<Object> parsed(Draft draft) {
        byte[] body = draft.body.orElseThrow();
        try {
            return Optional.of(json.readValue(body, Argument.OBJECT_ARGUMENT));
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static List<byte[]> queryParts(String query) {
        List<byte[]> parts = new ArrayList<>();
        for (String part : query.split("&")) {
            parts.add(text(part));
        }
        return parts;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A request being built; {@link #request()} puts it on the wire, {@link #toString()} says how to repeat it. */
    static final class Draft {
        String method;
        final List<byte[]> segments;
        final String template;
        final List<byte[]> query;
        Optional<byte[]> authorization;
        Optional<byte[]> contentType;
        final List<RawHttp.Header> headers;
        Optional<byte[]> body;
        final List<String> mutations;

        Draft(String method, List<byte[]> segments, String template, List<byte[]> query, Optional<byte[]> authorization,
              Optional<byte[]> contentType, List<RawHttp.Header> headers, Optional<byte[]> body, List<String> mutations) {
            this.method = method;
            this.segments = new ArrayList<>(segments);
            this.template = template;
            this.query = new ArrayList<>(query);
            this.authorization = authorization;
            this.contentType = contentType;
            this.headers = headers;
            this.body = body;
            this.mutations = mutations;
        }

        RawHttp.Request request() {
            List<RawHttp.Header> all = new ArrayList<>();
            authorization.ifPresent(value -> all.add(new RawHttp.Header("Authorization", value)));
            contentType.ifPresent(value -> all.add(new RawHttp.Header("Content-Type", value)));
            all.addAll(headers);
            return new RawHttp.Request(method, target(), all, body);
        }

        byte[] target() {
            byte[] target = new byte[0];
            for (byte[] segment : segments) {
                target = join(target, text("/"), segment);
            }
            for (int i = 0; i < query.size(); i++) {
                target = join(target, text(i == 0 ? "?" : "&"), query.get(i));
            }
            return target;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(method).append(' ').append(printable(target(), 300))
                    .append("  [").append(String.join("; ", mutations)).append("]");
            authorization.ifPresent(value -> text.append("\n    Authorization: ").append(printable(value, 200)));
            contentType.ifPresent(value -> text.append("\n    Content-Type: ").append(printable(value, 100)));
            headers.forEach(header -> text.append("\n    ").append(header.name()).append(": ").append(printable(header.value(), 100)));
            body.ifPresent(value -> text.append("\n    body (").append(value.length).append(" bytes): ").append(printable(value, 400)));
            return text.toString();
        }

        /** Bytes as Java-escaped ASCII, cut to {@code max} characters. */
        static String printable(byte[] bytes, int max) {
            StringBuilder text = new StringBuilder();
            for (byte b : bytes) {
                if (text.length() >= max) {
                    return text.append("... (").append(bytes.length).append(" bytes)").toString();
                }
                int value = b & 0xff;
                text.append(value >= 0x20 && value < 0x7f && value != '\\' ? String.valueOf((char) value)
                        : String.format("\\x%02x", value));
            }
            return text.toString();
        }
    }
}
