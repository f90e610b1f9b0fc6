#pragma once
// What the office pushes to a device by sync (rota visits, people, care plans, entry codes) and
// events recorded by workers, as valid records whose clock values follow their times — for the
// round and visit tests, the Quick Tests, the screenshots and bench_ui. Saved with
// RecordStore::saveReceived, as sync would: real data through the real store.
#include "core/record.h"
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSignalSpy>
#include <QStringList>

namespace careround::store {
class RecordStore;
}

namespace careround::ui::testing {

inline const QString ThisUser = QStringLiteral("worker-1"); // testProfile().userId
inline const QString OfficeUser = QStringLiteral("coordinator-1");
inline const QString PartnerUser = QStringLiteral("worker-2");

struct RotaVisit
{
    QString visitId;
    QString personId;
    QDateTime plannedStart; // local
    int durationMinutes = 45;
    QStringList workerIds {QStringLiteral("worker-1")};
    QString callType = QStringLiteral("morning");
    QStringList tasks;
    QJsonObject workerNames; // userId → name, as the rota may send it
    bool cancelled = false;
    QString cancelReason;
};

// A record made by `author` at `at` (device time), with a clock value at that time.
Record makeRecord(const QString &type, const QString &personId, const QString &visitId,
                  const QJsonObject &payload, const QString &author, const QDateTime &at,
                  const QDate &careDay = {});

Record rotaVisit(const RotaVisit &visit);
// A person with a home location (near the NMEA logs' home unless given), allergies, DNACPR etc.
Record person(const QString &personId, const QString &name, const QString &preferredName,
              const QJsonObject &extra = {});
Record carePlan(const QString &personId, const QJsonObject &tasksByVisitType);
Record entryCodes(const QString &personId, const QString &label, const QString &code);
Record checkIn(const QString &personId, const QString &visitId, const QString &worker,
               const QDateTime &at, const QDate &careDay = {});
Record checkOut(const QString &personId, const QString &visitId, const QString &worker,
                const QDateTime &at, const QDate &careDay = {});
Record task(const QString &personId, const QString &visitId, const QString &worker,
            const QString &name, const QString &outcome, const QDateTime &at);
Record nextWorkerNote(const QString &personId, const QString &visitId, const QString &worker,
                      const QString &text, const QDateTime &at);

// en_GB locale and the app's translations (which supply the plural forms), as the app has them.
bool useBritishEnglish();

// True when `spy` has caught a signal since it was made or last cleared, waiting up to timeoutMs.
// (A store read that is already done may answer inside the call that asked for it.)
inline bool caught(QSignalSpy &spy, int timeoutMs = 10000)
{
    return spy.count() > 0 || spy.wait(timeoutMs);
}

// Saves as sync does (no outbox entries); waits up to timeoutMs. False (with a warning) on error.
bool receive(store::RecordStore &store, const QList<Record> &records, int timeoutMs = 10000);

// The NMEA logs' home: tests/unit/location/data/make_nmea.py.
inline constexpr double HomeLatitude = 51.178900;
inline constexpr double HomeLongitude = 0.412300;

} // namespace careround::ui::testing

// Medication, care plan goals and reablement (issue 6), as the office and other phones send them.
namespace careround::ui::testing {

// A regular order for `personId`: medicine, formulation/strength, dose, route and times
// ("08:00,18:00"); `extra` fields (timeCritical, prn, secondSignatureRequired…) are merged in.
Record medicationOrder(const QString &personId, const QString &medicine, const QString &times,
                       const QJsonObject &extra = {});
// An as-needed order: indication, dose rule, minimum gap and most doses in 24 hours.
Record prnOrder(const QString &personId, const QString &medicine, int minimumIntervalMinutes,
                int maxDosesPer24h);
// A dose recorded by `worker` (on their phone) at `at`; regular when scheduledTime is set.
Record administration(const QString &personId, const QString &visitId, const QString &worker,
                      const QString &orderId, const QString &scheduledTime, const QString &outcome,
                      const QDateTime &at);
// The office's conflict alert naming these records.
Record conflictAlert(const QString &personId, const QStringList &recordIds, const QString &summary,
                     const QDateTime &at);
// A care plan with SMART goals [{id, description, baseline, target, measure, dueDate}].
Record carePlanWithGoals(const QString &personId, const QJsonArray &goals,
                         const QJsonObject &tasksByVisitType = {});
Record goalProgress(const QString &personId, const QString &goalId, int score, const QDateTime &at,
                    const QString &note = {});
// A reablement episode started on `start` (planned end `plannedEnd`), therapist `therapist`.
Record reablementEpisode(const QString &personId, const QDate &start, const QDate &plannedEnd,
                         const QString &therapist, const QJsonArray &goals);
Record reablementReview(const QString &personId, const QString &episodeId, const QDate &day,
                        const QString &kind, const QJsonArray &scores, const QString &author);

} // namespace careround::ui::testing
