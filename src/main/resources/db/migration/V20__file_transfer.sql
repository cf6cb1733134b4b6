-- Issue 20, "the child's file follows the child": each export of a pupil's child-protection file to another school,
-- the archive exactly as it was sent (so that the download is what the record's sha256 names), and the receipt.
CREATE TABLE file_transfer (
    id                  UUID PRIMARY KEY,
    school_id           VARCHAR(100)  NOT NULL,
    pupil_ref           VARCHAR(100)  NOT NULL,
    exported_by         VARCHAR(200)  NOT NULL,
    exported_by_name    VARCHAR(200)  NOT NULL,
    exported_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    to_school           VARCHAR(200)  NOT NULL,
    reason              VARCHAR(2000) NOT NULL,
    incident_count      INTEGER       NOT NULL,
    -- The ids of the incidents the file carried, as a JSON array (at most 500, as a chronology).
    incident_ids        VARCHAR(40000) NOT NULL,
    key_id              VARCHAR(40)   NOT NULL,
    archive_sha256      VARCHAR(64)   NOT NULL,
    archive             BYTEA         NOT NULL,
    receipt_at          TIMESTAMP(6) WITH TIME ZONE,
    receipt_by          VARCHAR(200),
    receipt_note        VARCHAR(2000),
    receipt_recorded_by VARCHAR(200),
    -- The positions the included incidents keep away from them (their subjects', as on incident.subject_roles):
    -- a DSL in one of them neither lists nor downloads the export, as with the incidents themselves.
    subject_roles       VARCHAR(400)
);
CREATE INDEX ix_file_transfer_pupil ON file_transfer (school_id, pupil_ref, exported_at);
