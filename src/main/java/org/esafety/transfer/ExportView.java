package org.esafety.transfer;

import java.time.Instant;
import java.util.UUID;

import org.esafety.common.Attribution;

/**
 * An export of a child's file as the API lists it: who sent it where, when and why, how many incidents it carried,
 * the archive's sha256 and where to download it, by when the receiving school should confirm receipt (five working
 * days, the school's calendar), whether that is overdue, and the receipt once recorded.
 */
public record ExportView(UUID id, String schoolId, String pupil, Attribution exportedBy, Instant exportedAt,
                         String toSchool, String reason, int incidents, String keyId, String archiveSha256,
                         String archive, Instant receiptDueBy, boolean received, boolean overdue, Receipt receipt) {

    /** The receiving school's confirmation, and who recorded it here. */
    public record Receipt(Instant at, String receivedBy, String note, String recordedBy) {
    }
}
