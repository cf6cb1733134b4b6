package org.esafety.reminder;

import java.util.HashMap;
import java.util.Map;

import org.esafety.support.ScratchRules;

/** The reminder tests' service, with a scratch copy of the rules that a test changes and reloads. */
public class RemindersWithScratchRules extends RemindersProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("esafety.rules.dir", ScratchRules.folder().toString());
        return config;
    }
}
