package org.esafety.flowchart;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.esafety.policy.Case;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Party;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.SchoolPolicy;
import org.esafety.rules.RuleCompiler;
import org.esafety.rules.RuleEngine;
import org.esafety.rules.RuleSet;
import org.esafety.school.SchoolRegistry;

/**
 * Real incidents run through the real rules/ folder, as the service evaluates them, for the names of the
 * rules that fire: {@code Incidents.of(Category.X).party(INSTIGATOR, CHILD, 14).flags(Map.of(...)).fired()}.
 * The school is a shipped profile, national-default unless said.
 */
final class Incidents {

    static final RuleSet RULES = RuleCompiler.compile(Path.of("rules"), Instant.now());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Category category;
    private final List<Party> parties = new ArrayList<>();
    private Map<String, Object> flags = Map.of();
    private boolean url;
    private ExternalOutcome outcome;
    private String school = "national-default";

    private Incidents(Category category) {
        this.category = category;
    }

    static Incidents of(Category category) {
        return new Incidents(category);
    }

    Incidents party(PartyRole role, PartyKind kind, Integer age) {
        parties.add(new Party(role, kind, null, age));
        return this;
    }

    /** Circumstance flags by their API names. */
    Incidents flags(Map<String, Object> flags) {
        this.flags = flags;
        return this;
    }

    Incidents url() {
        url = true;
        return this;
    }

    /** What the police, the LADO or social care said, as a reassessment sends it. */
    Incidents outcome(ExternalOutcome outcome) {
        this.outcome = outcome;
        return this;
    }

    Incidents school(String id) {
        school = id;
        return this;
    }

    /** The names of the rules that fired, in firing order, as an evaluation records them. */
    List<String> fired() {
        SchoolPolicy policy = SchoolRegistry.standard().find(school).orElseThrow().policy();
        Circumstances circumstances = JSON.convertValue(flags, Circumstances.class);
        return RuleEngine.evaluate(RULES, new Case(category, null, null, outcome, url), circumstances,
                List.copyOf(parties), policy).firedRules();
    }
}
