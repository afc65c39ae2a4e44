package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.StoreProbe;
import java.sql.Connection;
import javax.sql.DataSource;

public class JdbcStoreProbe implements StoreProbe {

    private final DataSource dataSource;

    public JdbcStoreProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String store() {
        return JdbcFailures.STORE;
    }

    @Override
    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (Exception unreachable) {
            return false;
        }
    }
}
