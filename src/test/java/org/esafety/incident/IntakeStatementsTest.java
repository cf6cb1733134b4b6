package org.esafety.incident;

import static org.esafety.support.IncidentRequests.party;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.esafety.access.Caller;
import org.esafety.access.Roles;
import org.esafety.support.Cases;

/**
 * What one intake costs the database (issue 21, "fewer round trips"), counted by Hibernate's statistics around
 * {@link IncidentService#report} (authentication, before it, is not intake's). A new incident is one transaction:
 * the idempotency read and the writes together, each table's inserts sent as one batch, nothing read back. A
 * statement or a transaction that comes back fails here.
 */
@QuarkusTest
class IntakeStatementsTest {

    /** A school no test gives webhook endpoints: the events out cost their one look-up and no more. */
    private static final String SCHOOL = "offord-primary";

    @Inject
    IncidentService incidents;
    @Inject
    EntityManagerFactory factory;
    @Inject
    CurrentIdentityAssociation identity;
    @Inject
    ObjectMapper mapper;

    /** What one report cost, and its answer. */
    record Cost(long transactions, long statements, IncidentService.Reported answer) {
    }

    @Test
    @ActivateRequestContext
    void shouldStoreANewIncidentInOneTransactionOfElevenStatements() {
        actAs(Roles.REPORTER);
        incidents.report(request()); // the school's counter for the year exists from here on

        Cost cost = costOf(request());

        assertTrue(cost.answer().created());
        IncidentView view = cost.answer().incident();
        assertEquals(2, view.parties().size());
        assertEquals(IncidentView.ShownAs.REPORTER, view.shownAs());
        assertFalse(view.actions().isEmpty(), "the reporter's own actions");
        assertFalse(view.instructions().isEmpty(), "instructions");
        assertEquals(1, cost.transactions(), "transactions");
        // Read the key; take the reference's number; the school's webhook endpoints; insert the incident, its
        // parties, its evaluation, its actions, its instructions, its two audit entries and its chain's head, and
        // the DSL's and the deputy's announcements.
        assertEquals(11, cost.statements(), "statements");
        assertEquals(view, incidents.get(view.id()), "the answer is what a read of the stored incident shows");
    }

    @Test
    @ActivateRequestContext
    void shouldAnswerARepeatFromOneTransactionOfReads() {
        actAs(Roles.REPORTER);
        IncidentRequest request = request();
        IncidentView first = incidents.report(request).incident();

        Cost cost = costOf(request);

        assertFalse(cost.answer().created());
        assertEquals(first, cost.answer().incident());
        assertEquals(1, cost.transactions(), "transactions");
        // Read the key; the view of a stored incident (latest evaluation, actions, instructions, notifications, case
        // notes, announcements, receipts, parties) and the report as its reporter made it (first evaluation, parties).
        assertEquals(11, cost.statements(), "statements");
    }

    @Test
    @ActivateRequestContext
    void shouldAddOnlyTheAccessListForTheDsl() {
        actAs(Roles.DSL);
        incidents.report(request());

        Cost cost = costOf(request());

        assertTrue(cost.answer().created());
        IncidentView view = cost.answer().incident();
        assertEquals(IncidentView.ShownAs.FULL, view.shownAs());
        assertTrue(view.actions().size() > 1, "actions " + view.actions().size());
        assertEquals(1, cost.transactions(), "transactions");
        // The reporter's eleven, and the access list the DSL's view shows (the school's users and API keys).
        assertEquals(13, cost.statements(), "statements");
    }

    private Cost costOf(IncidentRequest request) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        IncidentService.Reported answer = incidents.report(request);
        return new Cost(statistics.getTransactionCount(), statistics.getPrepareStatementCount(), answer);
    }

    /** Child abuse imagery a pupil shared with another: several actions and instructions, two parties. */
    private IncidentRequest request() {
        Map<String, Object> body = Cases.abuseImagery("CHILD");
        body.put("schoolId", SCHOOL);
        body.put("parties", Cases.list(party("INSTIGATOR", "CHILD", 14, "subject-1"), party("VICTIM", "CHILD", 13,
                "pupil-2")));
        return mapper.convertValue(body, IncidentRequest.class);
    }

    private void actAs(String role) {
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("key:intake-cost-" + role))
                .addRole(role).addAttribute(Caller.SCHOOLS, Set.of(SCHOOL)).addAttribute(Caller.NAME, "Intake cost")
                .build());
    }
}
