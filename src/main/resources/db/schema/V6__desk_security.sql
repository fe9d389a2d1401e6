-- The desk on a shared platform database (docs/security.md, docs/decisions/0025): the desk is
-- not the owner. Counter PCs connect as logins in the NOLOGIN group role nirnoy_desk, which owns
-- nothing and holds exactly the grants below. Who is signed in comes from the database itself:
-- staff sign in through nirnoy_sign_in (bcrypt checked here, lock-out counted here) and every
-- transaction presents the opaque token it returned; row-level security and SECURITY DEFINER
-- functions decide what that verified staff member may do. The policies apply to nirnoy_desk
-- only: every other role (the web backend, the owner, psql as the owner) works as before.
--
-- Functions that run as their owner get a fixed search_path: the migration's own schema, then
-- Supabase's "extensions" schema (where it keeps pgcrypto), then pg_temp last.
SELECT set_config('search_path', quote_ident(current_schema()) || ', extensions, pg_temp', true);

CREATE EXTENSION IF NOT EXISTS pgcrypto;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nirnoy_desk') THEN
        CREATE ROLE nirnoy_desk NOLOGIN;
    END IF;
END
$$;
COMMENT ON ROLE nirnoy_desk IS
    'Nirnoy Desk counter PCs: member logins are made by nirnoy-desk db desk-login. Owns nothing; see docs/security.md.';

-- ---------------------------------------------------------------------------------------------
-- Sessions: the database keeps only a token's SHA-256, with an expiry; sign-out revokes it.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE "DeskSession" (
    "tokenHash"   bytea       NOT NULL,
    "userId"      integer     NOT NULL,
    "connectedAs" text        NOT NULL DEFAULT session_user,
    "createdAt"   timestamptz NOT NULL DEFAULT now(),
    "expiresAt"   timestamptz NOT NULL,
    "revokedAt"   timestamptz,
    CONSTRAINT "DeskSession_pkey" PRIMARY KEY ("tokenHash"),
    CONSTRAINT "DeskSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "DeskStaff" ("userId") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "DeskSession_userId_idx" ON "DeskSession" ("userId");
COMMENT ON TABLE "DeskSession" IS
    'Signed-in desk sessions: the SHA-256 of each opaque token (never the token), its staff member, expiry and revocation.';

-- An account made without a password yet (its password is set in the same transaction through
-- nirnoy_staff_set_password); '!' matches no password.
ALTER TABLE "DeskStaff" ALTER COLUMN "passwordHash" SET DEFAULT '!';

-- The staff member of the token this transaction presented (set_config('nirnoy.session', ...)),
-- when it is current, unrevoked and the account active; else NULL.
CREATE FUNCTION nirnoy_session_user() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT s."userId"
    FROM "DeskSession" s JOIN "DeskStaff" st ON st."userId" = s."userId"
    WHERE s."tokenHash" = sha256(convert_to(NULLIF(current_setting('nirnoy.session', true), ''), 'UTF8'))
      AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND st."isActive"
$$;
COMMENT ON FUNCTION nirnoy_session_user() IS
    'User id of the staff member whose valid session token this transaction presented, else NULL.';

CREATE FUNCTION nirnoy_session_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT st."role"
    FROM "DeskSession" s JOIN "DeskStaff" st ON st."userId" = s."userId"
    WHERE s."tokenHash" = sha256(convert_to(NULLIF(current_setting('nirnoy.session', true), ''), 'UTF8'))
      AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND st."isActive"
$$;
COMMENT ON FUNCTION nirnoy_session_role() IS
    'RECEPTIONIST or ADMIN: the role of the staff member of this transaction''s valid session, else NULL.';

-- Presents a token for the rest of the transaction and says whose it is; an unknown, expired or
-- revoked token (or a deactivated account) is refused, so a desk learns at once that it must
-- sign in again instead of seeing empty lists.
CREATE FUNCTION nirnoy_use_session(p_token text) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    who integer;
BEGIN
    PERFORM set_config('nirnoy.session', coalesce(p_token, ''), true);
    who := nirnoy_session_user();
    IF who IS NULL THEN
        RAISE EXCEPTION 'The desk session has ended: sign in again'
            USING ERRCODE = 'invalid_authorization_specification', CONSTRAINT = 'DeskSession_valid';
    END IF;
    RETURN who;
END
$$;

