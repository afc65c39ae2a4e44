package io.gerbang.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AccessValuesTest {

    @Test
    void aUnitIdIsPositiveAndAnAbsentOneStaysAbsent() {
        assertThatThrownBy(() -> new UnitId(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitId(-3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(UnitId.ofNullable(null)).isNull();
        assertThat(UnitId.ofNullable(7L)).isEqualTo(new UnitId(7));
        assertThat(UnitId.valueOf(null)).isNull();
        assertThat(UnitId.valueOf(new UnitId(7))).isEqualTo(7L);
        assertThat(new TreeSet<>(List.of(new UnitId(10), new UnitId(2), new UnitId(3))))
                .containsExactly(new UnitId(2), new UnitId(3), new UnitId(10));
    }

    @Test
    void aPermissionIsNamedByOneTo100CharactersNotBlank() {
        assertThatThrownBy(() -> new Permission("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Permission("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Permission("p".repeat(101))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Permission("p".repeat(100)).name()).hasSize(100);
        assertThat(Permission.setOf("tasks.read", "users.read", "tasks.read"))
                .containsExactlyInAnyOrder(Permissions.TASKS_READ, Permissions.USERS_READ);
    }

    @Test
    void aScopeReachesAUnitByItsIdAndNoUnitOnlyWhenTenantWide() {
        Scope units = new Scope(false, java.util.Set.of(new UnitId(2)));

        assertThat(units.reaches(new UnitId(2))).isTrue();
        assertThat(units.reaches(new UnitId(3))).isFalse();
        assertThat(units.reaches(null)).isFalse();
        assertThat(new Scope(true, java.util.Set.of()).reaches(null)).isTrue();
    }
}
