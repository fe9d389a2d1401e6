-- Live refresh across desks (docs/decisions/0014): every write to "Appointment", from a desk or
-- the web backend, tells listeners which doctor-days changed, so every screen showing one of them
-- reloads within a second.
--
-- One notification per (doctor, day) per statement, not per row: statement-level triggers read
-- the transition tables (a per-row pg_notify cut insert throughput by ~60% here), and PostgreSQL
-- folds identical notifications within one transaction. They are delivered only on commit.
--
-- Channel nirnoy_changes. Payload (plain text, ids never contain spaces):
--     <clinic day YYYY-MM-DD> <doctorId> [<chamberId> ...]
-- An update that moves an appointment notifies both the old and the new doctor-day. Payloads
-- stay under PostgreSQL's 8000-byte limit: with too many chambers the list is left out (a
-- listener then treats every chamber of that doctor-day as changed).

CREATE FUNCTION nirnoy_notify_appointment_days() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    touched text := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT "doctorId", nirnoy_clinic_day("date") AS "date", "chamberId" FROM nirnoy_new_rows'
        WHEN 'DELETE' THEN 'SELECT "doctorId", nirnoy_clinic_day("date") AS "date", "chamberId" FROM nirnoy_old_rows'
        ELSE 'SELECT "doctorId", nirnoy_clinic_day("date") AS "date", "chamberId" FROM nirnoy_new_rows'
             ' UNION SELECT "doctorId", nirnoy_clinic_day("date") AS "date", "chamberId" FROM nirnoy_old_rows'
    END;
    day     record;
    payload text;
BEGIN
    FOR day IN EXECUTE
        'SELECT t."doctorId" AS doctor, t."date" AS on_date,'
        ' string_agg(DISTINCT t."chamberId"::text, '' '') AS chambers'
        ' FROM (' || touched || ') t GROUP BY t."doctorId", t."date"'
    LOOP
        payload := to_char(day.on_date, 'YYYY-MM-DD') || ' ' || day.doctor;
        IF octet_length(payload || ' ' || day.chambers) < 7900 THEN
            payload := payload || ' ' || day.chambers;
        END IF;
        PERFORM pg_notify('nirnoy_changes', payload);
    END LOOP;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION nirnoy_notify_appointment_days() IS
    'Sends one pg_notify(''nirnoy_changes'', ''<date> <doctorId> [<chamberId> ...]'') per doctor-day a statement on Appointment touched.';

-- a trigger with transition tables has exactly one event, hence three
CREATE TRIGGER "Appointment_notify_insert" AFTER INSERT ON "Appointment"
    REFERENCING NEW TABLE AS nirnoy_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION nirnoy_notify_appointment_days();
CREATE TRIGGER "Appointment_notify_update" AFTER UPDATE ON "Appointment"
    REFERENCING OLD TABLE AS nirnoy_old_rows NEW TABLE AS nirnoy_new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION nirnoy_notify_appointment_days();
CREATE TRIGGER "Appointment_notify_delete" AFTER DELETE ON "Appointment"
    REFERENCING OLD TABLE AS nirnoy_old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION nirnoy_notify_appointment_days();
