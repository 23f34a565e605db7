package dev.atrium.application.port.in.meeting;

public interface UpdateMeetingUseCase {
    /**
     * Applies the change and records the invitations it causes, in one transaction: a failure
     * changes nothing and invites nobody.
     *
     * @throws dev.atrium.domain.shared.NotFoundException MEETING_NOT_FOUND when the room is not SCHEDULED
     * @throws dev.atrium.domain.shared.ConflictException RESCHEDULE_TOO_LATE when a meeting moves later
     *         than 15 minutes before its start
     * @throws dev.atrium.domain.shared.PreconditionFailedException when the expected version is stale
     */
    Meeting updateMeeting(UpdateMeetingCommand command);
}
