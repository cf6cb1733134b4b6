package org.esafety.flowchart;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

/** TEMPORARY stand-in until the flowchart branch is merged (not committed). */
@ApplicationScoped
public class Flowchart {
    public String svg(Collection<String> firedRules) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 10 10\"><title>Flowchart</title></svg>";
    }

    public String unlit() {
        return svg(java.util.List.of());
    }
}
