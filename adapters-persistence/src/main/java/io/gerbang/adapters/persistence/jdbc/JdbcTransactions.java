package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.Transactions;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One database transaction around the work. The JDBC adapters' own transactions (on the same data source) join
 * it, so a change that spans two of them is committed or rolled back whole.
 */
public class JdbcTransactions implements Transactions {

    private final TransactionTemplate transaction;

    public JdbcTransactions(DataSource dataSource) {
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public <T> T inOne(Supplier<T> work) {
        return JdbcFailures.guard(() -> transaction.execute(status -> work.get()));
    }
}
