package io.gerbang.adapters.persistence.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema to the current version. Safe to run from every node at once: Flyway takes a lock. */
public final class Migrations {

    private Migrations() {}

    public static void migrate(DataSource dataSource, String schema) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null && !schema.isBlank()) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        configuration.load().migrate();
    }
}
