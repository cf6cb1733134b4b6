package org.esafety.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.esafety.policy.Case;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.DslReportDeadline;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.HeadteacherConcerns;
import org.esafety.policy.NudesPolicy;
import org.esafety.policy.Party;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.ReportedLegality;
import org.esafety.policy.StaffAllegations;
import org.esafety.policy.StaffRole;
import org.esafety.school.School;

/**
 * The input space of the policy as parameters with a finite number of values each: value 0 is always
 * "none", "unknown" or the national-default setting. A row of value indexes becomes one {@link Combination}.
 */
final class IncidentSpace {

    /**
     * The parameters. {@code AGENCY} is (v6) {@code agencyOrContractor} (unknown, true, false) of every STAFF or VISITOR
     * instigator of the combination; the flags follow {@link Circumstances}' component order.
     */
    static final int CATEGORY = 0, INSTIGATOR = 1, VICTIM = 2, EXTRA = 3, AGENCY = 4, FLAG0 = 5, REPORTED = 26,
            DSL_ASSESSMENT = 27, EXTERNAL = 28, URL = 29, HT_IS_DSL = 30, DSL_DEADLINE = 31, NUDES = 32,
            STAFF_ALLEGATIONS = 33, HT_CONCERNS = 34, AWARENESS = 35;
    static final int FLAGS = 21;

    /** The parameter of the flag {@code name} of {@link Circumstances}. */
    static int flag(String name) {
        int f = Circumstances.FLAGS.indexOf(name);
        if (f < 0) {
            throw new IllegalArgumentException("no such circumstance: " + name);
        }
        return FLAG0 + f;
    }

    /** Ages at the boundaries that matter: unknown, under 10, 10, under 13, 13, 17, 18 (an adult CHILD). */
    static final Integer[] AGES = {null, 9, 10, 12, 13, 17, 18};
    private static final Integer[] EXTRA_AGES = {9, 12, 15, null};
    private static final StaffRole[] STAFF_ROLES = {null, StaffRole.DSL, StaffRole.DEPUTY_DSL,
            StaffRole.IT_SUPPORT, StaffRole.CLASS_TEACHER, StaffRole.DATA_PROTECTION_OFFICER};
    /** The kinds of adult; STAFF comes first, as the instigator options give it one option per staff role instead. */
    private static final PartyKind[] ADULT_KINDS = {PartyKind.STAFF, PartyKind.HEADTEACHER, PartyKind.PARENT,
            PartyKind.VISITOR, PartyKind.OTHER_ADULT, PartyKind.UNKNOWN_EXTERNAL};
    private static final PartyRole[] EXTRA_ROLES = PartyRole.values();
    private static final Boolean[] TRI = {null, Boolean.TRUE, Boolean.FALSE};

    /** Working days, evenings, weekends, bank holidays, both clock changes, Christmas and late at night. */
    static final Instant[] AWARENESS_TIMES = {
            Instant.parse("2026-01-14T10:15:00Z"), Instant.parse("2026-06-12T15:45:00Z"),
            Instant.parse("2026-06-13T10:00:00Z"), Instant.parse("2026-03-29T00:30:00Z"),
            Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2025-12-24T23:30:00Z"),
            Instant.parse("2026-04-02T17:00:00Z"), Instant.parse("2026-05-04T08:00:00Z"),
            Instant.parse("2026-02-10T23:59:30Z"), Instant.parse("2027-12-31T16:59:59Z")};

    static final int INSTIGATOR_OPTIONS = 1 + AGES.length + STAFF_ROLES.length + ADULT_KINDS.length - 1;
    static final int TARGETS = AGES.length + ADULT_KINDS.length;
    static final int[] SIZES = sizes();

    private final School[] schools = new School[32];

    IncidentSpace(School nationalDefault) {
        School s = nationalDefault;
        for (int i = 0; i < schools.length; i++) {
            schools[i] = new School(s.id() + "-variant-" + i, s.name(), s.timeZone(), s.schoolDayEnd(),
                    s.immediateWindow(), s.headteacherIsDsl() != ((i & 1) != 0), s.chairTitle(),
                    setting(DslReportDeadline.values(), s.dslReportDeadline(), (i >> 1) & 1),
                    setting(NudesPolicy.values(), s.nudesPolicy(), (i >> 2) & 1),
                    setting(StaffAllegations.values(), s.staffAllegations(), (i >> 3) & 1),
                    setting(HeadteacherConcerns.values(), s.headteacherConcerns(), (i >> 4) & 1), s.contacts(),
                    s.roleInboxes());
        }
    }

    /** A setting of two values: 0 national-default's own (v6 changed headteacher-concerns), 1 the other. */
    private static <E extends Enum<E>> E setting(E[] values, E nationalDefault, int v) {
        if (values.length != 2) {
            throw new IllegalStateException("a setting of two values expected: " + List.of(values));
        }
        return v == 0 ? nationalDefault : values[1 - nationalDefault.ordinal()];
    }

