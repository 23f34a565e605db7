package dev.atrium.domain.shared;

/** What was asked for does not exist, or belongs to another tenant (which looks the same). */
public final class NotFoundException extends DomainException {
    public NotFoundException(ErrorCode code, String message) {
        super(code, message);
    }
}
