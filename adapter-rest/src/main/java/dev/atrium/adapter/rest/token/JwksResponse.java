package dev.atrium.adapter.rest.token;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** An RFC 7517 JWK Set. */
@Serdeable
public record JwksResponse(List<Map<String, Object>> keys) {
}