-- True for a desk login: a role with the privileges of nirnoy_desk that is not a superuser (a
-- superuser has every role's privileges). The owner, the web backend and an IT person's psql are
-- not desks.
CREATE FUNCTION nirnoy_is_desk(p_role name) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(p_role, 'nirnoy_desk', 'USAGE')
       AND NOT coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = p_role), false)
$$;
CREATE FUNCTION nirnoy_not_desk() RETURNS boolean
    LANGUAGE sql STABLE AS $$ SELECT NOT nirnoy_is_desk(current_user) $$;

-- ---------------------------------------------------------------------------------------------
-- Sign-in, inside the database: the hash never leaves it. Five wrong passwords in a row, from any
-- number of desks at once, lock the account for exactly 15 minutes: attempts on one account are
-- taken one at a time (the StaffLogin row is locked first), and a locked account's password is
-- not even checked. Passwords are bcrypt (pgcrypto); an Argon2id hash from an older desk cannot
-- be checked here: it answers RESET_NEEDED (docs/security.md says how it is reset).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION nirnoy_sign_in(p_phones text[], p_email text, p_password text)
    RETURNS TABLE ("outcome" text, "token" text, "userId" integer, "name" text, "role" text,
                   "phone" text, "email" text, "lockedUntil" timestamptz)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
#variable_conflict use_column
DECLARE
    locked_until timestamptz;
    max_failures constant integer := 5;
    lock_time    constant interval := interval '15 minutes';
    -- checked when the login is unknown, so a wrong login takes as long as a wrong password
    decoy        constant text := '$2a$10$CwTycUXWue0Thq9StjUM0uJ8T9b1d5Yq2Z9m8J5cW9vJrVq6Zl3ey';
    staff        record;
    attempt      record;
    new_token    text;
BEGIN
    SELECT u."id", u."phone", u."email", st."name", st."role", st."passwordHash", st."isActive" INTO staff
    FROM "User" u JOIN "DeskStaff" st ON st."userId" = u."id"
    WHERE u."phone" = ANY (coalesce(p_phones, '{}')) OR (p_email IS NOT NULL AND lower(u."email") = lower(p_email))
    ORDER BY (u."phone" = ANY (coalesce(p_phones, '{}'))) DESC, u."id"
    LIMIT 1;
    IF NOT FOUND THEN
        PERFORM crypt(coalesce(p_password, ''), decoy);
        RETURN QUERY SELECT 'WRONG'::text, NULL::text, NULL::integer, NULL::text, NULL::text, NULL::text, NULL::text, NULL::timestamptz;
        RETURN;
    END IF;
    INSERT INTO "StaffLogin" ("userId") VALUES (staff."id") ON CONFLICT DO NOTHING;
    SELECT l."failedAttempts", l."lockedUntil" INTO attempt
    FROM "StaffLogin" l WHERE l."userId" = staff."id" FOR UPDATE;
    IF attempt."lockedUntil" IS NOT NULL AND attempt."lockedUntil" > clock_timestamp() THEN
        RETURN QUERY SELECT 'LOCKED'::text, NULL::text, staff."id", NULL::text, NULL::text, NULL::text, NULL::text, attempt."lockedUntil";
        RETURN;
    END IF;
    IF staff."passwordHash" NOT LIKE '$2%' THEN
        RETURN QUERY SELECT 'RESET_NEEDED'::text, NULL::text, staff."id", NULL::text, NULL::text, NULL::text, NULL::text, NULL::timestamptz;
        RETURN;
    END IF;
    IF p_password IS NULL OR crypt(p_password, staff."passwordHash") <> staff."passwordHash" THEN
        IF attempt."failedAttempts" + 1 >= max_failures THEN
            locked_until := clock_timestamp() + lock_time;
            UPDATE "StaffLogin" SET "failedAttempts" = 0, "lockedUntil" = locked_until,
                                    "lastFailedAt" = locked_until - lock_time
            WHERE "StaffLogin"."userId" = staff."id";
            RETURN QUERY SELECT 'LOCKED'::text, NULL::text, staff."id", NULL::text, NULL::text, NULL::text, NULL::text, locked_until;
        ELSE
            UPDATE "StaffLogin" SET "failedAttempts" = attempt."failedAttempts" + 1, "lastFailedAt" = clock_timestamp()
            WHERE "StaffLogin"."userId" = staff."id";
            RETURN QUERY SELECT 'WRONG'::text, NULL::text, staff."id", NULL::text, NULL::text, NULL::text, NULL::text, NULL::timestamptz;
        END IF;
        RETURN;
    END IF;
    IF NOT staff."isActive" THEN
        RETURN QUERY SELECT 'DEACTIVATED'::text, NULL::text, staff."id", NULL::text, NULL::text, NULL::text, NULL::text, NULL::timestamptz;
        RETURN;
    END IF;
    UPDATE "StaffLogin" SET "failedAttempts" = 0, "lockedUntil" = NULL, "lastSignInAt" = clock_timestamp()
    WHERE "StaffLogin"."userId" = staff."id";
    new_token := encode(gen_random_bytes(32), 'hex');
    INSERT INTO "DeskSession" ("tokenHash", "userId", "expiresAt")
    VALUES (sha256(convert_to(new_token, 'UTF8')), staff."id", now() + interval '14 hours');
    -- the new session counts for the rest of this transaction too
    PERFORM set_config('nirnoy.session', new_token, true);
    RETURN QUERY SELECT 'OK'::text, new_token, staff."id", staff."name", staff."role", staff."phone", staff."email", NULL::timestamptz;
