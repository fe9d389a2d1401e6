-- Double booking, serials, fees and availability on the platform's own columns
-- (docs/decisions/0002, 0022, 0023). Everything here is additive: one new column ("deskSlot",
-- maintained by the database), new functions, triggers, indexes and one constraint; the
-- platform's slot index is rebuilt under its own name to let a cancelled serial be booked again.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- The clinic's calendar day of an Appointment."date". The platform stores the day at 00:00:00.000;
-- a client in another time zone stores that midnight as its own wall clock (a web server on
-- Dhaka time writes the day before at 18:00, Prisma writing UTC). The nearest midnight is the day
-- meant, for any client between UTC-12 and UTC+12.
CREATE FUNCTION nirnoy_clinic_day(p_date timestamp) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (p_date + interval '12 hours')::date $$;
COMMENT ON FUNCTION nirnoy_clinic_day(timestamp) IS
    'The clinic calendar day an Appointment."date" means: the nearest midnight.';

-- Whether a chamber's daysOfWeek ('Sat,Mon,Wed'; any case, full names too) includes the day.
CREATE FUNCTION nirnoy_sits_on(p_days text, p_day date) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT EXISTS (
        SELECT 1 FROM unnest(string_to_array(p_days, ',')) d
        WHERE lower(left(btrim(d), 3)) = lower(to_char(p_day, 'Dy')))
$$;

-- The serial of a slot: its place in the chamber's session that day (slot 1 at startTime, one per
-- slotDuration, at most maxPatients), or NULL when the chamber does not sit that day or the time
-- is off its grid. One chamber row is one weekly session (docs/decisions/0023).
CREATE FUNCTION nirnoy_serial_of(p_chamber_id integer, p_day date, p_start time) RETURNS integer
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    c record;
    minutes integer;
BEGIN
    SELECT ch."daysOfWeek", ch."startTime"::time AS starts, ch."endTime"::time AS ends,
           ch."slotDuration" AS slot, ch."maxPatients" AS cap
      INTO c FROM "DoctorChamber" ch WHERE ch."id" = p_chamber_id;
    IF NOT FOUND OR c.slot IS NULL OR c.slot <= 0 OR NOT nirnoy_sits_on(c."daysOfWeek", p_day)
            OR p_start < c.starts OR p_start >= c.ends THEN
        RETURN NULL;
    END IF;
    minutes := EXTRACT(EPOCH FROM p_start - c.starts)::integer / 60;
    -- on the grid, within the cap, and ending by the session's end
    IF minutes % c.slot <> 0
            OR minutes / c.slot >= LEAST(coalesce(c.cap, 2147483647),
                                         (EXTRACT(EPOCH FROM c.ends - c.starts)::integer / 60) / c.slot) THEN
        RETURN NULL;
    END IF;
    RETURN minutes / c.slot + 1;
END
$$;
COMMENT ON FUNCTION nirnoy_serial_of(integer, date, time) IS
    'Serial of the slot starting at p_start at the chamber on p_day, or NULL when off its schedule.';

-- The platform's fee rule, in one place (the desk's booking and its screens read it from here):
-- the chamber's fee, else the doctor's; a follow-up: the chamber's follow-up fee, else the
-- doctor's, else half the fee; a report check: the chamber's, else the doctor's, else 30% of the
-- fee (rounded, as the web rounds).
CREATE FUNCTION nirnoy_visit_fee(p_chamber_id integer, p_visit_type text) RETURNS integer
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE p_visit_type
        WHEN 'FOLLOW_UP' THEN coalesce(c."followUpFee", d."consultationFeeFollowUp",
                                       round(coalesce(c."consultationFee", d."consultationFeeNew") * 0.5)::integer)
        WHEN 'REPORT_CHECK' THEN coalesce(c."reportCheckFee", d."consultationFeeReport",
                                       round(coalesce(c."consultationFee", d."consultationFeeNew") * 0.3)::integer)
        ELSE coalesce(c."consultationFee", d."consultationFeeNew")
    END
    FROM "DoctorChamber" c JOIN "Doctor" d ON d."id" = c."doctorId"
    WHERE c."id" = p_chamber_id
$$;
COMMENT ON FUNCTION nirnoy_visit_fee(integer, text) IS
    'Fee of a visit (NEW, FOLLOW_UP, REPORT_CHECK) at a chamber, by the platform''s rule.';

-- ---------------------------------------------------------------------------------------------
-- The time an appointment holds, maintained by the database for every client: from the clinic
-- day and startTime to endTime, or, when endTime is empty (the web leaves it empty), one slot of
-- the chamber's slotDuration (taken when the row is booked or moved; a later change of the
-- chamber's slot length does not move what it holds). The same trigger gives the appointment its
-- chamber's clinic, and the serial of its slot (decision 0023: a web booking's count+1 serial is
-- replaced by its slot's; off the grid, none; a slot whose serial a booking made under an older
-- schedule holds gets the next serial after the day's highest).
-- ---------------------------------------------------------------------------------------------
ALTER TABLE "Appointment" ADD COLUMN "deskSlot" tsrange;
COMMENT ON COLUMN "Appointment"."deskSlot" IS
    'Desk addition, maintained by a trigger: the clinic-local time the appointment holds (the overlap rule reads it).';

