-- Doctor search and the chamber day list at full scale (10,000 doctors, 30,000 chambers,
-- 2,000,000 appointments): indexes for the parts of those queries that would scan a whole table.
-- See docs/decisions/0018-search-indexes.md.
--
-- pg_trgm ships with PostgreSQL (and Supabase, in its "extensions" schema). Its trigram indexes
-- serve LIKE '%...%' and LIKE '% word%', which a btree cannot.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Free-text search: a word of the doctor's English or Bangla name starts with the text.
CREATE INDEX "Doctor_nameEn_trgm_idx" ON "Doctor" USING gin (lower("nameEn") gin_trgm_ops);
CREATE INDEX "Doctor_nameBn_trgm_idx" ON "Doctor" USING gin ("nameBn" gin_trgm_ops);
-- ... or the name itself does ('rah%').
CREATE INDEX "Doctor_nameEn_prefix_idx" ON "Doctor" (lower("nameEn") text_pattern_ops);

-- Free-text search: the specialty starts with the text.
CREATE INDEX "Doctor_specialty_prefix_idx" ON "Doctor" (lower("primarySpecialty") text_pattern_ops);

-- Free-text search: an active chamber's name contains the text ...
CREATE INDEX "DoctorChamber_name_trgm_idx" ON "DoctorChamber" USING gin (lower("name") gin_trgm_ops);

-- ... or its area starts with it.
CREATE INDEX "DoctorChamber_area_prefix_idx" ON "DoctorChamber" (lower("area") text_pattern_ops);

-- "Available today" within a specialty: the specialty's bookable doctors already by rating (the
-- listing's order), so a page stops after its ~30 doctors. Partial: only APPROVED doctors.
CREATE INDEX "Doctor_approved_specialty_rating_idx" ON "Doctor" ("primarySpecialty", "averageRating" DESC)
    WHERE "registrationStatus" = 'APPROVED';
