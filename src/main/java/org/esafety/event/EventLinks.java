package org.esafety.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where an event points: the API and page of the incident, under {@code esafety.public-url} (shared with notices). */
@ApplicationScoped
class EventLinks {

    private final String base;

    EventLinks(@ConfigProperty(name = "esafety.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The CloudEvent {@code source}: the school, as the API names it. */
    String source(String schoolId) {
        return base + "/api/schools/" + schoolId;
    }

    String incidentApi(UUID incidentId) {
        return base + "/api/incidents/" + incidentId;
    }

    String incidentPage(UUID incidentId) {
        return base + "/incidents/" + incidentId;
    }
}
