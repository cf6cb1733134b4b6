package org.esafety.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.esafety.rules.RuleCatalogueReader.RuleText;
import org.esafety.rules.RuleCompilationException.Problem;

/**
 * The rule files and the catalogue must agree before a rule set goes live: every action and instruction a rule
 * can require is in the catalogue, and every rule that requires a sanction tests that sanctions are not held
 * (decision-table §3.9). A set that fails is refused like one that does not compile, naming file and line.
 */
final class PolicyConsistency {

    private static final Pattern NOT_HELD = Pattern.compile(
            "not\\s+Concluded\\s*\\(\\s*what\\s*==\\s*Conclusion\\.SANCTIONS_HELD\\s*\\)");

    private PolicyConsistency() {
    }

    static List<Problem> check(List<RuleFile> drls, List<RuleText> rules, ActionCatalogue catalogue) {
        Map<String, RuleFile> byName = drls.stream().collect(Collectors.toMap(RuleFile::name, Function.identity()));
        List<Problem> problems = new ArrayList<>();
        for (RuleText rule : rules) {
            RuleInfo info = rule.info();
            RuleFile file = byName.get(info.file());
            for (String code : info.actions()) {
                if (catalogue.action(code).isEmpty()) {
                    problems.add(new Problem(file.locateText("\"" + code + "\""), "rule \"" + info.name()
                            + "\" requires the action " + code + ", which " + ActionCatalogue.FILE + " does not list"));
                } else if (catalogue.action(code).get().sanction() && !NOT_HELD.matcher(rule.condition()).find()) {
                    problems.add(new Problem(info.file() + ":" + info.line(), "rule \"" + info.name()
                            + "\" requires the sanction " + code + " without testing that sanctions are not held"
                            + " (not Concluded(what == Conclusion.SANCTIONS_HELD))"));
                }
            }
            for (String code : info.instructions()) {
                if (catalogue.instruction(code).isEmpty()) {
                    problems.add(new Problem(file.locateText("\"" + code + "\""), "rule \"" + info.name()
                            + "\" gives the instruction " + code + ", which " + ActionCatalogue.FILE + " does not list"));
                }
            }
        }
        return problems;
    }
}