END
$$;
COMMENT ON FUNCTION nirnoy_sign_in(text[], text, text) IS
    'Desk sign-in: OK (with a new session token), WRONG, LOCKED (until), DEACTIVATED or RESET_NEEDED.';

-- Sign-out: the presented token stops working at once.
CREATE FUNCTION nirnoy_sign_out(p_token text) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    UPDATE "DeskSession" SET "revokedAt" = now()
    WHERE "tokenHash" = sha256(convert_to(coalesce(p_token, ''), 'UTF8')) AND "revokedAt" IS NULL
$$;

-- Sets a staff member's password (bcrypt), lifts any lock-out and ends their other sessions.
-- Allowed to an admin's session, or to a role that is not a desk login (the IT person's
-- nirnoy-desk staff add-admin, which uses the owner's connection).
CREATE FUNCTION nirnoy_staff_set_password(p_user_id integer, p_password text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF nirnoy_is_desk(session_user) AND nirnoy_session_role() IS DISTINCT FROM 'ADMIN' THEN
        RAISE EXCEPTION 'Only an admin can set a staff password'
            USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'DeskStaff_admin_only';
    END IF;
    IF p_password IS NULL OR length(p_password) < 8 OR length(p_password) > 128 THEN
        RAISE EXCEPTION 'A staff password has 8 to 128 characters'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'DeskStaff_password_length', TABLE = 'DeskStaff';
    END IF;
    UPDATE "DeskStaff" SET "passwordHash" = crypt(p_password, gen_salt('bf', 10)), "updatedAt" = now()
    WHERE "userId" = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No staff account %', p_user_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'DeskStaff_exists', TABLE = 'DeskStaff';
    END IF;
    UPDATE "StaffLogin" SET "failedAttempts" = 0, "lockedUntil" = NULL WHERE "userId" = p_user_id;
    UPDATE "DeskSession" SET "revokedAt" = now()
    WHERE "userId" = p_user_id AND "revokedAt" IS NULL
      AND "tokenHash" IS DISTINCT FROM sha256(convert_to(NULLIF(current_setting('nirnoy.session', true), ''), 'UTF8'));
END
$$;

-- Whether an active admin exists: the first-run screen needs to know without reading staff rows.
CREATE FUNCTION nirnoy_has_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM "DeskStaff" WHERE "role" = 'ADMIN' AND "isActive")
$$;

