-- A local authority's or a trust's staff may be bound to hundreds of schools (the first admin is bound to every
-- configured school): 4,000 characters held about 250 ids. Same statement on H2 and PostgreSQL.
ALTER TABLE app_user ALTER COLUMN school_ids SET DATA TYPE VARCHAR(1000000);
ALTER TABLE api_key ALTER COLUMN school_ids SET DATA TYPE VARCHAR(1000000);
