package org.esafety.transfer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.action.DeadlineCalculator;
import org.esafety.common.Attribution;
import org.esafety.policy.DeadlineKind;
import org.esafety.school.School;

/**
 * "Within five days" (KCSIE: the file follows the child within five days of the move): the receipt is due at the
 * end of the school day on the fifth working day after the export, counted on the school's calendar as every
 * deadline is; an export without a receipt after that is overdue.
 */
@ApplicationScoped
public class ReceiptDeadlines {

    private final DeadlineCalculator calculator;
    private final Clock clock;

    public ReceiptDeadlines(DeadlineCalculator calculator, Clock clock) {
        this.calculator = calculator;
        this.clock = clock;
    }

    Instant dueBy(Instant exportedAt, School school) {
        return school == null
                ? calculator.dueAt(DeadlineKind.WORKING_DAYS_5, exportedAt, DeadlineCalculator.DEFAULT_ZONE,
                        DeadlineCalculator.DEFAULT_SCHOOL_DAY_END, DeadlineCalculator.DEFAULT_IMMEDIATE_WINDOW)
                : calculator.dueAt(DeadlineKind.WORKING_DAYS_5, exportedAt, school.timeZone(), school.schoolDayEnd(),
                        school.immediateWindow());
    }

    ZoneId zone(School school) {
        return school == null ? DeadlineCalculator.DEFAULT_ZONE : school.timeZone();
    }

    ExportView view(FileTransfer t, School school) {
        Instant due = dueBy(t.exportedAt, school);
        boolean received = t.receiptAt != null;
        return new ExportView(t.id, t.schoolId, t.pupilRef, Attribution.of(t.exportedBy, t.exportedByName, null),
                t.exportedAt, t.toSchool, t.reason, t.incidentCount, t.keyId, t.archiveSha256, link(t), due, received,
                !received && !clock.instant().isBefore(due),
                received ? new ExportView.Receipt(t.receiptAt, t.receiptBy, t.receiptNote, t.receiptRecordedBy) : null);
    }

    /** Where the archive is downloaded. */
    static String link(FileTransfer t) {
        return "/api/pupils/" + URLEncoder.encode(t.pupilRef, StandardCharsets.UTF_8).replace("+", "%20")
                + "/file/exports/" + t.id + "/archive";
    }
}
