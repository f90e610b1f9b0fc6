#include "core/recordtypes.h"
#include "core/recordvalidation.h"
#include "core/rules/alertstate.h"
#include "core/uuid7.h"
#include "samplerecords.h"
#include <QJsonArray>
#include <QTest>

using namespace careround;

namespace {
const QJsonValue Gone(QJsonValue::Undefined);
QString t(const char *type)
{
    return QString::fromLatin1(type);
}
} // namespace

class TestRecordValidation : public QObject
{
    Q_OBJECT
private slots:
    void everySampleIsValid_data();
    void everySampleIsValid();
    void envelopeErrorsNameTheMember_data();
    void envelopeErrorsNameTheMember();
    void payloadErrorsNameTheField_data();
    void payloadErrorsNameTheField();
    void validVariants_data();
    void validVariants();
    void olderPayloadVersionIsUpgradedBeforeChecking();
    void everySampleHasOnlyKnownFields_data();
    void everySampleHasOnlyKnownFields();
    void unknownFieldsAreRefusedWhenAsked_data();
    void unknownFieldsAreRefusedWhenAsked();
    void fieldsReadOnlyInSomeCasesAreKnown_data();
    void fieldsReadOnlyInSomeCasesAreKnown();
};

void TestRecordValidation::everySampleIsValid_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : allRecordTypes())
        QTest::newRow(qPrintable(type)) << type;
}

void TestRecordValidation::everySampleIsValid()
{
    QFETCH(QString, type);
    const auto result = validateRecord(samples::record(type));
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
}

void TestRecordValidation::envelopeErrorsNameTheMember_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty id") << 0 << "id";
    QTest::newRow("v4 id") << 1 << "id";
    QTest::newRow("unknown type") << 2 << "type";
    QTest::newRow("schema version 0") << 3 << "schemaVersion";
    QTest::newRow("no person") << 4 << "personId";
    QTest::newRow("no visit on a visit event") << 5 << "visitId";
    QTest::newRow("no author") << 6 << "authorUserId";
    QTest::newRow("no device") << 7 << "deviceId";
    QTest::newRow("no care day") << 8 << "careDay";
    QTest::newRow("null hlc") << 9 << "hlc";
    QTest::newRow("hlc node with space") << 10 << "hlc";
    QTest::newRow("no device time") << 11 << "deviceTime";
    QTest::newRow("amends not uuid7") << 12 << "amends";
    QTest::newRow("person id with spaces") << 13 << "personId";
}

void TestRecordValidation::envelopeErrorsNameTheMember()
{
    QFETCH(int, change);
    QFETCH(QString, field);
    Record r = samples::record(t(RecordType::VisitCheckIn));
    switch (change) {
    case 0:
        r.id.clear();
        break;
    case 1:
        r.id = QStringLiteral("3b241101-e2bb-4255-8caf-4136c566a962");
        break;
    case 2:
        r.type = QStringLiteral("visit.teleport");
        break;
    case 3:
        r.schemaVersion = 0;
        break;
    case 4:
        r.personId.clear();
        break;
    case 5:
        r.visitId.clear();
        break;
    case 6:
        r.authorUserId.clear();
        break;
    case 7:
        r.deviceId.clear();
        break;
    case 8:
        r.careDay = {};
        break;
    case 9:
        r.hlc = {};
        break;
    case 10:
        r.hlc.node = QStringLiteral("my phone");
        break;
    case 11:
        r.deviceTime = {};
        break;
    case 12:
        r.amends = QStringLiteral("record-1");
        break;
    case 13:
        r.personId = QStringLiteral(" p1 ");
        break;
    }
    const auto result = validateRecord(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, field);
}

