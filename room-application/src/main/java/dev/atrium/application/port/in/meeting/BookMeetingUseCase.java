package dev.atrium.application.port.in.meeting;

public interface BookMeetingUseCase {
    /**
     * Creates the meeting's room with its attendees as members and records one InvitationIssued per
     * attendee with an e-mail, all in one transaction.
     *
     * @throws dev.atrium.domain.shared.InvalidInputException when the draft is not a valid meeting
     * @throws dev.atrium.domain.shared.ConflictException when the externalId is taken
     */
    Meeting bookMeeting(BookMeetingCommand command);
}
