package org.esafety.transfer;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.esafety.access.Caller;
import org.esafety.audit.AuditKind;
import org.esafety.audit.AuditTrail;
import org.esafety.common.Instants;
import org.esafety.school.SchoolRegistry;

/**
 * The receiving school has the file: recorded once (by hand by the DSL, or posted by the receiving school's system
 * with a dsl key of the sending school), never changed, and audited in each included incident's chain.
 */
@ApplicationScoped
public class TransferReceipts {

    private final Transfers transfers;
    private final ReceiptDeadlines deadlines;
    private final SchoolRegistry schools;
    private final AuditTrail audit;
    private final Caller caller;
    private final Validator validator;
    private final Clock clock;

    public TransferReceipts(Transfers transfers, ReceiptDeadlines deadlines, SchoolRegistry schools, AuditTrail audit,
                            Caller caller, Validator validator, Clock clock) {
        this.transfers = transfers;
        this.deadlines = deadlines;
        this.schools = schools;
        this.audit = audit;
        this.caller = caller;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public ExportView record(String pupil, UUID id, ReceiptRequest request) {
        Checks.request(validator, request, "a JSON body with receivedBy is required");
        FileTransfer t = transfers.find(pupil, id);
        FileTransfer.getEntityManager().refresh(t, LockModeType.PESSIMISTIC_WRITE);
        if (t.receiptAt != null) {
            throw new ReceiptRecordedException();
        }
        t.receiptAt = Instants.micros(clock.instant());
        t.receiptBy = request.receivedBy().strip();
        t.receiptNote = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        t.receiptRecordedBy = caller.principalId();
        for (String incident : t.incidentIds) {
            audit.incident(UUID.fromString(incident), AuditKind.FILE_RECEIVED, t.receiptRecordedBy,
                    Map.of("exportId", t.id.toString(), "receiptAt", t.receiptAt.toString()));
        }
        Log.infof("Receipt of child's file %s recorded", t.id);
        return deadlines.view(t, schools.find(t.schoolId).orElse(null));
    }
}
