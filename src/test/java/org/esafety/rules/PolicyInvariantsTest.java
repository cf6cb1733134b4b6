package org.esafety.rules;

import static org.esafety.policy.Category.*;
import static org.esafety.policy.DeadlineKind.*;
import static org.esafety.policy.Legality.*;
import static org.esafety.policy.PartyKind.*;
import static org.esafety.rules.PolicyOracle.yes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.esafety.action.ActionLedger;
import org.esafety.action.ActionStatus;
import org.esafety.action.BankHolidays;
import org.esafety.action.DeadlineCalculator;
import org.esafety.action.Decider;
import org.esafety.action.Decision;
import org.esafety.action.Decision.DecidedAction;
import org.esafety.action.Decision.DecidedInstruction;
import org.esafety.action.RequiredAction;
import org.esafety.policy.Case;
import org.esafety.policy.Category;
import org.esafety.policy.Circumstances;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.DslAssessment;
import org.esafety.policy.DslReportDeadline;
import org.esafety.policy.ExternalOutcome;
import org.esafety.policy.Legality;
import org.esafety.policy.Party;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.ReportedLegality;
import org.esafety.policy.Responsible;
import org.esafety.policy.StaffRole;
import org.esafety.rules.PolicyOracle.Tri;
import org.esafety.school.SchoolRegistry;

/**
 * The exhaustive invariant check of the policy: runs every combination of the decision-driving facts that
 * is feasible, an all-pairs covering of the whole input space, and a fixed-seed random sample through the
 * real rule files and the {@link Decider}, and checks on every decision the properties that decision-table.md
 * says must always hold. A failure names each broken invariant with its simplest counterexamples.
 */
class PolicyInvariantsTest {

    private static final long SEED = 20_261_123L;
    private static final int RANDOM_SAMPLE = 100_000;
    /** Every n-th random combination is also run with changes that must make no difference (metamorphic checks). */
    private static final int VARY_EVERY = 32;
    private static final int REPORTED_FAILURES = 10;

    /** Exhaustive layers: every combination of their axes; every other parameter unknown, none or national-default. */
    private static final Map<String, List<Axis>> EXHAUSTIVE = exhaustiveLayers();

    private static RuleSet ruleSet;
    private static Decider decider;
    private static DeadlineCalculator calendar;
    private static IncidentSpace space;

    @BeforeAll
    static void compileRules() {
        ruleSet = RuleCompiler.compile(Path.of("rules"), Instant.now());
        calendar = new DeadlineCalculator(BankHolidays.englandAndWales());
        decider = new Decider(calendar);
        space = new IncidentSpace(SchoolRegistry.standard().find("national-default").orElseThrow());
    }

    /** One axis of an exhaustive layer: the points it runs through, each a list of (parameter, value) pairs. */
    private record Axis(int[][] points) {
        static Axis all(int parameter) {
            int[][] points = new int[IncidentSpace.SIZES[parameter]][];
            for (int v = 0; v < points.length; v++) {
                points[v] = new int[] {parameter, v};
            }
            return new Axis(points);
        }

        static Axis of(int[]... points) {
            return new Axis(points);
        }
    }

    private static Map<String, List<Axis>> exhaustiveLayers() {
        int t = 1, f = 2; // IncidentSpace's flag and agency values: 0 unknown, 1 true, 2 false
        Axis category = Axis.all(IncidentSpace.CATEGORY), victim = Axis.all(IncidentSpace.VICTIM);
        // every instigator option, and (v6) a STAFF instigator without a staff role, a STAFF DSL and a VISITOR
        // supplied by an agency or contractor (and a STAFF one explicitly not)
        List<int[]> instigators = new ArrayList<>();
        for (int v = 0; v < IncidentSpace.SIZES[IncidentSpace.INSTIGATOR]; v++) {
            instigators.add(new int[] {IncidentSpace.INSTIGATOR, v});
        }
        int agency = IncidentSpace.AGENCY;
        instigators.add(new int[] {IncidentSpace.INSTIGATOR, IncidentSpace.staffInstigator(null), agency, t});
        instigators.add(new int[] {IncidentSpace.INSTIGATOR, IncidentSpace.staffInstigator(null), agency, f});
        instigators.add(new int[] {IncidentSpace.INSTIGATOR, IncidentSpace.staffInstigator(StaffRole.DSL), agency, t});
        instigators.add(new int[] {IncidentSpace.INSTIGATOR, IncidentSpace.adultInstigator(VISITOR), agency, t});
        Axis instigator = Axis.of(instigators.toArray(int[][]::new));
        int deliberate = IncidentSpace.flag("deliberate"), promptly = IncidentSpace.flag("reportedPromptly");
        int harm = IncidentSpace.flag("harmThresholdMet"), parents = IncidentSpace.flag("parentsInvolved");
        int danger = IncidentSpace.flag("immediateDanger"), harmRisk = IncidentSpace.flag("riskOfSignificantHarm");
        int parentRisk = IncidentSpace.flag("parentContactRisk"), threats = IncidentSpace.flag("threatsOrHarassment");
        // one decision input at a time, the others unknown, none or national-default: the settings of the shipped
        // profiles (clifton-primary, thingwall-primary, offord-primary) and national-default with
        // headteacher-concerns ALWAYS_LADO (v6's national default is HARM_THRESHOLD); harmThresholdMet true and false; deliberate, accidental (not reported
        // promptly) and no-blame; ReportedLegality ILLEGAL and UNSURE; DslAssessment ILLEGAL and INAPPROPRIATE; each
        // ExternalOutcome; parentsInvolved true and false; immediateDanger; riskOfSignificantHarm; (v6)
        // parentContactRisk; threatsOrHarassment
        Axis oneInput = Axis.of(new int[] {}, new int[] {IncidentSpace.DSL_DEADLINE, 1},
                new int[] {IncidentSpace.HT_IS_DSL, 1},
                new int[] {IncidentSpace.HT_IS_DSL, 1, IncidentSpace.NUDES, 1, IncidentSpace.STAFF_ALLEGATIONS, 1,
                        IncidentSpace.HT_CONCERNS, 1},
                new int[] {IncidentSpace.HT_CONCERNS, 1}, new int[] {harm, t}, new int[] {harm, f},
                new int[] {deliberate, t}, new int[] {deliberate, f, promptly, f}, new int[] {deliberate, f, promptly, t},
                new int[] {IncidentSpace.REPORTED, 1}, new int[] {IncidentSpace.REPORTED, 3},
                new int[] {IncidentSpace.DSL_ASSESSMENT, 1}, new int[] {IncidentSpace.DSL_ASSESSMENT, 2},
                new int[] {IncidentSpace.EXTERNAL, 1}, new int[] {IncidentSpace.EXTERNAL, 2},
                new int[] {IncidentSpace.EXTERNAL, 3}, new int[] {parents, t}, new int[] {parents, f},
                new int[] {danger, t}, new int[] {harmRisk, t}, new int[] {parentRisk, t}, new int[] {threats, t});
        Map<String, List<Axis>> layers = new LinkedHashMap<>();
        layers.put("category x instigator (with agency or contractor) x victim/exposed x one decision input (none,"
                + " 4 profile settings, harm threshold, blame, legality inputs, parents, danger, harm risk, parent"
                + " contact risk, threats)", List.of(category, instigator, victim, oneInput));
        return layers;
    }

    @Test
    void theSpaceHasOneTriStateParameterPerCircumstance() {
        assertEquals(Circumstances.FLAGS.size(), IncidentSpace.FLAGS);
        assertEquals(IncidentSpace.FLAG0 + IncidentSpace.FLAGS, IncidentSpace.REPORTED);
        assertEquals(IncidentSpace.FLAG0 + Circumstances.FLAGS.indexOf("aiGeneratedOrAltered"),
                IncidentSpace.flag("aiGeneratedOrAltered"));
    }

    @Test
    void pairwiseRowsCoverEveryPairOfValues() {
        List<int[]> rows = AllPairs.rows(IncidentSpace.SIZES, SEED);
        assertEquals(0, AllPairs.uncoveredPairs(IncidentSpace.SIZES, rows));
    }

