package dev.atrium.domain.shared;

/** The caller may not do this to this resource, whoever they are (an owner cannot be removed). */
public final class ForbiddenException extends DomainException {
    public ForbiddenException(ErrorCode code, String message) {
        super(code, message);
    }
}