-- For a role that is not a desk login only (the built-in database's own desk): whether a shipped
-- demo password still works, to decide whether to show it. A desk login gets false: no password
-- oracle outside the lock-out.
CREATE FUNCTION nirnoy_password_still(p_phones text[], p_password text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT NOT nirnoy_is_desk(session_user) AND EXISTS (
        SELECT 1 FROM "User" u JOIN "DeskStaff" st ON st."userId" = u."id"
        WHERE u."phone" = ANY (p_phones) AND st."isActive" AND st."passwordHash" LIKE '$2%'
          AND crypt(p_password, st."passwordHash") = st."passwordHash")
$$;

-- ---------------------------------------------------------------------------------------------
-- The audit trail's actor is the verified session's staff member; any other client is recorded
-- by the role it connected as. Written only by the trigger, which runs as the table's owner.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE "AuditLog" ADD COLUMN "actorRole" text NOT NULL DEFAULT session_user;
COMMENT ON COLUMN "AuditLog"."actorRole" IS 'The database role the change came through (a desk login, the web backend''s role).';
COMMENT ON COLUMN "AuditLog"."actorId" IS
    'User id of the staff member whose verified desk session made the change; NULL for other clients (see actorRole). No foreign key: history outlives accounts.';

CREATE OR REPLACE FUNCTION nirnoy_audit() RETURNS trigger
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
        IF old_row -> 'passwordHash' IS DISTINCT FROM new_row -> 'passwordHash'
                AND old_row ->> 'passwordHash' <> '!' THEN
            -- that the password changed is history; the hash itself never is (and an account's
            -- first password, set as it is made, is part of "added")
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
    INSERT INTO "AuditLog" ("tableName", "rowId", "action", "actorId", "actorRole", "doctorId", "appointmentId", "oldValues", "newValues")
    VALUES (
        TG_TABLE_NAME,
        coalesce(row_data ->> 'id', row_data ->> 'userId'),
        TG_OP,
        nirnoy_session_user(),
        session_user,
        (CASE TG_TABLE_NAME WHEN 'Doctor' THEN row_data ->> 'id' ELSE row_data ->> 'doctorId' END)::integer,
        (CASE TG_TABLE_NAME WHEN 'Appointment' THEN row_data ->> 'id' ELSE row_data ->> 'appointmentId' END)::integer,
        old_values,
        new_values);
    RETURN NULL;
END
$$;

-- The rule triggers read and lock rows the desk's session may not see or update (a doctor's row
-- for a receptionist); they judge as the owner, for every client alike.
ALTER FUNCTION nirnoy_audit() SECURITY DEFINER SET search_path FROM CURRENT;
ALTER FUNCTION nirnoy_lock_doctor() SECURITY DEFINER SET search_path FROM CURRENT;

-- ---------------------------------------------------------------------------------------------
-- Serials: never given twice among a chamber-day's appointments that are not cancelled (done
-- ones too). Booked serials keep their numbers when a session's slot length changes; a slot
-- whose serial an older booking holds gets the next serial after the day's highest
-- (docs/decisions/0025).
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION nirnoy_appointment_fill() RETURNS trigger
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
        IF serial IS NOT NULL AND EXISTS (
            SELECT 1 FROM "Appointment" o
            WHERE o."chamberId" = NEW."chamberId" AND nirnoy_clinic_day(o."date") = day
              AND o."serialNumber" = serial AND o."id" IS DISTINCT FROM NEW."id"
              AND o."status" <> 'CANCELLED') THEN
            SELECT max(o."serialNumber") + 1 INTO serial FROM "Appointment" o
            WHERE o."chamberId" = NEW."chamberId" AND nirnoy_clinic_day(o."date") = day
              AND o."id" IS DISTINCT FROM NEW."id" AND o."status" <> 'CANCELLED';
        END IF;
        NEW."serialNumber" := serial;
    END IF;
    RETURN NEW;
END
$$;
ALTER FUNCTION nirnoy_appointment_fill() SECURITY DEFINER SET search_path FROM CURRENT;

-- Repeats among done appointments that the platform's count+1 serials made before: the first
-- (by id) keeps its number, the others get numbers after the day's highest.
ALTER TABLE "Appointment" DISABLE TRIGGER "Appointment_audit";
WITH repeats AS (
    SELECT a."id", a."chamberId", nirnoy_clinic_day(a."date") AS day,
           row_number() OVER (PARTITION BY a."chamberId", nirnoy_clinic_day(a."date"), a."serialNumber" ORDER BY a."id") AS nth
    FROM "Appointment" a
    WHERE a."serialNumber" IS NOT NULL AND a."status" <> 'CANCELLED'
), renumbered AS (
    SELECT r."id",
           (SELECT max(b."serialNumber") FROM "Appointment" b
             WHERE b."chamberId" = r."chamberId" AND nirnoy_clinic_day(b."date") = r.day AND b."status" <> 'CANCELLED')
           + row_number() OVER (PARTITION BY r."chamberId", r.day ORDER BY r."id") AS serial
    FROM repeats r WHERE r.nth > 1
)
UPDATE "Appointment" a SET "serialNumber" = n.serial FROM renumbered n WHERE a."id" = n."id";
ALTER TABLE "Appointment" ENABLE TRIGGER "Appointment_audit";

