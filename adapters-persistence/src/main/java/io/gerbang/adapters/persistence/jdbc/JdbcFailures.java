package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.StoreUnavailable;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Turns "the database did not answer" (no connection, connection lost, timeouts: each a
 * {@link NonTransientDataAccessResourceException} or a transient failure in Spring's hierarchy; a commit or
 * rollback that failed, which a connection lost inside a transaction gives, and which would otherwise hide the
 * failure that led to it) into {@link StoreUnavailable}; every other failure stays what it is.
 */
final class JdbcFailures {

    static final String STORE = "postgresql";

    private JdbcFailures() {}

    static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (NonTransientDataAccessResourceException
                | TransientDataAccessException
                | RecoverableDataAccessException
                | CannotCreateTransactionException
                | TransactionSystemException unreachable) {
            throw new StoreUnavailable(STORE, unreachable);
        }
    }

    /**
     * The work's answer, or empty when a unique key refused its insert (a name or a pair already taken); a
     * transaction it ran in is rolled back whole first.
     */
    static <T> Optional<T> unlessTaken(Supplier<T> work) {
        try {
            return Optional.of(guard(work));
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
    }

    static void guard(Runnable work) {
        guard(() -> {
            work.run();
            return null;
        });
    }
}
