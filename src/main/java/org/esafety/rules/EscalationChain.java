package org.esafety.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.esafety.policy.Responsible;
import org.esafety.rules.RuleCompilationException.Problem;

/**
 * Who is told next when a role does not act, read from {@code escalation.yaml} in the rules folder: part of
 * the rule set and of its version. Every chain ends: a role that leads back to itself is refused.
 */
public final class EscalationChain {

    /** The chain's file in the rules folder. */
    public static final String FILE = "escalation.yaml";

    private record Raw(Map<Responsible, Responsible> next) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<Responsible, Responsible> next;

    EscalationChain(Map<Responsible, Responsible> next) {
        this.next = next.isEmpty() ? Map.of() : new EnumMap<>(next);
    }

    static EscalationChain parse(RuleFile file) {
        Raw raw;
        try {
            raw = YAML.readValue(file.text(), Raw.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleCompilationException(List.of(new Problem(line > 0 ? FILE + ":" + line : FILE,
                    e.getOriginalMessage())));
        }
        Map<Responsible, Responsible> next = raw == null || raw.next() == null ? Map.of() : raw.next();
        List<Problem> problems = new ArrayList<>();
        next.forEach((from, to) -> {
            if (to == null) {
                problems.add(new Problem(file.locate(from.name()),
                        from + " names nobody to tell next; leave the line out instead"));
            }
        });
        EscalationChain chain = new EscalationChain(next);
        for (Responsible role : Responsible.values()) {
            Set<Responsible> seen = EnumSet.of(role);
            for (Optional<Responsible> r = chain.above(role); r.isPresent(); r = chain.above(r.get())) {
                if (!seen.add(r.get())) {
                    problems.add(new Problem(FILE, "the chain from " + role + " comes back to " + r.get()));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return chain;
    }

    /** The role one step up from {@code role}, if any. */
    public Optional<Responsible> above(Responsible role) {
        return Optional.ofNullable(next.get(role));
    }

    /** {@code responsible} and every role above it, without the {@code excluded} ones (the subject's roles). */
    public List<Responsible> from(Responsible responsible, Set<Responsible> excluded) {
        List<Responsible> path = new ArrayList<>(List.of(responsible));
        for (Optional<Responsible> r = above(responsible); r.isPresent(); r = above(r.get())) {
            if (!excluded.contains(r.get())) {
                path.add(r.get());
            }
        }
        return List.copyOf(path);
    }

    /** The longest path from {@code responsible}: no role excluded. */
    public int longest(Responsible responsible) {
        return from(responsible, Set.of()).size();
    }
}
