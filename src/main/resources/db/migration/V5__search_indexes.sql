-- Doctor search and the chamber day list at full scale (10,000 doctors, 30,000 chambers, 80,000
-- weekly sessions, 2,000,000 appointments): indexes for the parts of those queries that scanned a
-- whole table. See docs/decisions/0018-search-indexes.md.
--
-- pg_trgm ships with PostgreSQL (and Supabase, in its "extensions" schema). Its trigram indexes
-- serve LIKE '%...%' and LIKE '% word%', which a btree cannot.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Free-text search: a word of the doctor's name starts with the text ('% rah%'), and the name
-- itself does ('rah%'; Doctor_name_idx serves that too, the planner picks).
CREATE INDEX "Doctor_name_trgm_idx" ON "Doctor" USING gin (lower("name") gin_trgm_ops);

-- Free-text search: the specialty starts with the text.
CREATE INDEX "Doctor_specialty_prefix_idx" ON "Doctor" (lower("specialty") text_pattern_ops);

-- Free-text search: an active chamber's name contains the text ...
CREATE INDEX "DoctorChamber_name_trgm_idx" ON "DoctorChamber" USING gin (lower("name") gin_trgm_ops)
    WHERE "isActive";

-- ... or its area starts with it.
CREATE INDEX "DoctorChamber_area_prefix_idx" ON "DoctorChamber" (lower("area") text_pattern_ops)
    WHERE "isActive";

-- "Available today": does this doctor have an active session on this weekday? (V1 indexed
-- sessions only by chamber.)
CREATE INDEX "ChamberSession_doctorId_day_idx" ON "ChamberSession" ("doctorId", "dayOfWeek")
    WHERE "isActive";

-- A chamber's day list: the chambers at the same place (same name and address) as this one.
CREATE INDEX "DoctorChamber_place_idx" ON "DoctorChamber" ("name", "address");
