#include "roundfixtures.h"

#include "core/plannedvisit.h"
#include "core/recordtypes.h"
#include "core/uuid7.h"
#include "store/recordstore.h"
#include "ui/translations.h"
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QTest>

namespace careround::ui::testing {

namespace {

QString deviceFor(const QString &author)
{
    return author == OfficeUser ? QStringLiteral("office") : QStringLiteral("device-") + author;
}

QDateTime officeTime()
{
    return QDateTime::currentDateTime().addDays(-1);
}

} // namespace

Record makeRecord(const QString &type, const QString &personId, const QString &visitId,
                  const QJsonObject &payload, const QString &author, const QDateTime &at,
                  const QDate &careDay)
{
    // Clock order is the order of `at`, as on devices whose clocks agree; records made for the
    // same millisecond follow the order they are made in.
    static QHash<qint64, quint32> madeAt; // wall ms → records made for it so far
    Record r;
    r.id = newUuid7();
    r.type = type;
    r.schemaVersion = currentSchemaVersion(type);
    r.personId = personId;
    r.visitId = visitId;
    r.careDay = careDay.isValid() ? careDay : at.date();
    r.authorUserId = author;
    r.deviceId = deviceFor(author);
    r.deviceTime = at.toUTC();
    const qint64 wallMs = at.toMSecsSinceEpoch();
    r.hlc = HlcTimestamp {wallMs, madeAt[wallMs]++, r.deviceId};
    r.payload = payload;
    return r;
}

Record rotaVisit(const RotaVisit &v)
{
    PlannedVisit planned;
    planned.plannedStart = v.plannedStart;
    planned.durationMinutes = v.durationMinutes;
    planned.workerIds = v.workerIds;
    planned.tasks = v.tasks;
    planned.callType = v.callType;
    planned.cancelled = v.cancelled;
    QJsonObject payload = planned.toPayload();
    if (v.cancelled)
        payload.insert(QStringLiteral("cancelReason"), v.cancelReason);
    if (!v.workerNames.isEmpty())
        payload.insert(QStringLiteral("workerNames"), v.workerNames);
    // The office publishes the rota the day before.
    return makeRecord(QString::fromLatin1(RecordType::Visit), v.personId, v.visitId, payload,
                      OfficeUser, v.plannedStart.addDays(-1), v.plannedStart.date());
}

Record person(const QString &personId, const QString &name, const QString &preferredName,
              const QJsonObject &extra)
{
    QJsonObject p {
        {QStringLiteral("name"), name},
        {QStringLiteral("address"),
         QJsonObject {{QStringLiteral("line1"), QStringLiteral("Rose Cottage, 3 Mill Lane")},
                      {QStringLiteral("town"), QStringLiteral("Goudhurst")},
                      {QStringLiteral("postcode"), QStringLiteral("TN17 1AB")}}},
        {QStringLiteral("homeLocation"),
         QJsonObject {{QStringLiteral("latitude"), HomeLatitude},
                      {QStringLiteral("longitude"), HomeLongitude}}},
        {QStringLiteral("allergies"), QJsonArray {QStringLiteral("penicillin")}},
        {QStringLiteral("dnacpr"), true},
        {QStringLiteral("communicationNeeds"),
         QJsonArray {QStringLiteral("hard of hearing: face her and speak clearly")}},
        {QStringLiteral("riskFlags"), QJsonArray {QStringLiteral("falls: frame within reach")}},
        {QStringLiteral("keyContacts"),
         QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Mary Brown")},
                                  {QStringLiteral("relationship"), QStringLiteral("daughter")},
                                  {QStringLiteral("phone"), QStringLiteral("07700 900123")}}}},
    };
    if (!preferredName.isEmpty())
        p.insert(QStringLiteral("preferredName"), preferredName);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return makeRecord(QString::fromLatin1(RecordType::Person), personId, {}, p, OfficeUser,
                      officeTime());
}

Record carePlan(const QString &personId, const QJsonObject &tasksByVisitType)
{
    return makeRecord(QString::fromLatin1(RecordType::CarePlan), personId, {},
                      {{QStringLiteral("personalOutcomes"),
                        QJsonArray {QStringLiteral("I want to make my own cup of tea again")}},
                       {QStringLiteral("tasksByVisitType"), tasksByVisitType}},
                      OfficeUser, officeTime());
}

Record entryCodes(const QString &personId, const QString &label, const QString &code)
{
    return makeRecord(QString::fromLatin1(RecordType::PersonEntryCodes), personId, {},
                      {{QStringLiteral("codes"),
                        QJsonArray {QJsonObject {{QStringLiteral("label"), label},
                                                 {QStringLiteral("code"), code}}}},
                       {QStringLiteral("instructions"),
                        QStringLiteral("Put the key back and scramble the code.")}},
                      OfficeUser, officeTime());
}

Record checkIn(const QString &personId, const QString &visitId, const QString &worker,
               const QDateTime &at, const QDate &careDay)
{
    return makeRecord(QString::fromLatin1(RecordType::VisitCheckIn), personId, visitId,
                      {{QStringLiteral("verification"), QStringLiteral("no_fix")}}, worker, at,
                      careDay);
}

Record checkOut(const QString &personId, const QString &visitId, const QString &worker,
                const QDateTime &at, const QDate &careDay)
{
    return makeRecord(QString::fromLatin1(RecordType::VisitCheckOut), personId, visitId,
                      {{QStringLiteral("verification"), QStringLiteral("no_fix")}}, worker, at,
                      careDay);
}

Record task(const QString &personId, const QString &visitId, const QString &worker,
            const QString &name, const QString &outcome, const QDateTime &at)
{
    return makeRecord(QString::fromLatin1(RecordType::VisitTask), personId, visitId,
                      {{QStringLiteral("task"), name}, {QStringLiteral("outcome"), outcome}},
                      worker, at);
}

Record nextWorkerNote(const QString &personId, const QString &visitId, const QString &worker,
                      const QString &text, const QDateTime &at)
{
    return makeRecord(QString::fromLatin1(RecordType::VisitNote), personId, visitId,
                      {{QStringLiteral("note"), text}, {QStringLiteral("forNextWorker"), true}},
                      worker, at);
}

bool useBritishEnglish()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return installTranslations(*QCoreApplication::instance(), QLocale());
}

bool receive(store::RecordStore &store, const QList<Record> &records, int timeoutMs)
{
    auto saved = store.saveReceived(records);
    if (!QTest::qWaitFor([&] { return saved.isFinished(); }, timeoutMs))
        return false;
    if (!saved.result().ok())
        qWarning("receive failed: %s", qPrintable(saved.result().error().toString()));
    return saved.result().ok();
}

} // namespace careround::ui::testing
