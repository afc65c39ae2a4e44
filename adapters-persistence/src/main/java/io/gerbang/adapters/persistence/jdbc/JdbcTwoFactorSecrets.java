package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.adapters.persistence.secret.SecretBox;
import io.gerbang.application.port.out.TwoFactorSecrets;
import io.gerbang.domain.twofactor.SecondFactorCode.RecoveryCode;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.user.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TOTP secrets in the users table, sealed with AES-GCM bound to the user's id, and recovery codes as keyed
 * hashes; {@code two_factor_enabled} changes in the same transaction as the secret and the codes.
 */
public class JdbcTwoFactorSecrets implements TwoFactorSecrets {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SecretBox box;

    public JdbcTwoFactorSecrets(JdbcTemplate jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        this.box = box;
    }

    @Override
    public void keepPending(UserId user, TotpSecret secret) {
        byte[] sealed = box.seal(secret.bytes(), context(user));
        JdbcFailures.guard(() -> jdbc.update(
                "update users set totp_pending = ? where id = ? and not two_factor_enabled", sealed, user.value()));
    }

    @Override
    public Optional<TotpSecret> pending(UserId user) {
        return secret("select totp_pending from users where id = ? and not two_factor_enabled", user);
    }

    @Override
    public Optional<TotpSecret> active(UserId user) {
        return secret("select totp_secret from users where id = ? and two_factor_enabled", user);
    }

    @Override
    public boolean enable(UserId user, TotpSecret confirmed, List<RecoveryCode> recoveryCodes, Instant now) {
        Boolean enabled = JdbcFailures.guard(() -> transaction.execute(status -> {
            // the row stays locked until the switch: no setup can replace the pending secret in between
            Optional<TotpSecret> pending =
                    secret("select totp_pending from users where id = ? and not two_factor_enabled for update", user);
            if (!pending.equals(Optional.of(confirmed))) {
                return false;
            }
            int changed = jdbc.update("""
                    update users set totp_secret = totp_pending, totp_pending = null, two_factor_enabled = true,
                           updated_at = ?
                     where id = ? and totp_pending is not null and not two_factor_enabled
                     """, Timestamp.from(now), user.value());
            if (changed == 0) {
                return false;
            }
            jdbc.update("delete from recovery_codes where user_id = ?", user.value());
            jdbc.batchUpdate(
                    "insert into recovery_codes (user_id, code_hash) values (?, ?)",
                    recoveryCodes.stream()
                            .map(code -> new Object[] {user.value(), box.hash(code.characters())})
                            .toList());
            return true;
        }));
        return Boolean.TRUE.equals(enabled);
    }

    @Override
    public boolean disable(UserId user, Instant now) {
        Boolean disabled = JdbcFailures.guard(() -> transaction.execute(status -> {
            int changed = jdbc.update("""
                    update users set totp_secret = null, totp_pending = null, two_factor_enabled = false, updated_at = ?
                     where id = ? and two_factor_enabled""", Timestamp.from(now), user.value());
            jdbc.update("delete from recovery_codes where user_id = ?", user.value());
            return changed > 0;
        }));
        return Boolean.TRUE.equals(disabled);
    }

    @Override
    public boolean useRecoveryCode(UserId user, RecoveryCode code, Instant now) {
        // one statement: of two requests with one code, only one finds it unused
        int used = JdbcFailures.guard(() -> jdbc.update(
                "update recovery_codes set used_at = ? where user_id = ? and code_hash = ? and used_at is null",
                Timestamp.from(now),
                user.value(),
                box.hash(code.characters())));
        return used == 1;
    }

    private Optional<TotpSecret> secret(String sql, UserId user) {
        List<byte[]> rows = JdbcFailures.guard(() -> jdbc.query(sql, (rs, n) -> rs.getBytes(1), user.value()));
        if (rows.isEmpty() || rows.get(0) == null) {
            return Optional.empty();
        }
        // GERBANG_DATA_KEY changed under stored secrets: fail closed (503), never skip the second factor
        return Optional.of(new TotpSecret(box.openStored(rows.get(0), context(user))));
    }

    private static String context(UserId user) {
        return "totp:" + user.value();
    }
}
