-- Nirnoy schema, shared with the Nirnoy web platform (Prisma naming: quoted PascalCase tables,
-- camelCase columns). Flyway owns it; the desk's Hibernate mapping only validates it.
--
-- TIME: every "date" and "time" column below is CLINIC LOCAL TIME (Asia/Dhaka, UTC+06:00, no DST).
-- An appointment on 2026-12-01 at 17:00 means 17:00 in Dhaka, wherever the client runs.
-- Columns of type timestamptz (createdAt, updatedAt, ...) are instants.
--
-- IDS: every id is text with a database default, so the web backend, the desk and psql can all
-- insert rows without generating ids themselves.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- ---------------------------------------------------------------------------------------------
-- User: patients, doctors' logins, and staff (receptionists, admins)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "User" (
    "id"           text        NOT NULL DEFAULT gen_random_uuid()::text,
    "phone"        text,
    "email"        text,
    "name"         text        NOT NULL,
    "role"         text        NOT NULL DEFAULT 'PATIENT',
    "gender"       text,
    "dateOfBirth"  date,
    "passwordHash" text,
    "isActive"     boolean     NOT NULL DEFAULT true,
    "createdAt"    timestamptz NOT NULL DEFAULT now(),
    "updatedAt"    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "User_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "User_name_not_blank" CHECK (length(btrim("name")) > 0),
    CONSTRAINT "User_role_known" CHECK ("role" IN ('PATIENT', 'DOCTOR', 'RECEPTIONIST', 'ADMIN')),
    CONSTRAINT "User_gender_known" CHECK ("gender" IS NULL OR "gender" IN ('MALE', 'FEMALE', 'OTHER')),
    -- one canonical form: E.164 (a Bangladeshi mobile is +8801XXXXXXXXX)
    CONSTRAINT "User_phone_canonical" CHECK ("phone" IS NULL OR "phone" ~ '^\+[1-9][0-9]{7,14}$'),
    CONSTRAINT "User_email_lowercase" CHECK ("email" IS NULL OR "email" = lower("email"))
);
COMMENT ON TABLE "User" IS 'Patients, doctors and staff. A phone is not an identity: a family often shares one number.';
COMMENT ON COLUMN "User"."phone" IS 'E.164, e.g. +8801711000001; several patients may share it.';
COMMENT ON COLUMN "User"."dateOfBirth" IS 'Clinic local date (Asia/Dhaka).';
COMMENT ON COLUMN "User"."passwordHash" IS 'Staff only: a slow salted hash, never the password.';
CREATE INDEX "User_phone_idx" ON "User" ("phone");
CREATE INDEX "User_email_idx" ON "User" ("email");
CREATE INDEX "User_role_idx" ON "User" ("role");

-- ---------------------------------------------------------------------------------------------
-- Doctor
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "Doctor" (
    "id"               text          NOT NULL DEFAULT gen_random_uuid()::text,
    "userId"           text,
    "name"             text          NOT NULL,
    "specialty"        text          NOT NULL,
    "qualifications"   text,
    "bmdcNumber"       text,
    "status"           text          NOT NULL DEFAULT 'ACTIVE',
    "rating"           numeric(2, 1) NOT NULL DEFAULT 0,
    "fee"              numeric(10, 2) NOT NULL,
    "followUpFee"      numeric(10, 2),
    "phone"            text,
    "photoUrl"         text,
    "experienceYears"  integer,
    "createdAt"        timestamptz   NOT NULL DEFAULT now(),
    "updatedAt"        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT "Doctor_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Doctor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL,
    CONSTRAINT "Doctor_bmdcNumber_key" UNIQUE ("bmdcNumber"),
    CONSTRAINT "Doctor_name_not_blank" CHECK (length(btrim("name")) > 0),
    CONSTRAINT "Doctor_status_known" CHECK ("status" IN ('ACTIVE', 'ON_LEAVE', 'INACTIVE')),
    CONSTRAINT "Doctor_rating_range" CHECK ("rating" BETWEEN 0 AND 5),
    CONSTRAINT "Doctor_fee_not_negative" CHECK ("fee" >= 0),
    CONSTRAINT "Doctor_followUpFee_not_negative" CHECK ("followUpFee" IS NULL OR "followUpFee" >= 0),
    CONSTRAINT "Doctor_phone_canonical" CHECK ("phone" IS NULL OR "phone" ~ '^\+[1-9][0-9]{7,14}$'),
    CONSTRAINT "Doctor_experienceYears_range" CHECK ("experienceYears" IS NULL OR "experienceYears" BETWEEN 0 AND 80)
);
COMMENT ON TABLE "Doctor" IS 'Doctors. Fees are in BDT (Taka).';
COMMENT ON COLUMN "Doctor"."bmdcNumber" IS 'Bangladesh Medical and Dental Council registration number; unique when present.';
COMMENT ON COLUMN "Doctor"."fee" IS 'New-patient consultation fee, BDT.';
COMMENT ON COLUMN "Doctor"."followUpFee" IS 'Follow-up consultation fee, BDT.';
CREATE INDEX "Doctor_specialty_idx" ON "Doctor" ("specialty");
CREATE INDEX "Doctor_status_idx" ON "Doctor" ("status");
CREATE INDEX "Doctor_rating_idx" ON "Doctor" ("rating");
CREATE INDEX "Doctor_fee_idx" ON "Doctor" ("fee");
-- name prefix search ("Dr Rah..."), case-insensitive
CREATE INDEX "Doctor_name_idx" ON "Doctor" (lower("name") text_pattern_ops);

