package org.esafety.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.esafety.action.ActionStatus;
import org.esafety.action.ActionView;
import org.esafety.incident.CaseNote;
import org.esafety.incident.EvaluationView;
import org.esafety.incident.IncidentStatus;
import org.esafety.incident.IncidentView;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.ExternalOutcome;
import org.esafety.school.School;

/** Everything the incident page shows, worked out before the template runs. */
public record IncidentModel(IncidentView incident, School school, LocalTimes times, List<ActionView> open,
                            List<ActionView> finished, List<ActionView> superseded, List<EvaluationView> evaluations,
                            boolean showHistory, boolean mayAct, boolean reported, String flash, String flowchart,
                            List<String> path, Map<String, String> ruleIds, FormErrors errors,
                            Map<String, Long> thisTerm, boolean dsl) {

    /** One circumstance as the report form asked it, with the answer given. */
    public record Answer(String flag, String question, String answer) {
    }

    static IncidentModel of(IncidentView incident, School school, LocalTimes times, List<EvaluationView> evaluations,
                            boolean showHistory, boolean dsl, boolean reported, String flash, String flowchart,
                            List<String> path, Map<String, String> ruleIds, FormErrors errors,
                            Map<String, Long> thisTerm) {
        Comparator<ActionView> byOrder = Comparator.comparing((ActionView a) -> a.order() == null ? Integer.MAX_VALUE : a.order())
                .thenComparing(ActionView::dueAt);
        List<ActionView> open = incident.actions().stream().filter(a -> a.status() == ActionStatus.OPEN).sorted(byOrder).toList();
        List<ActionView> finished = incident.actions().stream()
                .filter(a -> a.status() == ActionStatus.DONE || a.status() == ActionStatus.NOT_REQUIRED).sorted(byOrder).toList();
        List<ActionView> superseded = incident.actions().stream().filter(a -> a.status() == ActionStatus.SUPERSEDED)
                .sorted(byOrder).toList();
        boolean mayAct = dsl && incident.status() != IncidentStatus.CLOSED;
        return new IncidentModel(incident, school, times, open, finished, superseded, evaluations, showHistory, mayAct,
                reported, flash, flowchart, path, ruleIds, errors, thisTerm, dsl);
    }

    /** "3rd incident this term" for a pupil named by {@code ref}, or empty for the first or when not counted. */
    public String termFlag(String ref) {
        Long n = ref == null ? null : thisTerm.get(ref);
        if (n == null || n < 2) {
            return "";
        }
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix + " incident this term";
    }

    /** The circumstances that were answered (yes or no); unknown ones are left out. */
    public List<Answer> answers() {
        return answers(incident.circumstances());
    }

    /** Every circumstance with its current answer: yes, no or don't know (for the reassessment form). */
    public List<Answer> allAnswers() {
        List<Answer> all = new ArrayList<>();
        Circumstances c = incident.circumstances() == null ? Circumstances.unknown() : incident.circumstances();
        for (Map.Entry<String, String> q : Labels.QUESTIONS.entrySet()) {
            Boolean value = flag(c, q.getKey());
            all.add(new Answer(q.getKey(), q.getValue(), value == null ? "don't know" : value ? "yes" : "no"));
        }
        return all;
    }

    static List<Answer> answers(Circumstances c) {
        List<Answer> answered = new ArrayList<>();
        if (c == null) {
            return answered;
        }
        for (Map.Entry<String, String> q : Labels.QUESTIONS.entrySet()) {
            Boolean value = flag(c, q.getKey());
            if (value != null) {
                answered.add(new Answer(q.getKey(), q.getValue(), value ? "Yes" : "No"));
            }
        }
        return answered;
    }

    static Boolean flag(Circumstances c, String name) {
        try {
            for (RecordComponent rc : Circumstances.class.getRecordComponents()) {
                if (rc.getName().equals(name)) {
                    return (Boolean) rc.getAccessor().invoke(c);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("no circumstance " + name);
    }

    /** The rule's id for a link to the rules page, or empty. */
    public String ruleId(String ruleName) {
        return ruleIds.getOrDefault(ruleName, "");
    }

    public boolean mayClose() {
        return mayAct && open.isEmpty();
    }

    public String when(java.time.Instant instant) {
        return times.format(instant);
    }

    /** The full date and time, for the printed record ("Mon 23 Nov 2026 15:30"). */
    public String on(java.time.Instant instant) {
        return times.absolute(instant);
    }

    /** The id of an action's completion form (its fields' ids start with it). */
    public String formId(ActionView a) {
        return "complete-" + a.id();
    }

    public String shortVersion(String version) {
        return version == null || version.length() <= 12 ? version : version.substring(0, 12);
    }

    public List<ExternalOutcome> externalOutcomes() {
        return List.of(ExternalOutcome.values());
    }

    public List<DslAssessment> dslAssessments() {
        return List.of(DslAssessment.values());
    }

    /** The categories the DSL may correct the incident to: every one but the current. */
    public List<Category> otherCategories() {
        return java.util.Arrays.stream(Category.values()).filter(c -> c != incident.category()).toList();
    }

    public List<CaseNote.Kind> noteKinds() {
        return List.of(CaseNote.Kind.values());
    }

    /** The DSL writes case notes and corrections on open and closed incidents alike (they only add to the record). */
    public boolean mayAddToRecord() {
        return dsl;
    }

    /** Whether the case-notes part is shown: to the DSL always, to others when the view they get holds notes. */
    public boolean showNotes() {
        return dsl || (incident.notes() != null && !incident.notes().isEmpty());
    }

    /** The id of a completed action's correction form. */
    public String addendumFormId(ActionView a) {
        return "addendum-" + a.id();
    }
}
