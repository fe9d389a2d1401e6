-- The desk's own tables, beside the platform's (docs/decisions/0022-platform-schema-base.md). Each
-- has a name of its own; none changes a platform table. Desk-owned instants are timestamptz.

-- ---------------------------------------------------------------------------------------------
-- DeskStaff: receptionists and desk admins. The platform signs people in by phone OTP and has no
-- receptionist role, so the desk keeps its staff's credentials here, linked to the platform's
-- "User" (one account per phone: a receptionist's User row is an ordinary platform account).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "DeskStaff" (
    "userId"       integer     NOT NULL,
    "name"         text        NOT NULL,
    "role"         text        NOT NULL,
    "passwordHash" text        NOT NULL,
    "isActive"     boolean     NOT NULL DEFAULT true,
    "createdAt"    timestamptz NOT NULL DEFAULT now(),
    "updatedAt"    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "DeskStaff_pkey" PRIMARY KEY ("userId"),
    CONSTRAINT "DeskStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeskStaff_role_known" CHECK ("role" IN ('RECEPTIONIST', 'ADMIN')),
    CONSTRAINT "DeskStaff_name_not_blank" CHECK (length(btrim("name")) > 0)
);
COMMENT ON TABLE "DeskStaff" IS 'Desk staff accounts (receptionists, admins): name, role and a slow salted password hash, never the password. Signed in by the phone or email of their "User".';

CREATE TABLE "StaffLogin" (
    "userId"         integer     NOT NULL,
    "failedAttempts" integer     NOT NULL DEFAULT 0,
    "lockedUntil"    timestamptz,
    "lastFailedAt"   timestamptz,
    "lastSignInAt"   timestamptz,
    CONSTRAINT "StaffLogin_pkey" PRIMARY KEY ("userId"),
    CONSTRAINT "StaffLogin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "DeskStaff" ("userId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StaffLogin_failedAttempts_not_negative" CHECK ("failedAttempts" >= 0)
);
COMMENT ON TABLE "StaffLogin" IS 'Desk sign-in state of a staff member: failed attempts in a row and the lock-out they caused.';

-- ---------------------------------------------------------------------------------------------
-- DoctorLeave: a doctor does not sit (whole days, or part of a day when times are set). Dates and
-- times are the clinic's (Asia/Dhaka).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "DoctorLeave" (
    "id"        SERIAL      NOT NULL,
    "doctorId"  integer     NOT NULL,
    "startDate" date        NOT NULL,
    "endDate"   date        NOT NULL,
    "startTime" time,
    "endTime"   time,
    "reason"    text,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "DoctorLeave_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DoctorLeave_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DoctorLeave_end_not_before_start" CHECK ("endDate" >= "startDate"),
    CONSTRAINT "DoctorLeave_part_day_times" CHECK (
        ("startTime" IS NULL AND "endTime" IS NULL)
        OR ("startTime" IS NOT NULL AND "endTime" IS NOT NULL AND "endTime" > "startTime"))
);
COMMENT ON TABLE "DoctorLeave" IS 'Leave and exceptions (desk); clinic local dates and times (Asia/Dhaka). Null times = whole days.';
CREATE INDEX "DoctorLeave_doctorId_dates_idx" ON "DoctorLeave" ("doctorId", "startDate", "endDate");

-- ---------------------------------------------------------------------------------------------
-- DeskBooking: what the desk knows of an appointment it made that the platform's row has no
-- column for: the request id that makes a retried booking idempotent, who booked it, and how the
-- patient came (at the counter, by phone, walk-in). An appointment without one came from the web.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "DeskBooking" (
    "appointmentId" integer     NOT NULL,
    "requestId"     text        NOT NULL,
    "source"        text        NOT NULL DEFAULT 'DESK',
    "bookedById"    integer,
    "createdAt"     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "DeskBooking_pkey" PRIMARY KEY ("appointmentId"),
    CONSTRAINT "DeskBooking_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeskBooking_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DeskBooking_source_known" CHECK ("source" IN ('DESK', 'PHONE', 'WALK_IN'))
);
-- a retried booking (commit outcome unknown) can never create a second appointment
CREATE UNIQUE INDEX "DeskBooking_requestId_key" ON "DeskBooking" ("requestId");
COMMENT ON TABLE "DeskBooking" IS 'Desk-made appointments: request id (idempotent retries), booker and source. No row = booked on the web.';