-- ---------------------------------------------------------------------------------------------
-- DoctorChamber: one doctor sitting at one place (a diagnostic centre, hospital, own practice)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "DoctorChamber" (
    "id"        text        NOT NULL DEFAULT gen_random_uuid()::text,
    "doctorId"  text        NOT NULL,
    "name"      text        NOT NULL,
    "address"   text        NOT NULL,
    "area"      text        NOT NULL,
    "city"      text        NOT NULL DEFAULT 'Dhaka',
    "phone"     text,
    "isActive"  boolean     NOT NULL DEFAULT true,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    "updatedAt" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "DoctorChamber_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DoctorChamber_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor" ("id") ON DELETE RESTRICT,
    -- lets Appointment and ChamberSession reference (chamber, doctor) together, so a row can never
    -- name a chamber of another doctor
    CONSTRAINT "DoctorChamber_id_doctorId_key" UNIQUE ("id", "doctorId"),
    CONSTRAINT "DoctorChamber_name_not_blank" CHECK (length(btrim("name")) > 0),
    CONSTRAINT "DoctorChamber_phone_canonical" CHECK ("phone" IS NULL OR "phone" ~ '^\+[1-9][0-9]{7,14}$')
);
COMMENT ON TABLE "DoctorChamber" IS 'A doctor''s chamber: where and when (see ChamberSession) a doctor sees patients.';
CREATE INDEX "DoctorChamber_doctorId_idx" ON "DoctorChamber" ("doctorId");
CREATE INDEX "DoctorChamber_area_idx" ON "DoctorChamber" ("area");
CREATE INDEX "DoctorChamber_city_idx" ON "DoctorChamber" ("city");
CREATE INDEX "DoctorChamber_isActive_idx" ON "DoctorChamber" ("isActive");
CREATE INDEX "DoctorChamber_city_area_idx" ON "DoctorChamber" ("city", "area");

