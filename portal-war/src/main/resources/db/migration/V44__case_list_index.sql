-- A social worker's cases, newest first, a page at a time (GET /api/v1/cases: municipio = ? and id < ? order by id
-- desc): with (municipio, phase) alone every case of the Municipio was sorted for each page; the scale benchmark's
-- first page took 74 % longer at 70,000 volunteers (778 cases in a Municipio) than at 1,000 (issue 16).
CREATE INDEX ix_case_municipio_id ON sspt_case (municipio, id);