    @Test
    void everyDecisionKeepsThePolicyInvariants() {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        InvariantLedger ledger = new InvariantLedger();
        LongAdder checked = new LongAdder();
        StringBuilder summary = new StringBuilder();
        long offset = 0;
        for (Map.Entry<String, List<Axis>> layer : EXHAUSTIVE.entrySet()) {
            List<Axis> axes = layer.getValue();
            long size = axes.stream().mapToLong(a -> a.points().length).reduce(1, (x, y) -> x * y);
            long base = offset;
            long t0 = System.nanoTime();
            LongStream.range(0, size).parallel().forEach(n -> {
                int[] row = new int[IncidentSpace.SIZES.length];
                long rest = n;
                for (Axis axis : axes) {
                    int[] point = axis.points()[(int) (rest % axis.points().length)];
                    rest /= axis.points().length;
                    for (int k = 0; k < point.length; k += 2) {
                        row[point[k]] = point[k + 1];
                    }
                }
                // spread the awareness times over the combinations, independently of the axes
                row[IncidentSpace.AWARENESS] = (int) Long.remainderUnsigned(n * 0x9E3779B97F4A7C15L,
                        IncidentSpace.SIZES[IncidentSpace.AWARENESS]);
                run(space.combination(base + n, "exhaustive " + layer.getKey(), row, null), ledger, checked,
                        false);
            });
            summary.append(String.format("  %-110s %,9d  %5.1f s%n", "exhaustive " + layer.getKey(), size, seconds(t0)));
            offset += size;
        }

        long t0 = System.nanoTime();
        List<int[]> pairs = AllPairs.rows(IncidentSpace.SIZES, SEED);
        long pairBase = offset;
        LongStream.range(0, pairs.size()).parallel().forEach(n -> run(space.combination(pairBase + n,
                "all-pairs", pairs.get((int) n), null), ledger, checked, true));
        summary.append(String.format("  %-110s %,9d  %5.1f s%n", "all-pairs over all " + IncidentSpace.SIZES.length
                + " parameters (every flag true/false/unknown, all legality inputs, settings, awareness times)",
                pairs.size(), seconds(t0)));
        offset += pairs.size();

        t0 = System.nanoTime();
        long randomBase = offset;
        LongStream.range(0, RANDOM_SAMPLE).parallel().forEach(n -> {
            long[] awareness = new long[1];
            int[] row = IncidentSpace.randomRow(SEED, n, awareness);
            run(space.combination(randomBase + n, "random(seed " + SEED + ")", row,
                    Instant.ofEpochSecond(awareness[0])), ledger, checked, n % VARY_EVERY == 0);
        });
        summary.append(String.format("  %-110s %,9d  %5.1f s%n", "fixed-seed random sample of full combinations",
                RANDOM_SAMPLE, seconds(t0)));

        t0 = System.nanoTime();
        long pairsChecked = reassessments(ledger);
        summary.append(String.format("  %-110s %,9d  %5.1f s%n", "reassessments: every ordered pair of the "
                + String.format("%,d", DECIDED_SETS.size()) + " distinct action sets of the exhaustive layer (first decision"
                + " all OPEN, reassessed to the other)", pairsChecked, seconds(t0)));

        System.out.printf("Policy invariants: %,d combinations checked in %.1f s (%.1f s of CPU on %d cores)%n%s%s",
                checked.sum(), seconds(start), (processCpuNanos() - cpuStart) / 1e9,
                Runtime.getRuntime().availableProcessors(), summary, ledger.table());
        assertTrue(ledger.failing().isEmpty(), () -> ledger.report(REPORTED_FAILURES));
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void run(Combination c, InvariantLedger ledger, LongAdder checked, boolean alsoVary) {
        checked.increment();
        Decision d;
        try {
            d = decide(c, c.circumstances());
        } catch (RuntimeException e) {
            ledger.failed("§0 the rules decide every combination without error", c, e::toString, () -> "none");
            return;
        }
        if (c.layer().startsWith("exhaustive")) {
            DECIDED_SETS.merge(actionSet(d), new Decided(c, d), (a, b) -> a.c().index() <= b.c().index() ? a : b);
        }
        try {
            new Check(c, d, ledger).all();
        } catch (RuntimeException e) {
            ledger.failed("§0 the decision can be checked (no missing field breaks the check)", c, e::toString,
                    () -> Combination.describe(d));
        }
        otherAdult(c, d, ledger);
        if (!alsoVary) {
            return;
        }
        variations(c).forEach((invariant, varied) -> {
            ledger.applied(invariant);
            try {
                Decision other = decide(varied, varied.circumstances());
                if (!signature(d).equals(signature(other))) {
                    ledger.failed(invariant, c, () -> "varied to " + varied.describe() + " the decision is "
                            + Combination.describe(other), () -> Combination.describe(d));
                }
            } catch (RuntimeException e) {
                ledger.failed(invariant, c, e::toString, () -> Combination.describe(d));
            }
        });
        agencyOrContractor(c, d, ledger);
    }

    private static final String AGENCY_ONLY = "§3.5 (v6) agencyOrContractor brings INFORM_EMPLOYER and nothing else:"
            + " leaving it unknown on every party changes nothing but INFORM_EMPLOYER, which is then never there";

    /** {@link #AGENCY_ONLY}, for a combination with a party whose agencyOrContractor is known. */
    private static void agencyOrContractor(Combination c, Decision d, InvariantLedger ledger) {
        if (c.parties().stream().allMatch(p -> p.agencyOrContractor() == null)) {
            return;
        }
        ledger.applied(AGENCY_ONLY);
        List<Party> unknown = c.parties().stream()
                .map(p -> new Party(p.role(), p.kind(), p.staffRole(), p.age(), null)).toList();
        Combination varied = new Combination(c.index(), c.layer(), c.incident(), c.circumstances(), unknown,
                c.school(), c.awareness());
        try {
            Decision other = decide(varied, varied.circumstances());
            if (!signatureWithout(d, "INFORM_EMPLOYER").equals(signatureWithout(other, "INFORM_EMPLOYER"))
                    || other.actions().stream().anyMatch(a -> a.code().equals("INFORM_EMPLOYER"))) {
                ledger.failed(AGENCY_ONLY, c, () -> "with agencyOrContractor unknown the decision is "
                        + Combination.describe(other), () -> Combination.describe(d));
            }
        } catch (RuntimeException e) {
            ledger.failed(AGENCY_ONLY, c, e::toString, () -> Combination.describe(d));
        }
    }

    private static final String OTHER_ADULT_SWAP = "§1 §3.3 (v6) OTHER_ADULT is treated as UNKNOWN_EXTERNAL except"
            + " that its kind alone never brings REPORT_TO_CEOP: making every UNKNOWN_EXTERNAL party an OTHER_ADULT"
            + " changes nothing but REPORT_TO_CEOP, which it may only lose, only where §3.3 names the kind (ILLEGAL"
            + " SHARING_NUDES or ONLINE_SEXUAL_HARASSMENT with an UNKNOWN_EXTERNAL instigator), and loses unless"
            + " another reason of §3.3 remains";

    /** {@link #OTHER_ADULT_SWAP}, for every combination with an UNKNOWN_EXTERNAL party. */
    private static void otherAdult(Combination c, Decision d, InvariantLedger ledger) {
        if (c.parties().stream().noneMatch(p -> p.kind() == UNKNOWN_EXTERNAL)) {
            return;
        }
        ledger.applied(OTHER_ADULT_SWAP);
        List<Party> swapped = c.parties().stream().map(p -> p.kind() != UNKNOWN_EXTERNAL ? p
                : new Party(p.role(), OTHER_ADULT, p.staffRole(), p.age(), p.agencyOrContractor())).toList();
        Combination varied = new Combination(c.index(), c.layer(), c.incident(), c.circumstances(), swapped,
                c.school(), c.awareness());
        try {
            Decision other = decide(varied, varied.circumstances());
            boolean ceop = d.actions().stream().anyMatch(a -> a.code().equals("REPORT_TO_CEOP"));
            boolean otherCeop = other.actions().stream().anyMatch(a -> a.code().equals("REPORT_TO_CEOP"));
            boolean named = PolicyOracle.instigator(c, UNKNOWN_EXTERNAL) && d.legality() == ILLEGAL
                    && (c.incident().category() == SHARING_NUDES || c.incident().category() == ONLINE_SEXUAL_HARASSMENT);
            Tri expected = PolicyOracle.ceop(varied, other.legality());
            if (!signatureWithout(d, "REPORT_TO_CEOP").equals(signatureWithout(other, "REPORT_TO_CEOP"))
                    || otherCeop && !ceop || ceop && !otherCeop && !named
                    || expected != Tri.EITHER && otherCeop != (expected == Tri.YES)) {
                ledger.failed(OTHER_ADULT_SWAP, c, () -> "with OTHER_ADULT for UNKNOWN_EXTERNAL the decision is "
                        + Combination.describe(other), () -> Combination.describe(d));
            }
        } catch (RuntimeException e) {
            ledger.failed(OTHER_ADULT_SWAP, c, e::toString, () -> Combination.describe(d));
        }
    }

    /** A decision and the simplest combination (lowest index) that made it. */
    private record Decided(Combination c, Decision d) {
    }

    /**
     * Every distinct set of action codes the exhaustive layer's combinations were decided to, with the simplest
     * decision that has it. The ledger's reconciliation (decision-table §4) reads only the codes and bands of the
     * actions (a code's band is the catalogue's), so every pair of these sets stands for every pair of the decisions
     * that have them.
     */
    private static final Map<String, Decided> DECIDED_SETS = new ConcurrentHashMap<>();

    private static String actionSet(Decision d) {
        return d.actions().stream().map(DecidedAction::code).sorted().distinct().collect(Collectors.joining(" "));
    }

    static final String REASSESSMENT_KEEPS_OPEN_REFERRALS = "§4 (v6) a reassessment never supersedes an OPEN action"
            + " of bands 1–4: one the new decision no longer requires stays OPEN, marked no longer required; an OPEN"
            + " action of bands 5–8 no longer required is superseded; one still required is kept, not added again";

    /**
     * {@link #REASSESSMENT_KEEPS_OPEN_REFERRALS} for every ordered pair (first decision, reassessment) of
     * {@link #DECIDED_SETS}, every action of the first decision OPEN, through the ledger's own plan (which the
     * reassessment applies: it supersedes exactly the plan's {@code superseded}). Returns the pairs checked.
     */
    private static long reassessments(InvariantLedger ledger) {
        List<Decided> sets = DECIDED_SETS.values().stream()
                .sorted(Comparator.comparingLong((Decided x) -> x.c().index())).toList();
        LongAdder pairs = new LongAdder();
        sets.parallelStream().forEach(first -> {
            List<RequiredAction> existing = first.d().actions().stream().map(a -> {
                RequiredAction r = new RequiredAction();
                r.code = a.code();
                r.band = a.band();
                r.status = ActionStatus.OPEN;
                return r;
            }).toList();
            for (Decided next : sets) {
                if (next == first) {
                    continue;
                }
                pairs.increment();
                ledger.applied(REASSESSMENT_KEEPS_OPEN_REFERRALS);
                ActionLedger.Changes changes = ActionLedger.plan(existing, next.d());
                Set<String> required = next.d().actions().stream().map(DecidedAction::code).collect(Collectors.toSet());
                List<String> wrong = new ArrayList<>();
                for (RequiredAction a : existing) {
                    boolean dropped = !required.contains(a.code);
                    boolean superseded = changes.superseded().contains(a.code);
                    boolean kept = changes.noLongerRequired().contains(a.code);
                    if (a.band <= 4 && (superseded || dropped != kept)) {
                        wrong.add(a.code + " (band " + a.band + ")" + (superseded ? " superseded" : kept
                                ? " marked no longer required while still required" : " not marked no longer required"));
                    } else if (a.band > 4 && (superseded != dropped || kept)) {
                        wrong.add(a.code + " (band " + a.band + ")" + (superseded ? " superseded while still required"
                                : kept ? " kept OPEN though of band " + a.band : " not superseded"));
                    }
                    if (changes.added().contains(a.code)) {
                        wrong.add(a.code + " added again");
                    }
                }
                if (!wrong.isEmpty()) {
                    ledger.failed(REASSESSMENT_KEEPS_OPEN_REFERRALS, first.c(), () -> "reassessed to "
                            + next.c().describe() + " (" + Combination.describe(next.d()) + "): " + wrong,
                            () -> Combination.describe(first.d()));
                }
            }
        });
        return pairs.sum();
    }

    /** The decision without the action {@code code}: the others in their order (not their numbers), the instructions. */
    private static String signatureWithout(Decision d, String code) {
        return d.legality() + " " + d.actions().stream().sorted(Comparator.comparingInt(DecidedAction::order))
                .filter(a -> !a.code().equals(code))
                .map(a -> a.code() + a.responsible() + a.deadline() + a.dueAt()).toList() + " "
                + d.instructions().stream().map(DecidedInstruction::code).toList();
    }

    /** Changes the table says make no difference to the decision, each with the invariant it tests. */
    private static Map<String, Combination> variations(Combination c) {
        Map<String, Combination> out = new LinkedHashMap<>();
        Circumstances f = c.circumstances();
        Circumstances recorded = new Circumstances(f.immediateDanger(), rotate(f.outsideSchool()),
                f.parentsInvolved(), f.deliberate(), f.reportedPromptly(), f.repeated(), f.threatsOrHarassment(),
                f.coercionOrBlackmail(), f.extremeOrObscene(), f.unusualOrViolentSexualActs(),
                f.capacityToConsentConcern(), f.riskOfSignificantHarm(), f.radicalisationConcern(),
                f.harmThresholdMet(), f.personalDataInvolved(), f.riskToIndividuals(), f.highRiskToIndividuals(),
                rotate(rotate(f.schoolDevice())), f.schoolPublishedContent(), f.parentContactRisk(),
                rotate(f.aiGeneratedOrAltered()));
        out.put("§1 §3.4 outsideSchool, schoolDevice and (v6) aiGeneratedOrAltered are recorded for reporting only:"
                + " changing them changes nothing",
                new Combination(c.index(), c.layer(), c.incident(), recorded, c.parties(), c.school(), c.awareness()));
        if (PolicyOracle.parentsInvolved(c)) {
            Circumstances risk = f.with(Map.of("parentContactRisk", !yes(f.parentContactRisk())));
            out.put("§1 §3.7 (v6) parentContactRisk is treated like parents involved: where the parents are involved"
                    + " anyway, changing it changes nothing", new Combination(c.index(), c.layer(), c.incident(), risk,
                    c.parties(), c.school(), c.awareness()));
        }
        Case k = c.incident();
        if (k.reportedLegality() == null || k.reportedLegality() == ReportedLegality.INAPPROPRIATE) {
            Case other = new Case(k.category(), k.reportedLegality() == null ? ReportedLegality.INAPPROPRIATE : null,
                    k.dslAssessment(), k.externalOutcome(), k.urlPresent());
            out.put("§1 the reporter's INAPPROPRIATE never lowers: it decides as no view at all",
                    new Combination(c.index(), c.layer(), other, f, c.parties(), c.school(), c.awareness()));
        }
        List<Party> parties = new ArrayList<>(c.parties().stream().filter(p -> p.role() != PartyRole.WITNESS).toList());
        if (parties.size() == c.parties().size()) {
            parties.add(new Party(PartyRole.WITNESS, CHILD, null, 12));
        }
        out.put("§1 §3.4 a WITNESS changes nothing: never a child in the case, never aggravating",
                new Combination(c.index(), c.layer(), k, f, List.copyOf(parties), c.school(), c.awareness()));
        if (c.parties().size() > 1) {
            List<Party> reversed = new ArrayList<>(c.parties());
            Collections.reverse(reversed);
            out.put("§1 the order in which the parties are listed changes nothing",
                    new Combination(c.index(), c.layer(), k, f, List.copyOf(reversed), c.school(), c.awareness()));
        }
        return out;
    }

    private static Decision decide(Combination c, Circumstances circumstances) {
        RuleOutcome outcome = RuleEngine.evaluate(ruleSet, c.incident(), circumstances, c.parties(), c.school().policy());
        return decider.decide(outcome, ruleSet.catalogue(), c.school(), c.awareness(), c.awareness());
    }

    private static Boolean rotate(Boolean b) {
        return b == null ? Boolean.TRUE : b ? Boolean.FALSE : null;
    }

    private static String signature(Decision d) {
        return d.legality() + " " + d.actions().stream().map(a -> a.order() + a.code() + a.responsible() + a.deadline()
                + a.dueAt()).toList() + " " + d.instructions().stream().map(DecidedInstruction::code).toList();
    }

    /** The invariants for one decision. */
    private static final class Check {
        private final Combination c;
        private final Decision d;
        private final InvariantLedger ledger;
        private final Map<String, DecidedAction> actions = new HashMap<>();
        private final Set<String> instructions;
        private final Category category;
        private final Circumstances f;
        private final Legality legality;
        private final boolean serious;
        private final boolean child;
        private final boolean childVictimOrExposed;
        /** (v6 §1) Parents involved, or parentContactRisk. */
        private final boolean notToBeTold;
        private final boolean noBlame;
        /** The jobs the instigators hold (§3.5). */
        private final Set<Responsible> subjects;
        /** Both the DSL and the deputy DSL are instigators: the table names no one to act for them. */
        private final boolean bothLeads;
        private final Tri lado;
        private final Tri lowLevelConcern;
        /** §3.9's hold, or null where it cannot be decided here. */
        private final Boolean held;

        Check(Combination c, Decision d, InvariantLedger ledger) {
            this.c = c;
            this.d = d;
            this.ledger = ledger;
            d.actions().forEach(a -> actions.putIfAbsent(a.code(), a));
            instructions = d.instructions().stream().map(DecidedInstruction::code).collect(Collectors.toSet());
            category = c.incident().category();
            f = c.circumstances();
            legality = d.legality();
            serious = legality == ILLEGAL || legality == UNCERTAIN;
            child = PolicyOracle.childInCase(c);
            childVictimOrExposed = PolicyOracle.childVictimOrExposed(c);
            notToBeTold = PolicyOracle.parentsNotToBeTold(c);
            noBlame = PolicyOracle.noBlame(f);
            subjects = PolicyOracle.rolesHeldByInstigators(c);
            bothLeads = subjects.contains(Responsible.DSL) && subjects.contains(Responsible.DEPUTY_DSL);
            lado = PolicyOracle.allegation(c, "REFER_TO_LADO");
            lowLevelConcern = PolicyOracle.allegation(c, "RECORD_LOW_LEVEL_CONCERN");
            held = held();
        }

        private void check(String invariant, boolean applies, boolean holds, Supplier<String> problem) {
            if (applies) {
                ledger.applied(invariant);
                if (!holds) {
                    ledger.failed(invariant, c, problem, () -> Combination.describe(d));
                }
            }
        }

        private boolean has(String code) {
            return actions.containsKey(code);
        }

        private boolean told(String instruction) {
            return instructions.contains(instruction);
        }

        private long count(String code) {
            return d.actions().stream().filter(a -> a.code().equals(code)).count();
        }

        private DeadlineKind deadline(String code) {
            return actions.get(code).deadline();
        }

        private boolean instigator(PartyKind... kinds) {
            return PolicyOracle.instigator(c, kinds);
        }

        private static String iff(String what, boolean expected) {
            return expected ? what + " is missing" : what + " must not be there";
        }

        void all() {
            legalityAndStructure();
            reportingAndDanger();
            illegalOrUncertain();
            adultInstigators();
            childrenAndParents();
            technical();
            holdsAndReassessment();
        }

        private void legalityAndStructure() {
            Legality byKind = LegalityOracle.legality(c, false);
            Legality byAge = LegalityOracle.legality(c, true);
            check("§1 legality follows the precedence externalOutcome > dslAssessment > category, modifiers, reporter",
                    true, legality == byKind || legality == byAge,
                    () -> "legality " + legality + ", expected " + (byKind == byAge ? byKind : byKind + " or " + byAge));
            Set<String> codes = new TreeSet<>();
            boolean complete = true;
            for (DecidedAction a : d.actions()) {
                complete &= a.responsible() != null && a.deadline() != null && a.dueAt() != null
                        && !a.dueAt().isBefore(c.awareness()) && !a.rules().isEmpty() && !a.sources().isEmpty()
                        && a.sources().stream().noneMatch(String::isBlank);
                codes.add(a.code());
            }
            for (DecidedInstruction i : d.instructions()) {
                complete &= !i.rules().isEmpty() && !i.sources().isEmpty();
            }
            check("§2 every action has a responsible role, a deadline, a dueAt no earlier than awareness, a rule and a"
                    + " source; every instruction a rule and a source", true, complete, () -> "an action or instruction"
                    + " lacks one of them: " + d.actions().stream().map(a -> a.code() + "(" + a.responsible() + ","
                    + a.deadline() + "," + a.dueAt() + ",rules " + a.rules() + ",sources " + a.sources() + ")").toList());
            List<DecidedAction> byOrder = new ArrayList<>(d.actions());
            byOrder.sort(Comparator.comparingInt(DecidedAction::order));
            boolean ranked = codes.size() == d.actions().size();
            for (int n = 0; n < byOrder.size(); n++) {
                DecidedAction a = byOrder.get(n);
                ranked &= a.order() == n + 1;
                if (n > 0) {
                    DecidedAction p = byOrder.get(n - 1);
                    ranked &= p.band() < a.band() || p.band() == a.band() && (p.dueAt().isBefore(a.dueAt())
                            || p.dueAt().equals(a.dueAt()) && p.code().compareTo(a.code()) < 0);
                }
            }
            check("§2 one action per code, ordered 1..n without gaps by band, then dueAt, then code", true, ranked,
                    () -> "orders " + byOrder.stream().map(a -> a.order() + ":" + a.code() + "/" + a.band() + "/"
                            + a.dueAt()).toList());
            boolean catalogued = d.actions().stream().allMatch(a -> Section5.ACTIONS.containsKey(a.code())
                    && Section5.ACTIONS.get(a.code()).band() == a.band())
                    && Section5.INSTRUCTIONS.containsAll(instructions);
            check("§5 §6 every action and instruction is one of the table's, with §5's band", true, catalogued,
                    () -> "codes " + codes + " instructions " + instructions);
            Set<String> ownDeadline = Set.of("REPORT_TO_DSL", "REPORT_TO_DEPUTY_DSL", "DSL_WELFARE_ASSESSMENT",
                    "SUPPORT_CHILD_VICTIM", "INFORM_PARENTS");
            List<String> off = d.actions().stream().filter(a -> Section5.ACTIONS.containsKey(a.code())
                    && !ownDeadline.contains(a.code()) && a.deadline() != Section5.ACTIONS.get(a.code()).deadline())
                    .map(a -> a.code() + " " + a.deadline() + " (§5: " + Section5.ACTIONS.get(a.code()).deadline()
                            + ")").toList();
            check("§2 §5 every deadline is §5's default except where §3 asks for another (report to the DSL,"
                    + " welfare assessment, child support, parents)", true, off.isEmpty(), off::toString);
            List<String> due = d.actions().stream().filter(a -> a.deadline() != null && !calendar.dueAt(a.deadline(),
                    c.awareness(), c.school().timeZone(), c.school().schoolDayEnd(), c.school().immediateWindow()).equals(a.dueAt()))
                    .map(a -> a.code() + " " + a.deadline() + " due " + a.dueAt()).toList();
            check("§2 every dueAt is its deadline kind counted from awareness in the school's calendar", true,
                    due.isEmpty(), due::toString);
            List<String> toSubject = d.actions().stream().filter(a -> subjects.contains(a.responsible()))
                    .map(a -> a.code() + " to " + a.responsible()).toList();
            check("§3.5 no action is given to a role held by an instigator", !subjects.isEmpty(), toSubject.isEmpty(),
                    () -> "instigators hold " + subjects + "; " + toSubject);
            List<String> misrouted = d.actions().stream().filter(a -> Section5.ACTIONS.containsKey(a.code())
                    && a.responsible() != PolicyOracle.actingFor(Section5.ACTIONS.get(a.code()).responsible(), subjects))
                    .map(a -> a.code() + " to " + a.responsible() + ", expected " + PolicyOracle.actingFor(
                            Section5.ACTIONS.get(a.code()).responsible(), subjects)).toList();
            check("§3.5 §5 every action goes to §5's role, or where an instigator holds it to §3.5's substitute (the"
                    + " table names none when both the DSL and the deputy DSL are instigators)", !bothLeads,
                    misrouted.isEmpty(), misrouted::toString);
        }

        private void reportingAndDanger() {
            boolean dslSubject = subjects.contains(Responsible.DSL);
            check("§3.1 every incident: LOG_INCIDENT, REVIEW_POLICIES_AND_FILTERING and exactly one of REPORT_TO_DSL"
                    + " and REPORT_TO_DEPUTY_DSL (when both are instigators, neither, and the report goes up to the"
                    + " headteacher or the chair instead)", true, has("LOG_INCIDENT") && has("REVIEW_POLICIES_AND_FILTERING")
                    && (bothLeads ? !has("REPORT_TO_DSL") && !has("REPORT_TO_DEPUTY_DSL") && (has("NOTIFY_HEADTEACHER")
                    || has("NOTIFY_CHAIR_OF_GOVERNORS")) : has("REPORT_TO_DSL") != has("REPORT_TO_DEPUTY_DSL")),
                    () -> "one of them is missing, or both reports are there");
            check("§3.5 REPORT_TO_DEPUTY_DSL exactly when the DSL (or a headteacher-DSL) is an instigator: a DSL"
                    + " instigator never gets REPORT_TO_DSL", !bothLeads, has("REPORT_TO_DEPUTY_DSL") == dslSubject
                    && !(dslSubject && has("REPORT_TO_DSL")), () -> iff("REPORT_TO_DEPUTY_DSL", dslSubject));
            String report = has("REPORT_TO_DSL") ? "REPORT_TO_DSL" : "REPORT_TO_DEPUTY_DSL";
            boolean sameDay = c.school().dslReportDeadline() == DslReportDeadline.SAME_DAY && legality == INAPPROPRIATE
                    && (category.isConduct() || category == UNSUITABLE_CONTENT) && !yes(f.immediateDanger())
                    && !yes(f.riskOfSignificantHarm()) && !notToBeTold;
            DeadlineKind reportBy = has(report) ? deadline(report) : null;
            check("§3.1 §3.5 the report to the DSL (or deputy) is IMMEDIATE; SAME_DAY exactly under dsl-report-deadline"
                    + " SAME_DAY for an INAPPROPRIATE conduct or UNSUITABLE_CONTENT incident without danger, harm risk or"
                    + " (v6) parents not to be told", has(report), reportBy == (sameDay ? SAME_DAY : IMMEDIATE),
                    () -> report + " is " + reportBy + ", expected " + (sameDay ? SAME_DAY : IMMEDIATE));
            boolean danger = yes(f.immediateDanger());
            DecidedAction call = actions.get("CALL_EMERGENCY_SERVICES");
            check("§3.2 immediate danger → CALL_EMERGENCY_SERVICES, order 1, EMERGENCY, due at awareness", danger,
                    call != null && call.order() == 1 && call.deadline() == EMERGENCY
                            && c.awareness().equals(call.dueAt()), () -> "CALL_EMERGENCY_SERVICES is "
                            + (call == null ? "missing" : "order " + call.order() + " " + call.deadline() + " " + call.dueAt()));
            check("§3.2 CALL_EMERGENCY_SERVICES only on immediate danger", call != null, danger, () -> "no danger");
            boolean csc = danger && child || yes(f.riskOfSignificantHarm()) || notToBeTold && child
                    || legality == ILLEGAL && (category == CHILD_SEXUAL_ABUSE_IMAGERY
                    && PolicyOracle.has(c, PartyRole.VICTIM, CHILD) || category == SHARING_NUDES
                    || category == GROOMING_OR_SEXUAL_EXPLOITATION);
            check("§3.2 §3.3 §3.7 REFER_TO_CHILDRENS_SOCIAL_CARE exactly on danger with a child, risk of significant"
                    + " harm, (v6) parents not to be told with a child, or the ILLEGAL route of CSAI with a child victim, nudes or"
                    + " grooming", true, has("REFER_TO_CHILDRENS_SOCIAL_CARE") == csc,
                    () -> iff("REFER_TO_CHILDRENS_SOCIAL_CARE", csc));
            check("§3.2 every REFER_TO_CHILDRENS_SOCIAL_CARE brings FOLLOW_UP_SOCIAL_CARE_DECISION (and only it does)",
                    true, has("REFER_TO_CHILDRENS_SOCIAL_CARE") == has("FOLLOW_UP_SOCIAL_CARE_DECISION"),
                    () -> iff("FOLLOW_UP_SOCIAL_CARE_DECISION", has("REFER_TO_CHILDRENS_SOCIAL_CARE")));
        }

        private void illegalOrUncertain() {
            check("§3.3 ILLEGAL or UNCERTAIN → SECURE_EVIDENCE and DO_NOT_INVESTIGATE", serious,
                    has("SECURE_EVIDENCE") && told("DO_NOT_INVESTIGATE"), () -> "one of them is missing");
            Set<String> outside = new TreeSet<>(Section5.OUTSIDE_REFERRALS);
            outside.addAll(Set.of("DECIDE_POLICE_REFERRAL", "CONSULT_HELPLINE"));
            outside.retainAll(actions.keySet());
            check("§3.3 ILLEGAL or UNCERTAIN → a referral to an outside agency, DECIDE_POLICE_REFERRAL or"
                    + " CONSULT_HELPLINE", serious, !outside.isEmpty(), () -> "none of them");
            check("§3.3 SECURE_EVIDENCE only when ILLEGAL or UNCERTAIN", has("SECURE_EVIDENCE"), serious,
                    () -> "legality " + legality);
            check("§3.3 CONSULT_HELPLINE exactly when UNCERTAIN", true, has("CONSULT_HELPLINE") == (legality == UNCERTAIN),
                    () -> iff("CONSULT_HELPLINE", legality == UNCERTAIN));
            check("§3.3 REPORT_TO_GOVERNING_BODY exactly when ILLEGAL", true,
                    has("REPORT_TO_GOVERNING_BODY") == (legality == ILLEGAL),
                    () -> iff("REPORT_TO_GOVERNING_BODY", legality == ILLEGAL));
            Set<String> expected = new TreeSet<>();
            if (legality == ILLEGAL) {
                boolean url = c.incident().urlPresent();
                switch (category) {
                    case CHILD_SEXUAL_ABUSE_IMAGERY -> expected.addAll(url ? Set.of("REFER_TO_POLICE", "INFORM_LA",
                            "REPORT_URL_TO_IWF") : Set.of("REFER_TO_POLICE", "INFORM_LA"));
                    case UNAUTHORISED_ACCOUNT_ACCESS -> expected.addAll(yes(f.repeated())
                            || yes(f.riskOfSignificantHarm()) ? Set.of("REFER_TO_POLICE", "INFORM_LA")
                            : Set.of("DECIDE_POLICE_REFERRAL"));
                    default -> expected.addAll(Set.of("REFER_TO_POLICE", "INFORM_LA"));
                }
            }
            if (PolicyOracle.breachForPolice(c)) {
                expected.add("DECIDE_POLICE_REFERRAL");
            }
            Set<String> actual = new TreeSet<>(Set.of("REFER_TO_POLICE", "INFORM_LA", "REPORT_URL_TO_IWF",
                    "DECIDE_POLICE_REFERRAL"));
            actual.retainAll(actions.keySet());
            Tri reportCeop = PolicyOracle.ceop(c, legality); // v6: for harassment it depends on a reading of "a CHILD"
            check("§3.3 §3.4 §3.8 police, LA, CEOP, IWF and DECIDE_POLICE_REFERRAL are exactly the ILLEGAL route of"
                    + " the category (none unless ILLEGAL; CEOP for harassment only from an adult other than an"
                    + " OTHER_ADULT, v6), and DECIDE_POLICE_REFERRAL for a deliberate or outsider's data breach (v6)",
                    true, actual.equals(expected) && (reportCeop == Tri.EITHER || has("REPORT_TO_CEOP") == (reportCeop
                    == Tri.YES)), () -> "has " + actual + (has("REPORT_TO_CEOP") ? " and REPORT_TO_CEOP" : "")
                    + ", expected " + expected + (reportCeop == Tri.YES ? " and REPORT_TO_CEOP"
                    : reportCeop == Tri.EITHER ? " (REPORT_TO_CEOP either way)" : ""));
            boolean advice = legality == UNCERTAIN && yes(f.threatsOrHarassment());
            check("§3.3 (v6) SEEK_POLICE_ADVICE exactly when UNCERTAIN with threatsOrHarassment (DfE Preventing and"
                    + " tackling bullying)", true, has("SEEK_POLICE_ADVICE") == advice,
                    () -> iff("SEEK_POLICE_ADVICE", advice));
            Set<Category> sexualContact = Set.of(ONLINE_SEXUAL_HARASSMENT, GROOMING_OR_SEXUAL_EXPLOITATION,
                    CHILD_SEXUAL_ABUSE_IMAGERY);
            ExternalOutcome outcome = c.incident().externalOutcome();
            boolean agencySaysSo = outcome == ExternalOutcome.NO_ILLEGAL_ACTIVITY
                    || outcome == ExternalOutcome.AGENCY_ADVISED_INTERNAL_HANDLING
                    || outcome == null && c.incident().dslAssessment() == DslAssessment.INAPPROPRIATE;
            check("§1 §3.3 (v6) an adult instigator with a CHILD VICTIM or EXPOSED (under 18 or of unknown age) in"
                    + " online sexual harassment, grooming or child sexual abuse imagery is never INAPPROPRIATE unless"
                    + " externalOutcome or dslAssessment says so", sexualContact.contains(category)
                    && LegalityOracle.adultInstigator(c) && LegalityOracle.childVictimOrExposed(c, true) && !agencySaysSo,
                    legality != INAPPROPRIATE, () -> "legality INAPPROPRIATE");
            check("§3.3 REPORT_URL_TO_IWF never for ADULT_PORNOGRAPHY", category == ADULT_PORNOGRAPHY,
                    !has("REPORT_URL_TO_IWF"), () -> "REPORT_URL_TO_IWF is there");
            boolean images = Set.of(CHILD_SEXUAL_ABUSE_IMAGERY, SHARING_NUDES, GROOMING_OR_SEXUAL_EXPLOITATION,
                    ONLINE_SEXUAL_HARASSMENT).contains(category);
            check("§3.3 child sexual imagery (CSAI, nudes, grooming, online sexual harassment) ⇔"
                    + " DO_NOT_VIEW_OR_COPY_IMAGES", true, told("DO_NOT_VIEW_OR_COPY_IMAGES") == images,
                    () -> iff("DO_NOT_VIEW_OR_COPY_IMAGES", images));
            boolean terrorist = category == EXTREMIST_MATERIAL && c.incident().urlPresent();
            check("§3.3 REPORT_TERRORIST_CONTENT exactly for EXTREMIST_MATERIAL with a URL", true,
                    has("REPORT_TERRORIST_CONTENT") == terrorist, () -> iff("REPORT_TERRORIST_CONTENT", terrorist));
            check("§3.3 PREVENT_REFERRAL exactly on radicalisationConcern", true,
                    has("PREVENT_REFERRAL") == yes(f.radicalisationConcern()),
                    () -> iff("PREVENT_REFERRAL", yes(f.radicalisationConcern())));
            check("§3.4 DSL_INITIAL_REVIEW exactly for SHARING_NUDES", true,
                    has("DSL_INITIAL_REVIEW") == (category == SHARING_NUDES),
                    () -> iff("DSL_INITIAL_REVIEW", category == SHARING_NUDES));
            boolean removal = category == SHARING_NUDES && (PolicyOracle.has(c, PartyRole.INSTIGATOR, CHILD)
                    || PolicyOracle.has(c, PartyRole.VICTIM, CHILD));
            check("§3.4 (v6) HELP_CHILD_REPORT_REMOVE exactly for SHARING_NUDES with a CHILD INSTIGATOR or CHILD VICTIM"
                    + " of any age, whatever the legality (Report Remove, UKCIS 2024); one action", true,
                    has("HELP_CHILD_REPORT_REMOVE") == removal && count("HELP_CHILD_REPORT_REMOVE") <= 1,
                    () -> count("HELP_CHILD_REPORT_REMOVE") > 1 ? count("HELP_CHILD_REPORT_REMOVE") + " of them"
                            : iff("HELP_CHILD_REPORT_REMOVE", removal));
        }

        private void adultInstigators() {
            Tri low = lowLevelConcern;
            check("§3.5 no STAFF, HEADTEACHER or VISITOR instigator → no REFER_TO_LADO", has("REFER_TO_LADO"),
                    instigator(STAFF, HEADTEACHER, VISITOR), () -> "REFER_TO_LADO without an adult of the school");
            check("§3.5 REFER_TO_LADO exactly as harmThresholdMet, staff-allegations and headteacher-concerns require"
                    + " (a staff victim never causes one)", lado != Tri.EITHER, has("REFER_TO_LADO") == (lado == Tri.YES),
                    () -> iff("REFER_TO_LADO", lado == Tri.YES));
            check("§3.5 RECORD_LOW_LEVEL_CONCERN exactly when the harm threshold is explicitly not met under"
                    + " HARM_THRESHOLD", low != Tri.EITHER, has("RECORD_LOW_LEVEL_CONCERN") == (low == Tri.YES),
                    () -> iff("RECORD_LOW_LEVEL_CONCERN", low == Tri.YES));
            boolean head = instigator(HEADTEACHER);
            check("§3.5 HEADTEACHER instigator → NOTIFY_CHAIR_OF_GOVERNORS and never NOTIFY_HEADTEACHER", head,
                    has("NOTIFY_CHAIR_OF_GOVERNORS") && !has("NOTIFY_HEADTEACHER"), () -> "chair missing or head told");
            check("§3.5 NOTIFY_CHAIR_OF_GOVERNORS only with a HEADTEACHER instigator", has("NOTIFY_CHAIR_OF_GOVERNORS"),
                    head, () -> "no HEADTEACHER instigator");
            boolean notify = !head && (instigator(STAFF) || instigator(VISITOR) && child || PolicyOracle.dataBreach(c));
            check("§3.5 §3.8 NOTIFY_HEADTEACHER exactly for a STAFF instigator, a VISITOR instigator with a child in"
                    + " the case, or a data breach — unless the headteacher is an instigator", true,
                    has("NOTIFY_HEADTEACHER") == notify, () -> iff("NOTIFY_HEADTEACHER", notify));
            boolean suspend = legality == ILLEGAL && instigator(STAFF, HEADTEACHER);
            check("§3.5 CONSIDER_SUSPENSION exactly when ILLEGAL with a STAFF or HEADTEACHER instigator", true,
                    has("CONSIDER_SUSPENSION") == suspend, () -> iff("CONSIDER_SUSPENSION", suspend));
            boolean visitor = instigator(VISITOR);
            check("§3.5 WITHDRAW_INTERNET_ACCESS exactly for a VISITOR instigator", true,
                    has("WITHDRAW_INTERNET_ACCESS") == visitor, () -> iff("WITHDRAW_INTERNET_ACCESS", visitor));
            boolean employer = PolicyOracle.agencyOrContractorInstigator(c)
                    && (has("REFER_TO_LADO") || has("RECORD_LOW_LEVEL_CONCERN"));
            check("§3.5 (v6) INFORM_EMPLOYER exactly for a STAFF or VISITOR instigator supplied by an agency or"
                    + " contractor when REFER_TO_LADO or RECORD_LOW_LEVEL_CONCERN is required (KCSIE Part 4); at most"
                    + " one, however many such instigators", true, has("INFORM_EMPLOYER") == employer
                    && count("INFORM_EMPLOYER") <= 1, () -> count("INFORM_EMPLOYER") > 1
                    ? count("INFORM_EMPLOYER") + " of them" : iff("INFORM_EMPLOYER", employer));
            if (held == null) {
                return;
            }
            boolean disciplinary = instigator(STAFF, HEADTEACHER) && !PolicyOracle.accidental(f)
                    && legality == INAPPROPRIATE && !held;
            check("§3.5 STAFF_DISCIPLINARY exactly for a STAFF or HEADTEACHER instigator, not accidental, INAPPROPRIATE,"
                    + " not held", true, has("STAFF_DISCIPLINARY") == disciplinary,
                    () -> iff("STAFF_DISCIPLINARY", disciplinary));
            boolean escalate = has("STAFF_DISCIPLINARY") && yes(f.repeated());
            check("§3.5 ADVISE_GOVERNORS and CONSULT_LA exactly with STAFF_DISCIPLINARY on repeated", true,
                    has("ADVISE_GOVERNORS") == escalate && has("CONSULT_LA") == escalate,
                    () -> iff("ADVISE_GOVERNORS/CONSULT_LA", escalate));
            check("§3.5 REFER_TO_LADO while sanctions are held → DO_NOT_INVESTIGATE", has("REFER_TO_LADO") && held,
                    told("DO_NOT_INVESTIGATE"), () -> "DO_NOT_INVESTIGATE is missing");
            check("§3.3 §3.5 DO_NOT_INVESTIGATE only when ILLEGAL, UNCERTAIN or a held LADO referral",
                    told("DO_NOT_INVESTIGATE"), serious || has("REFER_TO_LADO") && held, () -> "none of them");
        }

        private void childrenAndParents() {
            Supplier<String> which = () -> (has("REFER_TO_CHILDRENS_SOCIAL_CARE") ? "" : "REFER_TO_CHILDRENS_SOCIAL_CARE"
                    + " missing; ") + (told("DO_NOT_INFORM_PARENTS") ? "" : "DO_NOT_INFORM_PARENTS missing; ")
                    + (has("INFORM_PARENTS") ? "INFORM_PARENTS is there" : "");
            check("§3.7 (v6) parents not to be told (parents involved or parentContactRisk) with a child in the case →"
                    + " REFER_TO_CHILDRENS_SOCIAL_CARE and DO_NOT_INFORM_PARENTS, no INFORM_PARENTS", notToBeTold && child,
                    has("REFER_TO_CHILDRENS_SOCIAL_CARE") && told("DO_NOT_INFORM_PARENTS") && !has("INFORM_PARENTS"),
                    which);
            check("§3.7 (v6) parentContactRisk true with a child in the case → never INFORM_PARENTS, always"
                    + " DO_NOT_INFORM_PARENTS and REFER_TO_CHILDRENS_SOCIAL_CARE (Working Together 2023)",
                    yes(f.parentContactRisk()) && child, has("REFER_TO_CHILDRENS_SOCIAL_CARE")
                    && told("DO_NOT_INFORM_PARENTS") && !has("INFORM_PARENTS"), which);
            check("§3.7 DO_NOT_INFORM_PARENTS only when (v6) parents are not to be told with a child in the case",
                    told("DO_NOT_INFORM_PARENTS"), notToBeTold && child,
                    () -> "parents not involved, no parentContactRisk, or no child");
            boolean inform = child && !notToBeTold && !(noBlame && legality == INAPPROPRIATE);
            check("§3.7 INFORM_PARENTS exactly when a child is in the case, the parents may be told (not involved, v6 no"
                    + " parentContactRisk) and the incident is not no-blame-and-INAPPROPRIATE", true, has("INFORM_PARENTS") == inform,
                    () -> iff("INFORM_PARENTS", inform));
            boolean referral = has("REFER_TO_POLICE") || has("REPORT_TO_CEOP") || has("REFER_TO_CHILDRENS_SOCIAL_CARE")
                    || has("REFER_TO_LADO") || has("SEEK_POLICE_ADVICE");
            DeadlineKind when = referral ? ONE_WORKING_DAY : serious && childVictimOrExposed ? SAME_DAY : WORKING_DAYS_5;
            check("§3.7 INFORM_PARENTS is ONE_WORKING_DAY with AGREE_PARENT_CONTACT_WITH_AGENCY after a police, CEOP,"
                    + " social care or LADO referral or (v6) SEEK_POLICE_ADVICE, else SAME_DAY when ILLEGAL/UNCERTAIN"
                    + " with a child victim or exposed, else WORKING_DAYS_5", has("INFORM_PARENTS"), has("INFORM_PARENTS")
                    && deadline("INFORM_PARENTS") == when && told("AGREE_PARENT_CONTACT_WITH_AGENCY") == referral,
                    () -> "INFORM_PARENTS " + deadline("INFORM_PARENTS") + ", expected " + when + "; "
                            + iff("AGREE_PARENT_CONTACT_WITH_AGENCY", referral));
            check("§3.7 AGREE_PARENT_CONTACT_WITH_AGENCY only with INFORM_PARENTS",
                    told("AGREE_PARENT_CONTACT_WITH_AGENCY"), has("INFORM_PARENTS"), () -> "no INFORM_PARENTS");
            DecidedAction parentsAction = actions.get("INFORM_PARENTS");
            check("§2 §3.7 INFORM_PARENTS never ranks before a referral (any band 1-4 action)", parentsAction != null,
                    parentsAction != null && d.actions().stream().filter(a -> a.band() <= 4)
                            .allMatch(a -> a.order() < parentsAction.order()), () -> "a referral ranks after it");
            boolean support = childVictimOrExposed;
            check("§3.7 SUPPORT_CHILD_VICTIM exactly for a CHILD victim or exposed; SAME_DAY when ILLEGAL or"
                    + " UNCERTAIN, else WORKING_DAYS_5", true, has("SUPPORT_CHILD_VICTIM") == support && (!support
                    || deadline("SUPPORT_CHILD_VICTIM") == (serious ? SAME_DAY : WORKING_DAYS_5)),
                    () -> has("SUPPORT_CHILD_VICTIM") ? "deadline " + deadline("SUPPORT_CHILD_VICTIM")
                            : iff("SUPPORT_CHILD_VICTIM", support));
            boolean staffVictim = PolicyOracle.has(c, PartyRole.VICTIM, STAFF) || PolicyOracle.has(c, PartyRole.VICTIM,
                    HEADTEACHER);
            check("§3.7 SUPPORT_STAFF_VICTIM exactly for a STAFF or HEADTEACHER victim", true,
                    has("SUPPORT_STAFF_VICTIM") == staffVictim, () -> iff("SUPPORT_STAFF_VICTIM", staffVictim));
            boolean welfare = category == SELF_HARM_CONTENT || yes(f.riskOfSignificantHarm())
                    || category == EXTREMIST_MATERIAL && child;
            DeadlineKind welfareBy = yes(f.immediateDanger()) ? IMMEDIATE : SAME_DAY;
            check("§3.3 §3.7 DSL_WELFARE_ASSESSMENT exactly for SELF_HARM_CONTENT, risk of significant harm or"
                    + " EXTREMIST_MATERIAL with a child; IMMEDIATE on immediate danger, else SAME_DAY", true,
                    has("DSL_WELFARE_ASSESSMENT") == welfare && (!welfare || deadline("DSL_WELFARE_ASSESSMENT") == welfareBy),
                    () -> has("DSL_WELFARE_ASSESSMENT") ? "deadline " + deadline("DSL_WELFARE_ASSESSMENT") + ", expected "
                            + welfareBy : iff("DSL_WELFARE_ASSESSMENT", welfare));
        }

        private void technical() {
            boolean block = c.incident().urlPresent() && !yes(f.schoolPublishedContent());
            check("§3.8 BLOCK_URL exactly for a URL that is not school-published content", true,
                    has("BLOCK_URL") == block, () -> iff("BLOCK_URL", block));
            boolean reset = category == PASSWORD_SHARING || category == UNAUTHORISED_ACCOUNT_ACCESS;
            check("§3.8 RESET_CREDENTIALS exactly for PASSWORD_SHARING and UNAUTHORISED_ACCOUNT_ACCESS", true,
                    has("RESET_CREDENTIALS") == reset, () -> iff("RESET_CREDENTIALS", reset));
            check("§3.8 FIX_FILTER_BYPASS exactly for FILTER_CIRCUMVENTION", true,
                    has("FIX_FILTER_BYPASS") == (category == FILTER_CIRCUMVENTION),
                    () -> iff("FIX_FILTER_BYPASS", category == FILTER_CIRCUMVENTION));
            boolean remove = category == COPYRIGHT_INFRINGEMENT && yes(f.schoolPublishedContent());
            check("§3.8 REMOVE_PUBLISHED_CONTENT exactly for COPYRIGHT_INFRINGEMENT with schoolPublishedContent", true,
                    has("REMOVE_PUBLISHED_CONTENT") == remove, () -> iff("REMOVE_PUBLISHED_CONTENT", remove));
            boolean breach = PolicyOracle.dataBreach(c);
            check("§3.8 NOTIFY_DATA_PROTECTION_OFFICER and ASSESS_ICO_REPORT exactly for PERSONAL_DATA_BREACH or"
                    + " UNAUTHORISED_ACCOUNT_ACCESS with personal data", true, has("NOTIFY_DATA_PROTECTION_OFFICER")
                    == breach && has("ASSESS_ICO_REPORT") == breach, () -> iff("the data-breach actions", breach));
            boolean risk = yes(f.riskToIndividuals()) || yes(f.highRiskToIndividuals());
            boolean high = yes(f.highRiskToIndividuals());
            check("§3.8 a data breach with (high) risk to individuals → REPORT_TO_ICO; with high risk →"
                    + " INFORM_DATA_SUBJECTS", breach, (has("REPORT_TO_ICO") == risk) && has("INFORM_DATA_SUBJECTS") == high,
                    () -> iff("REPORT_TO_ICO", risk) + "; " + iff("INFORM_DATA_SUBJECTS", high));
            check("§3.8 REPORT_TO_ICO only on (high) risk to individuals, INFORM_DATA_SUBJECTS only on high risk",
                    has("REPORT_TO_ICO") || has("INFORM_DATA_SUBJECTS"), (!has("REPORT_TO_ICO") || risk)
                    && (!has("INFORM_DATA_SUBJECTS") || high), () -> "no such risk");
        }

        /**
         * §3.9, from the table. (a) counts the incident's legality before a DSL assessment as well as after it: a
         * DSL's INAPPROPRIATE ends only the hold of an incident the facts alone make UNCERTAIN (§3.9, §4), so an
         * incident the facts make ILLEGAL stays held until an outside agency clears it. Null where the table's
         * open question of §1 (an adult CHILD shown pornography or, v6, sent sexual messages) makes it undecidable here.
         */
        private Boolean held() {
            Legality withoutDsl = LegalityOracle.withoutDslAssessment(c, false);
            if (withoutDsl != LegalityOracle.withoutDslAssessment(c, true)) {
                return null;
            }
            boolean factsSerious = withoutDsl == ILLEGAL || withoutDsl == UNCERTAIN;
            boolean a = !noBlame && (serious || factsSerious) && instigator(CHILD, STAFF, HEADTEACHER, VISITOR);
            boolean b = lado == Tri.YES || lado == Tri.EITHER && has("REFER_TO_LADO");
            ExternalOutcome outcome = c.incident().externalOutcome();
            boolean cleared = outcome == ExternalOutcome.NO_ILLEGAL_ACTIVITY
                    || outcome == ExternalOutcome.AGENCY_ADVISED_INTERNAL_HANDLING;
            boolean dslClears = c.incident().dslAssessment() == DslAssessment.INAPPROPRIATE && withoutDsl == UNCERTAIN;
            return (a || b) && !cleared && !dslClears;
        }

        private void holdsAndReassessment() {
            List<String> sanctions = actions.keySet().stream().filter(Section5.SANCTIONS::contains).sorted().toList();
            check("§3.6 no-blame → NO_SANCTION and no sanction action", noBlame,
                    told("NO_SANCTION") && sanctions.isEmpty(), () -> "NO_SANCTION missing or sanctions " + sanctions);
            check("§3.6 NO_SANCTION only when no-blame", told("NO_SANCTION"), noBlame, () -> "not no-blame");
            check("§3.9 held (as §3.9 defines it) ⇔ HOLD_SANCTIONS, and no sanction or disciplinary action while held",
                    held != null, held != null && told("HOLD_SANCTIONS") == held && !(held && !sanctions.isEmpty()),
                    () -> "held=" + held + ", HOLD_SANCTIONS " + told("HOLD_SANCTIONS") + ", sanctions " + sanctions);
            if (held != null) {
                boolean sanction = !held && instigator(CHILD) && legality == INAPPROPRIATE && !noBlame
                        && category != SHARING_NUDES && category != SELF_HARM_CONTENT;
                boolean bullying = Set.of(CYBERBULLYING, ONLINE_SEXUAL_HARASSMENT, OFFENSIVE_MESSAGE).contains(category);
                check("§3.6 a CHILD instigator → APPLY_ANTI_BULLYING_POLICY (bullying, harassment, offensive messages)"
                        + " or APPLY_BEHAVIOUR_POLICY exactly when INAPPROPRIATE, not no-blame, not held, not nudes or"
                        + " self-harm", true, has("APPLY_ANTI_BULLYING_POLICY") == (sanction && bullying)
                        && has("APPLY_BEHAVIOUR_POLICY") == (sanction && !bullying),
                        () -> "expected " + (!sanction ? "neither" : bullying ? "APPLY_ANTI_BULLYING_POLICY"
                                : "APPLY_BEHAVIOUR_POLICY"));
            }
            ExternalOutcome outcome = c.incident().externalOutcome();
            boolean confirmed = outcome == ExternalOutcome.ILLEGAL_CONFIRMED;
            boolean dbs = confirmed && instigator(STAFF, HEADTEACHER);
            check("§4 ILLEGAL_CONFIRMED ⇔ ALLOW_POLICE_INVESTIGATION and SEEK_LA_ADVICE, and with a STAFF or"
                    + " HEADTEACHER instigator CONSIDER_DBS_REFERRAL", true, told("ALLOW_POLICE_INVESTIGATION") == confirmed
                    && has("SEEK_LA_ADVICE") == confirmed && has("CONSIDER_DBS_REFERRAL") == dbs,
                    () -> iff("ALLOW_POLICE_INVESTIGATION/SEEK_LA_ADVICE", confirmed) + "; "
                            + iff("CONSIDER_DBS_REFERRAL", dbs));
            boolean revert = outcome != null && !confirmed;
            check("§4 REVERT_TO_INTERNAL_PROCEDURES exactly on NO_ILLEGAL_ACTIVITY or AGENCY_ADVISED_INTERNAL_HANDLING",
                    true, has("REVERT_TO_INTERNAL_PROCEDURES") == revert, () -> iff("REVERT_TO_INTERNAL_PROCEDURES", revert));
        }
    }
}
