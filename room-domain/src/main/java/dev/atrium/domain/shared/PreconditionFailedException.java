package dev.atrium.domain.shared;

/** The caller's view of the resource is stale (an expected version did not match). */
public final class PreconditionFailedException extends DomainException {
    public PreconditionFailedException(ErrorCode code, String message) {
        super(code, message);
    }
}
