package dev.atrium.domain.shared;

/** The request is valid but clashes with the current state of what it touches. */
public final class ConflictException extends DomainException {
    public ConflictException(ErrorCode code, String message) {
        super(code, message);
    }
}
