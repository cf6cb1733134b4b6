package org.esafety.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.access.TenancyScope;
import org.esafety.action.ActionView;
import org.esafety.common.InvalidRequestException;
import org.esafety.policy.Category;
import org.esafety.policy.Legality;
import org.esafety.policy.PartyRole;

/**
 * A child's chronology (issue 20): every incident of one school in which a pupil, named by the school's own
 * pseudonymous identifier (a party's {@code ref}), is a current party, oldest first, with the pupil's roles, the
 * category, the decision, the actions and the case notes. Only the DSL's side reads it, and an allegation only those who
 * may open it: an incident about the caller's own position is left out, as in every list.
 */
@ApplicationScoped
public class Chronology {

    /** Most incidents one chronology lists; a pupil with more is told to narrow by date. */
    static final int LIMIT = 500;

    /** One incident in a pupil's chronology. */
    public record Entry(UUID id, String reference, Instant reportedAt, Instant occurredAt, List<PartyRole> roles,
                        Category category, Legality legality, IncidentStatus status, List<ActionView> actions,
                        List<CaseNoteView> notes) {
    }

    /** The chronology: the pupil, the school, and its incidents oldest first. */
    public record View(String pupil, String schoolId, List<Entry> incidents) {
    }

    private final IncidentViews views;
    private final IncidentAccess access;
    private final TenancyScope scope;

    public Chronology(IncidentViews views, IncidentAccess access, TenancyScope scope) {
        this.views = views;
        this.access = access;
        this.scope = scope;
    }

    @Transactional
    public View of(String pupil, String schoolId) {
        return new View(pupil, schoolId, views(pupil, schoolId).stream().map(v -> entry(v, pupil)).toList());
    }

    /**
     * The same incidents as {@link #of}, each in the DSL's full view (parties, summary, outcomes, closure, actions,
     * notes): what a child's file carries to the pupil's next school. A read of an allegation is recorded, as always.
     */
    @Transactional
    public List<IncidentView> views(String pupil, String schoolId) {
        if (schoolId == null || schoolId.isBlank()) {
            throw new InvalidRequestException("schoolId", "a pupil reference is the school's own: name the school");
        }
        if (pupil == null || pupil.isBlank() || pupil.length() > 100) {
            throw new InvalidRequestException("ref", "a pupil reference of 1 to 100 characters");
        }
        var where = scope.schools(schoolId);
        if (where.isEmpty()) {
            return List.of();
        }
        var w = where.get().and("id in (select p.incident.id from IncidentParty p where p.ref = :pupil"
                + " and p.replacedAt is null)", "pupil", pupil);
        List<Incident> found = Incident.<Incident>find(w.query() + " order by reportedAt, id", w.parameters())
                .range(0, LIMIT - 1).list().stream().filter(i -> access.viewer(i) == IncidentAccess.Viewer.STAFF).toList();
        return access.shown(found, views.views(found));
    }

    /**
     * For each pupil reference among the incident's parties, how many of the school's incidents naming that pupil were
     * reported this term up to this one, this one included ("3rd incident this term"): the incidents the caller could
     * list, so that an allegation it may not open is not counted. One query per pupil.
     */
    @Transactional
    public Map<String, Long> thisTerm(IncidentView incident, ZoneId zone) {
        Map<String, Long> counts = new LinkedHashMap<>();
        var where = scope.schools(incident.schoolId());
        if (where.isEmpty()) {
            return counts;
        }
        Instant start = termStart(incident.reportedAt().atZone(zone).toLocalDate()).atStartOfDay(zone).toInstant();
        incident.parties().stream().map(IncidentView.PartyView::ref).filter(Objects::nonNull).distinct().forEach(ref -> {
            var w = scope.schools(incident.schoolId()).orElseThrow()
                    .and("id in (select p.incident.id from IncidentParty p where p.ref = :pupil and p.replacedAt is null)",
                            "pupil", ref)
                    .and("reportedAt >= :termStart", "termStart", start)
                    .and("reportedAt <= :upTo", "upTo", incident.reportedAt());
            counts.put(ref, Incident.count(w.query(), w.parameters()));
        });
        return counts;
    }

    /** English school terms, roughly: autumn from 1 September, spring from 1 January, summer from 1 April. */
    static LocalDate termStart(LocalDate day) {
        int month = day.getMonthValue();
        int first = month >= 9 ? 9 : month >= 4 ? 4 : 1;
        return LocalDate.of(day.getYear(), first, 1);
    }

    private static Entry entry(IncidentView v, String pupil) {
        return new Entry(v.id(), v.reference(), v.reportedAt(), v.occurredAt(),
                v.parties().stream().filter(p -> pupil.equals(p.ref())).map(IncidentView.PartyView::role).distinct()
                        .toList(),
                v.category(), v.assessment().legality(), v.status(), v.actions(), v.notes());
    }
}
