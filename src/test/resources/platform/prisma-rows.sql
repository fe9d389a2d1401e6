-- What a database the web backend created holds: Prisma's migration history and rows as the web
-- writes them (REQUESTED bookings with count+1 serials, no endTime, the day at midnight).
CREATE TABLE "_prisma_migrations" (
    "id"                  VARCHAR(36) NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("id")
);
INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count")
VALUES ('6c1d0a52-5a0e-4b7e-9a57-0c2f4d6f1b11', 'b2f1c3', now(), '20251209000000_postgres_with_indexes_and_constraints', 1);

INSERT INTO "User" ("phone", "email", "role", "updatedAt") VALUES
    ('01711000001', NULL, 'PATIENT', '2025-12-10 04:00:00'),
    ('01711000002', 'karim@example.com', 'PATIENT', '2025-12-10 04:05:00'),
    ('01811000003', NULL, 'DOCTOR', '2025-12-10 04:10:00');
INSERT INTO "Patient" ("userId", "name", "gender", "updatedAt") VALUES
    (1, 'Rahima Begum', 'Female', '2025-12-10 04:00:00'),
    (2, 'Abdul Karim', 'Male', '2025-12-10 04:05:00');
INSERT INTO "Doctor" ("userId", "nameEn", "nameBn", "gender", "primarySpecialty", "registrationStatus",
                      "consultationFeeNew", "consultationFeeFollowUp", "updatedAt")
VALUES (3, 'Farhana Rahman', 'ফারহানা রহমান', 'Female', 'Cardiology', 'APPROVED', 1000, 600, '2025-12-10 04:10:00');
INSERT INTO "Clinic" ("name", "address", "area", "city", "updatedAt")
VALUES ('Popular Diagnostic Centre', 'House 16, Road 2', 'Dhanmondi', 'Dhaka', '2025-12-10 04:00:00');
INSERT INTO "DoctorChamber" ("doctorId", "clinicId", "name", "address", "area", "daysOfWeek", "startTime",
                             "endTime", "slotDuration", "maxPatients", "updatedAt")
VALUES (1, 1, 'Popular Diagnostic Centre', 'House 16, Road 2', 'Dhanmondi', 'Sat,Mon,Wed', '17:00', '21:00', 15, 16,
        '2025-12-10 04:00:00');
INSERT INTO "Appointment" ("patientId", "doctorId", "chamberId", "date", "startTime", "serialNumber", "status",
                           "visitType", "fee", "bookedAt", "updatedAt")
VALUES (1, 1, 1, '2025-12-13 00:00:00', '17:00', 1, 'REQUESTED', 'NEW', 1000, '2025-12-10 05:00:00', '2025-12-10 05:00:00'),
       (2, 1, 1, '2025-12-13 00:00:00', '17:15', 2, 'CONFIRMED', 'FOLLOW_UP', 600, '2025-12-10 05:01:00', '2025-12-10 05:30:00');
INSERT INTO "Appointment" ("patientId", "doctorId", "chamberId", "date", "startTime", "serialNumber", "status",
                           "visitType", "patientName", "patientAge", "patientGender", "patientPhone", "fee",
                           "cancelledAt", "cancellationReason", "bookedAt", "updatedAt")
VALUES (1, 1, 1, '2025-12-13 00:00:00', '17:30', 3, 'CANCELLED', 'NEW', 'Ayesha Begum', 9, 'Female', '01711000001', 1000,
        '2025-12-11 09:00:00', 'Fever gone', '2025-12-10 05:02:00', '2025-12-11 09:00:00');
