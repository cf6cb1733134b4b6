package org.esafety.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import org.esafety.common.Violation;
import org.esafety.incident.PartyRequest;
import org.esafety.policy.Circumstances;
import org.esafety.policy.PartyKind;
import org.esafety.policy.PartyRole;
import org.esafety.policy.StaffRole;

/** The report form read as an intake request: each answer lands in its own field, party rows keep their place. */
class ReportFormTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void shouldPutEachCircumstanceIntoItsOwnFlag() throws Exception {
        for (RecordComponent flag : Circumstances.class.getRecordComponents()) {
            MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
            form.putSingle("c." + flag.getName(), "yes");
            Circumstances read = ReportForm.parse(form, LONDON).request().circumstances();
            for (RecordComponent other : Circumstances.class.getRecordComponents()) {
                Object value = other.getAccessor().invoke(read);
                assertEquals(other.getName().equals(flag.getName()) ? Boolean.TRUE : null, value, flag.getName() + " set, " + other.getName() + " read");
            }
        }
    }

    @Test
    void shouldNameTheFormRowOfAPartyTheServiceRefuses() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("parties[0].role", "VICTIM");
        form.putSingle("parties[0].kind", "CHILD");
        form.putSingle("parties[2].kind", "STAFF");
        ReportForm.Parsed parsed = ReportForm.parse(form, LONDON);
        assertEquals(2, parsed.request().parties().size());
        assertEquals(PartyRole.VICTIM, parsed.request().parties().get(0).role());
        // The request's second party is the form's third row.
        assertEquals(new Violation("parties[2].role", "role is required"),
                parsed.onForm(new Violation("parties[1].role", "role is required")));
        assertEquals("reporterRole", parsed.onForm(new Violation("reportedBy.role", "too long")).field());
    }

    @Test
    void shouldReadTheTimeItHappenedInTheSchoolsZoneAndRefuseWhatIsNotANumberOrAnAnswer() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("occurredAt", "2026-07-01T09:15");
        assertEquals("2026-07-01T08:15:00Z", ReportForm.parse(form, LONDON).request().occurredAt().toString());
        form.putSingle("parties[0].role", "INSTIGATOR");
        form.putSingle("parties[0].kind", "CHILD");
        form.putSingle("parties[0].age", "seven");
        form.putSingle("c.repeated", "perhaps");
        List<String> fields = ReportForm.parse(form, LONDON).violations().stream().map(Violation::field).toList();
        assertTrue(fields.containsAll(List.of("parties[0].age", "c.repeated")), fields.toString());
    }

    @Test
    void shouldReadTheAgencyOrContractorAnswerOfStaffAndVisitorsAndOfferAnotherKnownAdult() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        row(form, 0, "INSTIGATOR", "STAFF", "yes");
        form.putSingle("parties[0].staffRole", "IT_SUPPORT");
        row(form, 1, "INSTIGATOR", "VISITOR", "no");
        row(form, 2, "WITNESS", "STAFF", "unknown");
        row(form, 3, "INSTIGATOR", "OTHER_ADULT", null);
        ReportForm.Parsed parsed = ReportForm.parse(form, LONDON);

        assertEquals(List.of(), parsed.violations());
        assertEquals(List.of(
                        new PartyRequest(PartyRole.INSTIGATOR, PartyKind.STAFF, StaffRole.IT_SUPPORT, null, null, true),
                        new PartyRequest(PartyRole.INSTIGATOR, PartyKind.VISITOR, null, null, null, false),
                        new PartyRequest(PartyRole.WITNESS, PartyKind.STAFF, null, null, null, null),
                        new PartyRequest(PartyRole.INSTIGATOR, PartyKind.OTHER_ADULT, null, null, null, null)),
                parsed.request().parties());
    }

    @Test
    void shouldKeepTheAgencyAnswerOnlyForStaffAndVisitorsAndRefuseItOnAnEmptyRowOrAsNoAnswer() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        // The answer left from a row first marked STAFF, then changed to a child: the label says staff and visitors only.
        row(form, 0, "VICTIM", "CHILD", "yes");
        row(form, 1, "INSTIGATOR", "PARENT", "no");
        ReportForm.Parsed kept = ReportForm.parse(form, LONDON);
        assertEquals(List.of(), kept.violations());
        assertEquals(java.util.Arrays.asList(null, null),
                kept.request().parties().stream().map(PartyRequest::agencyOrContractor).toList());

        form.putSingle("parties[2].agencyOrContractor", "yes");
        form.putSingle("parties[3].role", "INSTIGATOR");
        form.putSingle("parties[3].kind", "STAFF");
        form.putSingle("parties[3].agencyOrContractor", "maybe");
        List<String> fields = ReportForm.parse(form, LONDON).violations().stream().map(Violation::field).toList();
        assertEquals(List.of("parties[2].role", "parties[3].agencyOrContractor"), fields);
    }

    private static void row(MultivaluedHashMap<String, String> form, int row, String role, String kind, String agency) {
        form.putSingle("parties[" + row + "].role", role);
        form.putSingle("parties[" + row + "].kind", kind);
        if (agency != null) {
            form.putSingle("parties[" + row + "].agencyOrContractor", agency);
        }
    }
}
