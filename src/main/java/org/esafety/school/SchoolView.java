package org.esafety.school;

import java.util.Map;

import org.esafety.policy.DslReportDeadline;
import org.esafety.policy.HeadteacherConcerns;
import org.esafety.policy.NudesPolicy;
import org.esafety.policy.Responsible;
import org.esafety.policy.StaffAllegations;

/** A school profile as api.md "Schools" shows it: times as {@code "17:00"} and {@code "PT1H"}, the zone by its id. */
public record SchoolView(String id, String code, String name, String timeZone, String schoolDayEnd, String immediateWindow,
                         boolean headteacherIsDsl, String chairTitle, DslReportDeadline dslReportDeadline,
                         NudesPolicy nudesPolicy, StaffAllegations staffAllegations,
                         HeadteacherConcerns headteacherConcerns, School.Contacts contacts,
                         Map<Responsible, School.RoleInbox> roleInboxes) {

    /** The profile; without the webhook URLs (null) unless {@code withWebhooks}: only admins see where they point. */
    public static SchoolView of(School s, boolean withWebhooks) {
        Map<Responsible, School.RoleInbox> inboxes = s.roleInboxes();
        if (!withWebhooks && inboxes != null) {
            Map<Responsible, School.RoleInbox> hidden = new java.util.EnumMap<>(Responsible.class);
            inboxes.forEach((role, inbox) -> hidden.put(role,
                    inbox == null ? null : new School.RoleInbox(inbox.email(), null)));
            inboxes = hidden;
        }
        return new SchoolView(s.id(), s.code(), s.name(), s.timeZone().getId(), s.schoolDayEnd().toString(),
                s.immediateWindow().toString(), s.headteacherIsDsl(), s.chairTitle(), s.dslReportDeadline(),
                s.nudesPolicy(), s.staffAllegations(), s.headteacherConcerns(), s.contacts(), inboxes);
    }
}
