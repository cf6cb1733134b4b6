package org.esafety.rules;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.esafety.action.Decision;
import org.esafety.policy.Case;
import org.esafety.policy.Circumstances;
import org.esafety.policy.Party;
import org.esafety.school.School;

/** One combination of incident facts the invariant check runs through the rules, and how to print it. */
record Combination(long index, String layer, Case incident, Circumstances circumstances, List<Party> parties,
                School school, Instant awareness) {

    private static final RecordComponent[] FLAGS = Circumstances.class.getRecordComponents();

    /** How much is said: parties, known flags, legality inputs and non-default settings. Smaller is simpler. */
    int complexity() {
        int n = parties.size() + knownFlags().size() + (incident.urlPresent() ? 1 : 0)
                + (int) parties.stream().filter(p -> p.agencyOrContractor() != null).count();
        n += (incident.reportedLegality() != null ? 1 : 0) + (incident.dslAssessment() != null ? 1 : 0)
                + (incident.externalOutcome() != null ? 1 : 0);
        return n + settings().size();
    }

    /** The exact facts, in the words of the decision table. */
    String describe() {
        StringBuilder s = new StringBuilder();
        s.append('#').append(index).append(' ').append(layer).append(": category=").append(incident.category());
        s.append(", parties=").append(parties.stream().map(Combination::party).collect(Collectors.joining(", ", "[", "]")));
        s.append(", circumstances=").append(knownFlags());
        if (incident.urlPresent()) {
            s.append(", url");
        }
        if (incident.reportedLegality() != null) {
            s.append(", reportedLegality=").append(incident.reportedLegality());
        }
        if (incident.dslAssessment() != null) {
            s.append(", dslAssessment=").append(incident.dslAssessment());
        }
        if (incident.externalOutcome() != null) {
            s.append(", externalOutcome=").append(incident.externalOutcome());
        }
        s.append(", school=national-default").append(settings().isEmpty() ? "" : " with " + settings());
        return s.append(", awareness=").append(awareness).toString();
    }

    static String party(Party p) {
        return p.role() + " " + p.kind() + (p.staffRole() != null ? "(" + p.staffRole() + ")" : "")
                + (p.age() != null ? " aged " + p.age() : "")
                + (p.agencyOrContractor() != null ? " agencyOrContractor=" + p.agencyOrContractor() : "");
    }

    /** The decision in one line: legality, ordered actions with role and deadline kind, instructions. */
    static String describe(Decision d) {
        return d.legality() + "; actions " + d.actions().stream()
                .map(a -> a.order() + "." + a.code() + "(" + a.responsible() + "," + a.deadline() + ")")
                .collect(Collectors.joining(" ")) + "; instructions "
                + d.instructions().stream().map(Decision.DecidedInstruction::code).toList();
    }

    List<String> knownFlags() {
        List<String> known = new ArrayList<>();
        for (RecordComponent flag : FLAGS) {
            Object value = flag(flag);
            if (value != null) {
                known.add(flag.getName() + "=" + value);
            }
        }
        return known;
    }

    private Object flag(RecordComponent flag) {
        try {
            return flag.getAccessor().invoke(circumstances);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The settings that differ from national-default's in decision-table §7 (v6). */
    private List<String> settings() {
        List<String> out = new ArrayList<>();
        if (school.headteacherIsDsl()) {
            out.add("headteacherIsDsl=true");
        }
        if (school.dslReportDeadline() != org.esafety.policy.DslReportDeadline.IMMEDIATE) {
            out.add("dslReportDeadline=" + school.dslReportDeadline());
        }
        if (school.nudesPolicy() != org.esafety.policy.NudesPolicy.NATIONAL) {
            out.add("nudesPolicy=" + school.nudesPolicy());
        }
        if (school.staffAllegations() != org.esafety.policy.StaffAllegations.HARM_THRESHOLD) {
            out.add("staffAllegations=" + school.staffAllegations());
        }
        if (school.headteacherConcerns() != org.esafety.policy.HeadteacherConcerns.HARM_THRESHOLD) {
            out.add("headteacherConcerns=" + school.headteacherConcerns());
        }
        return out;
    }
}
