package dev.atrium.adapter.rest.meeting;

import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.RequestRejectedException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meeting's ETag is its room's version, quoted, exactly as the room's: {@code "3"}, with If-Match
 * taking that tag, its weak form or {@code *}. The room adapter's EntityTags says the same and is
 * private to its package; this copy keeps the meeting package self-contained until the two can share
 * one class.
 */
final class MeetingEntityTags {
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private MeetingEntityTags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static OptionalLong expectedVersion(@Nullable String ifMatch) {
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
