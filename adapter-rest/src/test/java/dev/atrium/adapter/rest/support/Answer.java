package dev.atrium.adapter.rest.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One HTTP answer, with its body readable as a JSON object. */
public record Answer(int status, HttpHeaders headers, String body, JsonMapper mapper) {

    public Map<String, Object> json() {
        try {
            return mapper.readValue(body.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON object: " + body, e);
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public Object value(String dottedPath) {
        Object current = json();
        for (String name : dottedPath.split("\\.")) {
            current = ((Map<?, ?>) current).get(name);
        }
        return current;
    }

    public String text(String dottedPath) {
        return (String) value(dottedPath);
    }

    public String code() {
        return text("code");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> errors() {
        return (List<Map<String, Object>>) json().getOrDefault("errors", List.of());
    }

    /** {@code field:code} of every per-field error, for one readable assertion. */
    public List<String> fieldErrors() {
        return errors().stream().map(error -> error.get("field") + ":" + error.get("code")).toList();
    }
}
