package org.esafety.rules;

import java.util.List;

/** The candidate rule folder does not compile or is inconsistent: nothing was compared, the rules in force are untouched. */
public class CandidateCompilationException extends RuleCompilationException {

    public CandidateCompilationException(List<Problem> problems) {
        super(problems);
    }
}