-- ---------------------------------------------------------------------------------------------
-- ChamberSession (desk): the weekly timetable of a doctor at a chamber
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "ChamberSession" (
    "id"          text        NOT NULL DEFAULT gen_random_uuid()::text,
    "chamberId"   text        NOT NULL,
    "doctorId"    text        NOT NULL,
    "dayOfWeek"   integer     NOT NULL,
    "startTime"   time        NOT NULL,
    "endTime"     time        NOT NULL,
    "slotMinutes" integer     NOT NULL DEFAULT 15,
    "maxSerials"  integer     NOT NULL,
    "isActive"    boolean     NOT NULL DEFAULT true,
    "createdAt"   timestamptz NOT NULL DEFAULT now(),
    "updatedAt"   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "ChamberSession_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ChamberSession_chamber_doctor_fkey" FOREIGN KEY ("chamberId", "doctorId")
        REFERENCES "DoctorChamber" ("id", "doctorId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChamberSession_dayOfWeek_range" CHECK ("dayOfWeek" BETWEEN 1 AND 7),
    CONSTRAINT "ChamberSession_end_after_start" CHECK ("endTime" > "startTime"),
    CONSTRAINT "ChamberSession_slotMinutes_range" CHECK ("slotMinutes" BETWEEN 1 AND 240),
    CONSTRAINT "ChamberSession_maxSerials_range" CHECK ("maxSerials" BETWEEN 1 AND 500),
    -- a doctor cannot sit at two chambers (or twice at one) at overlapping times on the same weekday
    CONSTRAINT "ChamberSession_no_overlap" EXCLUDE USING gist (
        "doctorId" WITH =,
        "dayOfWeek" WITH =,
        tsrange(DATE '2000-01-01' + "startTime", DATE '2000-01-01' + "endTime") WITH &&
    ) WHERE ("isActive")
);
COMMENT ON TABLE "ChamberSession" IS 'Weekly sessions. dayOfWeek is ISO (1 = Monday .. 7 = Sunday); times are clinic local time (Asia/Dhaka).';
COMMENT ON COLUMN "ChamberSession"."maxSerials" IS 'Daily cap of serials in this session.';
CREATE INDEX "ChamberSession_chamberId_idx" ON "ChamberSession" ("chamberId");

-- ---------------------------------------------------------------------------------------------
-- DoctorLeave (desk): a doctor does not sit (whole days, or part of a day when times are set)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "DoctorLeave" (
    "id"        text        NOT NULL DEFAULT gen_random_uuid()::text,
    "doctorId"  text        NOT NULL,
    "startDate" date        NOT NULL,
    "endDate"   date        NOT NULL,
    "startTime" time,
    "endTime"   time,
    "reason"    text,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "DoctorLeave_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DoctorLeave_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor" ("id") ON DELETE CASCADE,
    CONSTRAINT "DoctorLeave_end_not_before_start" CHECK ("endDate" >= "startDate"),
    CONSTRAINT "DoctorLeave_part_day_times" CHECK (
        ("startTime" IS NULL AND "endTime" IS NULL)
        OR ("startTime" IS NOT NULL AND "endTime" IS NOT NULL AND "endTime" > "startTime"))
);
COMMENT ON TABLE "DoctorLeave" IS 'Leave and exceptions; dates and times are clinic local time (Asia/Dhaka). Null times = whole days.';
CREATE INDEX "DoctorLeave_doctorId_dates_idx" ON "DoctorLeave" ("doctorId", "startDate", "endDate");

-- ---------------------------------------------------------------------------------------------
-- Appointment
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "Appointment" (
    "id"           text          NOT NULL DEFAULT gen_random_uuid()::text,
    "patientId"    text          NOT NULL,
    "doctorId"     text          NOT NULL,
    "chamberId"    text          NOT NULL,
    "date"         date          NOT NULL,
    "startTime"    time          NOT NULL,
    "endTime"      time          NOT NULL,
    "serialNumber" integer,
    "status"       text          NOT NULL DEFAULT 'CONFIRMED',
    "type"         text          NOT NULL DEFAULT 'NEW',
    "source"       text          NOT NULL DEFAULT 'WEB',
    "fee"          numeric(10, 2) NOT NULL DEFAULT 0,
    "notes"        text,
    "requestId"    text,
    "bookedById"   text,
    "cancelReason" text,
    "cancelledAt"  timestamptz,
    "createdAt"    timestamptz   NOT NULL DEFAULT now(),
    "updatedAt"    timestamptz   NOT NULL DEFAULT now(),
    "version"      integer       NOT NULL DEFAULT 0,
    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Appointment_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "User" ("id") ON DELETE RESTRICT,
    CONSTRAINT "Appointment_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor" ("id") ON DELETE RESTRICT,
    CONSTRAINT "Appointment_chamber_doctor_fkey" FOREIGN KEY ("chamberId", "doctorId")
        REFERENCES "DoctorChamber" ("id", "doctorId") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Appointment_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User" ("id") ON DELETE SET NULL,
    -- a retried booking (commit outcome unknown) can never create a second appointment
    CONSTRAINT "Appointment_requestId_key" UNIQUE ("requestId"),
    CONSTRAINT "Appointment_end_after_start" CHECK ("endTime" > "startTime"),
    CONSTRAINT "Appointment_fee_not_negative" CHECK ("fee" >= 0),
    CONSTRAINT "Appointment_serialNumber_positive" CHECK ("serialNumber" IS NULL OR "serialNumber" > 0),
    CONSTRAINT "Appointment_status_known" CHECK ("status" IN
        ('PENDING', 'CONFIRMED', 'ARRIVED', 'IN_CONSULTATION', 'COMPLETED', 'NO_SHOW', 'CANCELLED')),
    CONSTRAINT "Appointment_type_known" CHECK ("type" IN ('NEW', 'FOLLOW_UP', 'REPORT')),
    CONSTRAINT "Appointment_source_known" CHECK ("source" IN ('WEB', 'APP', 'DESK', 'PHONE', 'WALK_IN')),
    CONSTRAINT "Appointment_cancellation_consistent" CHECK (("status" = 'CANCELLED') = ("cancelledAt" IS NOT NULL))
);
COMMENT ON TABLE "Appointment" IS 'Bookings. date, startTime and endTime are clinic local time (Asia/Dhaka).';
COMMENT ON COLUMN "Appointment"."serialNumber" IS 'Serial of the slot in the chamber''s day (Bangladeshi practice counts patients by serial); follows from startTime and the weekly sessions, so unique_appointment_slot keeps it unique.';
COMMENT ON COLUMN "Appointment"."requestId" IS 'Client-generated id of the booking request; makes retries idempotent.';
COMMENT ON COLUMN "Appointment"."fee" IS 'Fee charged for this visit, BDT.';

-- The seed's double-booking rule, under the seed's name, fixed to ignore cancelled rows: a
-- cancelled appointment frees its slot. A partial unique index (a UNIQUE constraint cannot have a
-- WHERE clause); violations report it by this name just like a constraint.
CREATE UNIQUE INDEX "unique_appointment_slot" ON "Appointment" ("doctorId", "chamberId", "date", "startTime")
    WHERE ("status" <> 'CANCELLED');
-- Added after unique_appointment_slot on purpose: PostgreSQL checks a table's indexes in the order
-- they were made, so an identical slot is reported by the seed's rule, as the web platform expects.
-- No doctor is ever booked twice at overlapping times, at one chamber or at two. Cancelled
-- appointments hold nothing. (The seed's unique_appointment_slot above only stops identical
-- start times at one chamber; see docs/decisions/0002-double-booking-constraints.md.)
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_no_doctor_overlap" EXCLUDE USING gist (
        "doctorId" WITH =,
        tsrange("date" + "startTime", "date" + "endTime") WITH &&
    ) WHERE ("status" <> 'CANCELLED');


