#include "fhiredgecases.h"

#include "core/medicationoutcome.h"
#include "core/recordtypes.h"
#include "storetestsupport.h"
#include "testrecords.h"
#include <QJsonArray>

namespace careround::server::test {

namespace {

using O = QJsonObject;
using A = QJsonArray;
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Writer
{
    RecordFactory factory;
    QString personId;
    QDate day;
    QDateTime now;
    QList<Record> records;

    Record &add(const char *type, const QJsonObject &payload, const QString &visitId = {})
    {
        Record r = factory.base(s(type), personId, day);
        r.visitId = visitId;
        r.payload = payload;
        records.append(r);
        return records.last();
    }
    Record find(const QString &id) const
    {
        for (const Record &r : records) {
            if (r.id == id)
                return r;
        }
        return {};
    }
    Record &amend(const Record &target, const QJsonObject &change)
    {
        QJsonObject payload {{s("reason"), s("Recorded against the wrong time")},
                             {s("amendedType"), target.type}};
        for (auto it = change.begin(); it != change.end(); ++it)
            payload.insert(it.key(), it.value());
        Record &a = add(RecordType::Amendment, payload);
        a.amends = target.id;
        return a;
    }
};

QJsonObject dosePayload(const QString &orderId, MedicationOutcome outcome, const QDateTime &at)
{
    QJsonObject p {{s("orderId"), orderId},
                   {s("scheduledTime"), s("08:00")},
                   {s("outcome"), medicationOutcomeCode(outcome)}};
    if (isGiven(outcome)) {
        p.insert(s("dose"), s("one tablet"));
        p.insert(s("administeredAt"), at.toString(Qt::ISODateWithMs));
    }
    if (outcomeNeedsReason(outcome))
        p.insert(s("reason"), s("Said she would take it later"));
    return p;
}

QJsonObject checkPayload(double lat, double lon, const char *verification)
{
    return O {
        {s("verification"), s(verification)},
        {s("location"), O {{s("latitude"), lat}, {s("longitude"), lon}, {s("accuracyM"), 12}}},
        {s("distanceToHomeM"), 20},
        {s("radiusM"), 100}};
}

} // namespace

Result<FhirEdgeCases> writeFhirEdgeCases(ServerStore &store, const QString &loginPrefix,
                                         const QDateTime &now)
{
    auto org = createTestOrg(store, loginPrefix);
    if (!org)
        return org.error();
    const TestOrg &t = org.value();
    FhirEdgeCases out;
    out.orgId = t.org.id;
    out.edith = newPersonId();
    out.noNumber = newPersonId();
    const QDate day = now.date();
    Writer w {RecordFactory(t.coordinator.id, t.coordinatorDevice.id), out.edith, day, now, {}};

    w.add(RecordType::Person,
          O {{s("name"), s("Edith Clarke")},
             {s("preferredName"), s("Edie")},
             {s("dateOfBirth"), s("1938-04-02")},
             {s("nhsNumber"), s("943 476 5919")},
             {s("address"), O {{s("line1"), s("3 Mill Lane")}, {s("town"), s("Tonbridge")}}},
             {s("postcode"), s("TN9 1AA")},
             {s("communicationNeeds"), A {s("large print")}},
             {s("allergies"), A {s("penicillin"), s("latex")}},
             {s("dnacpr"), true},
             {s("riskFlags"), A {s("falls risk")}},
             {s("keyContacts"),
              A {O {{s("name"), s("Fiona Clarke")},
                    {s("relationship"), s("daughter")},
                    {s("phone"), s("07700 900123")}}}},
             {s("attorney"),
              O {{s("name"), s("Fiona Clarke")}, {s("kind"), s("lpa_health_welfare")}}}});
    w.records.last().personId = out.edith;
    const QJsonObject goal {{s("id"), s("goal-1")},
                            {s("description"), s("Makes a hot drink")},
                            {s("baseline"), s("needs help")},
                            {s("target"), s("unaided daily")},
                            {s("measure"), s("calls unaided")},
                            {s("dueDate"), day.addDays(30).toString(Qt::ISODate)}};
    const Record plan =
        w.add(RecordType::CarePlan,
              O {{s("personalOutcomes"), A {s("Stay at home")}},
                 {s("goals"), A {goal}},
                 {s("tasksByVisitType"), O {{s("morning"), A {s("breakfast"), s("medication")}}}},
                 {s("version"), 1}});
    const Record episode =
        w.add(RecordType::ReablementEpisode,
              O {{s("startDate"), day.addDays(-7).toString(Qt::ISODate)},
                 {s("plannedEndDate"), day.addDays(35).toString(Qt::ISODate)},
                 {s("therapistUserId"), t.therapist.id},
                 {s("goals"),
                  A {O {{s("id"), s("walk")},
                        {s("description"), s("Walks to the shop")},
                        {s("baseline"), s("indoors only")},
                        {s("target"), s("to the shop")},
                        {s("measure"), s("distance")},
                        {s("dueDate"), day.addDays(30).toString(Qt::ISODate)}}}}});
    w.add(RecordType::ReablementReview,
          O {{s("episodeId"), episode.id},
             {s("reviewDate"), day.toString(Qt::ISODate)},
             {s("kind"), s("weekly")},
             {s("scores"), A {O {{s("goalId"), s("walk")}, {s("score"), 4}}}},
             {s("summary"), s("Steady progress")}});
    const Record progress =
        w.add(RecordType::GoalProgress,
              O {{s("goalId"), s("goal-1")}, {s("score"), 6}, {s("carePlanId"), plan.id}});
    w.add(RecordType::GoalProgress,
          O {{s("goalId"), s("goal-1")}, {s("score"), 2}, {s("carePlanId"), plan.id}});
    const Record regular = w.add(RecordType::MedicationOrder,
                                 O {{s("medicine"), s("Amlodipine")},
                                    {s("formulation"), s("tablet")},
                                    {s("strength"), s("5 mg")},
                                    {s("dose"), s("one tablet")},
                                    {s("prescriber"), s("Dr Shah")},
                                    {s("route"), s("oral")},
                                    {s("supportLevel"), s("administer")},
                                    {s("times"), A {s("08:00"), s("18:00")}},
                                    {s("startDate"), day.addDays(-30).toString(Qt::ISODate)}});
    const Record prn = w.add(RecordType::MedicationOrder,
                             O {{s("medicine"), s("Paracetamol")},
                                {s("formulation"), s("tablet")},
                                {s("strength"), s("500 mg")},
                                {s("dose"), s("two tablets")},
                                {s("prescriber"), s("Dr Shah")},
                                {s("route"), s("oral")},
                                {s("supportLevel"), s("administer")},
                                {s("prn"), true},
                                {s("prnProtocol"),
                                 O {{s("indication"), s("pain")},
                                    {s("doseRule"), s("two tablets")},
                                    {s("minimumIntervalMinutes"), 240},
                                    {s("maxDosesPer24h"), 4}}}});
    out.regularOrder = regular.id;
    out.prnOrder = prn.id;
    // A single-handed and a double-handed visit, with location evidence.
    const QDateTime start = now.addSecs(-3 * 3600);
    const Record single = w.add(RecordType::Visit, O {}, QString());
    w.records.last().visitId = single.id;
    w.records.last().payload = O {{s("plannedStart"), start.toString(Qt::ISODateWithMs)},
                                  {s("durationMinutes"), 30},
                                  {s("workerIds"), A {t.worker.id}},
                                  {s("callType"), s("morning")}};
    const QString singleId = single.id;
    Record &dbl = w.add(RecordType::Visit, O {});
    dbl.visitId = dbl.id;
    dbl.payload = O {{s("plannedStart"), start.addSecs(3600).toString(Qt::ISODateWithMs)},
                     {s("durationMinutes"), 45},
                     {s("workerIds"), A {t.worker.id, t.worker2.id}},
                     {s("callType"), s("lunch")}};
    out.doubleVisit = dbl.id;
    Record &cancelled = w.add(RecordType::Visit, O {});
    cancelled.visitId = cancelled.id;
    cancelled.payload = O {{s("plannedStart"), start.addSecs(7200).toString(Qt::ISODateWithMs)},
                           {s("durationMinutes"), 30},
                           {s("workerIds"), A {t.worker.id}},
                           {s("cancelled"), true},
                           {s("cancelReason"), s("In hospital")}};
    w.factory.setAuthor(t.worker.id, t.workerDevice.id);
    w.add(RecordType::VisitCheckIn, checkPayload(51.19, 0.27, "verified"), singleId);
    w.add(RecordType::VisitCheckOut, checkPayload(51.19, 0.27, "verified"), singleId);
    w.add(RecordType::VisitCheckIn, checkPayload(51.2, 0.28, "outside_radius"), out.doubleVisit);
    w.add(RecordType::VisitCheckIn, O {{s("verification"), s("no_fix")}}, out.doubleVisit)
        .authorUserId = t.worker2.id;
    w.records.last().deviceId = t.worker2Device.id;
    w.add(RecordType::VisitTask, O {{s("task"), s("breakfast")}, {s("outcome"), s("refused")}},
          singleId);
    // One dose record per outcome of the fixed list, at the single visit.
    for (const QString &code : medicationOutcomeCodes()) {
        const MedicationOutcome outcome = *medicationOutcomeFromCode(code);
        if (outcome == MedicationOutcome::NotRequiredPrn)
            continue; // recorded against the PRN order below
        out.doseIds.append(w.add(RecordType::MedicationAdministration,
                                 dosePayload(regular.id, outcome, start), singleId)
                               .id);
    }
    out.doseIds.append(w.add(RecordType::MedicationAdministration,
                             O {{s("orderId"), prn.id},
                                {s("prn"), true},
                                {s("outcome"), s("given")},
                                {s("dose"), s("two tablets")},
                                {s("administeredAt"), start.toString(Qt::ISODateWithMs)},
                                {s("prnEffect"), O {{s("effect"), s("effective")}}}},
                             singleId)
                           .id);
    out.doseIds.append(w.add(RecordType::MedicationAdministration,
                             O {{s("orderId"), prn.id},
                                {s("prn"), true},
                                {s("outcome"), s("not_required_prn")},
                                {s("reason"), s("No pain today")}},
                             singleId)
                           .id);
    // Amendments: a dose corrected (given → refused), a dose withdrawn, a goal score withdrawn.
    out.amendedDose = out.doseIds.first();
    out.withdrawnDose = out.doseIds.at(1);
    w.amend(w.find(out.amendedDose),
            O {{s("replacement"), dosePayload(regular.id, MedicationOutcome::Refused, start)}});
    w.amend(w.find(out.withdrawnDose), O {{s("withdrawn"), true}});
    w.amend(progress, O {{s("withdrawn"), true}, {s("reason"), s("Scored for the wrong goal")}});
    // Communication book: care team, family; one corrected.
    const Record entry = w.add(RecordType::CommbookEntry,
                               O {{s("text"), s("Edith had a fall last night")},
                                  {s("category"), s("health")},
                                  {s("audience"), s("care_team")}});
    out.amendedEntry = entry.id;
    w.amend(entry,
            O {{s("replacement"),
                O {{s("text"), s("Edith had a fall on Sunday night")},
                   {s("category"), s("health")},
                   {s("audience"), s("care_team")}}}});
    w.factory.setAuthor(t.family.id, t.familyDevice.id);
    w.add(RecordType::CommbookEntry,
          O {{s("text"), s("Mum enjoyed the walk")},
             {s("category"), s("wellbeing")},
             {s("audience"), s("family")}});
    // The person without an NHS number: a person record only.
    w.factory.setAuthor(t.coordinator.id, t.coordinatorDevice.id);
    w.personId = out.noNumber;
    w.add(RecordType::Person, O {{s("name"), s("Arthur Penn")}});

    PutContext ctx {out.orgId, t.coordinator.id, t.coordinatorDevice.id, now, true};
    auto put = store.putRecords(ctx, w.records);
    if (!put)
        return put.error();
    for (const PutResult &r : put.value()) {
        if (r.status == PutStatus::Rejected)
            return Error {QStringLiteral("edge cases"), r.error.toString()};
    }
    // Family sharing: Edith's daughter, with consent.
    const FamilyLink link {newPersonId(), out.orgId, t.family.id, out.edith,
                           s("daughter"), false,     {}};
    if (auto made = store.createFamilyLink(link); !made)
        return made.error();
    if (auto given = store.recordConsent(
            out.orgId,
            ConsentEvent {link.id, true, now, t.coordinator.id, s("Asked at the review")});
        !given)
        return given.error();
    return out;
}

} // namespace careround::server::test
