package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.Tenants;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcTenants implements Tenants {

    private final JdbcTemplate jdbc;

    public JdbcTenants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Tenant> byId(TenantId id) {
        return JdbcFailures.guard(() -> jdbc.query("select id, name, type, is_active from tenants where id = ?",
                (rs, row) -> new Tenant(new TenantId(rs.getLong("id")), rs.getString("name"), rs.getString("type"),
                        rs.getBoolean("is_active")), id.value()).stream().findFirst());
    }
}