DROP INDEX "Appointment_serial_key";
CREATE UNIQUE INDEX "Appointment_serial_key" ON "Appointment" ("chamberId", nirnoy_clinic_day("date"), "serialNumber")
    WHERE ("serialNumber" IS NOT NULL AND "status" <> 'CANCELLED');

-- ---------------------------------------------------------------------------------------------
-- The status flow, for every client: booked (REQUESTED/CONFIRMED) -> arrived (CHECKED_IN) -> in
-- consultation (IN_PROGRESS) -> COMPLETED; NO_SHOW; CANCELLED while still open. Undo steps: an
-- arrival back to booked, a consultation back to arrived, a no-show who arrives late. COMPLETED
-- and CANCELLED are final. A new row starts booked or arrived (or is a cancelled record); a row
-- of a day that has not come yet cannot be done, in consultation or a no-show.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION nirnoy_appointment_status_flow() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW."status" IN ('IN_PROGRESS', 'COMPLETED', 'NO_SHOW')
                AND nirnoy_clinic_day(NEW."date") > (now() AT TIME ZONE 'Asia/Dhaka')::date THEN
            RAISE EXCEPTION 'A new appointment on % cannot start as %', nirnoy_clinic_day(NEW."date"), NEW."status"
                USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_status_flow', TABLE = 'Appointment';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW."status" IS NOT DISTINCT FROM OLD."status" THEN
        RETURN NEW;
    END IF;
    IF NOT (
        (OLD."status" = 'REQUESTED' AND NEW."status" IN ('CONFIRMED', 'CHECKED_IN', 'NO_SHOW', 'CANCELLED'))
        OR (OLD."status" = 'CONFIRMED' AND NEW."status" IN ('CHECKED_IN', 'IN_PROGRESS', 'NO_SHOW', 'CANCELLED'))
        OR (OLD."status" = 'CHECKED_IN' AND NEW."status" IN ('IN_PROGRESS', 'COMPLETED', 'NO_SHOW', 'CONFIRMED', 'CANCELLED'))
        OR (OLD."status" = 'IN_PROGRESS' AND NEW."status" IN ('COMPLETED', 'CHECKED_IN'))
        OR (OLD."status" = 'NO_SHOW' AND NEW."status" = 'CHECKED_IN')
    ) THEN
        RAISE EXCEPTION 'An appointment cannot go from % to %', OLD."status", NEW."status"
            USING ERRCODE = 'check_violation', CONSTRAINT = 'Appointment_status_flow', TABLE = 'Appointment';
    END IF;
    RETURN NEW;
END
$$;
-- named to fire first among the row's BEFORE triggers (they fire in name order)
CREATE TRIGGER "Appointment_check_status_flow" BEFORE INSERT OR UPDATE ON "Appointment"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_appointment_status_flow();

-- Availability is checked again whenever an appointment becomes active again (a no-show who
-- arrives late, or any client moving a done or cancelled row back): leave and the doctor's
-- standing are judged as for a new booking.
CREATE OR REPLACE FUNCTION nirnoy_appointment_available() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    doctor_status text;
    chamber       record;
BEGIN
    IF NEW."status" IN ('CANCELLED', 'COMPLETED', 'NO_SHOW') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW."doctorId" = OLD."doctorId" AND NEW."chamberId" = OLD."chamberId"
            AND NEW."deskSlot" = OLD."deskSlot"
            AND OLD."status" IN ('REQUESTED', 'CONFIRMED', 'CHECKED_IN', 'IN_PROGRESS') THEN
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
ALTER FUNCTION nirnoy_appointment_available() SECURITY DEFINER SET search_path FROM CURRENT;

