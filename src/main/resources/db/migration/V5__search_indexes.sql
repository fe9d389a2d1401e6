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
CREATE INDEX "DoctorChamber_name_trgm_idx" ON "DoctorChamber" USING gin (lower("name") gin_trgm_ops);

-- ... or its area starts with it.
CREATE INDEX "DoctorChamber_area_prefix_idx" ON "DoctorChamber" (lower("area") text_pattern_ops);

-- "Available today": at which chambers does this doctor sit on this weekday? V1 indexed sessions
-- only by chamber; the gist index behind ChamberSession_no_overlap can answer too, but a probe
-- costs far more than a btree's. The chamber is included so the probe reads the index alone.
CREATE INDEX "ChamberSession_doctorId_day_idx" ON "ChamberSession" ("doctorId", "dayOfWeek") INCLUDE ("chamberId")
    WHERE "isActive";

-- "Available today" within a specialty: the specialty's active doctors already by rating (the
-- listing's order; name and id, the tie-breakers, are sorted within one rating), so a page stops
-- after its ~30 doctors instead of checking the sessions of every doctor of the specialty and
-- sorting them all. Partial, so it stays small and serves only queries for ACTIVE doctors.
CREATE INDEX "Doctor_active_specialty_rating_idx" ON "Doctor" ("specialty", "rating" DESC)
    WHERE "status" = 'ACTIVE';

-- A chamber's day list: the chambers at the same place (same name and address) as this one.
CREATE INDEX "DoctorChamber_place_idx" ON "DoctorChamber" ("name", "address");

