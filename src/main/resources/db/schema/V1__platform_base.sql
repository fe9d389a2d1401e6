-- The Nirnoy platform's schema, exactly as `prisma migrate` creates it from the web backend's
-- schema.prisma (PostgreSQL provider): the same tables, columns, types, defaults, keys and index
-- names, in Prisma's own DDL. This is the base the desk stands on; the desk's own needs are the
-- additive migrations after it (V2 onwards), which never drop, rename or retype a column here.
--
-- On a database the platform already created, `nirnoy-desk migrate` does not run this file: it
-- checks the platform's tables and columns (db/PlatformContract), records this version as the
-- baseline, and applies only the desk's migrations. See docs/decisions/0022-platform-schema-base.md.
--
-- Conventions of the platform that the desk lives with: ids are SERIAL integers; "date" is the
-- clinic's calendar day (Asia/Dhaka) at 00:00:00.000; startTime/endTime are 'HH:mm' text;
-- instants (createdAt, updatedAt, ...) are UTC wall-clock times (Prisma writes UTC); updatedAt has
-- no default, every client sets it.

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "role" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Admin" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'MODERATOR',

    CONSTRAINT "Admin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Doctor" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameBn" TEXT,
    "gender" TEXT NOT NULL,
    "dateOfBirth" TIMESTAMP(3),
    "profilePhoto" TEXT,
    "coverPhoto" TEXT,
    "title" TEXT NOT NULL DEFAULT 'Dr.',
    "primarySpecialty" TEXT NOT NULL,
    "slug" TEXT,
    "bmdcNumber" TEXT,
    "bmdcVerified" BOOLEAN NOT NULL DEFAULT false,
    "bmdcVerifiedAt" TIMESTAMP(3),
    "bmdcCertificateUrl" TEXT,
    "nidNumber" TEXT,
    "nidVerified" BOOLEAN NOT NULL DEFAULT false,
    "nidFrontUrl" TEXT,
    "nidBackUrl" TEXT,
    "registrationStatus" TEXT NOT NULL DEFAULT 'PENDING',
    "rejectionReason" TEXT,
    "approvedAt" TIMESTAMP(3),
    "suspendedAt" TIMESTAMP(3),
    "suspensionReason" TEXT,
    "bioEn" TEXT,
    "bioBn" TEXT,
    "tagline" TEXT,
    "experienceYears" INTEGER NOT NULL DEFAULT 0,
    "careerStartDate" TIMESTAMP(3),
    "consultationFeeNew" INTEGER NOT NULL DEFAULT 0,
    "consultationFeeFollowUp" INTEGER,
    "consultationFeeReport" INTEGER,
    "onlineConsultationFee" INTEGER,
    "avgConsultationTime" INTEGER NOT NULL DEFAULT 15,
    "isAvailableForOnline" BOOLEAN NOT NULL DEFAULT false,
    "isAvailableForHomeVisit" BOOLEAN NOT NULL DEFAULT false,
    "homeVisitFee" INTEGER,
    "homeVisitAreas" TEXT,
    "languages" TEXT NOT NULL DEFAULT 'Bangla,English',
    "professionalEmail" TEXT,
    "professionalPhone" TEXT,
    "websiteUrl" TEXT,
    "linkedinUrl" TEXT,
    "facebookUrl" TEXT,
    "twitterUrl" TEXT,
    "youtubeUrl" TEXT,
    "researchGateUrl" TEXT,
    "totalPatients" INTEGER NOT NULL DEFAULT 0,
    "totalAppointments" INTEGER NOT NULL DEFAULT 0,
    "totalReviews" INTEGER NOT NULL DEFAULT 0,
    "averageRating" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "showPhonePublicly" BOOLEAN NOT NULL DEFAULT false,
    "showEmailPublicly" BOOLEAN NOT NULL DEFAULT false,
    "acceptNewPatients" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastActiveAt" TIMESTAMP(3),

    CONSTRAINT "Doctor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorQualification" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "degree" TEXT NOT NULL,
    "field" TEXT,
    "institution" TEXT NOT NULL,
    "institutionCity" TEXT,
    "institutionCountry" TEXT NOT NULL DEFAULT 'Bangladesh',
    "yearOfCompletion" INTEGER,
    "certificateUrl" TEXT,
    "isVerified" BOOLEAN NOT NULL DEFAULT false,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DoctorQualification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorSpecialization" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "yearsOfPractice" INTEGER,
    "description" TEXT,

    CONSTRAINT "DoctorSpecialization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorExperience" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "position" TEXT NOT NULL,
    "department" TEXT,
    "institution" TEXT NOT NULL,
    "institutionType" TEXT,
    "city" TEXT,
    "country" TEXT NOT NULL DEFAULT 'Bangladesh',
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3),
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DoctorExperience_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorChamber" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "clinicId" INTEGER,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'HOSPITAL',
    "address" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "city" TEXT NOT NULL DEFAULT 'Dhaka',
    "district" TEXT NOT NULL DEFAULT 'Dhaka',
    "postalCode" TEXT,
    "landmark" TEXT,
    "googleMapsUrl" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "phone" TEXT,
    "email" TEXT,
    "daysOfWeek" TEXT NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "slotDuration" INTEGER NOT NULL DEFAULT 15,
    "maxPatients" INTEGER,
    "consultationFee" INTEGER,
    "followUpFee" INTEGER,
    "reportCheckFee" INTEGER,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "hasParking" BOOLEAN NOT NULL DEFAULT false,
    "hasWheelchairAccess" BOOLEAN NOT NULL DEFAULT false,
    "hasAC" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DoctorChamber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorAchievement" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "year" INTEGER,
    "description" TEXT,
    "certificateUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DoctorAchievement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorPublication" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "journal" TEXT,
    "year" INTEGER,
    "authors" TEXT,
    "doi" TEXT,
    "url" TEXT,
    "abstract" TEXT,
    "citationCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DoctorPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorMembership" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "organization" TEXT NOT NULL,
    "membershipType" TEXT,
    "membershipId" TEXT,
    "joinedYear" INTEGER,
    "expiryYear" INTEGER,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "certificateUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DoctorMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorTraining" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "institution" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'Bangladesh',
    "year" INTEGER,
    "duration" TEXT,
    "certificateUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DoctorTraining_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorService" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "namebn" TEXT,
    "description" TEXT,
    "fee" INTEGER,
    "duration" INTEGER,
    "isAvailable" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "DoctorService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorFAQ" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "questionBn" TEXT,
    "answer" TEXT NOT NULL,
    "answerBn" TEXT,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "DoctorFAQ_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorReview" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "patientId" INTEGER,
    "appointmentId" INTEGER,
    "rating" INTEGER NOT NULL,
    "title" TEXT,
    "comment" TEXT,
    "ratingPunctuality" INTEGER,
    "ratingBehavior" INTEGER,
    "ratingExplanation" INTEGER,
    "ratingEffectiveness" INTEGER,
    "isVerified" BOOLEAN NOT NULL DEFAULT false,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "doctorReply" TEXT,
    "doctorRepliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DoctorReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoctorVerification" (
    "id" SERIAL NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "notes" TEXT,
    "approvedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DoctorVerification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Patient" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "dateOfBirth" TIMESTAMP(3),
    "gender" TEXT,
    "bloodGroup" TEXT,
    "profilePhoto" TEXT,
    "email" TEXT,
    "alternatePhone" TEXT,
    "address" TEXT,
    "area" TEXT,
    "city" TEXT,
    "emergencyContactName" TEXT,
    "emergencyContactPhone" TEXT,
    "emergencyContactRelation" TEXT,
    "allergies" TEXT,
    "chronicConditions" TEXT,
    "currentMedications" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clinic" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'HOSPITAL',
    "address" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "district" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "hasEmergency" BOOLEAN NOT NULL DEFAULT false,
    "hasPharmacy" BOOLEAN NOT NULL DEFAULT false,
    "hasLab" BOOLEAN NOT NULL DEFAULT false,
    "logoUrl" TEXT,
    "isVerified" BOOLEAN NOT NULL DEFAULT false,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Clinic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" SERIAL NOT NULL,
    "patientId" INTEGER NOT NULL,
    "doctorId" INTEGER NOT NULL,
    "chamberId" INTEGER NOT NULL,
    "clinicId" INTEGER,
    "date" TIMESTAMP(3) NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT,
    "serialNumber" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'REQUESTED',
    "visitType" TEXT NOT NULL,
    "consultationType" TEXT NOT NULL DEFAULT 'CHAMBER',
    "patientName" TEXT,
    "patientPhone" TEXT,
    "patientAge" INTEGER,
    "patientGender" TEXT,
    "symptoms" TEXT,
    "diagnosis" TEXT,
    "prescription" TEXT,
    "notes" TEXT,
    "fee" INTEGER,
    "isPaid" BOOLEAN NOT NULL DEFAULT false,
    "paymentMethod" TEXT,
    "paymentReference" TEXT,
    "bookedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "checkedInAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancellationReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Otp" (
    "id" SERIAL NOT NULL,
    "phone" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Otp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiConversation" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "userRole" TEXT NOT NULL,
    "conversationType" TEXT NOT NULL,
    "messages" TEXT NOT NULL,
    "tokensUsed" INTEGER NOT NULL DEFAULT 0,
    "sessionId" TEXT,
    "context" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiConversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiTokenUsage" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "userRole" TEXT NOT NULL,
    "tokensUsed" INTEGER NOT NULL,
    "requestType" TEXT NOT NULL,
    "model" TEXT NOT NULL DEFAULT 'gemini-3-pro-preview',
    "estimatedCostUsd" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AiTokenUsage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Specialty" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameBn" TEXT,
    "icon" TEXT,
    "description" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "displayOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Specialty_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");
