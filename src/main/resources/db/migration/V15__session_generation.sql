-- Issue 17: server-side revocation of staff sessions. Every session cookie names the generation of its user's
-- sessions it was issued in; signing out, a password change or reset and disabling the user count it up, and a
-- cookie of an older generation is refused (org.esafety.access.Sessions).
ALTER TABLE app_user ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
