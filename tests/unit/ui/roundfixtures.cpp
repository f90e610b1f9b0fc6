#include "roundfixtures.h"

#include "core/plannedvisit.h"
#include "core/recordtypes.h"
#include "core/uuid7.h"
#include "store/recordstore.h"
#include "ui/common/translations.h"
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

namespace careround::ui::testing {

Record medicationOrder(const QString &personId, const QString &medicine, const QString &times,
                       const QJsonObject &extra)
{
    QJsonObject p {
        {QStringLiteral("medicine"), medicine},
        {QStringLiteral("formulation"), QStringLiteral("tablets")},
        {QStringLiteral("strength"), QStringLiteral("500 mg")},
        {QStringLiteral("dose"), QStringLiteral("1 tablet")},
        {QStringLiteral("route"), QStringLiteral("oral")},
        {QStringLiteral("supportLevel"), QStringLiteral("administer")},
        {QStringLiteral("prescriber"), QStringLiteral("Dr Shah, Weald Medical Practice")},
        {QStringLiteral("startDate"), QStringLiteral("2020-01-01")}};
    if (!times.isEmpty())
        p.insert(QStringLiteral("times"), QJsonArray::fromStringList(times.split(u',')));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    return makeRecord(QString::fromLatin1(RecordType::MedicationOrder), personId, {}, p, OfficeUser,
                      officeTime().addDays(-30));
}

Record prnOrder(const QString &personId, const QString &medicine, int minimumIntervalMinutes,
                int maxDosesPer24h)
{
    return medicationOrder(
        personId, medicine, {},
        {{QStringLiteral("prn"), true},
         {QStringLiteral("prnProtocol"),
          QJsonObject {
              {QStringLiteral("indication"), QStringLiteral("pain in her hip")},
              {QStringLiteral("doseRule"), QStringLiteral("1 or 2 tablets")},
              {QStringLiteral("minimumIntervalMinutes"), minimumIntervalMinutes},
              {QStringLiteral("maxDosesPer24h"), maxDosesPer24h},
              {QStringLiteral("signsToLookFor"), QStringLiteral("wincing, rubbing her hip")},
              {QStringLiteral("tryFirst"), QStringLiteral("a change of position")}}}});
}

Record administration(const QString &personId, const QString &visitId, const QString &worker,
                      const QString &orderId, const QString &scheduledTime, const QString &outcome,
                      const QDateTime &at)
{
    QJsonObject p {{QStringLiteral("orderId"), orderId}, {QStringLiteral("outcome"), outcome}};
    if (scheduledTime.isEmpty())
        p.insert(QStringLiteral("prn"), true);
    else
        p.insert(QStringLiteral("scheduledTime"), scheduledTime);
    if (outcome == QLatin1String("given")) {
        p.insert(QStringLiteral("dose"), QStringLiteral("1 tablet"));
        p.insert(QStringLiteral("administeredAt"), at.toUTC().toString(Qt::ISODateWithMs));
    } else {
        p.insert(QStringLiteral("reason"), QStringLiteral("as she said"));
    }
    return makeRecord(QString::fromLatin1(RecordType::MedicationAdministration), personId, visitId,
                      p, worker, at);
}

Record conflictAlert(const QString &personId, const QStringList &recordIds, const QString &summary,
                     const QDateTime &at)
{
    return makeRecord(QString::fromLatin1(RecordType::Alert), personId, {},
                      {{QStringLiteral("rule"), QStringLiteral("conflict")},
                       {QStringLiteral("severity"), QStringLiteral("urgent")},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("relatedRecordIds"), QJsonArray::fromStringList(recordIds)}},
                      QStringLiteral("careround-server"), at);
}

Record carePlanWithGoals(const QString &personId, const QJsonArray &goals,
                         const QJsonObject &tasksByVisitType)
{
    return makeRecord(
        QString::fromLatin1(RecordType::CarePlan), personId, {},
        {{QStringLiteral("personalOutcomes"),
          QJsonArray {QStringLiteral("I want to make my own cup of tea again"),
                      QStringLiteral("I want to walk to the post box")}},
         {QStringLiteral("agreedOutcomes"),
          QJsonArray {QStringLiteral("Regain independence in the kitchen")}},
         {QStringLiteral("goals"), goals},
         {QStringLiteral("tasksByVisitType"), tasksByVisitType},
         {QStringLiteral("specialRequirements"), QStringLiteral("Speak slowly; she lip-reads")},
         {QStringLiteral("reviewDate"), officeTime().date().addDays(20).toString(Qt::ISODate)},
         {QStringLiteral("version"), 2}},
        OfficeUser, officeTime());
}

Record goalProgress(const QString &personId, const QString &goalId, int score, const QDateTime &at,
                    const QString &note)
{
    QJsonObject p {{QStringLiteral("goalId"), goalId}, {QStringLiteral("score"), score}};
    if (!note.isEmpty())
        p.insert(QStringLiteral("note"), note);
    return makeRecord(QString::fromLatin1(RecordType::GoalProgress), personId, {}, p, PartnerUser,
                      at);
}

Record reablementEpisode(const QString &personId, const QDate &start, const QDate &plannedEnd,
                         const QString &therapist, const QJsonArray &goals)
{
    return makeRecord(QString::fromLatin1(RecordType::ReablementEpisode), personId, {},
                      {{QStringLiteral("startDate"), start.toString(Qt::ISODate)},
                       {QStringLiteral("dischargeDate"), start.addDays(-1).toString(Qt::ISODate)},
                       {QStringLiteral("plannedEndDate"), plannedEnd.toString(Qt::ISODate)},
                       {QStringLiteral("therapistUserId"), therapist},
                       {QStringLiteral("goals"), goals}},
                      OfficeUser, start.startOfDay().addSecs(8 * 3600), start);
}

Record reablementReview(const QString &personId, const QString &episodeId, const QDate &day,
                        const QString &kind, const QJsonArray &scores, const QString &author)
{
    return makeRecord(QString::fromLatin1(RecordType::ReablementReview), personId, {},
                      {{QStringLiteral("episodeId"), episodeId},
                       {QStringLiteral("reviewDate"), day.toString(Qt::ISODate)},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("scores"), scores}},
                      author, day.startOfDay().addSecs(14 * 3600), day);
}

} // namespace careround::ui::testing
