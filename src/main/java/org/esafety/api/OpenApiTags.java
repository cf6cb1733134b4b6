package org.esafety.api;

import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** What each group of operations is for, in the OpenAPI document (generators turn a tag into one API class). */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiTags implements OASFilter {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Incidents", "Report incidents, read them with their decisions, reassess, close, add case notes, dry runs",
            "Actions", "What is due and overdue; completing, declining and correcting actions",
            "Rules", "The rule set in force, its files, and reloading it",
            "Schools", "The school profiles: settings, contacts, role inboxes",
            "Audit", "The append-only, hash-chained audit trail and its verification",
            "Administration", "Users, API keys and school bindings, for the admin role",
            "Reports", "The governors' summary and the inspection-day list, as JSON, CSV or PDF",
            "Alerts", "Monitoring products' alerts in (integration keys), and the DSL's triage tray");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> {
                if (tag.getDescription() == null) {
                    tag.setDescription(DESCRIPTIONS.get(tag.getName()));
                }
            });
        }
    }
}
