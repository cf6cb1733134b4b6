package org.esafety.rules;

import org.esafety.common.ResourceNotFoundException;

/** No rule file of that name in the rule set in force. */
public class RuleFileNotFoundException extends ResourceNotFoundException {

    public RuleFileNotFoundException(String name) {
        super("no rule file of that name");
    }
}
