// The console's People forms on both backends (PersonEdits, docs/office.md "People"): a coordinator
// adds a person and changes their details by amendments through the write rules; bad details are
// refused naming the field with nothing stored; a change made from a stale form is a conflict;
// only coordinators may do either; the change reaches the phone of a worker who visits the person;
// the person file shows the details' history (who, when, why, what changed).
#include "core/recordtypes.h"
#include "core/rules/amendments.h"
#include "server/office/personedits.h"
#include "server/office/personfile.h"
#include "server/storage/recordscan.h"
#include "storetestsupport.h"
#include "testrecords.h"

#include <QJsonArray>
#include <QtTest>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {

QJsonObject fullDetails()
{
    return {{"name", "Margaret Okafor"},
            {"preferredName", "Peggy"},
            {"dateOfBirth", "1938-04-02"},
            {"nhsNumber", "943 476 5919"},
            {"address", QJsonObject {{"line1", "4 Mill Lane"}, {"town", "Cranbrook"}}},
            {"postcode", "TN17 3AB"},
            {"homeLocation", QJsonObject {{"latitude", 51.097}, {"longitude", 0.535}}},
            {"communicationNeeds", QJsonArray {"hard of hearing: face her when speaking"}},
            {"allergies", QJsonArray {"penicillin"}},
            {"dnacpr", true},
            {"keyContacts",
             QJsonArray {QJsonObject {
                 {"name", "Ade Okafor"}, {"relationship", "son"}, {"phone", "07700 900123"}}}},
            {"attorney", QJsonObject {{"name", "Ade Okafor"}, {"kind", "lpa_health_welfare"}}},
            {"riskFlags", QJsonArray {"falls"}},
            {"ruralClass", "village_and_dispersed"}};
}

} // namespace

class OfficePeopleAdminTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { addBackendRows(); }
    void init();
    void cleanup() { m_store.close(); }

    void coordinatorCreatesAPersonWithEveryDetail();
    void badDetailsAreRefusedNamingTheFieldAndNothingIsStored_data();
    void badDetailsAreRefusedNamingTheFieldAndNothingIsStored();
    void aChangeIsAnAmendmentThatReachesTheVisitingWorkersPhone();
    void aChangeFromAStaleFormIsAConflict();
    void badChangesAreRefused();
    void onlyCoordinatorsAddOrChangePeople();
    void historySaysWhoWhenWhyAndWhatChanged();

private:
    QList<Record> recordsOf(const QString &personId);
    QList<Record> everything();
    PersonEdit create(const QJsonObject &details = fullDetails());
    // The coordinator's change of a person's details, from a form loaded at `version`.
    PersonEdit change(const QString &personId, const QString &version, const QString &reason,
                      const QJsonObject &details, const QDateTime &at);

    TestStore m_store;
    TestOrg m_org;
    QDateTime m_now;
};

void OfficePeopleAdminTest::init()
{
    QFETCH_GLOBAL(QString, backend);
    CAREROUND_OPEN_TEST_STORE(m_store, backend);
    auto org = createTestOrg(*m_store, QStringLiteral("pa-"));
    QVERIFY2(org.ok(), qPrintable(org.error().toString()));
    m_org = org.value();
    m_now = QDateTime(QDate(2025, 6, 9), QTime(10, 0), Qt::UTC);
}

QList<Record> OfficePeopleAdminTest::recordsOf(const QString &personId)
{
    RecordQuery q;
    q.orgId = m_org.org.id;
    q.personIds = {personId};
    auto found = scanRecords(*m_store, q);
    return found ? server::recordsOf(found.value()) : QList<Record>();
}

QList<Record> OfficePeopleAdminTest::everything()
{
    RecordQuery q;
    q.orgId = m_org.org.id;
    q.allPersons = true;
    auto found = scanRecords(*m_store, q);
    return found ? server::recordsOf(found.value()) : QList<Record>();
}

PersonEdit OfficePeopleAdminTest::create(const QJsonObject &details)
{
    ScopeService scope(*m_store);
    return PersonEdits(*m_store, scope).create(m_org.coordinator, details, m_now);
}

