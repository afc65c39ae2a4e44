-- Two branches of one company, or two units of one branch, never share a name, whatever its case: the operator
-- names each when opening it (gerbang admin create-branch, create-unit).
create unique index branches_name_unique on branches (company_id, lower(name));
create unique index units_name_unique on units (branch_id, lower(name));
