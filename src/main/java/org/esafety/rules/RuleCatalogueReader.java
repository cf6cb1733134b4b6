package org.esafety.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Builds the rule catalogue auditors read: each rule's id, name, file, source and description from its
 * metadata, and the action and instruction codes its consequence can produce, read from the file text.
 */
final class RuleCatalogueReader {

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("new\\s+ActionRequired\\s*\\(\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern INSTRUCTION = Pattern.compile("new\\s+InstructionGiven\\s*\\(\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\b");

    private RuleCatalogueReader() {
    }

    static List<RuleInfo> read(List<RuleFile> files, KieBase kieBase) {
        Map<String, Rule> compiled = new java.util.HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                compiled.put(rule.getName(), rule);
            }
        }
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleFile file : files) {
            Matcher m = RULE.matcher(file.text());
            while (m.find()) {
                String name = m.group(1);
                Rule rule = compiled.get(name);
                Map<String, Object> meta = rule == null ? Map.of() : rule.getMetaData();
                String consequence = consequence(file.text(), m.end());
                rules.add(new RuleInfo(text(meta.get("id")), name, file.name(), text(meta.get("source")),
                        text(meta.getOrDefault("description", meta.get("org.kie.api.definition.type.Description"))), codes(ACTION, consequence), codes(INSTRUCTION, consequence)));
            }
        }
        return rules;
    }

    /** The text between the rule's {@code then} and its {@code end}. */
    private static String consequence(String text, int from) {
        Matcher then = THEN.matcher(text);
        if (!then.find(from)) {
            return "";
        }
        Matcher end = END.matcher(text);
        return end.find(then.end()) ? text.substring(then.end(), end.start()) : text.substring(then.end());
    }

    private static List<String> codes(Pattern pattern, String consequence) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = pattern.matcher(consequence);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return List.copyOf(codes);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
