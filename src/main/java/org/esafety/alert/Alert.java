package org.esafety.alert;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.esafety.policy.Category;

/**
 * One vendor alert in a school's triage tray. The user, device, captured text, message, rule set and link are
 * personal data: shown to the DSL's side only, never logged, never sent to the rules or put in a notice.
 */
@Entity
public class Alert extends PanacheEntityBase {

    @Id
    public UUID id;
    public String schoolId;
    @Enumerated(EnumType.STRING)
    public Vendor vendor;
    public String vendorEventId;
    public String vendorLevel;
    public int riskLevel;
    public boolean urgent;
    public String eventType;
    @Enumerated(EnumType.STRING)
    public Category suggestedCategory;
    public Instant occurredAt;
    public Instant receivedAt;
    public String receivedBy;
    public String userName;
    public String userRef;
    public String device;
    public String capturedText;
    public String message;
    public String ruleSet;
    public String vendorLink;
    @Enumerated(EnumType.STRING)
    public AlertStatus status;
    public UUID incidentId;
    public String decidedBy;
    public Instant decidedAt;
    public String dismissReason;

    static Optional<Alert> findByEvent(String schoolId, Vendor vendor, String vendorEventId) {
        return find("schoolId = ?1 and vendor = ?2 and vendorEventId = ?3", schoolId, vendor, vendorEventId)
                .firstResultOptional();
    }
}
