package org.esafety.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.action.Recordable;
import org.esafety.policy.Responsible;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/**
 * The board's default, "what I may record": the roles the signed-in person holds at each of its schools, and the
 * concern-raiser's actions that the DSL records on their behalf. A DSL holds DSL and DEPUTY_DSL (the safeguarding
 * team), REPORTER (whoever raised the concern), its own position (say DATA_PROTECTION_OFFICER), and HEADTEACHER at
 * the schools whose profile says the headteacher is the DSL — unless its position says it is someone else there (a
 * deputy is not the headteacher). An auditor records nothing: it has no such default. Which cases the person sees at
 * all is still the tenancy's (never a case about the holder of its position).
 */
@RequestScoped
public class MyWork {

    private final Caller caller;
    private final SchoolRegistry schools;

    public MyWork(Caller caller, SchoolRegistry schools) {
        this.caller = caller;
        this.schools = schools;
    }

    /** Whether the person records actions at all (the board offers "what I may record" and starts with it). */
    public boolean records() {
        return caller.has(Roles.DSL);
    }

    /** What the person may record, or empty for one who records nothing. */
    public Optional<Recordable> recordable() {
        if (!records()) {
            return Optional.empty();
        }
        Optional<Responsible> position = caller.position();
        Set<Responsible> everywhere = EnumSet.of(Responsible.DSL, Responsible.DEPUTY_DSL, Responsible.REPORTER);
        position.ifPresent(everywhere::add);
        boolean mayBeTheHead = position.isEmpty() || position.get() == Responsible.DSL;
        Set<String> headIsDsl = !mayBeTheHead ? Set.of() : caller.schoolIds().stream().map(schools::find).flatMap(Optional::stream)
                .filter(School::headteacherIsDsl).map(School::id).collect(Collectors.toSet());
        return Optional.of(new Recordable(everywhere, Map.of(Responsible.HEADTEACHER, headIsDsl)));
    }
}
