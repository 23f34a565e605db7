package dev.atrium.application.service;

import dev.atrium.application.port.in.meeting.GetMeetingUseCase;
import dev.atrium.application.port.in.meeting.Meeting;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.meeting.Meetings;
import dev.atrium.domain.room.Room;

public final class GetMeetingService implements GetMeetingUseCase {
    private final RoomFinder finder;
    private final MemberRepository members;

    public GetMeetingService(RoomRepository rooms, MemberRepository members) {
        this.finder = new RoomFinder(rooms);
        this.members = members;
    }

    @Override
    public Meeting getMeeting(RoomLocator locator) {
        Room room = finder.find(locator);
        Meetings.requireMeeting(room);
        return new Meeting(room, members.list(room.id()));
    }
}
