package io.gerbang.adapters.persistence.telemetry;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * PostgreSQL's round trips, counted where they happen: each statement executed (the {@code execute*} methods of
 * a statement) and each commit or rollback is one, timed and counted as failed when it throws; a connection that
 * cannot be had is a failure too. Everything else passes straight through to the data source behind.
 */
public final class MeteredDataSource extends DelegatingDataSource {

    private static final Set<String> ROUND_TRIPS_OF_A_CONNECTION = Set.of("commit", "rollback");

    private final StoreRoundTrips trips;

    public MeteredDataSource(DataSource behind, StoreRoundTrips trips) {
        super(behind);
        this.trips = trips;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return metered(obtainTargetDataSource().getConnection());
        } catch (SQLException | RuntimeException none) {
            trips.unmade();
            throw none;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        try {
            return metered(obtainTargetDataSource().getConnection(username, password));
        } catch (SQLException | RuntimeException none) {
            trips.unmade();
            throw none;
        }
    }

    private Connection metered(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new Timing(connection, method -> ROUND_TRIPS_OF_A_CONNECTION.contains(method.getName())));
    }

    /** Times the round-trip methods of one JDBC object, and meters the statements it makes. */
    private final class Timing implements InvocationHandler {

        private final Object target;
        private final java.util.function.Predicate<Method> roundTrip;

        Timing(Object target, java.util.function.Predicate<Method> roundTrip) {
            this.target = target;
            this.roundTrip = roundTrip;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return call(method, args);
            }
            if (!roundTrip.test(method)) {
                Object result = call(method, args);
                if (result instanceof Statement statement
                        && method.getReturnType().isInterface()) {
                    return Proxy.newProxyInstance(
                            Statement.class.getClassLoader(),
                            new Class<?>[] {method.getReturnType()},
                            new Timing(statement, called -> called.getName().startsWith("execute")));
                }
                return result;
            }
            long started = System.nanoTime();
            boolean failed = true;
            try {
                Object result = call(method, args);
                failed = false;
                return result;
            } finally {
                trips.record(System.nanoTime() - started, failed);
            }
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }
    }
}
