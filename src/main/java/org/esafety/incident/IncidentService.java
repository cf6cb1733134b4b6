package org.esafety.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.esafety.action.Decision;
import org.esafety.action.DecisionService;
import org.esafety.common.Instants;
import org.esafety.common.Json;
import org.esafety.common.Sha256;
import org.esafety.common.UniqueViolation;
import org.esafety.policy.IncidentFacts;
import org.esafety.school.School;
import org.esafety.school.SchoolRegistry;

/** Intake: validate, decide, then deduplicate on the external key and store in one transaction. */
@ApplicationScoped
public class IncidentService {

    /** The answer to a report: the incident, and whether this request created it. */
    public record Reported(IncidentView incident, boolean created) {
    }

    private final IncidentValidator validator;
    private final SchoolRegistry schools;
    private final DecisionService decisions;
    private final IncidentWriter writer;
    private final IncidentViews views;
    private final Clock clock;
    private final IncidentAccess access;
    private final Receipts receipts;
    private final MeterRegistry registry;

    public IncidentService(IncidentValidator validator, SchoolRegistry schools, DecisionService decisions,
                           IncidentWriter writer, IncidentViews views, Clock clock, MeterRegistry registry,
                           IncidentAccess access, Receipts receipts) {
        this.access = access;
        this.receipts = receipts;
        this.registry = registry;
        this.validator = validator;
        this.schools = schools;
        this.decisions = decisions;
        this.writer = writer;
        this.views = views;
        this.clock = clock;
    }

    public Reported report(IncidentRequest request) {
        Reported reported = receive(request);
        registry.counter("esafety.incidents.received", "outcome", reported.created() ? "created" : "repeat").increment();
        return reported;
    }

    /**
     * The rules decide before the transaction, which then holds its connection for the database's work only: the
     * idempotency read and, for a new key, the writes (one transaction, issue 21). A repeat pays for an evaluation it
     * does not use (about 0.1 ms, bench/README.md); retries are rare. Two requests racing with one key both find it
     * free; the loser's insert fails on the unique key, its transaction rolls back, and it answers as a repeat from
     * a fresh one. A caller's own transaction (an alert's promotion) is joined, so that the incident and what the
     * caller records with it commit together.
     */
    private Reported receive(IncidentRequest request) {
        validator.checkIntake(request);
        access.checkMayReport(request.schoolId());
        String hash = Fingerprint.of(request);
        School school = schools.find(request.schoolId()).orElseThrow();
        Instant received = Instants.micros(clock.instant());
        Instant reported = request.reportedAt() == null ? received : Instants.micros(request.reportedAt());
        IncidentFacts facts = FactsMapper.fromRequest(request);
        Decision decision;
        try {
            decision = decisions.decide(facts, school, reported);
        } catch (RuntimeException e) {
            // Rules reloaded since may fail on a request stored before: its repeat still gets the stored answer.
            return existing(request, hash).orElseThrow(() -> e);
        }
        try {
            Reported answer = QuarkusTransaction.joiningExisting().call(() -> lookup(request, hash).orElseGet(() ->
                    new Reported(writer.insert(request, school, access.actor(null), hash, received, reported, facts,
                            decision), true)));
            if (answer.created()) {
                Log.infof("Incident %s received for school %s: %s, %d actions", answer.incident().id(),
                        request.schoolId(), decision.legality(), decision.actions().size());
            }
            return answer;
        } catch (RuntimeException e) {
            if (!UniqueViolation.isCause(e)) {
                throw e;
            }
            // Another request with the same key won the race: answer as a repeat.
            return existing(request, hash).orElseThrow(() -> e);
        }
    }

    @Transactional
    public IncidentView get(UUID id) {
        Incident incident = access.readable(id);
        IncidentView view = access.shown(incident, views.view(incident));
        if (view.shownAs() == IncidentView.ShownAs.FULL) {
            receipts.read(id, access.actor(null).principal());
        }
        return view;
    }

    private Optional<Reported> existing(IncidentRequest request, String hash) {
        return QuarkusTransaction.joiningExisting().call(() -> lookup(request, hash));
    }

    private Optional<Reported> lookup(IncidentRequest request, String hash) {
        return Incident.findByKey(request.schoolId(), request.source(), request.externalRef()).map(stored -> {
            // Someone who may not read the stored incident learns only that the key is taken.
            if (!stored.requestHash.equals(hash) || !access.mayRead(stored)) {
                throw new DuplicateIncidentConflictException();
            }
            return new Reported(access.shown(stored, views.view(stored)), false);
        });
    }

    /** The fingerprint of a request as the client sent it. */
    static final class Fingerprint {
        private Fingerprint() {
        }

        static String of(IncidentRequest request) {
            return Sha256.hex(Json.write(request));
        }
    }
}
