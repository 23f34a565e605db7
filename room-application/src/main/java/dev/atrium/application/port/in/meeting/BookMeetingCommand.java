package dev.atrium.application.port.in.meeting;

import dev.atrium.domain.meeting.MeetingDraft;
import dev.atrium.domain.tenant.TenantId;

import java.util.Objects;

/** Book a meeting for a tenant: a SCHEDULED room with its attendees. */
public record BookMeetingCommand(TenantId tenantId, MeetingDraft draft) {
    public BookMeetingCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(draft, "draft");
    }
}
