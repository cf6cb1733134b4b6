package org.esafety.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which page and which of its forms a page form's address belongs to, so that a form sent after the session ended
 * can be shown again, filled in, on the page it came from ({@link FormDrafts}). Only the pages' record forms are
 * kept; signing in and out are not.
 *
 * @param formKey the form's id on its page, as {@link FormErrors} names it ({@code report}, {@code complete-<id>} …)
 * @param page    where the person lands after signing in again (path, query and anchor)
 */
record KeptForm(String formKey, String page) {

    private static final String UUID = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
    private static final String REF = "([A-Za-z0-9._~-]{1,100})";

    private record Route(Pattern path, Function<Matcher, KeptForm> form) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("/report"), m -> new KeptForm("report", "/report?kept=1")),
            new Route(Pattern.compile("/incidents/" + UUID + "/actions/" + UUID + "/completion"),
                    m -> incident(m.group(1), "complete-" + m.group(2), "action-" + m.group(2))),
            new Route(Pattern.compile("/incidents/" + UUID + "/actions/" + UUID + "/addenda"),
                    m -> incident(m.group(1), "addendum-" + m.group(2), "action-" + m.group(2))),
            new Route(Pattern.compile("/incidents/" + UUID + "/notes"), m -> incident(m.group(1), "note", "notes")),
            new Route(Pattern.compile("/incidents/" + UUID + "/reassessment"),
                    m -> incident(m.group(1), "reassess", "reassess-h")),
            new Route(Pattern.compile("/incidents/" + UUID + "/closure"), m -> incident(m.group(1), "close", "close-h")),
            new Route(Pattern.compile("/pupils/" + REF + "/file"),
                    m -> new KeptForm("send-file", "/pupils/" + m.group(1) + "?kept=1")));

    /** The form posted to this path, or empty for anything that is not one of the pages' record forms. */
    static Optional<KeptForm> posted(String path) {
        for (Route route : ROUTES) {
            Matcher m = route.path().matcher(path);
            if (m.matches()) {
                return Optional.of(route.form().apply(m));
            }
        }
        return Optional.empty();
    }

    private static KeptForm incident(String id, String formKey, String anchor) {
        return new KeptForm(formKey, "/incidents/" + id.toLowerCase() + "?kept=1#" + anchor);
    }
}