-- ---------------------------------------------------------------------------------------------
-- An identical slot is answered by the seed's rule ("Time slot already booked",
-- Appointment_doctorId_chamberId_date_startTime_key) whichever index PostgreSQL checks first
-- (a dump and restore changes their order). Two clients racing for one slot are taken one at a
-- time by a lock on that slot, so the second sees the first's row here.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION nirnoy_appointment_slot_free() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    rule name;
BEGIN
    IF NEW."status" = 'CANCELLED' OR (TG_OP = 'UPDATE' AND OLD."status" <> 'CANCELLED'
            AND NEW."doctorId" = OLD."doctorId" AND NEW."chamberId" = OLD."chamberId"
            AND NEW."date" = OLD."date" AND NEW."startTime" = OLD."startTime") THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(
        'nirnoy.slot ' || NEW."doctorId" || ' ' || NEW."chamberId" || ' ' || NEW."date" || ' ' || NEW."startTime", 0));
    IF EXISTS (
        SELECT 1 FROM "Appointment" o
        WHERE o."doctorId" = NEW."doctorId" AND o."chamberId" = NEW."chamberId" AND o."date" = NEW."date"
          AND o."startTime" = NEW."startTime" AND o."status" <> 'CANCELLED' AND o."id" IS DISTINCT FROM NEW."id"
    ) THEN
        -- answered under the slot index's own name (Prisma's, or the seed's); without such an
        -- index this trigger only words answers it does not give, so the indexes judge alone
        SELECT i.relname INTO rule FROM pg_class i
        WHERE i.relkind = 'i' AND i.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = TG_RELID)
          AND i.relname IN ('Appointment_doctorId_chamberId_date_startTime_key', 'unique_appointment_slot')
        ORDER BY i.relname LIMIT 1;
        IF rule IS NOT NULL THEN
            RAISE EXCEPTION 'Time slot already booked'
                USING ERRCODE = 'unique_violation', CONSTRAINT = rule, TABLE = 'Appointment';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
-- fires after Appointment_doctor_available (name order): availability is explained first
CREATE TRIGGER "Appointment_slot_free" BEFORE INSERT OR UPDATE ON "Appointment"
    FOR EACH ROW EXECUTE FUNCTION nirnoy_appointment_slot_free();

-- ---------------------------------------------------------------------------------------------
-- Privileges. Nobody but the owner makes objects in the schema (PostgreSQL 15's default, made
-- true on older servers too). The desk role gets exactly what the desk does, nothing on the
-- platform's other tables (Otp, AiConversation, AiTokenUsage, the doctor's web profile tables),
-- nothing on StaffLogin or DeskSession, and DeskStaff without its password hash.
-- ---------------------------------------------------------------------------------------------
DO $$
BEGIN
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO nirnoy_desk', current_schema());
END
$$;

GRANT SELECT ON "desk_schema_history" TO nirnoy_desk;
GRANT SELECT ON "Clinic", "Specialty" TO nirnoy_desk;
GRANT SELECT, INSERT, UPDATE ON "Patient", "Appointment", "StrandedAppointment" TO nirnoy_desk;
GRANT SELECT ON "User" TO nirnoy_desk;
GRANT INSERT ("phone", "email", "role", "isActive", "createdAt", "updatedAt") ON "User" TO nirnoy_desk;
GRANT UPDATE ("phone", "email", "updatedAt") ON "User" TO nirnoy_desk;
GRANT SELECT, INSERT, UPDATE ON "Doctor", "DoctorChamber" TO nirnoy_desk;
GRANT SELECT, INSERT, UPDATE, DELETE ON "DoctorLeave" TO nirnoy_desk;
GRANT SELECT, INSERT ON "DeskBooking" TO nirnoy_desk;
GRANT SELECT ("userId", "name", "role", "isActive", "createdAt", "updatedAt") ON "DeskStaff" TO nirnoy_desk;
GRANT INSERT ("userId", "name", "role", "isActive", "createdAt", "updatedAt") ON "DeskStaff" TO nirnoy_desk;
GRANT UPDATE ("name", "role", "isActive", "updatedAt") ON "DeskStaff" TO nirnoy_desk;
GRANT SELECT ON "AuditLog" TO nirnoy_desk;
GRANT USAGE ON SEQUENCE "User_id_seq", "Patient_id_seq", "Doctor_id_seq", "DoctorChamber_id_seq",
    "DoctorLeave_id_seq", "Appointment_id_seq", "StrandedAppointment_id_seq" TO nirnoy_desk;

