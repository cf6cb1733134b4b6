package org.esafety.alert;

import java.util.Locale;
import java.util.Map;

import org.esafety.policy.Category;

/**
 * The category an alert suggests, from the vendor's event type or rule set (docs/alert-mappings.md): only a
 * suggestion, which the DSL edits before the incident is sent to the rules. Anything not known suggests OTHER.
 */
final class Suggestions {

    private static final Map<String, Category> BY_TYPE = Map.ofEntries(
            Map.entry("bullying", Category.CYBERBULLYING),
            Map.entry("cyberbullying", Category.CYBERBULLYING),
            Map.entry("harassment", Category.CYBERBULLYING),
            Map.entry("grooming", Category.GROOMING_OR_SEXUAL_EXPLOITATION),
            Map.entry("child sexual exploitation", Category.GROOMING_OR_SEXUAL_EXPLOITATION),
            Map.entry("sexual exploitation", Category.GROOMING_OR_SEXUAL_EXPLOITATION),
            Map.entry("sexual content", Category.ADULT_PORNOGRAPHY),
            Map.entry("pornography", Category.ADULT_PORNOGRAPHY),
            Map.entry("adult content", Category.ADULT_PORNOGRAPHY),
            Map.entry("sexting", Category.SHARING_NUDES),
            Map.entry("nudes", Category.SHARING_NUDES),
            Map.entry("terrorism extremism", Category.EXTREMIST_MATERIAL),
            Map.entry("terrorism", Category.EXTREMIST_MATERIAL),
            Map.entry("extremism", Category.EXTREMIST_MATERIAL),
            Map.entry("radicalisation", Category.EXTREMIST_MATERIAL),
            Map.entry("radicalization", Category.EXTREMIST_MATERIAL),
            Map.entry("hate speech", Category.HATE_MATERIAL),
            Map.entry("hate", Category.HATE_MATERIAL),
            Map.entry("racism", Category.HATE_MATERIAL),
            Map.entry("self harm", Category.SELF_HARM_CONTENT),
            Map.entry("suicide", Category.SELF_HARM_CONTENT),
            Map.entry("eating disorder", Category.SELF_HARM_CONTENT),
            Map.entry("offensive language", Category.OFFENSIVE_MESSAGE),
            Map.entry("abusive language", Category.OFFENSIVE_MESSAGE),
            Map.entry("violence", Category.UNSUITABLE_CONTENT),
            Map.entry("weapons", Category.UNSUITABLE_CONTENT),
            Map.entry("drugs", Category.UNSUITABLE_CONTENT),
            Map.entry("substance abuse", Category.UNSUITABLE_CONTENT),
            Map.entry("gambling", Category.UNSUITABLE_CONTENT),
            Map.entry("filter bypass", Category.FILTER_CIRCUMVENTION),
            Map.entry("proxy", Category.FILTER_CIRCUMVENTION),
            Map.entry("vpn", Category.FILTER_CIRCUMVENTION),
            Map.entry("vulnerable person", Category.OTHER));

    private Suggestions() {
    }

    /** "Terrorism/Extremism", "Self-harm", "SELF HARM" read alike: letters and digits, lower case, one space apart. */
    static Category of(String eventType) {
        if (eventType == null) {
            return Category.OTHER;
        }
        String key = eventType.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return BY_TYPE.getOrDefault(key, Category.OTHER);
    }
}
