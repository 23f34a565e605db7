package dev.atrium.adapter.rest.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/**
 * Who a guest is for throttling wrong passwords: the address of the connection. Only when
 * {@code atrium.trust-forwarded-for} is true (Atrium runs behind one reverse proxy that appends to
 * X-Forwarded-For) is it the last address of that header, the one the proxy itself saw; any earlier
 * entry is whatever the client chose to send.
 */
@Singleton
public final class ClientAddresses {
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final boolean trustForwardedFor;

    ClientAddresses(@Value("${atrium.trust-forwarded-for:false}") boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    public String of(HttpRequest<?> request) {
        String connection = request.getRemoteAddress().getAddress().getHostAddress();
        if (!trustForwardedFor) {
            return connection;
        }
        List<String> forwarded = request.getHeaders().getAll(FORWARDED_FOR).stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
        return forwarded.isEmpty() ? connection : forwarded.get(forwarded.size() - 1);
    }
}
