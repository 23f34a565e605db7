package dev.atrium.application.service;

import dev.atrium.application.port.in.access.RemoveRoomPasswordUseCase;
import dev.atrium.application.port.in.access.SetRoomPasswordUseCase;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.link.Password;
import dev.atrium.domain.room.Room;

import java.time.Clock;

public final class RoomPasswordService implements SetRoomPasswordUseCase, RemoveRoomPasswordUseCase {
    private final RoomFinder finder;
    private final RoomPasswordRepository passwords;
    private final PasswordHasher hasher;
    private final Clock clock;

    public RoomPasswordService(RoomRepository rooms, RoomPasswordRepository passwords, PasswordHasher hasher, Clock clock) {
        this.finder = new RoomFinder(rooms);
        this.passwords = passwords;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public void setPassword(RoomLocator locator, String password) {
        Room room = finder.find(locator);
        room.requirePasswordSupported();
        room.requireNotEnded();
        passwords.set(room.id(), hasher.hash(Password.required(password)), clock.instant());
    }

    @Override
    public void removePassword(RoomLocator locator) {
        Room room = finder.find(locator);
        room.requirePasswordSupported();
        passwords.remove(room.id());
    }
}
