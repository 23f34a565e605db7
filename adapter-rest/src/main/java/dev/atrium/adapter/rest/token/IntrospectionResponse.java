package dev.atrium.adapter.rest.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * An RFC 7662 introspection answer: the claims of an active token, with its type as
 * {@code token_type}; an inactive token is {@code {"active": false}} and nothing else, whatever made
 * it inactive. Times are NumericDate seconds, as in the token.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntrospectionResponse(boolean active, @Nullable String iss, @Nullable String aud, @Nullable String sub,
                                    @Nullable Long exp, @Nullable Long iat, @Nullable Long nbf, @Nullable String jti,
                                    @JsonProperty("token_type") @Nullable String tokenType, @Nullable String room,
                                    @Nullable String tenant, @Nullable String role, @Nullable String name,
                                    @Nullable Map<String, String> metadata) {
    static final IntrospectionResponse INACTIVE =
            new IntrospectionResponse(false, null, null, null, null, null, null, null, null, null, null, null, null, null);
}
