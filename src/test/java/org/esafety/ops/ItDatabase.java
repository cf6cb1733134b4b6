package org.esafety.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;

/**
 * A fresh PostgreSQL database for one packaged-instance test, on the server of the PostgreSQL leg
 * ({@code ESAFETY_TEST_DB_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/esafety_test}): named after
 * that database plus a suffix ({@code esafety_test_kill}), dropped first if a previous run left it, and dropped
 * again when closed.
 */
public final class ItDatabase implements AutoCloseable {

    public static final String USER = "postgres";

    private final String server;
    private final String name;

    private ItDatabase(String server, String name) {
        this.server = server;
        this.name = name;
    }

    public static ItDatabase fresh(String suffix) throws SQLException {
        String base = System.getenv().getOrDefault("ESAFETY_TEST_DB_URL",
                System.getProperty("ESAFETY_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/esafety_test"));
        int slash = base.lastIndexOf('/');
        String baseName = base.substring(slash + 1).replaceAll("\\?.*$", "");
        ItDatabase db = new ItDatabase(base.substring(0, slash + 1), (baseName + "_" + suffix).toLowerCase());
        db.admin("DROP DATABASE IF EXISTS " + db.name + " WITH (FORCE)");
        db.admin("CREATE DATABASE " + db.name);
        return db;
    }

    /**
     * A fresh database with the service's migrations and the rows of {@code dataFile} (SQL statements, one per
     * {@code ;} at a line's end, {@code --} comments), analysed so that the planner knows their sizes.
     */
    public static ItDatabase migratedWith(String suffix, String dataFile) throws SQLException, IOException {
        ItDatabase db = fresh(suffix);
        Flyway.configure().dataSource(db.jdbcUrl(), USER, "")
                .locations("filesystem:src/main/resources/db/migration").load().migrate();
        String data = Files.readString(Path.of(dataFile));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String statement : data.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            s.execute("ANALYZE");
        }
        return db;
    }

    public String jdbcUrl() {
        return server + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    /** The single number a query such as {@code SELECT count(*) ...} answers. */
    long number(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The first column of every row. */
    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
