package dev.atrium.adapter.rest.access;

import dev.atrium.adapter.rest.mapping.RestMapperConfig;
import dev.atrium.adapter.rest.mapping.RestValueMappings;
import dev.atrium.application.port.in.access.OpenedLink;
import dev.atrium.domain.link.LinkId;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.role.Role;
import io.micronaut.core.annotation.Nullable;
import org.mapstruct.Mapper;

import java.time.Instant;
import java.util.List;

/** Public links as the API shows them: with their token and URL once, when opened; without them since. */
@Mapper(config = RestMapperConfig.class)
public interface LinkRestMapper extends RestValueMappings {

    /** PublicLink is an entity without bean getters; its parts are what MapStruct maps. */
    default LinkResponse toResponse(PublicLink link) {
        return toResponse(link.id(), link.role(), link.expiresAt(), link.maxUses(), link.uses(), link.hasPassword(),
                link.createdAt(), link.revokedAt());
    }

    LinkResponse toResponse(LinkId linkId, Role role, @Nullable Instant expiresAt, @Nullable Integer maxUses, int uses,
                            boolean hasPassword, Instant createdAt, @Nullable Instant revokedAt);

    default OpenedLinkResponse toResponse(OpenedLink opened, String url) {
        return toResponse(toResponse(opened.link()), url, opened.token());
    }

    OpenedLinkResponse toResponse(LinkResponse link, String url, String token);

    default LinkListResponse toResponse(List<PublicLink> links) {
        return new LinkListResponse(links.stream().map(this::toResponse).toList());
    }

    default String text(LinkId id) {
        return id.value();
    }
}
