package org.esafety.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.restassured.path.json.JsonPath;

/** Reading an incident view: its actions by code and status, its instructions. */
public final class Views {

    /** Sanction and disciplinary actions (decision-table §5), held by HOLD_SANCTIONS. */
    public static final List<String> SANCTIONS = List.of("APPLY_BEHAVIOUR_POLICY", "APPLY_ANTI_BULLYING_POLICY",
            "STAFF_DISCIPLINARY", "ADVISE_GOVERNORS", "CONSULT_LA");

    private Views() {
    }

    public static List<Map<String, Object>> actions(JsonPath view) {
        return view.getList("actions");
    }

    /** The action with this code that is not superseded (there is at most one). */
    public static Map<String, Object> live(JsonPath view, String code) {
        return findLive(view, code).orElseThrow(() -> new AssertionError("no live action " + code + " in "
                + codes(view)));
    }

    public static Optional<Map<String, Object>> findLive(JsonPath view, String code) {
        return actions(view).stream().filter(a -> code.equals(a.get("code")) && !"SUPERSEDED".equals(a.get("status")))
                .findFirst();
    }

    public static String liveId(JsonPath view, String code) {
        return (String) live(view, code).get("id");
    }

    /** The action with this id, whatever its status. */
    public static Map<String, Object> byId(JsonPath view, String id) {
        return actions(view).stream().filter(a -> id.equals(a.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + id));
    }

    public static List<Map<String, Object>> withStatus(JsonPath view, String status) {
        return actions(view).stream().filter(a -> status.equals(a.get("status"))).toList();
    }

    /** Codes of the actions that are not superseded, in the view's order. */
    public static List<String> codes(JsonPath view) {
        return actions(view).stream().filter(a -> !"SUPERSEDED".equals(a.get("status")))
                .map(a -> (String) a.get("code")).toList();
    }

    public static List<String> codesWithStatus(JsonPath view, String status) {
        return withStatus(view, status).stream().map(a -> (String) a.get("code")).toList();
    }

    public static List<String> instructions(JsonPath view) {
        return view.getList("instructions.code");
    }
}
