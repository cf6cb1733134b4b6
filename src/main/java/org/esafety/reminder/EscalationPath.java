package org.esafety.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esafety.policy.Responsible;

/**
 * Who is told next when a role does not act (issue 9): reporters, class teachers, IT support and host
 * staff go to the DSL; the DSL to the deputy DSL, then the headteacher, then the chair of governors; the
 * data protection officer to the headteacher. Roles held by the incident's subject are skipped.
 */
public final class EscalationPath {

    private EscalationPath() {
    }

    /** The role one step up from {@code role}, if any. */
    public static Optional<Responsible> above(Responsible role) {
        return Optional.ofNullable(switch (role) {
            case REPORTER, CLASS_TEACHER, IT_SUPPORT, HOST_STAFF -> Responsible.DSL;
            case DSL -> Responsible.DEPUTY_DSL;
            case DEPUTY_DSL, DATA_PROTECTION_OFFICER -> Responsible.HEADTEACHER;
            case HEADTEACHER -> Responsible.CHAIR_OF_GOVERNORS;
            case CHAIR_OF_GOVERNORS -> null;
        });
    }

    /** {@code responsible} and every role above it, without the {@code excluded} ones (the subject's roles). */
    public static List<Responsible> from(Responsible responsible, Set<Responsible> excluded) {
        List<Responsible> path = new ArrayList<>(List.of(responsible));
        for (Optional<Responsible> r = above(responsible); r.isPresent(); r = above(r.get())) {
            if (!excluded.contains(r.get())) {
                path.add(r.get());
            }
        }
        return List.copyOf(path);
    }

    /** The longest path from {@code responsible}: no role excluded. */
    public static int longest(Responsible responsible) {
        return from(responsible, Set.of()).size();
    }
}