// Each row: a valid sample of `type`, one field changed (Gone removes it), the field the error must
// name and words its message must contain.
void TestRecordValidation::payloadErrorsNameTheField_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const char *type, const char *path, const QJsonValue &value,
                  const char *field, const char *message) {
        QTest::newRow(name) << t(type) << QString::fromUtf8(path) << value
                            << QString::fromUtf8(field) << QString::fromUtf8(message);
    };
    using V = QJsonValue;
    // person
    row("person without name", RecordType::Person, "name", Gone, "payload.name", "is required");
    row("person blank name", RecordType::Person, "name", V(QStringLiteral("   ")), "payload.name",
        "is required");
    row("person bad NHS check digit", RecordType::Person, "nhsNumber",
        V(QStringLiteral("943 476 5918")), "payload.nhsNumber", "check digit");
    row("person DOB not a date", RecordType::Person, "dateOfBirth", V(QStringLiteral("14/05/1938")),
        "payload.dateOfBirth", "yyyy-MM-dd");
    row("person rural class", RecordType::Person, "ruralClass", V(QStringLiteral("rural")),
        "payload.ruralClass", "must be one of urban, town_and_fringe, village_and_dispersed");
    row("person latitude", RecordType::Person, "homeLocation.latitude", V(91),
        "payload.homeLocation.latitude", "from -90 to 90");
    row("person contact without name", RecordType::Person, "keyContacts[0].name", Gone,
        "payload.keyContacts[0].name", "is required");
    row("person allergies not list", RecordType::Person, "allergies", V(QStringLiteral("nuts")),
        "payload.allergies", "list");
    row("person dnacpr text", RecordType::Person, "dnacpr", V(QStringLiteral("yes")),
        "payload.dnacpr", "true or false");
    row("entry code in person", RecordType::Person, "keySafe", V(QStringLiteral("1234")),
        "payload.keySafe", "person.entrycodes");
    row("entry codes empty", RecordType::PersonEntryCodes, "codes", V(QJsonArray()),
        "payload.codes", "1 to 20 items");
    // care plan
    row("plan without outcomes", RecordType::CarePlan, "personalOutcomes", Gone,
        "payload.personalOutcomes", "is required");
    row("goal without baseline", RecordType::CarePlan, "goals[1].baseline", Gone,
        "payload.goals[1].baseline", "is required");
    row("goal due date", RecordType::CarePlan, "goals[0].dueDate", V(QStringLiteral("soon")),
        "payload.goals[0].dueDate", "yyyy-MM-dd");
    row("goal duplicate id", RecordType::CarePlan, "goals[1].id", V(QStringLiteral("goal-1")),
        "payload.goals[1].id", "another goal");
    row("tasks by visit type", RecordType::CarePlan, "tasksByVisitType.morning", V(3),
        "payload.tasksByVisitType.morning", "list");
    // reablement
    row("episode longer than 6 weeks", RecordType::ReablementEpisode, "plannedEndDate",
        V(QStringLiteral("2025-04-15")), "payload.plannedEndDate", "6 weeks");
    row("episode ends before start", RecordType::ReablementEpisode, "plannedEndDate",
        V(QStringLiteral("2025-03-02")), "payload.plannedEndDate", "before startDate");
    row("exit outcome without end", RecordType::ReablementEpisode, "exitOutcome",
        V(QStringLiteral("independent")), "payload.endDate", "is required");
    row("exit outcome unknown", RecordType::ReablementEpisode, "exitOutcome",
        V(QStringLiteral("moved")), "payload.exitOutcome",
        "independent, long_term_care_at_home, placement");
    row("review score 11", RecordType::ReablementReview, "scores[0].score", V(11),
        "payload.scores[0].score", "from 0 to 10");
    row("progress score 2.5", RecordType::GoalProgress, "score", V(2.5), "payload.score",
        "whole number");
    // visit
    row("visit three workers", RecordType::Visit, "workerIds",
        V(QJsonArray {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}),
        "payload.workerIds", "1 to 2 items");
    row("visit no workers", RecordType::Visit, "workerIds", V(QJsonArray()), "payload.workerIds",
        "1 to 2 items");
    row("visit same worker twice", RecordType::Visit, "workerIds",
        V(QJsonArray {QStringLiteral("a"), QStringLiteral("a")}), "payload.workerIds[1]",
        "same worker");
    row("visit start without zone", RecordType::Visit, "plannedStart",
        V(QStringLiteral("2025-03-03T08:00")), "payload.plannedStart", "time zone");
    row("visit duration 0", RecordType::Visit, "durationMinutes", V(0), "payload.durationMinutes",
        "from 1 to 1440");
    row("visit names a stranger", RecordType::Visit, "workerNames",
        V(QJsonObject {{QStringLiteral("worker-9"), QStringLiteral("Sam")}}),
        "payload.workerNames.worker-9", "not one of workerIds");
    row("visit worker name empty", RecordType::Visit, "workerNames",
        V(QJsonObject {{QStringLiteral("worker-2"), QString()}}), "payload.workerNames.worker-2",
        "is required");
    row("visit worker name a number", RecordType::Visit, "workerNames",
        V(QJsonObject {{QStringLiteral("worker-1"), 7}}), "payload.workerNames.worker-1",
        "must be text");
    row("cancelled without reason", RecordType::Visit, "cancelled", V(true), "payload.cancelReason",
        "is required");
    row("check-in no fix but location", RecordType::VisitCheckIn, "verification",
        V(QStringLiteral("no_fix")), "payload.verification", "no_fix but a location");
    row("check-out verified without fix", RecordType::VisitCheckOut, "location", Gone,
        "payload.location", "is required when");
    row("check-in accuracy negative", RecordType::VisitCheckIn, "location.accuracyM", V(-1),
        "payload.location.accuracyM", "from 0");
    row("check-in verification word", RecordType::VisitCheckIn, "verification",
        V(QStringLiteral("ok")), "payload.verification", "verified, outside_radius, no_fix");
    row("task outcome", RecordType::VisitTask, "outcome", V(QStringLiteral("skipped")),
        "payload.outcome", "done, refused, not_needed");
    row("note empty", RecordType::VisitNote, "note", V(QString()), "payload.note", "is required");
    row("note too long", RecordType::VisitNote, "note", V(QString(10001, QLatin1Char('x'))),
        "payload.note", "at most 10000");
    row("finance negative", RecordType::VisitFinance, "amountPence", V(-5), "payload.amountPence",
        "from 1");
    row("finance pounds", RecordType::VisitFinance, "amountPence", V(12.5), "payload.amountPence",
        "whole number");
    row("finance unconfirmed needs note", RecordType::VisitFinance, "confirmedByPerson", V(false),
        "payload.note", "is required");
    row("no access step missing", RecordType::VisitNoAccess, "steps.officePhoned", Gone,
        "payload.steps.officePhoned", "is required");
    row("file read false", RecordType::VisitFileRead, "confirmed", V(false), "payload.confirmed",
        "must be true");
    // medication
    row("order route", RecordType::MedicationOrder, "route", V(QStringLiteral("by mouth")),
        "payload.route", "must be one of oral");
    row("order support level", RecordType::MedicationOrder, "supportLevel",
        V(QStringLiteral("help")), "payload.supportLevel", "prompt, assist, administer");
    row("order time 8am", RecordType::MedicationOrder, "times[1]", V(QStringLiteral("8am")),
        "payload.times[1]", "HH:mm");
    row("order time twice", RecordType::MedicationOrder, "times[1]", V(QStringLiteral("08:00")),
        "payload.times[1]", "twice");
    row("order regular without times", RecordType::MedicationOrder, "times", Gone, "payload.times",
        "is required");
    row("order time critical no window", RecordType::MedicationOrder, "timeCriticalWindowMinutes",
        Gone, "payload.timeCriticalWindowMinutes", "is required");
    row("order prn without protocol", RecordType::MedicationOrder, "prn", V(true),
        "payload.prnProtocol", "is required");
    row("order stop before start", RecordType::MedicationOrder, "stopDate",
        V(QStringLiteral("2024-12-31")), "payload.stopDate", "before startDate");
    row("admin outcome code", RecordType::MedicationAdministration, "outcome",
        V(QStringLiteral("taken")), "payload.outcome", "given, prompted_and_taken, assisted");
    row("admin refused without reason", RecordType::MedicationAdministration, "outcome",
        V(QStringLiteral("refused")), "payload.reason", "is required");
    row("admin other without reason", RecordType::MedicationAdministration, "outcome",
        V(QStringLiteral("other")), "payload.reason", "is required");
    row("admin given without dose", RecordType::MedicationAdministration, "dose", Gone,
        "payload.dose", "is required");
    row("admin given without time", RecordType::MedicationAdministration, "administeredAt", Gone,
        "payload.administeredAt", "is required");
    row("admin slot missing", RecordType::MedicationAdministration, "scheduledTime", Gone,
        "payload.scheduledTime", "is required");
    row("admin prn with slot", RecordType::MedicationAdministration, "prn", V(true),
        "payload.scheduledTime", "PRN");
    row("admin prn effect on regular", RecordType::MedicationAdministration, "prnEffect",
        V(QJsonObject {{QStringLiteral("effect"), QStringLiteral("effective")}}),
        "payload.prnEffect", "only recorded for PRN");
    // communication book
    row("commbook audience", RecordType::CommbookEntry, "audience", V(QStringLiteral("everyone")),
        "payload.audience", "care_team, family");
    row("commbook text", RecordType::CommbookEntry, "text", Gone, "payload.text", "is required");
    row("commbook ack entry", RecordType::CommbookAck, "entryId", Gone, "payload.entryId",
        "is required");
    // spot check
    row("spot check item result", RecordType::SpotCheck, "checklist[2].result",
        V(QStringLiteral("great")), "payload.checklist[2].result",
        "must be one of met, not_met, not_applicable");
    row("spot check item name", RecordType::SpotCheck, "checklist[0].item",
        V(QStringLiteral("smile")), "payload.checklist[0].item", "arrival_on_time");
    row("spot check item twice", RecordType::SpotCheck, "checklist[1].item",
        V(QStringLiteral("arrival_on_time")), "payload.checklist[1].item", "twice");
    row("spot check not met needs comment", RecordType::SpotCheck, "checklist[0].result",
        V(QStringLiteral("not_met")), "payload.checklist[0].comment", "is required");
    row("spot check refused needs reason", RecordType::SpotCheck, "consentGiven", V(false),
        "payload.refusalReason", "is required");
    row("spot check self", RecordType::SpotCheck, "workerUserId", V(QStringLiteral("senior-1")),
        "payload.workerUserId", "differ from supervisorUserId");
    row("spot check ack", RecordType::SpotCheckAck, "spotCheckId", V(3), "payload.spotCheckId",
        "must be text");
    // incident and alert
    row("incident kind", RecordType::Incident, "kind", V(QStringLiteral("flood")), "payload.kind",
        "accident, fall, safeguarding");
    row("incident not reported", RecordType::Incident, "reportedTo", V(QJsonArray()),
        "payload.reportedTo", "1 to 20 items");
    row("incident report how", RecordType::Incident, "reportedTo[0].how",
        V(QStringLiteral("pigeon")), "payload.reportedTo[0].how", "phone, written");
    row("alert rule", RecordType::Alert, "rule", V(QStringLiteral("bored")), "payload.rule",
        "three_refusals");
    // amendment: the replacement is checked as a payload of the amended type
    row("amendment without reason", RecordType::Amendment, "reason", Gone, "payload.reason",
        "is required");
    row("amendment replacement invalid", RecordType::Amendment, "replacement.note", Gone,
        "payload.replacement.note", "is required");
    row("amendment of amendment", RecordType::Amendment, "amendedType",
        V(QStringLiteral("amendment")), "payload.amendedType", "must be one of");
    row("amendment without replacement", RecordType::Amendment, "replacement", Gone,
        "payload.replacement", "is required");
    row("amendment withdrawn with replacement", RecordType::Amendment, "withdrawn", V(true),
        "payload.replacement", "left out");
    // alert.action (the sample resolves with a note)
    row("alert action without alert", RecordType::AlertAction, "alertId", Gone, "payload.alertId",
        "is required");
    row("alert action unknown", RecordType::AlertAction, "action", V(QStringLiteral("delete")),
        "payload.action", "must be one of");
    row("resolve without note", RecordType::AlertAction, "note", Gone, "payload.note",
        "say what was done");
    row("resolve with blank note", RecordType::AlertAction, "note", V(QStringLiteral("  ")),
        "payload.note", "say what was done");
    row("resolve note too long", RecordType::AlertAction, "note",
        V(QString(AlertNoteMaxLength + 1, QLatin1Char('x'))), "payload.note", "at most 2000");
    row("assign without assignee", RecordType::AlertAction, "action", V(QStringLiteral("assign")),
        "payload.assigneeUserId", "is required");
    row("resolve with assignee", RecordType::AlertAction, "assigneeUserId",
        V(QStringLiteral("user-2")), "payload.assigneeUserId", "only for assigning");
}