PersonEdit OfficePeopleAdminTest::change(const QString &personId, const QString &version,
                                         const QString &reason, const QJsonObject &details,
                                         const QDateTime &at)
{
    ScopeService scope(*m_store);
    return PersonEdits(*m_store, scope)
        .amend(m_org.coordinator, personId,
               {{"version", version}, {"reason", reason}, {"details", details}}, at);
}

void OfficePeopleAdminTest::coordinatorCreatesAPersonWithEveryDetail()
{
    const PersonEdit made = create();
    QVERIFY2(made.ok(), qPrintable(made.error.toString()));
    QVERIFY(!made.personId.isEmpty());
    QCOMPARE(made.version, made.recordId);
    const QList<Record> records = recordsOf(made.personId);
    QCOMPARE(records.size(), 1);
    const Record &person = records.first();
    QCOMPARE(person.type, QString::fromLatin1(RecordType::Person));
    QCOMPARE(person.authorUserId, m_org.coordinator.id);
    QCOMPARE(person.payload.value("nhsNumber").toString(), QStringLiteral("9434765919"));
    QCOMPARE(person.payload.value("dnacpr").toBool(), true);
    QCOMPARE(person.payload.value("attorney").toObject().value("kind").toString(),
             QStringLiteral("lpa_health_welfare"));
    const QJsonObject file = personFileJson(made.personId, records, {}, m_now);
    QCOMPARE(file.value("details").toObject().value("version").toString(), made.version);
    QCOMPARE(file.value("details").toObject().value("preferredName").toString(),
             QStringLiteral("Peggy"));
}

void OfficePeopleAdminTest::badDetailsAreRefusedNamingTheFieldAndNothingIsStored_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("NHS check digit") << "nhsNumber" << QJsonValue("943 476 5918") << "nhsNumber";
    QTest::newRow("NHS shape") << "nhsNumber" << QJsonValue("12345") << "nhsNumber";
    QTest::newRow("no name") << "name" << QJsonValue("  ") << "name";
    QTest::newRow("date") << "dateOfBirth" << QJsonValue("1938-02-30") << "dateOfBirth";
    QTest::newRow("too old") << "dateOfBirth" << QJsonValue("1870-01-01") << "dateOfBirth";
    QTest::newRow("latitude") << "homeLocation"
                              << QJsonValue(QJsonObject {{"latitude", 95}, {"longitude", 0}})
                              << "homeLocation.latitude";
    QTest::newRow("rural class") << "ruralClass" << QJsonValue("suburban") << "ruralClass";
    QTest::newRow("attorney kind")
        << "attorney" << QJsonValue(QJsonObject {{"name", "A"}, {"kind", "friend"}})
        << "attorney.kind";
    QTest::newRow("unknown field") << "favouriteColour" << QJsonValue("blue") << "favouriteColour";
    QTest::newRow("entry code") << "keySafe" << QJsonValue("1234") << "keySafe";
}

void OfficePeopleAdminTest::badDetailsAreRefusedNamingTheFieldAndNothingIsStored()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject details = fullDetails();
    details.insert(key, value);
    const PersonEdit made = create(details);
    QVERIFY(!made.ok());
    QCOMPARE(*made.refusal, PersonEditRefusal::BadInput);
    QCOMPARE(made.error.field, field);
    QVERIFY(!made.error.message.isEmpty());
    QVERIFY(everything().isEmpty());
}

