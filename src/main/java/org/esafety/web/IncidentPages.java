package org.esafety.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.action.ActionView;
import org.esafety.flowchart.Flowcharts;
import org.esafety.incident.Chronology;
import org.esafety.incident.EvaluationView;
import org.esafety.incident.IncidentLifecycle;
import org.esafety.incident.IncidentService;
import org.esafety.incident.IncidentView;
import org.esafety.rules.RuleInfo;
import org.esafety.rules.RuleSetHolder;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/** Builds the incident page for the caller: the view the API would give it, the history, the flowchart, the flash. */
@ApplicationScoped
public class IncidentPages {

    private final IncidentService incidents;
    private final IncidentLifecycle lifecycle;
    private final SchoolRegistry schools;
    private final RuleSetHolder rules;
    private final Flowcharts flowchart;
    private final Caller caller;
    private final Clock clock;
    private final Chronology chronology;

    public IncidentPages(IncidentService incidents, IncidentLifecycle lifecycle, SchoolRegistry schools,
                         RuleSetHolder rules, Flowcharts flowchart, Caller caller, Clock clock, Chronology chronology) {
        this.incidents = incidents;
        this.lifecycle = lifecycle;
        this.schools = schools;
        this.rules = rules;
        this.flowchart = flowchart;
        this.caller = caller;
        this.clock = clock;
        this.chronology = chronology;
    }

    /** The incident's school (its time zone reads the forms' local dates and times). */
    School school(IncidentView incident) {
        return schools.find(incident.schoolId()).orElseThrow();
    }

    TemplateInstance page(UUID id, boolean reported, String done, FormErrors errors) {
        IncidentView incident = incidents.get(id);
        School school = school(incident);
        boolean showHistory = caller.has(Roles.DSL) || caller.has(Roles.AUDITOR);
        List<EvaluationView> evaluations = showHistory ? lifecycle.evaluations(id) : List.of();
        List<String> fired = incident.assessment() == null ? List.of() : incident.assessment().firedRules();
        Map<String, String> ruleIds = new HashMap<>();
        for (RuleInfo r : rules.current().rules()) {
            ruleIds.put(r.name(), r.id());
        }
        return IncidentPage.Templates.incident(IncidentModel.of(incident, school, new LocalTimes(clock, school.timeZone()),
                evaluations, showHistory, caller.has(Roles.DSL), reported, flash(done, incident), flowchart.current().svg(fired),
                flowchart.current().litSteps(fired), ruleIds, errors,
                caller.has(Roles.DSL) ? chronology.thisTerm(incident, school.timeZone()) : Map.of()));
    }

    /** What the redirect after a form says was done ({@code ?done=…}), in words. */
    private static String flash(String done, IncidentView incident) {
        if (done == null) {
            return "";
        }
        return switch (done) {
            case "reassessed" -> "The new facts were recorded and the rules ran again. The actions below are the new decision.";
            case "closed" -> "The incident is closed.";
            case "noted" -> "The note was added to the case record.";
            case "corrected" -> "The correction was added under the action.";
            default -> incident.actions().stream().filter(a -> a.id().toString().equals(done)).findFirst()
                    .map(IncidentPages::recorded).orElse("");
        };
    }

    private static String recorded(ActionView a) {
        return "Recorded: \u201c" + a.title() + "\u201d is " + Labels.label(a.status()).toLowerCase() + ".";
    }
}
