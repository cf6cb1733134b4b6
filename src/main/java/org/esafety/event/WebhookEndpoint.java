package org.esafety.event;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school's webhook endpoint: where its events go, which ones, and the key they are signed with. Never deleted. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    public UUID id;
    public String schoolId;
    public String url;
    /** Subscription names, comma-separated. */
    public String eventTypes;
    /** The HMAC-SHA256 key of this endpoint alone; shown once, never listed or logged. */
    public String secret;
    public String description;
    public Instant createdAt;
    public String createdBy;
    public Instant disabledAt;
    public String disabledBy;

    List<String> events() {
        return Arrays.stream(eventTypes.split(",")).toList();
    }

    boolean subscribes(EventType type) {
        return events().contains(type.id());
    }

    /** The enabled endpoints of a school, oldest first. */
    static List<WebhookEndpoint> enabledOf(String schoolId) {
        return list("schoolId = ?1 and disabledAt is null order by createdAt, id", schoolId);
    }
}
