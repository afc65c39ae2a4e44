package io.gerbang.adapters.persistence.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The bulkhead in front of PostgreSQL: at most {@code callers} threads may hold or wait for a connection at
 * once; one more is refused at once (and answered 503), never queued. So a database that stalls holds at
 * most that many threads, each for its own timeout, and every other thread of the node stays free for
 * work that does not need the database.
 */
public final class GatedDataSource extends DelegatingDataSource {

    private final Semaphore callers;

    public GatedDataSource(DataSource pool, int callers) {
        super(pool);
        this.callers = new Semaphore(callers);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return admitted(() -> obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return admitted(() -> obtainTargetDataSource().getConnection(username, password));
    }

    private interface Opening {
        Connection open() throws SQLException;
    }

    private Connection admitted(Opening opening) throws SQLException {
        if (!callers.tryAcquire()) {
            throw new SQLTransientConnectionException("every database caller slot is taken", "08001");
        }
        try {
            return releasingOnClose(opening.open());
        } catch (SQLException | RuntimeException failed) {
            callers.release();
            throw failed;
        }
    }

    private Connection releasingOnClose(Connection connection) {
        AtomicBoolean released = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException failed) {
                    throw failed.getCause();
                } finally {
                    if (released.compareAndSet(false, true)) {
                        callers.release();
                    }
                }
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
        };
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }
}
