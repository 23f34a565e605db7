package dev.atrium.adapter.rest.problem;

/**
 * Stable codes of the refusals the HTTP layer makes before a use case runs; the domain's own codes
 * are {@link dev.atrium.domain.shared.ErrorCode}. Like those, a code is never renamed or reused.
 */
public enum HttpErrorCode {
    MALFORMED_JSON(400, "The request body is not a JSON object."),
    MALFORMED_UTF8(400, "The request body is not well-formed UTF-8 (an invalid byte, an overlong form, an encoded surrogate)."),
    UNKNOWN_FIELD(400, "The request body has fields this API does not know."),
    READ_ONLY_FIELD(400, "The request body sets fields that only the server sets."),
    CREATE_ONLY_FIELD(400, "The patch changes fields that are written only when the resource is created."),
    INVALID_FIELD_TYPE(400, "Fields of the request body have the wrong JSON type."),
    INVALID_PARAMETER(400, "A query parameter, form field, path segment or header of the request is missing or not valid."),
    BAD_REQUEST(400, "The request is not one this API can read."),
    UNAUTHENTICATED(401, "The request needs valid credentials."),
    CROSS_ORIGIN_REFUSED(403, "A web page of another origin may not call this API at a local address."),
    NOT_FOUND(404, "There is nothing at this path."),
    METHOD_NOT_ALLOWED(405, "This path does not support the request method; the Allow header lists those it does."),
    NOT_ACCEPTABLE(406, "This API answers in JSON only (application/json, application/problem+json)."),
    PAYLOAD_TOO_LARGE(413, "The request body is larger than 64 KiB."),
    URI_TOO_LONG(414, "The request line (method, path with query, HTTP version) is longer than 4 KiB."),
    UNSUPPORTED_MEDIA_TYPE(415, "Send the body as application/json (PATCH also takes application/merge-patch+json; "
            + "token introspection also application/x-www-form-urlencoded)."),
    HEADERS_TOO_LARGE(431, "The request headers are larger than 8 KiB all together."),
    INTERNAL_ERROR(500, "The server failed unexpectedly."),
    SERVICE_UNAVAILABLE(503, "The service cannot reach its database just now; nothing was changed. Try again after "
            + "the seconds the Retry-After header gives.");

    private final int status;
    private final String detail;

    HttpErrorCode(int status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    /** What the code means, for people; the detail of a problem that has nothing more specific to say. */
    public String detail() {
        return detail;
    }
}
