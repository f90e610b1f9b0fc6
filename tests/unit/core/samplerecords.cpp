#include "samplerecords.h"
#include "core/hlc.h"
#include "core/recordtypes.h"
#include "core/uuid7.h"
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace careround::samples {

namespace {

using O = QJsonObject;
using A = QJsonArray;
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

HybridLogicalClock &clock()
{
    static HybridLogicalClock instance(QStringLiteral("device-sample"));
    return instance;
}

O goal(const char *id)
{
    return O {{s("id"), s(id)},
              {s("description"), s("Makes a hot drink independently")},
              {s("baseline"), s("needs full help")},
              {s("target"), s("unaided at 2 of 3 calls")},
              {s("measure"), s("calls with the drink made unaided")},
              {s("dueDate"), s("2025-04-30")}};
}

O fix()
{
    return O {{s("latitude"), 51.2787}, {s("longitude"), 1.0789}, {s("accuracyM"), 12.5}};
}

} // namespace

QJsonObject payload(const QString &type)
{
    const QByteArray t = type.toLatin1();
    if (t == RecordType::Person)
        return O {{s("name"), s("Margaret Hill")},
                  {s("preferredName"), s("Peggy")},
                  {s("dateOfBirth"), s("1938-05-14")},
                  {s("nhsNumber"), s("943 476 5919")},
                  {s("postcode"), s("CT1 2AB")},
                  {s("ruralClass"), s("urban")},
                  {s("address"),
                   O {{s("line1"), s("4 Orchard Row")},
                      {s("town"), s("Canterbury")},
                      {s("postcode"), s("CT1 2AB")}}},
                  {s("homeLocation"), O {{s("latitude"), 51.2787}, {s("longitude"), 1.0789}}},
                  {s("communicationNeeds"), A {s("large print")}},
                  {s("allergies"), A {s("penicillin")}},
                  {s("dnacpr"), false},
                  {s("keyContacts"),
                   A {O {{s("name"), s("Ann Hill")}, {s("relationship"), s("daughter")}}}},
                  {s("riskFlags"), A {s("falls risk")}}};
    if (t == RecordType::PersonEntryCodes)
        return O {{s("codes"),
                   A {O {{s("label"), s("key safe by the back door")}, {s("code"), s("4471")}}}}};
    if (t == RecordType::CarePlan)
        return O {
            {s("version"), 1},
            {s("personalOutcomes"),
             A {O {{s("id"), s("outcome-1")}, {s("text"), s("I want to make my own tea")}}}},
            {s("agreedOutcomes"), A {s("maintain independence at home")}},
            {s("goals"), A {goal("goal-1"), goal("goal-2")}},
            {s("risks"),
             A {s("falls: frame within reach"),
                O {{s("description"), s("skin integrity")}, {s("level"), s("low")}}}},
            {s("tasksByVisitType"), O {{s("morning"), A {s("personal care"), s("breakfast")}}}},
            {s("reviewDate"), s("2025-04-01")}};
    if (t == RecordType::MedicationOrder)
        return O {{s("medicine"), s("Paracetamol")},
                  {s("formulation"), s("tablet")},
                  {s("strength"), s("500 mg")},
                  {s("dose"), s("two tablets")},
                  {s("route"), s("oral")},
                  {s("supportLevel"), s("administer")},
                  {s("prescriber"), s("Dr Shah, Weald Medical Practice")},
                  {s("times"), A {s("08:00"), s("18:00")}},
                  {s("timeCritical"), true},
                  {s("timeCriticalWindowMinutes"), 30},
                  {s("startDate"), s("2025-01-01")},
                  {s("reviewDate"), s("2025-06-01")}};
    if (t == RecordType::Visit)
        return O {{s("plannedStart"), s("2025-03-03T08:00:00Z")},
                  {s("durationMinutes"), 45},
                  {s("workerIds"), A {s("worker-1"), s("worker-2")}},
                  {s("tasks"), A {s("breakfast"), s("medication")}},
                  {s("callType"), s("morning")}};
    if (t == RecordType::ReablementEpisode)
        return O {{s("startDate"), s("2025-03-03")},
                  {s("dischargeDate"), s("2025-03-01")},
                  {s("plannedEndDate"), s("2025-04-14")},
                  {s("therapistUserId"), s("therapist-1")},
                  {s("goals"), A {goal("goal-1")}}};
    if (t == RecordType::ReablementReview)
        return O {{s("episodeId"), newUuid7()},
                  {s("reviewDate"), s("2025-03-24")},
                  {s("kind"), s("week_3")},
                  {s("scores"), A {O {{s("goalId"), s("goal-1")}, {s("score"), 6}}}}};
    if (t == RecordType::GoalProgress)
        return O {
            {s("goalId"), s("goal-1")}, {s("score"), 4}, {s("note"), s("made tea with prompting")}};
    if (t == RecordType::VisitCheckIn || t == RecordType::VisitCheckOut)
        return O {{s("location"), fix()},
                  {s("distanceToHomeM"), 18.0},
                  {s("verification"), s("verified")}};
    if (t == RecordType::VisitTask)
        return O {{s("task"), s("breakfast")}, {s("outcome"), s("done")}};
    if (t == RecordType::VisitNote)
        return O {{s("note"), s("Ate well, walked to the kitchen.")}, {s("forNextWorker"), true}};
    if (t == RecordType::VisitFinance)
        return O {{s("amountPence"), 1250},
                  {s("purpose"), s("shopping: bread and milk")},
                  {s("confirmedByPerson"), true}};
    if (t == RecordType::VisitNoAccess)
        return O {{s("steps"),
                   O {{s("letterbox"), true},
                      {s("windows"), true},
                      {s("back"), true},
                      {s("neighbours"), false},
                      {s("officePhoned"), true}}}};
    if (t == RecordType::VisitFileRead)
        return O {{s("confirmed"), true}};
    if (t == RecordType::MedicationAdministration)
        return O {{s("orderId"), newUuid7()},
                  {s("scheduledTime"), s("08:00")},
                  {s("outcome"), s("given")},
                  {s("dose"), s("two tablets")},
                  {s("administeredAt"), s("2025-03-03T08:05:00Z")}};
    if (t == RecordType::VisitSummary)
        return O {{s("date"), s("2025-03-03")},
                  {s("completedAt"), s("2025-03-03T08:45:00Z")},
                  {s("workerFirstName"), s("Amira")}};
    if (t == RecordType::CommbookEntry)
        return O {{s("text"), s("Mum enjoyed the garden today.")},
                  {s("category"), s("general")},
                  {s("audience"), s("family")}};
    if (t == RecordType::CommbookAck)
        return O {{s("entryId"), newUuid7()}};
    if (t == RecordType::SpotCheck) {
        A checklist;
        for (const char *item : {"arrival_on_time", "id_badge", "hygiene_ppe", "dignity_choice"})
            checklist.append(O {{s("item"), s(item)}, {s("result"), s("met")}});
        return O {{s("supervisorUserId"), s("senior-1")},
                  {s("workerUserId"), s("worker-1")},
                  {s("consentGiven"), true},
                  {s("checklist"), checklist},
                  {s("outcome"), s("satisfactory")}};
    }
    if (t == RecordType::SpotCheckAck)
        return O {{s("spotCheckId"), newUuid7()}};
    if (t == RecordType::Supervision)
        return O {{s("supervisorUserId"), newUuid7()},
                  {s("workerUserId"), newUuid7()},
                  {s("date"), s("2025-03-03")},
                  {s("notes"), s("Workload and training talked through")},
                  {s("actions"),
                   A {O {{s("description"), s("Book moving and handling refresher")},
                         {s("dueDate"), s("2025-04-01")}}}}};
    if (t == RecordType::Incident)
        return O {{s("kind"), s("fall")},
                  {s("severity"), s("moderate")},
                  {s("occurredAt"), s("2025-03-03T08:20:00Z")},
                  {s("description"), s("Found on the floor by the bed")},
                  {s("actionTaken"), s("First aid, GP called")},
                  {s("reportedTo"),
                   A {O {{s("who"), s("office")},
                         {s("how"), s("phone")},
                         {s("at"), s("2025-03-03T08:30:00Z")}}}}};
    if (t == RecordType::Amendment)
        return O {{s("reason"), s("wrong dose written")},
                  {s("amendedType"), s("visit.note")},
                  {s("replacement"), O {{s("note"), s("Ate half of breakfast.")}}}};
    if (t == RecordType::Alert)
        return O {{s("rule"), s("three_refusals")},
                  {s("severity"), s("urgent")},
                  {s("summary"), s("Refused medication three visits running")}};
    if (t == RecordType::AlertAction)
        return O {{s("alertId"), newUuid7()},
                  {s("action"), s("resolve")},
                  {s("note"), s("Spoke to the GP; medicines reviewed.")}};
    return {};
}

Record record(const QString &type, const QString &personId, const QString &visitId)
{
    Record r;
    r.id = newUuid7();
    r.type = type;
    r.schemaVersion = currentSchemaVersion(type);
    r.personId = personId.isEmpty() ? newUuid7() : personId;
    if (recordTypeNeedsVisit(type) || !visitId.isEmpty())
        r.visitId = visitId.isEmpty() ? newUuid7() : visitId;
    r.careDay = QDate(2025, 3, 3);
    r.authorUserId = QStringLiteral("worker-1");
    r.deviceId = QStringLiteral("device-sample");
    r.hlc = clock().now();
    r.deviceTime = QDateTime::fromMSecsSinceEpoch(r.hlc.wallMs, QTimeZone::utc());
    if (type == QLatin1String(RecordType::Amendment))
        r.amends = newUuid7();
    r.payload = payload(type);
    return r;
}

namespace {

QJsonValue setIn(const QJsonValue &node, const QStringList &steps, int at, const QJsonValue &value)
{
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    const auto m = indexed.match(steps.at(at));
    const bool last = at == steps.size() - 1;
    QJsonObject object = node.toObject();
    const QString key = m.hasMatch() ? m.captured(1) : steps.at(at);
    if (!m.hasMatch()) {
        if (last) {
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
        } else {
            object.insert(key, setIn(object.value(key), steps, at + 1, value));
        }
        return object;
    }
    QJsonArray array = object.value(key).toArray();
    const int index = m.captured(2).toInt();
    while (array.size() <= index)
        array.append(QJsonObject());
    if (last)
        array.replace(index, value);
    else
        array.replace(index, setIn(array.at(index), steps, at + 1, value));
    object.insert(key, array);
    return object;
}

} // namespace

QJsonObject withPath(const QJsonObject &object, const QString &path, const QJsonValue &value)
{
    return setIn(object, path.split(QLatin1Char('.')), 0, value).toObject();
}

} // namespace careround::samples