void OfficePeopleAdminTest::aChangeIsAnAmendmentThatReachesTheVisitingWorkersPhone()
{
    const PersonEdit made = create();
    QVERIFY(made.ok());
    // The worker visits the person this afternoon: their phone holds the person.
    RecordFactory office(m_org.coordinator.id, QStringLiteral("office-console"));
    auto visit = m_store->putRecords(
        PutContext {m_org.org.id, m_org.coordinator.id, {}, m_now},
        {office.visit(made.personId, m_now.addSecs(3 * 3600), {m_org.worker.id})});
    QVERIFY(visit.ok());
    QJsonObject details = fullDetails();
    details.insert("allergies", QJsonArray {"penicillin", "latex"});
    const PersonEdit changed = change(made.personId, made.version, "latex allergy found by the GP",
                                      details, m_now.addSecs(60));
    QVERIFY2(changed.ok(), qPrintable(changed.error.toString()));
    QCOMPARE(changed.recordId, made.recordId);
    QVERIFY(changed.version != made.version);
    // The person record is untouched; an amendment names it.
    const QList<Record> records = recordsOf(made.personId);
    int people = 0;
    for (const Record &r : records) {
        if (r.type == QLatin1String(RecordType::Person)) {
            ++people;
            QCOMPARE(r.payload.value("allergies").toArray().size(), 1);
        }
    }
    QCOMPARE(people, 1);
    const auto current = effectiveRecords(records, QString::fromLatin1(RecordType::Person));
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().amendmentId, changed.version);
    QCOMPARE(current.first().record.payload.value("allergies").toArray().size(), 2);
    // The worker's phone receives the person and the amendment.
    ScopeService scope(*m_store);
    auto page = scope.pull(m_org.worker.id, m_org.workerDevice.id, 0, 5000, m_now.addSecs(120));
    QVERIFY2(page.ok(), qPrintable(page.error().toString()));
    QSet<QString> pulled;
    for (const StoredRecord &s : page.value().records)
        pulled.insert(s.record.id);
    QVERIFY(pulled.contains(made.recordId));
    QVERIFY(pulled.contains(changed.version));
    // Another worker's phone, who does not visit the person, receives neither.
    auto other = scope.pull(m_org.worker2.id, m_org.worker2Device.id, 0, 5000, m_now.addSecs(120));
    QVERIFY(other.ok());
    for (const StoredRecord &s : other.value().records)
        QVERIFY(s.record.personId != made.personId);
}

void OfficePeopleAdminTest::aChangeFromAStaleFormIsAConflict()
{
    const PersonEdit made = create();
    QVERIFY(made.ok());
    QJsonObject first = fullDetails();
    first.insert("postcode", "TN17 3AD");
    const PersonEdit one = change(made.personId, made.version, "moved next door", first, m_now);
    QVERIFY2(one.ok(), qPrintable(one.error.toString()));
    // A second coordinator's form was loaded before the first change: refused, nothing stored.
    const int before = recordsOf(made.personId).size();
    QJsonObject second = fullDetails();
    second.insert("preferredName", "Maggie");
    const PersonEdit two =
        change(made.personId, made.version, "asked to be called Maggie", second, m_now);
    QVERIFY(!two.ok());
    QCOMPARE(*two.refusal, PersonEditRefusal::Conflict);
    QCOMPARE(two.error.field, QStringLiteral("version"));
    QVERIFY(two.error.message.contains("reload"));
    QCOMPARE(recordsOf(made.personId).size(), before);
    // Reloaded (the current version), the change goes in; the first change was not lost.
    second.insert("postcode", "TN17 3AD");
    const PersonEdit three =
        change(made.personId, one.version, "asked to be called Maggie", second, m_now);
    QVERIFY2(three.ok(), qPrintable(three.error.toString()));
    const auto current =
        effectiveRecords(recordsOf(made.personId), QString::fromLatin1(RecordType::Person));
    QCOMPARE(current.first().record.payload.value("preferredName").toString(), "Maggie");
    QCOMPARE(current.first().record.payload.value("postcode").toString(), "TN17 3AD");
}

void OfficePeopleAdminTest::badChangesAreRefused()
{
    const PersonEdit made = create();
    QVERIFY(made.ok());
    ScopeService scope(*m_store);
    PersonEdits edits(*m_store, scope);
    QJsonObject badNhs = fullDetails();
    badNhs.insert("nhsNumber", "9434765918");
    const struct
    {
        QJsonObject body;
        QString field;
    } cases[] = {
        {{{"version", made.version}, {"reason", "typo"}, {"details", badNhs}}, "nhsNumber"},
        {{{"version", made.version}, {"details", badNhs}}, "reason"},
        {{{"version", made.version}, {"reason", " "}, {"details", fullDetails()}}, "details"},
        {{{"reason", "typo"}, {"details", badNhs}}, "version"},
        {{{"version", made.version}, {"reason", "typo"}, {"details", "x"}}, "details"},
        {{{"version", made.version}, {"reason", "typo"}, {"details", fullDetails()}, {"x", 1}},
         "x"},
    };
    for (const auto &c : cases) {
        const PersonEdit edit = edits.amend(m_org.coordinator, made.personId, c.body, m_now);
        QVERIFY(!edit.ok());
        QCOMPARE(*edit.refusal, PersonEditRefusal::BadInput);
        QCOMPARE(edit.error.field, c.field);
    }
    QJsonObject moved = fullDetails();
    moved.insert("postcode", "TN17 3AD");
    const PersonEdit noReason = change(made.personId, made.version, "", moved, m_now);
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error.field, QStringLiteral("reason"));
    QCOMPARE(recordsOf(made.personId).size(), 1);
    // An unknown person, or another organisation's, is not found.
    auto other = createTestOrg(*m_store, QStringLiteral("pb-"));
    QVERIFY(other.ok());
    const PersonEdit elsewhere =
        edits.amend(other.value().coordinator, made.personId,
                    {{"version", made.version}, {"reason", "x"}, {"details", moved}}, m_now);
    QVERIFY(!elsewhere.ok());
    QCOMPARE(*elsewhere.refusal, PersonEditRefusal::NotFound);
}