void TestRecordValidation::payloadErrorsNameTheField()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Record r = samples::record(type);
    r.payload = samples::withPath(r.payload, path, value);
    const auto result = validateRecord(r);
    QVERIFY2(!result.ok(), "the broken record was accepted");
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

// Payload shapes that must be accepted besides the samples.
void TestRecordValidation::validVariants_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    using V = QJsonValue;
    QTest::newRow("NHS number without spaces")
        << t(RecordType::Person) << "nhsNumber" << V(QStringLiteral("9434765919"));
    QTest::newRow("person minimal: no DOB") << t(RecordType::Person) << "dateOfBirth" << Gone;
    QTest::newRow("single-handed visit")
        << t(RecordType::Visit) << "workerIds" << V(QJsonArray {QStringLiteral("w")});
    QTest::newRow("visit start with offset")
        << t(RecordType::Visit) << "plannedStart" << V(QStringLiteral("2025-06-03T09:00:00+01:00"));
    QTest::newRow("episode exactly 42 days")
        << t(RecordType::ReablementEpisode) << "plannedEndDate" << V(QStringLiteral("2025-04-14"));
    QTest::newRow("outcome as text") << t(RecordType::CarePlan) << "personalOutcomes"
                                     << V(QJsonArray {QStringLiteral("Walk to the shop")});
    QTest::newRow("checklist not applicable")
        << t(RecordType::SpotCheck) << "checklist[3].result" << V(QStringLiteral("not_applicable"));
    QTest::newRow("amendment withdrawn") << t(RecordType::Amendment) << "replacement" << Gone;
    QTest::newRow("acknowledge without note") << t(RecordType::AlertAction) << "note" << Gone;
    QTest::newRow("resolve note of 2000 characters")
        << t(RecordType::AlertAction) << "note" << V(QString(AlertNoteMaxLength, QLatin1Char('x')));
}

