package io.parley.shared.adapter.jdbc;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database's roles, put in order at every start by the superuser (so that an installation made by an
 * earlier Parley, whose tables the superuser owns, is brought over too). {@link #OWNER} owns the schema and runs the
 * migrations; {@link #RUNTIME}, which Parley's connections use, may only read and write rows: it owns nothing (as
 * row-level security will need) and cannot run programs on the server ({@code COPY ... FROM PROGRAM} is for
 * superusers). docs/configuration.md gives the same roles for an external PostgreSQL.
 */
final class EmbeddedRoles {

    static final String OWNER = "parley_owner";
    static final String RUNTIME = "parley_app";

    private EmbeddedRoles() {}

    static void arrange(DataSource superuser, String database, EmbeddedPasswords passwords) {
        var jdbc = JdbcClient.create(superuser);
        jdbc.sql("""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s; END IF;
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN CREATE ROLE %2$s; END IF;
                END
                $$""".formatted(OWNER, RUNTIME)).update();
        // passwords are base64url (EmbeddedPasswords checks): nothing in them can end the literal
        jdbc.sql("ALTER ROLE " + OWNER + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                + " PASSWORD '" + passwords.owner() + "'").update();
        jdbc.sql("ALTER ROLE " + RUNTIME + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                + " PASSWORD '" + passwords.runtime() + "'").update();
        // CREATE on the database: migrations add trusted extensions (pg_trgm)
        jdbc.sql("GRANT CONNECT, CREATE ON DATABASE " + database + " TO " + OWNER).update();
        jdbc.sql("GRANT CONNECT ON DATABASE " + database + " TO " + RUNTIME).update();
        jdbc.sql("GRANT USAGE, CREATE ON SCHEMA public TO " + OWNER).update();
        jdbc.sql("GRANT USAGE ON SCHEMA public TO " + RUNTIME).update();
        takeOverTables(jdbc);
        jdbc.sql("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " IN SCHEMA public"
                + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + RUNTIME).update();
        jdbc.sql("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " IN SCHEMA public"
                + " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + RUNTIME).update();
        jdbc.sql("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + RUNTIME).update();
        jdbc.sql("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + RUNTIME).update();
    }

    /**
     * Tables (with their indexes and serial sequences) that another role made, such as the superuser under an earlier
     * Parley, pass to the owner; objects of extensions stay where they are.
     */
    private static void takeOverTables(JdbcClient jdbc) {
        jdbc.sql("""
                DO $$
                DECLARE
                    t regclass;
                BEGIN
                    FOR t IN SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                               AND c.relowner <> '%1$s'::regrole
                               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                               AND d.objid = c.oid AND d.deptype = 'e')
                    LOOP
                        EXECUTE format('ALTER TABLE %%s OWNER TO %1$s', t);
                    END LOOP;
                END
                $$""".formatted(OWNER)).update();
    }
}
