package org.esafety.rules;

import java.util.ArrayList;
import java.util.HashMap;
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
 * Builds the rule catalogue auditors read: each rule's id, name, file, line, source and description from its
 * metadata, and the action and instruction codes its consequence can produce, read from the file text.
 */
final class RuleCatalogueReader {

    /** One rule's text, split where the policy checks need it. */
    record RuleText(RuleInfo info, String condition) {
    }

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("new\\s+ActionRequired\\s*\\(\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern INSTRUCTION = Pattern.compile("new\\s+InstructionGiven\\s*\\(\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\b");

    private RuleCatalogueReader() {
    }

    static List<RuleText> read(List<RuleFile> files, KieBase kieBase) {
        Map<String, Rule> compiled = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                compiled.put(rule.getName(), rule);
            }
        }
        List<RuleText> rules = new ArrayList<>();
        for (RuleFile file : files) {
            Matcher m = RULE.matcher(file.text());
            while (m.find()) {
                String name = m.group(1);
                Rule rule = compiled.get(name);
                Map<String, Object> meta = rule == null ? Map.of() : rule.getMetaData();
                int then = find(THEN, file.text(), m.end());
                int when = find(WHEN, file.text(), m.end());
                String condition = when < 0 || then < 0 || when > then ? "" : file.text().substring(when, then);
                String consequence = then < 0 ? "" : file.text().substring(then, end(file.text(), then));
                int line = 1 + (int) file.text().substring(0, m.start(1)).chars().filter(c -> c == '\n').count();
                rules.add(new RuleText(new RuleInfo(text(meta.get("id")), name, file.name(), line,
                        text(meta.get("source")),
                        text(meta.getOrDefault("description", meta.get("org.kie.api.definition.type.Description"))),
                        codes(ACTION, consequence), codes(INSTRUCTION, consequence)), condition));
            }
        }
        return rules;
    }

    private static int find(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text);
        return m.find(from) ? m.end() : -1;
    }

    private static int end(String text, int from) {
        Matcher m = END.matcher(text);
        return m.find(from) ? m.start() : text.length();
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
