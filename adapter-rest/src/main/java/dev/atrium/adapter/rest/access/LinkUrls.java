package dev.atrium.adapter.rest.access;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Where a link's guests go: {@code ${atrium.public-url}/v1/links/{token}}, the address clients reach
 * Atrium at (behind a proxy, not the one it listens on).
 */
@Singleton
final class LinkUrls {
    private final String base;

    LinkUrls(@Value("${atrium.public-url:`http://localhost:8080`}") String publicUrl) {
        this.base = publicUrl.replaceAll("/+$", "");
    }

    String of(String linkToken) {
        return base + GuestController.PATH_PREFIX + linkToken;
    }
}