    private static int[] sizes() {
        int[] sizes = new int[AWARENESS + 1];
        sizes[CATEGORY] = Category.values().length;
        sizes[INSTIGATOR] = INSTIGATOR_OPTIONS;
        sizes[VICTIM] = 1 + 2 * TARGETS;
        sizes[EXTRA] = 1 + EXTRA_ROLES.length * (EXTRA_AGES.length + ADULT_KINDS.length);
        sizes[AGENCY] = TRI.length;
        for (int f = 0; f < FLAGS; f++) {
            sizes[FLAG0 + f] = 3;
        }
        sizes[REPORTED] = 1 + ReportedLegality.values().length;
        sizes[DSL_ASSESSMENT] = 1 + DslAssessment.values().length;
        sizes[EXTERNAL] = 1 + ExternalOutcome.values().length;
        for (int p : new int[] {URL, HT_IS_DSL, DSL_DEADLINE, NUDES, STAFF_ALLEGATIONS, HT_CONCERNS}) {
            sizes[p] = 2;
        }
        sizes[AWARENESS] = AWARENESS_TIMES.length;
        return sizes;
    }

    /** A uniformly random row, the same for the same index; its awareness is any second of 2025–2029. */
    static int[] randomRow(long seed, long index, long[] awarenessOut) {
        SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        int[] row = new int[SIZES.length];
        for (int p = 0; p < row.length; p++) {
            row[p] = random.nextInt(SIZES[p]);
        }
        awarenessOut[0] = random.nextLong(Instant.parse("2025-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2030-01-01T00:00:00Z").getEpochSecond());
        return row;
    }

    /** The value of {@link #INSTIGATOR} for a STAFF instigator with {@code staffRole} (null: none given). */
    static int staffInstigator(StaffRole staffRole) {
        for (int r = 0; r < STAFF_ROLES.length; r++) {
            if (STAFF_ROLES[r] == staffRole) {
                return 1 + AGES.length + r;
            }
        }
        throw new IllegalArgumentException("no such staff role: " + staffRole);
    }

    /** The value of {@link #INSTIGATOR} for an instigator of an adult kind other than STAFF. */
    static int adultInstigator(PartyKind kind) {
        for (int k = 1; k < ADULT_KINDS.length; k++) {
            if (ADULT_KINDS[k] == kind) {
                return AGES.length + STAFF_ROLES.length + k;
            }
        }
        throw new IllegalArgumentException("no instigator option for " + kind);
    }

    Combination combination(long index, String layer, int[] v, Instant awareness) {
        List<Party> parties = new ArrayList<>();
        int ins = v[INSTIGATOR];
        Boolean agency = TRI[v[AGENCY]];
        if (ins > 0 && ins <= AGES.length) {
            parties.add(new Party(PartyRole.INSTIGATOR, PartyKind.CHILD, null, AGES[ins - 1]));
        } else if (ins > AGES.length && ins <= AGES.length + STAFF_ROLES.length) {
            parties.add(new Party(PartyRole.INSTIGATOR, PartyKind.STAFF, STAFF_ROLES[ins - 1 - AGES.length], null,
                    agency));
        } else if (ins > AGES.length + STAFF_ROLES.length) {
            PartyKind kind = ADULT_KINDS[ins - AGES.length - STAFF_ROLES.length];
            parties.add(new Party(PartyRole.INSTIGATOR, kind, null, null, kind == PartyKind.VISITOR ? agency : null));
        }
        if (v[VICTIM] > 0) {
            int t = (v[VICTIM] - 1) % TARGETS;
            PartyRole role = v[VICTIM] <= TARGETS ? PartyRole.VICTIM : PartyRole.EXPOSED;
            parties.add(t < AGES.length ? new Party(role, PartyKind.CHILD, null, AGES[t])
                    : new Party(role, ADULT_KINDS[t - AGES.length], null, null));
        }
        if (v[EXTRA] > 0) {
            int perRole = EXTRA_AGES.length + ADULT_KINDS.length;
            PartyRole role = EXTRA_ROLES[(v[EXTRA] - 1) / perRole];
            int t = (v[EXTRA] - 1) % perRole;
            PartyKind kind = t < EXTRA_AGES.length ? PartyKind.CHILD : ADULT_KINDS[t - EXTRA_AGES.length];
            boolean employed = role == PartyRole.INSTIGATOR && (kind == PartyKind.STAFF || kind == PartyKind.VISITOR);
            parties.add(t < EXTRA_AGES.length ? new Party(role, PartyKind.CHILD, null, EXTRA_AGES[t])
                    : new Party(role, kind, null, null, employed ? agency : null));
        }
        Boolean[] f = new Boolean[FLAGS];
        for (int i = 0; i < FLAGS; i++) {
            f[i] = TRI[v[FLAG0 + i]];
        }
        Circumstances c = new Circumstances(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10],
                f[11], f[12], f[13], f[14], f[15], f[16], f[17], f[18], f[19], f[20]);
        Case incident = new Case(Category.values()[v[CATEGORY]], pick(ReportedLegality.values(), v[REPORTED]),
                pick(DslAssessment.values(), v[DSL_ASSESSMENT]), pick(ExternalOutcome.values(), v[EXTERNAL]),
                v[URL] == 1);
        School school = schools[v[HT_IS_DSL] | v[DSL_DEADLINE] << 1 | v[NUDES] << 2 | v[STAFF_ALLEGATIONS] << 3
                | v[HT_CONCERNS] << 4];
        return new Combination(index, layer, incident, c, List.copyOf(parties), school,
                awareness != null ? awareness : AWARENESS_TIMES[v[AWARENESS]]);
    }

    private static <T> T pick(T[] values, int index) {
        return index == 0 ? null : values[index - 1];
    }
}