CREATE FUNCTION nirnoy_appointment_fill() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    ch     record;
    day    date := nirnoy_clinic_day(NEW."date");
    moved  boolean := TG_OP = 'INSERT' OR NEW."chamberId" <> OLD."chamberId" OR NEW."date" <> OLD."date"
                      OR NEW."startTime" <> OLD."startTime"
                      OR NEW."endTime" IS DISTINCT FROM OLD."endTime";
    starts timestamp;
    ends   timestamp;
    serial integer;
BEGIN
    IF NOT moved THEN
        -- a status change keeps the time it holds, even if the chamber's slot length changed since
        RETURN NEW;
    END IF;
    SELECT c."clinicId", c."slotDuration" INTO ch FROM "DoctorChamber" c WHERE c."id" = NEW."chamberId";
    IF TG_OP = 'INSERT' THEN
        NEW."clinicId" := coalesce(NEW."clinicId", ch."clinicId");
    ELSIF NEW."chamberId" <> OLD."chamberId" THEN
        NEW."clinicId" := ch."clinicId";
    END IF;
    starts := day + NEW."startTime"::time;
    IF NEW."endTime" IS NOT NULL AND NEW."endTime"::time > NEW."startTime"::time THEN
        ends := day + NEW."endTime"::time;
    ELSE
        ends := starts + make_interval(mins => greatest(coalesce(ch."slotDuration", 15), 1));
    END IF;
    NEW."deskSlot" := tsrange(starts, ends);
    IF TG_OP = 'INSERT' OR NEW."chamberId" <> OLD."chamberId" OR NEW."date" <> OLD."date"
            OR NEW."startTime" <> OLD."startTime" THEN
        serial := nirnoy_serial_of(NEW."chamberId", day, NEW."startTime"::time);
        -- after a schedule change the slot's serial may be held by a booking numbered under the
        -- old schedule: then the next serial after the day's highest, so a free slot is never
        -- refused for its number
        IF serial IS NOT NULL AND EXISTS (
            SELECT 1 FROM "Appointment" o
            WHERE o."chamberId" = NEW."chamberId" AND nirnoy_clinic_day(o."date") = day
              AND o."serialNumber" = serial AND o."id" IS DISTINCT FROM NEW."id"
              AND o."status" IN ('REQUESTED', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS')) THEN
            SELECT max(o."serialNumber") + 1 INTO serial FROM "Appointment" o
            WHERE o."chamberId" = NEW."chamberId" AND nirnoy_clinic_day(o."date") = day
              AND o."id" IS DISTINCT FROM NEW."id"
              AND o."status" IN ('REQUESTED', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS');
        END IF;
        NEW."serialNumber" := serial;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER "Appointment_desk_fill" BEFORE INSERT OR UPDATE ON "Appointment"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_appointment_fill();

-- Rows the platform made before the desk came: their held time (serials are left as they are,
-- except where they repeat: below). Audit and fill triggers see only the new column.
ALTER TABLE "Appointment" DISABLE TRIGGER "Appointment_audit";
UPDATE "Appointment" a SET "deskSlot" = tsrange(
        nirnoy_clinic_day(a."date") + a."startTime"::time,
        CASE WHEN a."endTime" IS NOT NULL AND a."endTime"::time > a."startTime"::time
             THEN nirnoy_clinic_day(a."date") + a."endTime"::time
             ELSE nirnoy_clinic_day(a."date") + a."startTime"::time
                  + make_interval(mins => greatest(coalesce(
                        (SELECT c."slotDuration" FROM "DoctorChamber" c WHERE c."id" = a."chamberId"), 15), 1))
        END);
ALTER TABLE "Appointment" ENABLE TRIGGER "Appointment_audit";
ALTER TABLE "Appointment" ALTER COLUMN "deskSlot" SET NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- The seed's unique_appointment_slot, under the name Prisma gives it, rebuilt to ignore cancelled
-- rows: a cancelled serial can be booked again (docs/decisions/0024). An identical slot is still
-- refused by it, for the web as before.
-- ---------------------------------------------------------------------------------------------
DROP INDEX IF EXISTS "Appointment_doctorId_chamberId_date_startTime_key";
CREATE UNIQUE INDEX "Appointment_doctorId_chamberId_date_startTime_key"
    ON "Appointment"("doctorId", "chamberId", "date", "startTime") WHERE ("status" <> 'CANCELLED');

-- Made after the slot index on purpose: PostgreSQL checks a table's indexes in the order they
-- were made, so an identical slot is reported by the seed's rule, as the web expects.
-- No doctor is ever booked twice at overlapping times, at one chamber or at two.
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_no_doctor_overlap" EXCLUDE USING gist (
        "doctorId" WITH =,
        "deskSlot" WITH &&
    ) WHERE ("status" <> 'CANCELLED');

-- A serial is never given twice among a chamber-day's active appointments. Repeats the platform
-- made before (count+1 serials) get their slot's serial first.
UPDATE "Appointment" a SET "serialNumber" = nirnoy_serial_of(a."chamberId", nirnoy_clinic_day(a."date"), a."startTime"::time)
WHERE a."status" IN ('REQUESTED', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS')
  AND EXISTS (
      SELECT 1 FROM "Appointment" b
      WHERE b."id" <> a."id" AND b."chamberId" = a."chamberId"
        AND nirnoy_clinic_day(b."date") = nirnoy_clinic_day(a."date")
        AND b."serialNumber" = a."serialNumber"
        AND b."status" IN ('REQUESTED', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS'));
CREATE UNIQUE INDEX "Appointment_serial_key" ON "Appointment" ("chamberId", nirnoy_clinic_day("date"), "serialNumber")
    WHERE ("serialNumber" IS NOT NULL AND "status" IN ('REQUESTED', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS'));

-- ---------------------------------------------------------------------------------------------
-- Bookings only when the doctor sits: an APPROVED doctor, at one of the doctor's own active
-- chambers, not inside leave. The doctor's row is share-locked first, and every change of leave
-- or chambers locks it for update (below), so a booking racing an admin's change either lands
-- before it (and is then listed as stranded) or sees it. Only a new row or a change of doctor,
-- chamber, day or time is checked: a status change of an appointment that later leave
-- stranded still works.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION nirnoy_appointment_available() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    doctor_status text;
    chamber       record;
BEGIN
    IF NEW."status" = 'CANCELLED' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW."doctorId" = OLD."doctorId" AND NEW."chamberId" = OLD."chamberId"
            AND NEW."deskSlot" = OLD."deskSlot" AND OLD."status" <> 'CANCELLED' THEN
        RETURN NEW;
    END IF;
    SELECT d."registrationStatus" INTO doctor_status FROM "Doctor" d WHERE d."id" = NEW."doctorId" FOR SHARE;
    IF doctor_status IS NOT NULL AND doctor_status <> 'APPROVED' THEN
        RAISE EXCEPTION 'Doctor % is not taking appointments (registration %)', NEW."doctorId", doctor_status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_doctor_approved', TABLE = 'Appointment';
    END IF;
    SELECT c."doctorId", c."isActive" INTO chamber FROM "DoctorChamber" c WHERE c."id" = NEW."chamberId";
    IF FOUND AND (chamber."doctorId" <> NEW."doctorId" OR NOT chamber."isActive") THEN
        RAISE EXCEPTION 'Chamber % is not an active chamber of doctor %', NEW."chamberId", NEW."doctorId"
            USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_chamber_of_doctor', TABLE = 'Appointment';
    END IF;
    IF EXISTS (
        SELECT 1 FROM "DoctorLeave" l
        WHERE l."doctorId" = NEW."doctorId"
          AND lower(NEW."deskSlot")::date BETWEEN l."startDate" AND l."endDate"
          AND (l."startTime" IS NULL OR NEW."deskSlot" && tsrange(lower(NEW."deskSlot")::date + l."startTime",
                                                                   lower(NEW."deskSlot")::date + l."endTime"))
    ) THEN
        RAISE EXCEPTION 'Doctor % is on leave at %', NEW."doctorId", lower(NEW."deskSlot")
            USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_not_on_leave', TABLE = 'Appointment';
    END IF;
    RETURN NEW;
END
$$;
-- named to run after Appointment_desk_fill (triggers of one event fire in name order)
CREATE TRIGGER "Appointment_doctor_available" BEFORE INSERT OR UPDATE ON "Appointment"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_appointment_available();

CREATE FUNCTION nirnoy_lock_doctor() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM 1 FROM "Doctor" WHERE "id" = OLD."doctorId" FOR NO KEY UPDATE;
        RETURN OLD;
    END IF;
    PERFORM 1 FROM "Doctor" WHERE "id" = NEW."doctorId" FOR NO KEY UPDATE;
    RETURN NEW;
END
$$;
CREATE TRIGGER "DoctorLeave_locks_doctor" BEFORE INSERT OR UPDATE OR DELETE ON "DoctorLeave"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_lock_doctor();
CREATE TRIGGER "DoctorChamber_locks_doctor" BEFORE UPDATE OR DELETE ON "DoctorChamber"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_lock_doctor();

-- A clinic's day, across its chambers (the chamber day list).
CREATE INDEX "Appointment_clinicId_date_idx" ON "Appointment" ("clinicId", "date");
CREATE INDEX "DoctorChamber_clinicId_idx" ON "DoctorChamber" ("clinicId");
