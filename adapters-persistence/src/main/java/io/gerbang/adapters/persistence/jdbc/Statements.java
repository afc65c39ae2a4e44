package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.domain.access.UnitId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** Prepares a statement whose arguments may include id arrays ({@code Long[]}, bound as {@code bigint[]}). */
final class Statements {

    private Statements() {}

    /** Unit ids as a statement binds them: a {@code bigint[]}. */
    static Long[] unitIds(Collection<UnitId> units) {
        return units.stream().map(UnitId::value).toArray(Long[]::new);
    }

    static PreparedStatement prepare(Connection connection, String sql, List<Object> args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            Object arg = args.get(i);
            if (arg instanceof Long[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("bigint", ids));
            } else {
                statement.setObject(i + 1, arg);
            }
        }
        return statement;
    }
}