void TestRecordValidation::validVariants()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    Record r = samples::record(type);
    r.payload = samples::withPath(r.payload, path, value);
    if (QTest::currentDataTag() == QByteArray("amendment withdrawn"))
        r.payload.insert(QStringLiteral("withdrawn"), true);
    if (QTest::currentDataTag() == QByteArray("acknowledge without note"))
        r.payload.insert(QStringLiteral("action"), QStringLiteral("acknowledge"));
    const auto result = validateRecord(r);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
}

void TestRecordValidation::olderPayloadVersionIsUpgradedBeforeChecking()
{
    Record r = samples::record(t(RecordType::VisitNote));
    r.schemaVersion = 1;
    r.payload = QJsonObject {{QStringLiteral("text"), QStringLiteral("Ate well.")}};
    QVERIFY(validateRecord(r).ok());
    r.payload = QJsonObject {};
    QCOMPARE(validateRecord(r).error().field, QStringLiteral("payload.note"));
    r.schemaVersion = 3;
    QCOMPARE(validateRecord(r).error().field, QStringLiteral("schemaVersion"));
}

void TestRecordValidation::everySampleHasOnlyKnownFields_data()
{
    everySampleIsValid_data();
}

void TestRecordValidation::everySampleHasOnlyKnownFields()
{
    QFETCH(QString, type);
    const auto result = validateRecord(samples::record(type), UnknownFields::Refuse);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
}

