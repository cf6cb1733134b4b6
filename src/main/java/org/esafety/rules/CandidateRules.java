package org.esafety.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The candidate rule folder ({@code esafety.rules.candidate-dir}), compiled on demand with the compiler and the
 * consistency checks of the rules in force. It is never put in force and never kept: each impact report compiles
 * the folder as it then is.
 */
@ApplicationScoped
public class CandidateRules {

    private final Path folder;
    private final Clock clock;

    public CandidateRules(CandidateConfig config, Clock clock) {
        this.folder = Path.of(config.candidateDir()).toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The candidate as a rule set, or {@link CandidateCompilationException} naming each file and line. */
    public RuleSet compile() {
        try {
            return RuleCompiler.compile(folder, clock.instant().truncatedTo(ChronoUnit.MICROS));
        } catch (RuleCompilationException e) {
            throw new CandidateCompilationException(e.problems());
        }
    }

    public Path folder() {
        return folder;
    }
}
