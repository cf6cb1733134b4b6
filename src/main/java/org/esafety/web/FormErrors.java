package org.esafety.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esafety.common.Violation;

/**
 * What a refused form shows beside its fields: the message for each field the service named, and what the person
 * typed, so that nothing has to be entered twice. {@code form} says which of a page's forms it belongs to.
 */
public record FormErrors(String form, Map<String, String> messages, Map<String, String> values, boolean kept) {

    public static final FormErrors NONE = new FormErrors("", Map.of(), Map.of(), false);

    public FormErrors(String form, Map<String, String> messages, Map<String, String> values) {
        this(form, messages, values, false);
    }

    /** A form kept while its author's session had ended, shown again as it was typed (nothing refused yet). */
    public static FormErrors kept(FormDrafts.Draft draft) {
        return new FormErrors(draft.formKey(), Map.of(), draft.values(), true);
    }

    public static FormErrors of(String form, List<Violation> violations, Map<String, String> values) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (Violation v : violations) {
            messages.merge(v.field().isEmpty() ? "form" : v.field(), v.message(), (a, b) -> a + "; " + b);
        }
        return new FormErrors(form, messages, values);
    }

    public boolean on(String formId) {
        return form.equals(formId);
    }

    public boolean has(String formId, String field) {
        return on(formId) && messages.containsKey(field);
    }

    public String message(String field) {
        return messages.getOrDefault(field, "");
    }

    public String value(String formId, String field) {
        return on(formId) ? values.getOrDefault(field, "") : "";
    }

    public boolean any() {
        return !messages.isEmpty();
    }
}
