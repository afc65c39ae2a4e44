-- A unit may have a short code (a study programme's TI, SI: domain UnitCode), unique in its tenant; what campus
-- apps call prodi_id.
alter table units add column code text;
alter table units add constraint units_code_shape check (code ~ '^[A-Z0-9-]{1,16}$');
create unique index units_code_unique on units (tenant_id, code);