void OfficePeopleAdminTest::onlyCoordinatorsAddOrChangePeople()
{
    const PersonEdit made = create();
    QVERIFY(made.ok());
    ScopeService scope(*m_store);
    PersonEdits edits(*m_store, scope);
    QJsonObject moved = fullDetails();
    moved.insert("postcode", "TN17 3AD");
    for (const User &u : {m_org.supervisor, m_org.therapist, m_org.worker, m_org.family}) {
        const PersonEdit added = edits.create(u, fullDetails(), m_now);
        QVERIFY2(!added.ok(), qPrintable(roleName(u.role)));
        QCOMPARE(*added.refusal, PersonEditRefusal::Forbidden);
        const PersonEdit changed =
            edits.amend(u, made.personId,
                        {{"version", made.version}, {"reason", "x"}, {"details", moved}}, m_now);
        QVERIFY(!changed.ok());
        QCOMPARE(*changed.refusal, PersonEditRefusal::Forbidden);
    }
    QCOMPARE(everything().size(), 1);
    // The write rules say the same to a supervisor's console push of a person record.
    RecordFactory supervisor(m_org.supervisor.id, QStringLiteral("office-console"));
    auto pushed =
        scope.pushFromConsole(m_org.supervisor.id, {supervisor.person(newPersonId())}, m_now);
    QVERIFY(pushed.ok());
    QCOMPARE(pushed.value().first().status, PutStatus::Rejected);
}

void OfficePeopleAdminTest::historySaysWhoWhenWhyAndWhatChanged()
{
    const PersonEdit made = create();
    QVERIFY(made.ok());
    QJsonObject details = fullDetails();
    details.insert("dnacpr", false);
    details.remove("riskFlags");
    const PersonEdit changed = change(made.personId, made.version, "DNACPR withdrawn by her GP",
                                      details, m_now.addSecs(3600));
    QVERIFY(changed.ok());
    const QJsonObject file = personFileJson(made.personId, recordsOf(made.personId),
                                            {{m_org.coordinator.id, "Office Name"}}, m_now);
    const QJsonArray history = file.value("details_history").toArray();
    QCOMPARE(history.size(), 2);
    const QJsonObject latest = history.at(0).toObject();
    QCOMPARE(latest.value("kind").toString(), "changed");
    QCOMPARE(latest.value("version").toString(), changed.version);
    QCOMPARE(latest.value("author").toString(), m_org.coordinator.displayName);
    QCOMPARE(latest.value("reason").toString(), "DNACPR withdrawn by her GP");
    QCOMPARE(latest.value("at").toString(), "2025-06-09T11:00:00.000Z");
    const QJsonArray changes = latest.value("changes").toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).toObject().value("field").toString(), "dnacpr");
    QCOMPARE(changes.at(0).toObject().value("before").toBool(), true);
    QCOMPARE(changes.at(0).toObject().value("after").toBool(), false);
    QCOMPARE(changes.at(1).toObject().value("field").toString(), "riskFlags");
    QVERIFY(changes.at(1).toObject().value("after").isNull());
    const QJsonObject first = history.at(1).toObject();
    QCOMPARE(first.value("kind").toString(), "created");
    QCOMPARE(first.value("author").toString(), "Office Name");
    QCOMPARE(first.value("changes").toArray().size(), fullDetails().size());
}

QTEST_GUILESS_MAIN(OfficePeopleAdminTest)
#include "tst_officepeopleadmin.moc"