-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
-- CreateIndex
CREATE INDEX "User_phone_idx" ON "User"("phone");
-- CreateIndex
CREATE INDEX "User_email_idx" ON "User"("email");
-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");
-- CreateIndex
CREATE UNIQUE INDEX "Admin_userId_key" ON "Admin"("userId");
-- CreateIndex
CREATE UNIQUE INDEX "Doctor_userId_key" ON "Doctor"("userId");
-- CreateIndex
CREATE UNIQUE INDEX "Doctor_slug_key" ON "Doctor"("slug");
-- CreateIndex
CREATE UNIQUE INDEX "Doctor_bmdcNumber_key" ON "Doctor"("bmdcNumber");
-- CreateIndex
CREATE INDEX "Doctor_primarySpecialty_idx" ON "Doctor"("primarySpecialty");
-- CreateIndex
CREATE INDEX "Doctor_registrationStatus_idx" ON "Doctor"("registrationStatus");
-- CreateIndex
CREATE INDEX "Doctor_averageRating_idx" ON "Doctor"("averageRating");
-- CreateIndex
CREATE INDEX "Doctor_consultationFeeNew_idx" ON "Doctor"("consultationFeeNew");
-- CreateIndex
CREATE INDEX "Doctor_slug_idx" ON "Doctor"("slug");
-- CreateIndex
CREATE INDEX "DoctorChamber_doctorId_idx" ON "DoctorChamber"("doctorId");
-- CreateIndex
CREATE INDEX "DoctorChamber_area_idx" ON "DoctorChamber"("area");
-- CreateIndex
CREATE INDEX "DoctorChamber_city_idx" ON "DoctorChamber"("city");
-- CreateIndex
CREATE INDEX "DoctorChamber_isActive_idx" ON "DoctorChamber"("isActive");
-- CreateIndex
CREATE INDEX "DoctorChamber_doctorId_isActive_idx" ON "DoctorChamber"("doctorId", "isActive");
-- CreateIndex
CREATE UNIQUE INDEX "DoctorReview_appointmentId_key" ON "DoctorReview"("appointmentId");
-- CreateIndex
CREATE UNIQUE INDEX "Patient_userId_key" ON "Patient"("userId");
-- CreateIndex
CREATE UNIQUE INDEX "Appointment_doctorId_chamberId_date_startTime_key" ON "Appointment"("doctorId", "chamberId", "date", "startTime");
-- CreateIndex
CREATE INDEX "Appointment_patientId_status_idx" ON "Appointment"("patientId", "status");
-- CreateIndex
CREATE INDEX "Appointment_doctorId_date_idx" ON "Appointment"("doctorId", "date");
-- CreateIndex
CREATE INDEX "Appointment_chamberId_date_status_idx" ON "Appointment"("chamberId", "date", "status");
-- CreateIndex
CREATE INDEX "Appointment_date_status_idx" ON "Appointment"("date", "status");
-- CreateIndex
CREATE INDEX "Appointment_status_idx" ON "Appointment"("status");
-- CreateIndex
CREATE INDEX "Appointment_bookedAt_idx" ON "Appointment"("bookedAt");
-- CreateIndex
CREATE INDEX "Otp_phone_verified_idx" ON "Otp"("phone", "verified");
-- CreateIndex
CREATE INDEX "Otp_expiresAt_idx" ON "Otp"("expiresAt");
-- CreateIndex
CREATE INDEX "Otp_phone_createdAt_idx" ON "Otp"("phone", "createdAt");
-- CreateIndex
CREATE INDEX "AiConversation_userId_idx" ON "AiConversation"("userId");
-- CreateIndex
CREATE INDEX "AiConversation_userRole_idx" ON "AiConversation"("userRole");
-- CreateIndex
CREATE INDEX "AiConversation_sessionId_idx" ON "AiConversation"("sessionId");
-- CreateIndex
CREATE INDEX "AiConversation_createdAt_idx" ON "AiConversation"("createdAt");
-- CreateIndex
CREATE INDEX "AiTokenUsage_userId_idx" ON "AiTokenUsage"("userId");
-- CreateIndex
CREATE INDEX "AiTokenUsage_createdAt_idx" ON "AiTokenUsage"("createdAt");
-- CreateIndex
CREATE INDEX "AiTokenUsage_userRole_createdAt_idx" ON "AiTokenUsage"("userRole", "createdAt");
-- CreateIndex
CREATE UNIQUE INDEX "Specialty_name_key" ON "Specialty"("name");

