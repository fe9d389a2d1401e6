-- Staff sign-in, the audit trail, the desk's "patients to call" marks, and the rules that keep
-- bookings out of leave and away from doctors who do not sit. See docs/decisions/0007-0009.
--
-- The web platform owns the shape of "User": staff sign-in state lives in a table of its own
-- (StaffLogin) instead of new columns there.

-- ---------------------------------------------------------------------------------------------
-- Staff logins: an active receptionist or admin is found by phone or email, so each is unique
-- among active staff (patients may still share a phone with anyone).
-- ---------------------------------------------------------------------------------------------
CREATE UNIQUE INDEX "User_staff_phone_key" ON "User" ("phone")
    WHERE ("role" IN ('RECEPTIONIST', 'ADMIN') AND "isActive" AND "phone" IS NOT NULL);
CREATE UNIQUE INDEX "User_staff_email_key" ON "User" ("email")
    WHERE ("role" IN ('RECEPTIONIST', 'ADMIN') AND "isActive" AND "email" IS NOT NULL);

CREATE TABLE "StaffLogin" (
    "userId"         text        NOT NULL,
    "failedAttempts" integer     NOT NULL DEFAULT 0,
    "lockedUntil"    timestamptz,
    "lastFailedAt"   timestamptz,
    "lastSignInAt"   timestamptz,
    CONSTRAINT "StaffLogin_pkey" PRIMARY KEY ("userId"),
    CONSTRAINT "StaffLogin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE,
    CONSTRAINT "StaffLogin_failedAttempts_not_negative" CHECK ("failedAttempts" >= 0)
);
COMMENT ON TABLE "StaffLogin" IS 'Desk sign-in state of a staff member: failed attempts in a row and the lock-out they caused.';

-- ---------------------------------------------------------------------------------------------
-- StrandedAppointment (desk): a future appointment that a change (leave, deactivation, a shorter
-- session) left without a doctor. The appointment keeps its status; the desk calls the patient
-- and clears the mark. Never deleted by the desk: clearing records who and when.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "StrandedAppointment" (
    "id"            text        NOT NULL DEFAULT gen_random_uuid()::text,
    "appointmentId" text        NOT NULL,
    "reason"        text        NOT NULL,
    "markedAt"      timestamptz NOT NULL DEFAULT now(),
    "markedById"    text,
    "clearedAt"     timestamptz,
    "clearedById"   text,
    "clearNote"     text,
    CONSTRAINT "StrandedAppointment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "StrandedAppointment_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE CASCADE,
    CONSTRAINT "StrandedAppointment_markedById_fkey" FOREIGN KEY ("markedById") REFERENCES "User" ("id") ON DELETE SET NULL,
    CONSTRAINT "StrandedAppointment_clearedById_fkey" FOREIGN KEY ("clearedById") REFERENCES "User" ("id") ON DELETE SET NULL,
    CONSTRAINT "StrandedAppointment_reason_not_blank" CHECK (length(btrim("reason")) > 0),
    CONSTRAINT "StrandedAppointment_cleared_consistent" CHECK ("clearedAt" IS NOT NULL OR ("clearedById" IS NULL AND "clearNote" IS NULL))
);
COMMENT ON TABLE "StrandedAppointment" IS 'Appointments the desk must call about (doctor on leave, deactivated, session shortened); cleared once called or rebooked.';
-- at most one open mark per appointment
CREATE UNIQUE INDEX "StrandedAppointment_one_open_key" ON "StrandedAppointment" ("appointmentId")
    WHERE ("clearedAt" IS NULL);
CREATE INDEX "StrandedAppointment_open_idx" ON "StrandedAppointment" ("markedAt")
    WHERE ("clearedAt" IS NULL);

-- ---------------------------------------------------------------------------------------------
-- Bookings only when the doctor sits: not for a doctor who is not ACTIVE, not inside leave.
-- The doctor's row is share-locked first, and every change of leave, sessions or chambers locks
-- it for update (below), so a booking racing an admin's change either lands before it (and is
-- then listed as stranded) or sees it. Only a change of doctor, date or time is checked: a
-- status change of an appointment that a later leave stranded still works.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION nirnoy_appointment_available() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    doctor_status text;
BEGIN
    IF NEW."status" = 'CANCELLED' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW."doctorId" = OLD."doctorId" AND NEW."date" = OLD."date"
            AND NEW."startTime" = OLD."startTime" AND NEW."endTime" = OLD."endTime" THEN
        RETURN NEW;
    END IF;
    SELECT d."status" INTO doctor_status FROM "Doctor" d WHERE d."id" = NEW."doctorId" FOR SHARE;
    IF doctor_status IS NOT NULL AND doctor_status <> 'ACTIVE' THEN
        RAISE EXCEPTION 'Doctor % is not taking appointments (status %)', NEW."doctorId", doctor_status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_doctor_active', TABLE = 'Appointment';
    END IF;
    IF EXISTS (
        SELECT 1 FROM "DoctorLeave" l
        WHERE l."doctorId" = NEW."doctorId" AND NEW."date" BETWEEN l."startDate" AND l."endDate"
          AND (l."startTime" IS NULL OR (NEW."startTime" < l."endTime" AND NEW."endTime" > l."startTime"))
    ) THEN
        RAISE EXCEPTION 'Doctor % is on leave on % at %', NEW."doctorId", NEW."date", NEW."startTime"
            USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_not_on_leave', TABLE = 'Appointment';
    END IF;
    RETURN NEW;
