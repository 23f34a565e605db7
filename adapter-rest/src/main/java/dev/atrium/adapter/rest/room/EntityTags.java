package dev.atrium.adapter.rest.room;

import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.RequestRejectedException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A room's (and a meeting's) ETag is its version, quoted: {@code "3"}. If-Match takes that tag, its weak form
 * {@code W/"3"} (the version is all the tag means, so weak and strong say the same), or {@code *}
 * for any version.
 */
public final class EntityTags {
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header asks for; empty without the header or with {@code *}. */
    public static OptionalLong expectedVersion(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw RequestRejectedException.of(HttpErrorCode.INVALID_PARAMETER, HttpHeaders.IF_MATCH,
                    "must be one ETag this API returned, such as \"3\", or *");
        }
        return OptionalLong.of(Long.parseLong(tag.group(1)));
    }
}
