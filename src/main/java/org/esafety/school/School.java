package org.esafety.school;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.esafety.policy.ContactKind;
import org.esafety.policy.DslReportDeadline;
import org.esafety.policy.HeadteacherConcerns;
import org.esafety.policy.NudesPolicy;
import org.esafety.policy.Responsible;
import org.esafety.policy.SchoolPolicy;
import org.esafety.policy.StaffAllegations;

/**
 * One school profile (decision-table §7), typed and checked once when the profiles are loaded
 * ({@link SchoolRegistry}); {@code GET /api/schools} shows it as a {@link SchoolView}. {@code code} is the short
 * form that begins its incidents' readable references.
 */
public record School(
        String id,
        String name,
        ZoneId timeZone,
        LocalTime schoolDayEnd,
        Duration immediateWindow,
        boolean headteacherIsDsl,
        String chairTitle,
        DslReportDeadline dslReportDeadline,
        NudesPolicy nudesPolicy,
        StaffAllegations staffAllegations,
        HeadteacherConcerns headteacherConcerns,
        Contacts contacts,
        Map<Responsible, RoleInbox> roleInboxes,
        String code) {

    /**
     * The profile with {@code code} derived from its id (its first three letters): the short form of the school's
     * name in incident references ({@code CLA-2026-0042}).
     */
    public School(String id, String name, ZoneId timeZone, LocalTime schoolDayEnd, Duration immediateWindow,
                  boolean headteacherIsDsl, String chairTitle, DslReportDeadline dslReportDeadline,
                  NudesPolicy nudesPolicy, StaffAllegations staffAllegations, HeadteacherConcerns headteacherConcerns,
                  Contacts contacts, Map<Responsible, RoleInbox> roleInboxes) {
        this(id, name, timeZone, schoolDayEnd, immediateWindow, headteacherIsDsl, chairTitle, dslReportDeadline,
                nudesPolicy, staffAllegations, headteacherConcerns, contacts, roleInboxes, null);
    }

    public School {
        if (code == null && id != null) {
            String letters = id.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
            code = letters.substring(0, Math.min(3, letters.length()));
        }
    }

    /** Whom the school calls for each kind of referral: numbers and addresses, never a person's name. */
    public record Contacts(String police, String lado, String childrensSocialCare, String localAuthority,
                           String helpline, String filteringProvider) {

        /** The contact of {@code kind} (an action catalogue's {@code contact}); null for none. */
        public String of(ContactKind kind) {
            if (kind == null) {
                return null;
            }
            return switch (kind) {
                case POLICE -> police;
                case LADO -> lado;
                case CHILDRENS_SOCIAL_CARE -> childrensSocialCare;
                case LOCAL_AUTHORITY -> localAuthority;
                case HELPLINE -> helpline;
                case FILTERING_PROVIDER -> filteringProvider;
            };
        }
    }

    /** Where a responsible role is reached. */
    public record RoleInbox(String email, String webhookUrl) {
    }

    /** The settings the rules see. */
    public SchoolPolicy policy() {
        return new SchoolPolicy(headteacherIsDsl, dslReportDeadline, nudesPolicy, staffAllegations, headteacherConcerns);
    }
}
