package dev.atrium.adapter.rest.access;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * Where a link's guests go: {@code ${atrium.public-url}/v1/links/{token}}, the address clients reach
 * Atrium at (behind a proxy, not the one it listens on). Unset, it is the address the server listens
 * on, so a service started on another port hands out links that work.
 */
@Singleton
final class LinkUrls {
    private final String configured;
    private final BeanProvider<EmbeddedServer> server;

    LinkUrls(@Value("${atrium.public-url:}") String publicUrl, BeanProvider<EmbeddedServer> server) {
        this.configured = publicUrl.isBlank() ? null : withoutTrailingSlash(publicUrl);
        this.server = server;
    }

    String of(String linkToken) {
        String base = configured != null ? configured : withoutTrailingSlash(server.get().getURL().toString());
        return base + GuestController.PATH_PREFIX + linkToken;
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
