-- V4: the serial of a slot, computed by the database in the statement that books it.
--
-- A serial is the slot's place in its chamber's day, counted across the day's active weekly
-- sessions in start order (a morning session of 10 serials makes the evening's first serial 11);
-- the same rule as the desk's SerialNumbering, which a test on real PostgreSQL checks against this
-- function for every minute of many random days. NULL when the start time is not on a session's
-- grid (a walk-in squeezed between slots has no serial).
--
-- Computing it here lets a booking be one statement (lock, serial, fee and insert together), and
-- it reads the sessions in the booking's own transaction, so a session changed a moment ago by
-- an admin is never numbered from a stale copy. The web platform may call it too.
CREATE FUNCTION nirnoy_serial_of(p_chamber_id text, p_date date, p_start time) RETURNS integer
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
    -- PL/pgSQL keeps this query's plan for the connection (a SQL function would plan it again in
    -- every booking)
    RETURN (
    WITH day AS (
        SELECT s."startTime" AS starts, s."endTime" AS ends, s."slotMinutes" AS slot,
               LEAST(s."maxSerials",
                     FLOOR(EXTRACT(EPOCH FROM s."endTime" - s."startTime") / 60)::int / s."slotMinutes")
                   AS serials
        FROM "ChamberSession" s
        WHERE s."chamberId" = p_chamber_id
          AND s."dayOfWeek" = EXTRACT(ISODOW FROM p_date)::int
          AND s."isActive"
    ),
    holding AS (
        -- the first session (in start order) whose hours contain the start time
        SELECT d.*, FLOOR(EXTRACT(EPOCH FROM p_start - d.starts) / 60)::int AS minutes
        FROM day d
        WHERE p_start >= d.starts AND p_start < d.ends
        ORDER BY d.starts
        LIMIT 1
    )
    SELECT 1 + (SELECT COALESCE(SUM(o.serials), 0) FROM day o WHERE o.starts < h.starts)::int
             + h.minutes / h.slot
    FROM holding h
    WHERE h.minutes % h.slot = 0 AND h.minutes / h.slot < h.serials
    );
END
$$;
COMMENT ON FUNCTION nirnoy_serial_of(text, date, time) IS
    'Serial of the slot starting at p_start at the chamber on p_date, or NULL when off the sessions'' grid.';