// A field the type's schema does not name, at the top, in a nested object, in a list item and in
// an amendment's replacement: kept by default (a newer schema's field), refused when asked.
void TestRecordValidation::unknownFieldsAreRefusedWhenAsked_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    QTest::newRow("visit note padding") << t(RecordType::VisitNote) << "padding"
                                        << "payload.padding";
    QTest::newRow("nested object") << t(RecordType::Person) << "address.padding"
                                   << "payload.address.padding";
    QTest::newRow("list item") << t(RecordType::Incident) << "reportedTo[0].padding"
                               << "payload.reportedTo[0].padding";
    QTest::newRow("amendment replacement") << t(RecordType::Amendment) << "replacement.padding"
                                           << "payload.replacement.padding";
    QTest::newRow("amendment itself") << t(RecordType::Amendment) << "padding"
                                      << "payload.padding";
}

void TestRecordValidation::unknownFieldsAreRefusedWhenAsked()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QString, field);
    Record r = samples::record(type);
    r.payload = samples::withPath(r.payload, path, QString(1000, QLatin1Char('x')));
    QVERIFY2(validateRecord(r).ok(), "an unknown field is kept by default");
    const auto strict = validateRecord(r, UnknownFields::Refuse);
    QVERIFY2(!strict.ok(), "the unknown field was accepted");
    QCOMPARE(strict.error().field, field);
    QVERIFY2(strict.error().message.contains(QStringLiteral("not a field")),
             qPrintable(strict.error().message));
}

// Fields the schema reads only in some cases are still its own.
void TestRecordValidation::fieldsReadOnlyInSomeCasesAreKnown_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    using V = QJsonValue;
    QTest::newRow("cancel reason of a visit not cancelled")
        << t(RecordType::Visit) << "cancelReason" << V(QStringLiteral("Family visiting"));
    QTest::newRow("time-critical window, flag off")
        << t(RecordType::MedicationOrder) << "timeCritical" << V(false); // the sample has a window
    QTest::newRow("GP practice printed on the MAR")
        << t(RecordType::Person) << "gpPractice" << V(QStringLiteral("Riverside Surgery"));
}

void TestRecordValidation::fieldsReadOnlyInSomeCasesAreKnown()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    Record r = samples::record(type);
    r.payload = samples::withPath(r.payload, path, value);
    const auto result = validateRecord(r, UnknownFields::Refuse);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
}

QTEST_GUILESS_MAIN(TestRecordValidation)
#include "tst_recordvalidation.moc"
