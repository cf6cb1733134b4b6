package org.esafety.school;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.esafety.policy.Responsible;
import org.esafety.policy.SchoolPolicy;
import org.esafety.policy.DslReportDeadline;
import org.esafety.policy.HeadteacherConcerns;
import org.esafety.policy.NudesPolicy;
import org.esafety.policy.StaffAllegations;

/** One school profile (decision-table §7), as configured and as {@code GET /api/schools} shows it. */
public record School(
        String id,
        String name,
        String timeZone,
        String schoolDayEnd,
        String immediateWindow,
        boolean headteacherIsDsl,
        String chairTitle,
        DslReportDeadline dslReportDeadline,
        NudesPolicy nudesPolicy,
        StaffAllegations staffAllegations,
        HeadteacherConcerns headteacherConcerns,
        Contacts contacts,
        Map<Responsible, RoleInbox> roleInboxes) {

    /** Whom the school calls for each kind of referral: numbers and addresses, never a person's name. */
    public record Contacts(String police, String lado, String childrensSocialCare, String localAuthority,
                           String helpline, String filteringProvider) {

        /** The contact named by an action catalogue's {@code contact} key, if any. */
        public String byKey(String key) {
            if (key == null) {
                return null;
            }
            return switch (key) {
                case "police" -> police;
                case "lado" -> lado;
                case "childrensSocialCare" -> childrensSocialCare;
                case "localAuthority" -> localAuthority;
                case "helpline" -> helpline;
                case "filteringProvider" -> filteringProvider;
                default -> throw new IllegalArgumentException("no contact " + key);
            };
        }
    }

    /** Where a responsible role is reached. */
    public record RoleInbox(String email, String webhookUrl) {
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalTime dayEnd() {
        return LocalTime.parse(schoolDayEnd);
    }

    public Duration window() {
        return Duration.parse(immediateWindow);
    }

    /** The settings the rules see. */
    public SchoolPolicy policy() {
        return new SchoolPolicy(headteacherIsDsl, dslReportDeadline, nudesPolicy, staffAllegations, headteacherConcerns);
    }
}
