package dev.atrium.domain.meeting;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an update of a meeting changes, as Drumee's {@code room.update} flag: only the fields of its
 * kind may be given; ALL changes every one of them.
 */
public enum MeetingUpdate {
    /** {@code startsAt} and/or {@code durationMinutes}; every member with an e-mail is invited again. */
    WHEN(MeetingField.STARTS_AT, MeetingField.DURATION_MINUTES),
    NAME(MeetingField.NAME),
    /** {@code description}; an empty one clears it. */
    DESCRIPTION(MeetingField.DESCRIPTION),
    /** {@code members}, the whole list: added ones are invited, missing ones removed (owners stay). */
    MEMBERS(MeetingField.MEMBERS),
    ALL(MeetingField.values());

    private final Set<MeetingField> fields;

    MeetingUpdate(MeetingField... fields) {
        this.fields = Set.copyOf(EnumSet.of(fields[0], fields));
    }

    public boolean covers(MeetingField field) {
        return fields.contains(field);
    }

    /** The fields of a meeting an update may name, by their names in the API. */
    public enum MeetingField {
        NAME("name"), DESCRIPTION("description"), STARTS_AT("startsAt"), DURATION_MINUTES("durationMinutes"),
        MEMBERS("members");

        private final String field;

        MeetingField(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
