package org.esafety.incident;

import java.time.Clock;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.common.UniqueViolation;

/**
 * Records when a person on the DSL's side first opened an incident (issue 20), so that the person who reported it
 * sees that the DSL has read it. A school system reading with its API key is not a person reading.
 */
@ApplicationScoped
public class Receipts {

    private final Clock clock;

    public Receipts(Clock clock) {
        this.clock = clock;
    }

    /** Notes {@code principal}'s first reading of the incident; later readings change nothing. */
    void read(UUID incidentId, String principal) {
        if (!isPerson(principal) || IncidentReceipt.findById(new IncidentReceipt.Key(incidentId, principal)) != null) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                IncidentReceipt receipt = new IncidentReceipt();
                receipt.incidentId = incidentId;
                receipt.principal = principal;
                receipt.readAt = clock.instant();
                receipt.persist();
            });
        } catch (RuntimeException e) {
            // The same person opened it twice at once: the first reading is recorded.
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
        }
    }

    static boolean isPerson(String principal) {
        return principal.startsWith("user:") || principal.startsWith("oidc:");
    }
}
