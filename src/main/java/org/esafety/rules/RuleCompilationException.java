package org.esafety.rules;

import java.util.List;

/** The rule files do not compile; each problem names its file and line. */
public class RuleCompilationException extends RuntimeException {

    /** One problem: {@code location} is {@code file:line} (or the file alone). */
    public record Problem(String location, String message) {
    }

    private final transient List<Problem> problems;

    public RuleCompilationException(List<Problem> problems) {
        super("Rule files do not compile: " + problems.stream()
                .map(p -> p.location() + " " + p.message())
                .reduce((a, b) -> a + "; " + b).orElse("no detail"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