-- check's count of dates not at midnight, for a desk login that may not read appointments
CREATE FUNCTION nirnoy_dates_off_midnight(OUT total bigint, OUT off_midnight bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT count(*), count(*) FILTER (WHERE "date" <> date_trunc('day', "date")) FROM "Appointment"
$$;
GRANT EXECUTE ON FUNCTION nirnoy_dates_off_midnight() TO nirnoy_desk;

REVOKE EXECUTE ON FUNCTION nirnoy_sign_in(text[], text, text), nirnoy_sign_out(text), nirnoy_use_session(text),
    nirnoy_staff_set_password(integer, text), nirnoy_has_admin(), nirnoy_password_still(text[], text),
    nirnoy_session_user(), nirnoy_session_role() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nirnoy_sign_in(text[], text, text), nirnoy_sign_out(text), nirnoy_use_session(text),
    nirnoy_staff_set_password(integer, text), nirnoy_has_admin(), nirnoy_password_still(text[], text),
    nirnoy_session_user(), nirnoy_session_role() TO nirnoy_desk;

-- ---------------------------------------------------------------------------------------------
-- Row-level security, for desk logins only. Each table gets one policy for every other role
-- (all rows, as before) and the desk's own: nothing at all without a valid session; a
-- receptionist's session reads and books; changing doctors, chambers, sessions, fees, leave and
-- staff accounts needs an admin's session.
-- ---------------------------------------------------------------------------------------------
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['User', 'Patient', 'Clinic', 'Doctor', 'DoctorChamber', 'DoctorLeave',
                             'Appointment', 'DeskBooking', 'StrandedAppointment', 'DeskStaff', 'AuditLog'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING ((SELECT nirnoy_not_desk())) WITH CHECK ((SELECT nirnoy_not_desk()))',
                       t || '_other_clients', t);
    END LOOP;
    -- the clinic directory (doctors, their chambers and sessions, clinics) is public on the
    -- platform: any desk login reads it, so its searches keep their indexes (a policy that reads
    -- the session would keep PostgreSQL from using an index for a non-leakproof search operator)
    FOREACH t IN ARRAY ARRAY['Clinic', 'Doctor', 'DoctorChamber'] LOOP
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO nirnoy_desk USING (true)', t || '_desk_read', t);
    END LOOP;
    -- everything else: read with a valid session only
    FOREACH t IN ARRAY ARRAY['User', 'Patient', 'DoctorLeave', 'Appointment', 'DeskBooking',
                             'StrandedAppointment', 'DeskStaff', 'AuditLog'] LOOP
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO nirnoy_desk USING ((SELECT nirnoy_session_user()) IS NOT NULL)',
                       t || '_desk_read', t);
    END LOOP;
    -- book, check in, cancel, register patients: any valid session
    FOREACH t IN ARRAY ARRAY['Patient', 'Appointment', 'StrandedAppointment'] LOOP
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO nirnoy_desk WITH CHECK ((SELECT nirnoy_session_user()) IS NOT NULL)',
                       t || '_desk_add', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE TO nirnoy_desk USING ((SELECT nirnoy_session_user()) IS NOT NULL)'
                       ' WITH CHECK ((SELECT nirnoy_session_user()) IS NOT NULL)', t || '_desk_change', t);
    END LOOP;
    -- the clinic's set-up: an admin's session
    FOREACH t IN ARRAY ARRAY['Doctor', 'DoctorChamber', 'DoctorLeave', 'DeskStaff'] LOOP
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT TO nirnoy_desk WITH CHECK ((SELECT nirnoy_session_role()) = ''ADMIN'')',
                       t || '_admin_add', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE TO nirnoy_desk USING ((SELECT nirnoy_session_role()) = ''ADMIN'')'
                       ' WITH CHECK ((SELECT nirnoy_session_role()) = ''ADMIN'')', t || '_admin_change', t);
    END LOOP;
END
$$;
CREATE POLICY "DoctorLeave_admin_remove" ON "DoctorLeave" FOR DELETE TO nirnoy_desk
    USING ((SELECT nirnoy_session_role()) = 'ADMIN');
-- the booker a desk records is the signed-in staff member (an admin may book in another's name)
CREATE POLICY "DeskBooking_desk_add" ON "DeskBooking" FOR INSERT TO nirnoy_desk
    WITH CHECK ("bookedById" = (SELECT nirnoy_session_user()) OR (SELECT nirnoy_session_role()) = 'ADMIN');
-- a desk makes patients' accounts; a doctor's account only with an admin's session; never an admin
CREATE POLICY "User_desk_add" ON "User" FOR INSERT TO nirnoy_desk
    WITH CHECK ((SELECT nirnoy_session_user()) IS NOT NULL
                AND ("role" = 'PATIENT' OR ("role" = 'DOCTOR' AND (SELECT nirnoy_session_role()) = 'ADMIN')));
CREATE POLICY "User_desk_change" ON "User" FOR UPDATE TO nirnoy_desk
    USING ((SELECT nirnoy_session_user()) IS NOT NULL) WITH CHECK ((SELECT nirnoy_session_user()) IS NOT NULL);
