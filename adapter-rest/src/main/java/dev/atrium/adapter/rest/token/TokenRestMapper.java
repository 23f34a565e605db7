package dev.atrium.adapter.rest.token;

import dev.atrium.adapter.rest.jwt.JsonWebKeys;
import dev.atrium.adapter.rest.jwt.JwtTokenCodec;
import dev.atrium.adapter.rest.mapping.RestMapperConfig;
import dev.atrium.adapter.rest.mapping.RestValueMappings;
import dev.atrium.application.port.in.token.IssuedToken;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenId;
import dev.atrium.domain.token.TokenIssuer;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;

/** Issued tokens, introspected grants and signing keys as the API shows them. */
@Mapper(config = RestMapperConfig.class)
public interface TokenRestMapper extends RestValueMappings {

    @Mapping(target = "jti", source = "grant.jti")
    @Mapping(target = "roomId", source = "grant.roomId")
    @Mapping(target = "userRef", source = "grant.subject")
    @Mapping(target = "role", source = "grant.role")
    @Mapping(target = "displayName", source = "grant.name")
    @Mapping(target = "issuedAt", source = "grant.issuedAt")
    @Mapping(target = "expiresAt", source = "grant.expiresAt")
    TokenResponse toResponse(IssuedToken issued);

    @Mapping(target = "active", constant = "true")
    @Mapping(target = "iss", source = "issuer.issuer")
    @Mapping(target = "aud", source = "issuer.audience")
    @Mapping(target = "sub", source = "grant.subject")
    @Mapping(target = "exp", source = "grant.expiresAt")
    @Mapping(target = "iat", source = "grant.issuedAt")
    @Mapping(target = "nbf", source = "grant.notBefore")
    @Mapping(target = "jti", source = "grant.jti")
    @Mapping(target = "tokenType", constant = JwtTokenCodec.TOKEN_TYPE)
    @Mapping(target = "room", source = "grant.roomId")
    @Mapping(target = "tenant", source = "grant.tenantId")
    @Mapping(target = "role", source = "grant.role")
    @Mapping(target = "name", source = "grant.name")
    @Mapping(target = "metadata", source = "grant.metadata")
    IntrospectionResponse toActiveIntrospection(JoinGrant grant, TokenIssuer issuer);

    /** SigningKey is an entity without bean getters; its parts are what MapStruct maps. */
    default SigningKeyResponse toResponse(SigningKey key, TokenIssuer issuer) {
        return toResponse(key.kid(), key.algorithm(), key.createdAt(), JsonWebKeys.verificationKey(key), issuer);
    }

    @Mapping(target = "issuer", source = "issuer.issuer")
    @Mapping(target = "audience", source = "issuer.audience")
    SigningKeyResponse toResponse(String kid, SigningAlgorithm alg, Instant createdAt, Object key, TokenIssuer issuer);

    default String text(TokenId id) {
        return id.value();
    }

    /** JWT NumericDate: whole seconds since the epoch. */
    default Long epochSeconds(Instant instant) {
        return instant.getEpochSecond();
    }
}