-- ---------------------------------------------------------------------------------------------
-- StrandedAppointment: a future appointment that a change (leave, suspension, a shorter schedule)
-- left without a doctor. The appointment keeps its status; the desk calls the patient and clears
-- the mark. Never deleted by the desk: clearing records who and when.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "StrandedAppointment" (
    "id"            SERIAL      NOT NULL,
    "appointmentId" integer     NOT NULL,
    "reason"        text        NOT NULL,
    "markedAt"      timestamptz NOT NULL DEFAULT now(),
    "markedById"    integer,
    "clearedAt"     timestamptz,
    "clearedById"   integer,
    "clearNote"     text,
    CONSTRAINT "StrandedAppointment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "StrandedAppointment_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StrandedAppointment_markedById_fkey" FOREIGN KEY ("markedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StrandedAppointment_clearedById_fkey" FOREIGN KEY ("clearedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StrandedAppointment_reason_not_blank" CHECK (length(btrim("reason")) > 0),
    CONSTRAINT "StrandedAppointment_cleared_consistent" CHECK ("clearedAt" IS NOT NULL OR ("clearedById" IS NULL AND "clearNote" IS NULL))
);
COMMENT ON TABLE "StrandedAppointment" IS 'Appointments the desk must call about (doctor on leave, suspended, schedule shortened); cleared once called or rebooked.';
CREATE UNIQUE INDEX "StrandedAppointment_one_open_key" ON "StrandedAppointment" ("appointmentId")
    WHERE ("clearedAt" IS NULL);
CREATE INDEX "StrandedAppointment_open_idx" ON "StrandedAppointment" ("markedAt")
    WHERE ("clearedAt" IS NULL);

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
    "actorId"       integer,
    "doctorId"      integer,
    "appointmentId" integer,
    "at"            timestamptz NOT NULL DEFAULT now(),
    "oldValues"     jsonb,
    "newValues"     jsonb,
    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AuditLog_action_known" CHECK ("action" IN ('INSERT', 'UPDATE', 'DELETE'))
);
COMMENT ON TABLE "AuditLog" IS 'Append-only history of appointments, doctors, chambers, leave, stranded marks and staff accounts. actorId NULL = not from a signed-in desk (web platform, import, psql). Password hashes are never stored.';
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
    -- bookkeeping the desk maintains itself, and the hash that must never be copied
    noise      text[] := ARRAY['updatedAt', 'passwordHash', 'deskSlot'];
    old_values jsonb;
    new_values jsonb;
BEGIN
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
        coalesce(row_data ->> 'id', row_data ->> 'userId'),
        TG_OP,
        NULLIF(current_setting('nirnoy.actor_id', true), '')::integer,
        (CASE TG_TABLE_NAME WHEN 'Doctor' THEN row_data ->> 'id' ELSE row_data ->> 'doctorId' END)::integer,
        (CASE TG_TABLE_NAME WHEN 'Appointment' THEN row_data ->> 'id' ELSE row_data ->> 'appointmentId' END)::integer,
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
CREATE TRIGGER "DoctorLeave_audit" AFTER INSERT OR UPDATE OR DELETE ON "DoctorLeave"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_audit();
CREATE TRIGGER "StrandedAppointment_audit" AFTER INSERT OR UPDATE OR DELETE ON "StrandedAppointment"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_audit();
CREATE TRIGGER "DeskStaff_audit" AFTER INSERT OR UPDATE OR DELETE ON "DeskStaff"
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
