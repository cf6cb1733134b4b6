package org.esafety.alert;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.esafety.access.Caller;
import org.esafety.common.Instants;
import org.esafety.common.InvalidRequestException;
import org.esafety.common.UniqueViolation;

/**
 * Takes a vendor's alert into the school's tray: once per (school, vendor, vendor's event id); a repeat gets the
 * stored alert back and stores nothing. Logs ids and levels only.
 */
@ApplicationScoped
public class AlertIntake {

    /** The answer: the alert as the product may see it (no personal data), and whether this request stored it. */
    public record Received(AlertView alert, boolean created) {
    }

    private final Caller caller;
    private final Clock clock;
    private final Event<AlertReceived> received;

    public AlertIntake(Caller caller, Clock clock, Event<AlertReceived> received) {
        this.caller = caller;
        this.clock = clock;
        this.received = received;
    }

    public Received receive(Vendor vendor, String schoolId, IncomingAlert in) {
        String school = school(schoolId);
        Optional<Received> repeat = existing(school, vendor, in.vendorEventId());
        if (repeat.isPresent()) {
            return repeat.get();
        }
        try {
            Alert stored = QuarkusTransaction.requiringNew().call(() -> store(vendor, school, in));
            Log.infof("Alert %s received for school %s from %s: level %d%s", stored.id, school, vendor,
                    stored.riskLevel, stored.urgent ? " (urgent)" : "");
            return new Received(AlertView.of(stored, false, List.of()), true);
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            // The same event sent twice at once: the other request stored it.
            return existing(school, vendor, in.vendorEventId()).orElseThrow(() -> e);
        }
    }

    private Alert store(Vendor vendor, String school, IncomingAlert in) {
        Alert a = new Alert();
        a.id = UUID.randomUUID();
        a.schoolId = school;
        a.vendor = vendor;
        a.vendorEventId = in.vendorEventId();
        a.vendorLevel = in.vendorLevel();
        a.riskLevel = in.level();
        a.urgent = in.urgent();
        a.eventType = in.eventType();
        a.suggestedCategory = in.suggestedCategory();
        a.occurredAt = Instants.micros(in.occurredAt());
        a.receivedAt = Instants.micros(clock.instant());
        a.receivedBy = caller.principalId();
        a.userName = in.userName();
        a.userRef = in.userRef();
        a.device = in.device();
        a.capturedText = in.capturedText();
        a.message = in.message();
        a.ruleSet = in.ruleSet();
        a.vendorLink = in.link();
        a.status = AlertStatus.NEW;
        a.persistAndFlush();
        received.fire(new AlertReceived(a.id, a.schoolId, a.vendor, a.riskLevel, a.urgent, a.receivedAt));
        return a;
    }

    private Optional<Received> existing(String school, Vendor vendor, String eventId) {
        return QuarkusTransaction.joiningExisting().call(() -> Alert.findByEvent(school, vendor, eventId)
                .map(a -> new Received(AlertView.of(a, false, List.of()), false)));
    }

    /** The school named, or the only school the key is bound to. */
    private String school(String schoolId) {
        Set<String> bound = caller.schoolIds();
        if (schoolId == null || schoolId.isBlank()) {
            if (bound.size() != 1) {
                throw new InvalidRequestException("schoolId", "required: this key is bound to " + bound.size()
                        + " schools");
            }
            return bound.iterator().next();
        }
        if (!caller.boundTo(schoolId)) {
            throw new ForbiddenException("not bound to school " + schoolId);
        }
        return schoolId;
    }
}
