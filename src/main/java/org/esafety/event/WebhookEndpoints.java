package org.esafety.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.access.AdminJournal;
import org.esafety.access.Caller;
import org.esafety.common.InvalidRequestException;
import org.esafety.event.WebhookRecords.DeliveryView;
import org.esafety.event.WebhookRecords.NewWebhook;
import org.esafety.event.WebhookRecords.RegisteredWebhook;
import org.esafety.event.WebhookRecords.WebhookView;
import org.esafety.reminder.EventEndpoints;
import org.esafety.reminder.Notification;
import org.esafety.reminder.NotificationKind;
import org.esafety.school.SchoolNotFoundException;
import org.esafety.school.SchoolRegistry;

/**
 * A school's webhook endpoints, for the admins bound to that school: register (the secret shown once), list, disable,
 * and the deliveries of one. Endpoints are disabled, never deleted: their deliveries stay listed.
 */
@ApplicationScoped
public class WebhookEndpoints implements EventEndpoints {

    private static final int DELIVERIES = 100;

    private final SecureRandom random = new SecureRandom();
    private final SchoolRegistry schools;
    private final Clock clock;

    private final AdminJournal journal;

    public WebhookEndpoints(SchoolRegistry schools, Clock clock, AdminJournal journal) {
        this.schools = schools;
        this.clock = clock;
        this.journal = journal;
    }

    @Transactional
    public RegisteredWebhook register(String schoolId, NewWebhook body, Caller admin) {
        school(schoolId, admin);
        WebhookCheck.check(body);
        if (body.secret() != null && WebhookEndpoint.count("secret", body.secret()) > 0) {
            throw new InvalidRequestException("secret", "already the secret of another endpoint: each has its own");
        }
        WebhookEndpoint e = new WebhookEndpoint();
        e.id = UUID.randomUUID();
        e.schoolId = schoolId;
        e.url = body.url();
        e.eventTypes = String.join(",", body.events().stream().map(n -> EventType.of(n).orElseThrow().id()).toList());
        e.secret = body.secret() != null ? body.secret() : generated();
        e.description = body.description();
        e.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.createdBy = admin.principalId();
        e.persist();
        journal.record(AdminJournal.Act.WEBHOOK_REGISTERED, e.createdBy, "webhook:" + e.id,
                Map.of("schoolId", schoolId, "url", e.url, "events", e.eventTypes));
        Log.infof("Webhook endpoint %s registered for %s by %s: %s", e.id, schoolId, e.createdBy, e.eventTypes);
        return new RegisteredWebhook(e.id, e.schoolId, e.url, e.events(), e.description, e.createdAt, e.createdBy,
                e.secret);
    }

    @Transactional
    public List<WebhookView> list(String schoolId, Caller admin) {
        school(schoolId, admin);
        return WebhookEndpoint.<WebhookEndpoint>list("schoolId = ?1 order by createdAt, id", schoolId).stream()
                .map(WebhookView::of).toList();
    }

    /** Disables at once (pending deliveries are cancelled when their turn comes); idempotent. */
    @Transactional
    public WebhookView disable(String schoolId, UUID id, Caller admin) {
        WebhookEndpoint e = endpoint(schoolId, id, admin);
        if (e.disabledAt == null) {
            e.disabledAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            e.disabledBy = admin.principalId();
            journal.record(AdminJournal.Act.WEBHOOK_DISABLED, e.disabledBy, "webhook:" + e.id, Map.of("schoolId", schoolId));
            Log.infof("Webhook endpoint %s disabled by %s", e.id, e.disabledBy);
        }
        return WebhookView.of(e);
    }

    /** The latest deliveries to the endpoint, newest first. */
    @Transactional
    public List<DeliveryView> deliveries(String schoolId, UUID id, Caller admin) {
        endpoint(schoolId, id, admin);
        return Notification.<Notification>find("endpointId = ?1 and kind = ?2 order by createdAt desc, id", id,
                        NotificationKind.EVENT).page(0, DELIVERIES).list().stream()
                .map(n -> new DeliveryView(n.id, n.eventId, n.eventType, n.status.name(), n.attempts, n.createdAt,
                        n.nextAttemptAt, n.deliveredAt, n.lastFailure)).toList();
    }

    @Override
    public Optional<String> secretOfEnabled(UUID endpointId) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(endpointId).filter(e -> e.disabledAt == null)
                .map(e -> e.secret);
    }

    /** An admin manages the endpoints of the schools it is bound to; another school is forbidden. */
    private void school(String schoolId, Caller admin) {
        if (!admin.boundTo(schoolId)) {
            throw new ForbiddenException("not bound to this school");
        }
        if (schools.find(schoolId).isEmpty()) {
            throw new SchoolNotFoundException(schoolId);
        }
    }

    private WebhookEndpoint endpoint(String schoolId, UUID id, Caller admin) {
        school(schoolId, admin);
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id).filter(e -> e.schoolId.equals(schoolId))
                .orElseThrow(() -> new WebhookNotFoundException(id));
    }

    /** 32 random bytes, base64url: 43 characters. */
    private String generated() {
        byte[] bytes = new byte[WebhookCheck.MIN_SECRET_BYTES];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
