#pragma once
// Builders for the medication, care plan and reablement rule tests: real, valid records (from
// samplerecords.h) with the fields a test cares about set. Each record gets a fresh id and a
// later HLC timestamp than the one before, so list order = HLC order unless a test shuffles.
#include "core/medicationorder.h"
#include "core/plannedvisit.h"
#include "core/record.h"
#include <QJsonObject>
#include <QTimeZone>

namespace careround::fixtures {

inline const QString Person = QStringLiteral("person-1");

QTimeZone london();
// An instant from a London wall-clock time ("2025-03-03 08:05").
QDateTime londonTime(const QString &dateTime);
// An instant from a UTC time ("2025-03-03 08:05").
QDateTime utcTime(const QString &dateTime);

// A regular order of `medicine` at `times` ("08:00,18:00"); `extra` fields are merged in.
Record orderRecord(const QString &medicine, const QString &times, const QJsonObject &extra = {});
// A PRN order: minimum interval and most doses per 24 h.
Record prnOrderRecord(const QString &medicine, int minimumIntervalMinutes, int maxDosesPer24h);
MedicationOrder orderOf(const Record &orderRecord); // aborts (qFatal) if the fixture is invalid

// A regular dose record for one slot; `administeredAt` is London time or empty (not given).
Record dose(const QString &orderId, const QDate &careDay, const QString &scheduledTime,
            const QString &outcome, const QString &administeredAt = {});
// A PRN dose given (outcome "given") at a London time.
Record prnDose(const QString &orderId, const QString &administeredAt,
               const QString &outcome = QStringLiteral("given"));

Record withdrawal(const Record &original);
Record replacement(const Record &original, const QJsonObject &payload);

// A planned visit starting at a London wall-clock time on `day`.
PlannedVisit visit(const QString &visitId, const QDate &day, const QString &localStart,
                   int durationMinutes, bool cancelled = false);

} // namespace careround::fixtures
