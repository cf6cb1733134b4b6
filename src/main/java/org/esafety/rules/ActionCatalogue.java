package org.esafety.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.esafety.policy.ContactKind;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;
import org.esafety.rules.RuleCompilationException.Problem;

/**
 * Decision-table §5 and §6 as data, read from {@code actions.yaml} in the rules folder: every action code's
 * band, wording, default role and deadline, and every instruction's text. Part of the rule set and of its
 * version: a catalogue edit is a policy change like a rule edit.
 */
public final class ActionCatalogue {

    /** The catalogue's file in the rules folder. */
    public static final String FILE = "actions.yaml";

    /**
     * One action code. {@code text} says what to do, for the people who do it; {@code contact} is the school
     * contact that goes with it (or null); {@code sanction} marks a sanction or disciplinary action, which every
     * rule that requires it must hold while sanctions are held (§3.9).
     */
    public record Entry(int band, String title, String text, Responsible responsible, DeadlineKind deadline,
                        ContactKind contact, boolean sanction) {
    }

    /** The file as written; checked before it becomes entries. */
    private record RawEntry(Integer band, String title, String text, Responsible responsible, DeadlineKind deadline,
                            String contact, Boolean sanction) {
    }

    private record Raw(Map<String, RawEntry> actions, Map<String, String> instructions) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Map<String, Entry> actions;
    private final Map<String, String> instructions;

    ActionCatalogue(Map<String, Entry> actions, Map<String, String> instructions) {
        this.actions = Map.copyOf(actions);
        this.instructions = Map.copyOf(instructions);
    }

    /** Reads the catalogue; every problem names the file and, where it can, the line. */
    static ActionCatalogue parse(RuleFile file) {
        Raw raw;
        try {
            raw = YAML.readValue(file.text(), Raw.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleCompilationException(List.of(new Problem(line > 0 ? FILE + ":" + line : FILE,
                    e.getOriginalMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        if (raw == null || raw.actions() == null || raw.actions().isEmpty()) {
            problems.add(new Problem(FILE, "the catalogue lists no actions"));
            throw new RuleCompilationException(problems);
        }
        Map<String, Entry> actions = new LinkedHashMap<>();
        raw.actions().forEach((code, e) -> {
            Entry entry = entry(file, code, e, problems);
            if (entry != null) {
                actions.put(code, entry);
            }
        });
        Map<String, String> instructions = raw.instructions() == null ? Map.of() : raw.instructions();
        instructions.forEach((code, text) -> {
            if (text == null || text.isBlank()) {
                problems.add(new Problem(file.locate(code), "instruction " + code + " has no text"));
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return new ActionCatalogue(actions, instructions);
    }

    private static Entry entry(RuleFile file, String code, RawEntry e, List<Problem> problems) {
        String at = file.locate(code);
        List<String> missing = new ArrayList<>();
        if (e == null) {
            problems.add(new Problem(at, "action " + code + " has no band, title, responsible or deadline"));
            return null;
        }
        if (e.band() == null) {
            missing.add("band");
        } else if (e.band() < 1 || e.band() > 8) {
            problems.add(new Problem(at, "action " + code + " has band " + e.band() + "; bands run from 1 to 8"));
        }
        if (e.title() == null || e.title().isBlank()) {
            missing.add("title");
        }
        if (e.responsible() == null) {
            missing.add("responsible");
        }
        if (e.deadline() == null) {
            missing.add("deadline");
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(at, "action " + code + " has no " + String.join(", ", missing)));
        }
        ContactKind contact = e.contact() == null ? null : ContactKind.byKey(e.contact());
        if (e.contact() != null && contact == null) {
            problems.add(new Problem(at, "action " + code + " names the contact " + e.contact()
                    + ", which no school profile has"));
        }
        if (!missing.isEmpty() || e.band() == null) {
            return null;
        }
        return new Entry(e.band(), e.title(), e.text(), e.responsible(), e.deadline(), contact,
                Boolean.TRUE.equals(e.sanction()));
    }

    public Optional<Entry> action(String code) {
        return Optional.ofNullable(actions.get(code));
    }

    public Optional<String> instruction(String code) {
        return Optional.ofNullable(instructions.get(code));
    }

    public Map<String, Entry> actions() {
        return actions;
    }

    public Map<String, String> instructions() {
        return instructions;
    }

    /** The codes of the sanction and disciplinary actions, sorted. */
    public Set<String> sanctions() {
        Set<String> codes = new TreeSet<>();
        actions.forEach((code, e) -> {
            if (e.sanction()) {
                codes.add(code);
            }
        });
        return codes;
    }
}
