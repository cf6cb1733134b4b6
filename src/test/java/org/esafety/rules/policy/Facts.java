package org.esafety.rules.policy;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.esafety.policy.SchoolPolicy;
import org.esafety.policy.StaffAllegations;
import org.esafety.policy.StaffRole;
import org.esafety.rules.RuleCompiler;
import org.esafety.rules.RuleEngine;
import org.esafety.rules.RuleSet;

/**
 * Builds the facts of one incident for a rule test:
 * {@code Facts.incident(Category.CYBERBULLYING).instigator(PartyKind.CHILD, 12).victim(PartyKind.CHILD, 12)
 * .set("deliberate", true).evaluate(rules)}. The school profile is national-default unless changed.
 */
final class Facts {

    private static final List<String> FLAGS = Arrays.stream(Circumstances.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private final Category category;
    private final List<Party> parties = new ArrayList<>();
    private final Map<String, Boolean> flags = new HashMap<>();
    private ReportedLegality reportedLegality;
    private DslAssessment dslAssessment;
    private ExternalOutcome externalOutcome;
    private boolean urlPresent;
    private boolean headteacherIsDsl;
    private DslReportDeadline dslReportDeadline = DslReportDeadline.IMMEDIATE;
    private NudesPolicy nudesPolicy = NudesPolicy.NATIONAL;
    private StaffAllegations staffAllegations = StaffAllegations.HARM_THRESHOLD;
    private HeadteacherConcerns headteacherConcerns = HeadteacherConcerns.ALWAYS_LADO;

    private Facts(Category category) {
        this.category = category;
    }

    /** The real rules/ folder; tests run with the repository root as working directory. */
    static RuleSet compileRules() {
        return RuleCompiler.compile(Path.of("rules"), Instant.now());
    }

    static Facts incident(Category category) {
        return new Facts(category);
    }

    Facts party(PartyRole role, PartyKind kind, StaffRole staffRole, Integer age) {
        parties.add(new Party(role, kind, staffRole, age));
        return this;
    }

    Facts instigator(PartyKind kind) {
        return party(PartyRole.INSTIGATOR, kind, null, null);
    }

    Facts instigator(PartyKind kind, Integer age) {
        return party(PartyRole.INSTIGATOR, kind, null, age);
    }

    Facts staffInstigator(StaffRole staffRole) {
        return party(PartyRole.INSTIGATOR, PartyKind.STAFF, staffRole, null);
    }

    Facts victim(PartyKind kind) {
        return party(PartyRole.VICTIM, kind, null, null);
    }

    Facts victim(PartyKind kind, Integer age) {
        return party(PartyRole.VICTIM, kind, null, age);
    }

    Facts exposed(PartyKind kind, Integer age) {
        return party(PartyRole.EXPOSED, kind, null, age);
    }

    Facts witness(PartyKind kind, Integer age) {
        return party(PartyRole.WITNESS, kind, null, age);
    }

    /** Sets one circumstance flag by its decision-table name (null = unknown). */
    Facts set(String flag, Boolean value) {
        if (!FLAGS.contains(flag)) {
            throw new IllegalArgumentException("no such circumstance: " + flag);
        }
        flags.put(flag, value);
        return this;
    }

    /** Sets each named flag to true. */
    Facts with(String... trueFlags) {
        for (String flag : trueFlags) {
            set(flag, true);
        }
        return this;
    }

    /** Deliberate false and reported promptly: a no-blame incident. */
    Facts noBlame() {
        return set("deliberate", false).set("reportedPromptly", true);
    }

    Facts url() {
        urlPresent = true;
        return this;
    }

    Facts reported(ReportedLegality legality) {
        reportedLegality = legality;
        return this;
    }

    Facts dslAssessment(DslAssessment assessment) {
        dslAssessment = assessment;
        return this;
    }

    Facts externalOutcome(ExternalOutcome outcome) {
        externalOutcome = outcome;
        return this;
    }

    Facts headteacherIsDsl() {
        headteacherIsDsl = true;
        return this;
    }

    Facts dslReportDeadline(DslReportDeadline deadline) {
        dslReportDeadline = deadline;
        return this;
    }

    Facts nudesPolicy(NudesPolicy policy) {
        nudesPolicy = policy;
        return this;
    }

    Facts staffAllegations(StaffAllegations policy) {
        staffAllegations = policy;
        return this;
    }

    Facts headteacherConcerns(HeadteacherConcerns policy) {
        headteacherConcerns = policy;
        return this;
    }

    /** The offord-primary profile: headteacher is DSL, nudes always police, staff always LADO. */
    Facts offordProfile() {
        return headteacherIsDsl().nudesPolicy(NudesPolicy.ALWAYS_POLICE)
                .staffAllegations(StaffAllegations.ALWAYS_LADO);
    }

    Case incidentFact() {
        return new Case(category, reportedLegality, dslAssessment, externalOutcome, urlPresent);
    }

    Circumstances circumstances() {
        Object[] values = FLAGS.stream().map(flags::get).toArray();
        try {
            Class<?>[] types = new Class<?>[values.length];
            Arrays.fill(types, Boolean.class);
            return Circumstances.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    SchoolPolicy policy() {
        return new SchoolPolicy(headteacherIsDsl, dslReportDeadline, nudesPolicy, staffAllegations,
                headteacherConcerns);
    }

    Decision evaluate(RuleSet rules) {
        return new Decision(rules, RuleEngine.evaluate(rules, incidentFact(), circumstances(),
                List.copyOf(parties), policy()));
    }

    @Override
    public String toString() {
        return category + " " + parties + " " + flags + " reported=" + reportedLegality + " dsl=" + dslAssessment
                + " outcome=" + externalOutcome + " url=" + urlPresent + " " + policy();
    }
}
