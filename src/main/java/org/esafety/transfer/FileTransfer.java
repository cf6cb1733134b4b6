package org.esafety.transfer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;

import org.esafety.common.StringListConverter;

/**
 * One export of a pupil's child-protection file to another school (table {@code file_transfer}): who sent it, when,
 * where and why, the archive exactly as sent with its sha256, and the receipt once the receiving school confirms.
 */
@Entity
public class FileTransfer extends PanacheEntityBase {

    @Id
    public UUID id;
    public String schoolId;
    public String pupilRef;
    public String exportedBy;
    public String exportedByName;
    public Instant exportedAt;
    public String toSchool;
    public String reason;
    public int incidentCount;
    /** The incidents the file carried. */
    @Convert(converter = StringListConverter.class)
    public List<String> incidentIds;
    public String keyId;
    public String archiveSha256;
    /** Read only when the archive is downloaded, not with every list. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] archive;
    public Instant receiptAt;
    public String receiptBy;
    public String receiptNote;
    public String receiptRecordedBy;
    /** The subjects' positions of the included incidents ({@code ,DSL,HEADTEACHER,}); null for none. */
    public String subjectRoles;
}
