-- Issue 16, "nothing typed is lost": a page form sent after the person's session ended is kept here, on the server
-- (never in the browser's storage: staffroom computers are shared), until the same person signs in again in the same
-- browser and gets it back on the same form, or until it expires. The browser holds only a random token in an
-- HttpOnly cookie; the table holds its SHA-256. org.esafety.web.FormDrafts.
CREATE TABLE form_draft (
    token_hash  VARCHAR(64)              NOT NULL PRIMARY KEY,
    author      VARCHAR(320)             NOT NULL,
    form_key    VARCHAR(100)             NOT NULL,
    page        VARCHAR(500)             NOT NULL,
    fields      TEXT                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX form_draft_expires ON form_draft (expires_at);
