package org.esafety.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.audit.AuditVerifier;
import org.esafety.common.Attribution;
import org.esafety.common.Sha256;
import org.esafety.incident.IncidentView;
import org.esafety.school.School;

/**
 * Packs a child's file into its archive: {@code file.json} (the document, each incident with its audit chain's
 * verification at this moment), {@code file.pdf} (the same, laid out), and {@code signature.json} over both.
 */
@ApplicationScoped
public class FilePacker {

    private final AuditVerifier verifier;
    private final Signatures signatures;
    private final ReceiptDeadlines deadlines;
    private final ObjectMapper mapper;

    public FilePacker(AuditVerifier verifier, Signatures signatures, ReceiptDeadlines deadlines, ObjectMapper mapper) {
        this.verifier = verifier;
        this.signatures = signatures;
        this.deadlines = deadlines;
        this.mapper = mapper;
    }

    /** Fills in the export's archive, its sha256 and the key it was signed with. */
    void pack(FileTransfer t, School school, List<IncidentView> incidents, Attribution by) {
        ChildFile file = new ChildFile(ChildFile.FORMAT, t.id, t.schoolId, school == null ? t.schoolId : school.name(),
                t.pupilRef, t.exportedAt, by, t.toSchool, t.reason, incidents.stream()
                        .map(v -> ChildFile.entry(v, t.pupilRef, verifier.verifyIncident(v.id()))).toList());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Archive.FILE_JSON, json(file));
        files.put(Archive.FILE_PDF, FilePdf.render(file, deadlines.zone(school)));
        Signature signature = signatures.sign(files);
        files.put(Archive.SIGNATURE, json(signature));
        t.archive = Archive.zip(files);
        t.archiveSha256 = Sha256.hex(t.archive);
        t.keyId = signature.keyId();
    }

    private byte[] json(Object document) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException("the file could not be written as JSON", e);
        }
    }
}