END
$$;
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
CREATE TRIGGER "ChamberSession_locks_doctor" BEFORE INSERT OR UPDATE OR DELETE ON "ChamberSession"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_lock_doctor();
CREATE TRIGGER "DoctorChamber_locks_doctor" BEFORE UPDATE OR DELETE ON "DoctorChamber"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_lock_doctor();

-- ---------------------------------------------------------------------------------------------
-- AuditLog: who changed what, when, with old and new values (only the changed columns of an
-- update). The desk names its signed-in staff member per transaction with
-- set_config('nirnoy.actor_id', id, true) (transaction-local, safe behind PgBouncer); writes from
-- the web platform or psql carry no actor and are recorded with actorId NULL. Append-only.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "AuditLog" (
    "id"            bigint      GENERATED ALWAYS AS IDENTITY,
    "tableName"     text        NOT NULL,
    "rowId"         text        NOT NULL,
    "action"        text        NOT NULL,
    "actorId"       text,
    "doctorId"      text,
    "appointmentId" text,
    "at"            timestamptz NOT NULL DEFAULT now(),
    "oldValues"     jsonb,
    "newValues"     jsonb,
    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AuditLog_action_known" CHECK ("action" IN ('INSERT', 'UPDATE', 'DELETE'))
);
COMMENT ON TABLE "AuditLog" IS 'Append-only history of appointments, doctors, chambers, sessions, leave, stranded marks and staff accounts. actorId NULL = not from a signed-in desk (web platform, import, psql). Password hashes are never stored.';
COMMENT ON COLUMN "AuditLog"."actorId" IS 'User id of the signed-in desk staff member (no foreign key: history outlives accounts).';
CREATE INDEX "AuditLog_row_idx" ON "AuditLog" ("tableName", "rowId", "at");
CREATE INDEX "AuditLog_doctorId_idx" ON "AuditLog" ("doctorId", "at") WHERE ("doctorId" IS NOT NULL);
CREATE INDEX "AuditLog_appointmentId_idx" ON "AuditLog" ("appointmentId", "at") WHERE ("appointmentId" IS NOT NULL);
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog" ("actorId", "at") WHERE ("actorId" IS NOT NULL);

CREATE FUNCTION nirnoy_audit() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    old_row    jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row    jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    row_data   jsonb := coalesce(new_row, old_row);
    noise      text[] := ARRAY['updatedAt', 'version', 'passwordHash'];
    old_values jsonb;
    new_values jsonb;
BEGIN
    IF TG_TABLE_NAME = 'User'
            AND coalesce(old_row ->> 'role', '') NOT IN ('RECEPTIONIST', 'ADMIN')
            AND coalesce(new_row ->> 'role', '') NOT IN ('RECEPTIONIST', 'ADMIN') THEN
        RETURN NULL; -- patients are not staff accounts
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT jsonb_object_agg(o.key, o.value), jsonb_object_agg(o.key, new_row -> o.key)
          INTO old_values, new_values
          FROM jsonb_each(old_row) o
         WHERE o.value IS DISTINCT FROM new_row -> o.key AND o.key <> ALL (noise);
        IF old_row -> 'passwordHash' IS DISTINCT FROM new_row -> 'passwordHash' THEN
            -- that the password changed is history; the hash itself never is
            old_values := coalesce(old_values, '{}'::jsonb);
            new_values := coalesce(new_values, '{}'::jsonb) || '{"passwordHash": "(changed)"}'::jsonb;
        END IF;
        IF new_values IS NULL THEN
            RETURN NULL; -- only bookkeeping columns changed
        END IF;
    ELSE
        old_values := old_row - noise;
        new_values := new_row - noise;
    END IF;
    INSERT INTO "AuditLog" ("tableName", "rowId", "action", "actorId", "doctorId", "appointmentId", "oldValues", "newValues")
    VALUES (
        TG_TABLE_NAME,
        row_data ->> 'id',
        TG_OP,
        NULLIF(current_setting('nirnoy.actor_id', true), ''),
        CASE TG_TABLE_NAME WHEN 'Doctor' THEN row_data ->> 'id' ELSE row_data ->> 'doctorId' END,
        CASE TG_TABLE_NAME WHEN 'Appointment' THEN row_data ->> 'id' ELSE row_data ->> 'appointmentId' END,
        old_values,
        new_values);
    RETURN NULL;
END
$$;
CREATE TRIGGER "Appointment_audit" AFTER INSERT OR UPDATE OR DELETE ON "Appointment"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_audit();
CREATE TRIGGER "Doctor_audit" AFTER INSERT OR UPDATE OR DELETE ON "Doctor"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_audit();
CREATE TRIGGER "DoctorChamber_audit" AFTER INSERT OR UPDATE OR DELETE ON "DoctorChamber"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_audit();
CREATE TRIGGER "ChamberSession_audit" AFTER INSERT OR UPDATE OR DELETE ON "ChamberSession"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_audit();
CREATE TRIGGER "DoctorLeave_audit" AFTER INSERT OR UPDATE OR DELETE ON "DoctorLeave"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_audit();
CREATE TRIGGER "StrandedAppointment_audit" AFTER INSERT OR UPDATE OR DELETE ON "StrandedAppointment"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_audit();
CREATE TRIGGER "User_staff_audit" AFTER INSERT OR UPDATE OR DELETE ON "User"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_audit();

CREATE FUNCTION nirnoy_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit history cannot be changed or deleted'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'AuditLog_append_only', TABLE = 'AuditLog';
END
$$;
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_audit_append_only();
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
    FOR EACH STATEMENT EXECUTE FUNCTION nirnoy_audit_append_only();
