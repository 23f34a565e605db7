package dev.atrium.adapter.rest.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** An RFC 7517 JWK Set. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JwksResponse(List<Map<String, Object>> keys) {
}
