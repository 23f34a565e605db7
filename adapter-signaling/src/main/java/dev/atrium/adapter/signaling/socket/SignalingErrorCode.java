package dev.atrium.adapter.signaling.socket;

/**
 * The problem codes the socket answers with beside the core's ({@link dev.atrium.domain.shared.ErrorCode}):
 * a request frame it cannot read, an action it does not have, a body of the wrong shape, and the
 * failures every channel has. The body's shape and the failures have the REST API's codes and
 * statuses, so one mistake has one code on every channel; docs/api.md lists them all.
 */
public enum SignalingErrorCode {
    /** A request frame without an integer {@code id}, a string {@code action} or an object {@code body}. */
    INVALID_REQUEST(400, "The request frame is not valid."),
    /** A signal frame without a string {@code to}, a {@code kind} of offer, answer or candidate, or an object {@code payload}. */
    INVALID_SIGNAL(400, "The signal frame is not valid."),
    /** No action of this name (docs/signaling.md, "Actions"). */
    UNKNOWN_ACTION(400, "The socket has no such action."),
    UNKNOWN_FIELD(400, "The request body has fields this action does not know."),
    INVALID_FIELD_TYPE(400, "Fields of the request body have the wrong JSON type."),
    /** More requests wait for their replies than one socket may have waiting. */
    TOO_MANY_REQUESTS(429, "Too many requests wait for their replies; wait for some before sending more."),
    INTERNAL_ERROR(500, "The server failed unexpectedly."),
    SERVICE_UNAVAILABLE(503, "The service cannot reach its database just now; nothing was changed. Try again in a few seconds.");

    private final int status;
    private final String detail;

    SignalingErrorCode(int status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