CREATE INDEX "Appointment_patientId_idx" ON "Appointment" ("patientId", "date");
CREATE INDEX "Appointment_doctorId_date_idx" ON "Appointment" ("doctorId", "date", "startTime");
CREATE INDEX "Appointment_chamberId_date_idx" ON "Appointment" ("chamberId", "date", "startTime");
CREATE INDEX "Appointment_date_idx" ON "Appointment" ("date");
CREATE INDEX "Appointment_status_idx" ON "Appointment" ("status");
CREATE INDEX "Appointment_createdAt_idx" ON "Appointment" ("createdAt");
CREATE INDEX "Appointment_bookedById_idx" ON "Appointment" ("bookedById");

-- ---------------------------------------------------------------------------------------------
-- Otp, AiConversation, AiTokenUsage (the web platform's; the desk does not use them)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "Otp" (
    "id"        text        NOT NULL DEFAULT gen_random_uuid()::text,
    "phone"     text        NOT NULL,
    "codeHash"  text        NOT NULL,
    "purpose"   text        NOT NULL DEFAULT 'LOGIN',
    "attempts"  integer     NOT NULL DEFAULT 0,
    "verified"  boolean     NOT NULL DEFAULT false,
    "expiresAt" timestamptz NOT NULL,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "Otp_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Otp_phone_canonical" CHECK ("phone" ~ '^\+[1-9][0-9]{7,14}$'),
    CONSTRAINT "Otp_attempts_not_negative" CHECK ("attempts" >= 0)
);
CREATE INDEX "Otp_phone_idx" ON "Otp" ("phone");
CREATE INDEX "Otp_expiresAt_idx" ON "Otp" ("expiresAt");

CREATE TABLE "AiConversation" (
    "id"        text        NOT NULL DEFAULT gen_random_uuid()::text,
    "userId"    text,
    "title"     text,
    "messages"  jsonb       NOT NULL DEFAULT '[]'::jsonb,
    "createdAt" timestamptz NOT NULL DEFAULT now(),
    "updatedAt" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "AiConversation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AiConversation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE
);
CREATE INDEX "AiConversation_userId_idx" ON "AiConversation" ("userId");

CREATE TABLE "AiTokenUsage" (
    "id"               text          NOT NULL DEFAULT gen_random_uuid()::text,
    "userId"           text,
    "conversationId"   text,
    "model"            text          NOT NULL,
    "promptTokens"     integer       NOT NULL DEFAULT 0,
    "completionTokens" integer       NOT NULL DEFAULT 0,
    "totalTokens"      integer       NOT NULL DEFAULT 0,
    "costUsd"          numeric(12, 6) NOT NULL DEFAULT 0,
    "createdAt"        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT "AiTokenUsage_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AiTokenUsage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL,
    CONSTRAINT "AiTokenUsage_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "AiConversation" ("id") ON DELETE SET NULL,
    CONSTRAINT "AiTokenUsage_tokens_not_negative" CHECK ("promptTokens" >= 0 AND "completionTokens" >= 0 AND "totalTokens" >= 0),
    CONSTRAINT "AiTokenUsage_cost_not_negative" CHECK ("costUsd" >= 0)
);
CREATE INDEX "AiTokenUsage_userId_idx" ON "AiTokenUsage" ("userId");
CREATE INDEX "AiTokenUsage_createdAt_idx" ON "AiTokenUsage" ("createdAt");