-- AddForeignKey
ALTER TABLE "Admin" ADD CONSTRAINT "Admin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "Doctor" ADD CONSTRAINT "Doctor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorQualification" ADD CONSTRAINT "DoctorQualification_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorSpecialization" ADD CONSTRAINT "DoctorSpecialization_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorExperience" ADD CONSTRAINT "DoctorExperience_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorChamber" ADD CONSTRAINT "DoctorChamber_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorChamber" ADD CONSTRAINT "DoctorChamber_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorAchievement" ADD CONSTRAINT "DoctorAchievement_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorPublication" ADD CONSTRAINT "DoctorPublication_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorMembership" ADD CONSTRAINT "DoctorMembership_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorTraining" ADD CONSTRAINT "DoctorTraining_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorService" ADD CONSTRAINT "DoctorService_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorFAQ" ADD CONSTRAINT "DoctorFAQ_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorReview" ADD CONSTRAINT "DoctorReview_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorReview" ADD CONSTRAINT "DoctorReview_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorReview" ADD CONSTRAINT "DoctorReview_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorVerification" ADD CONSTRAINT "DoctorVerification_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "DoctorVerification" ADD CONSTRAINT "DoctorVerification_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "Admin"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "Patient" ADD CONSTRAINT "Patient_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_doctorId_fkey" FOREIGN KEY ("doctorId") REFERENCES "Doctor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_chamberId_fkey" FOREIGN KEY ("chamberId") REFERENCES "DoctorChamber"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE SET NULL ON UPDATE CASCADE;
