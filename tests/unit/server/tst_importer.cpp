// Importer: the sample files in assets/demo import cleanly; every bad row of a file is reported
// with its line and field, and a file with any bad row writes nothing.
#include "core/recordtypes.h"
#include "core/rules/orderhistory.h"
#include "server/admin/importer.h"
#include "server/storage/recordscan.h"
#include "storetestsupport.h"
#include <QJsonDocument>
#include <QtTest>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

namespace {
const QString Edith = QStringLiteral("0190f1a2-3b4c-7d5e-8f60-000000000001");
const QString Arthur = QStringLiteral("0190f1a2-3b4c-7d5e-8f60-000000000002");
const QString Visit1 = QStringLiteral("0190f1a2-3b4c-7d5e-8f61-000000000001");
QString sample(const QString &name)
{
    return qEnvironmentVariable("CAREROUND_SOURCE_DIR", QStringLiteral("."))
        + QStringLiteral("/assets/demo/") + name;
}
QString describe(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &issue : report.issues)
        lines.append(issue.toString());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class ImporterTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_store.close(); }
    void sampleFilesImportInOrder();
    void badRotaRowsAreAllReported_data();
    void badRotaRowsAreAllReported();
    void everyBadRowOfAFileIsReportedAndNothingWritten();
    void jsonIssuesNameTheLineOfTheRow();
    void malformedFilesAreRejected_data();
    void malformedFilesAreRejected();
    void onlyACoordinatorOfTheOrganisationImports();
    void anotherOrganisationsPersonIsUnknown();
    void reimportingOrdersTwiceChangesNothing();
    void aChangedOrderRowBecomesOneAmendment();
    void rowsWithoutExternalIdsMatchByMedicine();
    void anOrderRowTwiceInAFileOrAnotherPersonsIdIsRefused();

private:
    ImportContext ctx() const
    {
        return ImportContext {m_org.org.id, m_org.coordinator.id, QDateTime::currentDateTimeUtc()};
    }
    void importPeople();
    QList<OrderHistory> orders()
    {
        RecordQuery q;
        q.orgId = m_org.org.id;
        q.allPersons = true;
        return medicationOrderHistories(recordsOf(scanRecords(*m_store, q).value()));
    }
    ImportReport importOrders(const QByteArray &json)
    {
        return Importer(*m_store).importJson(ImportKind::MedicationOrders, ctx(), json);
    }
    qint64 stored() { return m_store->latestSeq(m_org.org.id).value(); }

    TestStore m_store;
    TestOrg m_org;
};

void ImporterTest::init()
{
    CAREROUND_OPEN_TEST_STORE(m_store, QStringLiteral("embedded"));
    auto org = createTestOrg(*m_store, QStringLiteral("a"));
    QVERIFY(org.ok());
    m_org = org.value();
    QVERIFY(createUser(*m_store, m_org.org.id, Role::CareWorker, QStringLiteral("amira.khan"),
                       QStringLiteral("Amira Khan"))
                .ok());
    QVERIFY(createUser(*m_store, m_org.org.id, Role::CareWorker, QStringLiteral("ben.taylor"),
                       QStringLiteral("Ben Taylor"))
                .ok());
}

void ImporterTest::importPeople()
{
    Importer importer(*m_store);
    const ImportReport people =
        importer.importFile(ImportKind::People, ctx(), sample(QStringLiteral("people.json")));
    QVERIFY2(people.ok, qPrintable(describe(people)));
}

void ImporterTest::sampleFilesImportInOrder()
{
    Importer importer(*m_store);
    const ImportReport people =
        importer.importFile(ImportKind::People, ctx(), sample(QStringLiteral("people.json")));
    QVERIFY2(people.ok, qPrintable(describe(people)));
    QCOMPARE(people.written, 3);
    QVERIFY(m_store->personIds(m_org.org.id).value().contains(Edith));
    for (const auto &[kind, file, count] :
         {std::tuple {ImportKind::CarePlans, "care-plans.json", 2},
          std::tuple {ImportKind::MedicationOrders, "medication-orders.json", 3},
          std::tuple {ImportKind::Rota, "rota.csv", 5}}) {
        const ImportReport report =
            importer.importFile(kind, ctx(), sample(QString::fromLatin1(file)));
        QVERIFY2(report.ok,
                 qPrintable(QString::fromLatin1(file) + QLatin1Char('\n') + describe(report)));
        QCOMPARE(report.written, count);
        QCOMPARE(report.rows, count);
    }
    const User amira = m_store->userByLogin(QStringLiteral("amira.khan")).value().value();
    const User ben = m_store->userByLogin(QStringLiteral("ben.taylor")).value().value();
    const QDateTime from(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC),
        to(QDate(2025, 6, 5), QTime(0, 0), Qt::UTC);
    auto amiraVisits = m_store->visits(m_org.org.id, amira.id, from, to);
    QCOMPARE(amiraVisits.value().size(), 3);
    const VisitAssignment first = amiraVisits.value().first();
    QCOMPARE(first.visitId, QStringLiteral("0190f1a2-3b4c-7d5e-8f61-000000000003")); // 07:30 BST
    QCOMPARE(first.plannedStart, QDateTime(QDate(2025, 6, 2), QTime(6, 30), Qt::UTC));
    QCOMPARE(first.workerIds.size(), 2); // double-handed
    // The CSV's callType column reaches the payload spelled as the schema spells it.
    const auto firstRecord = m_store->record(m_org.org.id, first.recordId);
    QVERIFY(firstRecord && firstRecord.value());
    QVERIFY2(firstRecord.value()->record.payload.contains(QStringLiteral("callType")),
             qPrintable(QJsonDocument(firstRecord.value()->record.payload).toJson()));
    QCOMPARE(amiraVisits.value().last().plannedStart,
             QDateTime(QDate(2025, 6, 3), QTime(11, 30), Qt::UTC));

    // rota.json moves visit 1 from Amira to Ben and to 08:15: a new version of the same visit.
    const ImportReport change =
        importer.importFile(ImportKind::Rota, ctx(), sample(QStringLiteral("rota.json")));
    QVERIFY2(change.ok, qPrintable(describe(change)));
    QCOMPARE(m_store->visits(m_org.org.id, amira.id, from, to).value().size(),
             3); // lost visit 1, gained the 3rd June call
    bool found = false;
    const QList<VisitAssignment> bens = m_store->visits(m_org.org.id, ben.id, from, to).value();
    for (const VisitAssignment &v : bens) {
        if (v.visitId == Visit1) {
            found = true;
            QCOMPARE(v.plannedStart, QDateTime(QDate(2025, 6, 2), QTime(7, 15), Qt::UTC));
        }
    }
    QVERIFY(found);
}

void ImporterTest::badRotaRowsAreAllReported_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("field");
    const QString person = Edith;
    QTest::newRow("unknown person")
        << QStringLiteral(",0190f1a2-3b4c-7d5e-8f60-0000000000ff,2025-06-02T08:00,30,amira.khan")
        << "person_id";
    QTest::newRow("missing person")
        << QStringLiteral(",,2025-06-02T08:00,30,amira.khan") << "person_id";
    QTest::newRow("not a date") << QStringLiteral(",%1,next tuesday,30,amira.khan").arg(person)
                                << "planned_start";
    QTest::newRow("missing start")
        << QStringLiteral(",%1,,30,amira.khan").arg(person) << "planned_start";
    QTest::newRow("zero minutes") << QStringLiteral(",%1,2025-06-02T08:00,0,amira.khan").arg(person)
                                  << "duration_minutes";
    QTest::newRow("minutes not a number")
        << QStringLiteral(",%1,2025-06-02T08:00,half an hour,amira.khan").arg(person)
        << "duration_minutes";
    QTest::newRow("unknown worker")
        << QStringLiteral(",%1,2025-06-02T08:00,30,nobody").arg(person) << "worker_ids";
    QTest::newRow("coordinator is not a care worker")
        << QStringLiteral(",%1,2025-06-02T08:00,30,acoord").arg(person) << "worker_ids";
    QTest::newRow("visit id twice")
        << QStringLiteral("%1,%2,2025-06-02T08:00,30,amira.khan").arg(Visit1, person) << "visit_id";
}

void ImporterTest::badRotaRowsAreAllReported()
{
    QFETCH(QString, row);
    QFETCH(QString, field);
    importPeople();
    const qint64 before = stored();
    const QByteArray csv =
        QStringLiteral("visit_id,person_id,planned_start,duration_minutes,worker_ids\n"
                       "%1,%2,2025-06-02T08:00,30,amira.khan\n%3\n")
            .arg(Visit1, Edith, row)
            .toUtf8();
    const ImportReport report = Importer(*m_store).importRotaCsv(ctx(), csv);
    QVERIFY(!report.ok);
    QCOMPARE(report.written, 0);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().line, 3);
    QCOMPARE(report.issues.first().field, field);
    QVERIFY(!report.issues.first().message.isEmpty());
    QCOMPARE(stored(), before); // the good first row was not written either
}

void ImporterTest::everyBadRowOfAFileIsReportedAndNothingWritten()
{
    importPeople();
    const qint64 before = stored();
    const QByteArray csv =
        QStringLiteral("person_id,planned_start,duration_minutes,worker_ids,notes\n"
                       "%1,2025-06-02T08:00,30,amira.khan,fine\n"
                       "%1,yesterday,30,amira.khan,\"bad date, with a comma\"\n"
                       "\n"
                       "%1,2025-06-02T09:00,-5,ghost,\"two problems\n(and a newline)\"\n"
                       "%2,2025-06-02T10:00,30,ben.taylor,fine\n")
            .arg(Edith, Arthur)
            .toUtf8();
    const ImportReport report = Importer(*m_store).importRotaCsv(ctx(), csv);
    QVERIFY(!report.ok);
    QCOMPARE(report.rows, 4);
    QCOMPARE(report.issues.size(), 3);
    QCOMPARE(report.issues.at(0).line, 3);
    QCOMPARE(report.issues.at(0).field, QStringLiteral("planned_start"));
    QCOMPARE(report.issues.at(1).line, 5);
    QCOMPARE(report.issues.at(1).field, QStringLiteral("duration_minutes"));
    QCOMPARE(report.issues.at(2).line, 5);
    QCOMPARE(report.issues.at(2).field, QStringLiteral("worker_ids"));
    QCOMPARE(
        report.issues.at(2).toString(),
        QStringLiteral(
            "line 5: worker_ids: no care worker or supervisor \"ghost\" in this organisation"));
    QCOMPARE(stored(), before);
}

void ImporterTest::jsonIssuesNameTheLineOfTheRow()
{
    const QByteArray json =
        QByteArrayLiteral("{\n"
                          "  \"people\": [\n"
                          "    { \"person_id\": \"0190f1a2-3b4c-7d5e-8f60-0000000000aa\", "
                          "\"name\": \"Ann [Nan] Smith\" },\n"
                          "    \"not an object\",\n"
                          "    {\n"
                          "      \"person_id\": \"0190f1a2-3b4c-7d5e-8f60-0000000000aa\",\n"
                          "      \"name\": \"Duplicate, \\\"Ann\\\"\"\n"
                          "    }\n"
                          "  ]\n"
                          "}\n");
    const ImportReport report = Importer(*m_store).importJson(ImportKind::People, ctx(), json);
    QVERIFY(!report.ok);
    QCOMPARE(report.issues.size(), 1); // the non-object row stops the file before rows are checked
    QCOMPARE(report.issues.first().line, 4);

    const QByteArray duplicates = QByteArrayLiteral(
        "[\n"
        "  {\"person_id\": \"0190f1a2-3b4c-7d5e-8f60-0000000000aa\", \"name\": \"Ann Smith\"},\n"
        "  {\"person_id\": \"0190f1a2-3b4c-7d5e-8f60-0000000000aa\",\n"
        "   \"name\": \"Ann Smith\"}\n"
        "]");
    const ImportReport twice = Importer(*m_store).importJson(ImportKind::People, ctx(), duplicates);
    QVERIFY(!twice.ok);
    QCOMPARE(twice.issues.size(), 1);
    QCOMPARE(twice.issues.first().line, 3);
    QCOMPARE(twice.issues.first().field, QStringLiteral("person_id"));
    QVERIFY(m_store->personIds(m_org.org.id).value().isEmpty());
}

void ImporterTest::malformedFilesAreRejected_data()
{
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::newRow("json syntax error")
        << false << QByteArray("[\n {\"name\": \"A\"},\n {\"name\" \"B\"}\n]") << 3;
    QTest::newRow("json of the wrong shape") << false << QByteArray("{\"a\": [], \"b\": []}") << 1;
    QTest::newRow("json empty array") << false << QByteArray("[]") << 1;
    QTest::newRow("csv empty") << true << QByteArray("") << 1;
    QTest::newRow("csv header only")
        << true << QByteArray("person_id,planned_start,duration_minutes,worker_ids\n") << 1;
    QTest::newRow("csv open quote")
        << true << QByteArray("person_id,planned_start\n\"x,2025-06-02\n") << 2;
    QTest::newRow("csv short row") << true << QByteArray("person_id,planned_start\nx\n") << 2;
    QTest::newRow("csv duplicate column") << true << QByteArray("person_id,Person_ID\nx,y\n") << 1;
}

void ImporterTest::malformedFilesAreRejected()
{
    QFETCH(bool, csv);
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    Importer importer(*m_store);
    const ImportReport report = csv ? importer.importRotaCsv(ctx(), content)
                                    : importer.importJson(ImportKind::People, ctx(), content);
    QVERIFY(!report.ok);
    QVERIFY(!report.issues.isEmpty());
    QCOMPARE(report.issues.first().line, line);
    QCOMPARE(report.written, 0);
    QCOMPARE(stored(), 0);
}

void ImporterTest::onlyACoordinatorOfTheOrganisationImports()
{
    for (const QString &actor : {m_org.worker.id, QStringLiteral("nobody")}) {
        const ImportReport report = Importer(*m_store).importFile(
            ImportKind::People, ImportContext {m_org.org.id, actor, {}},
            sample(QStringLiteral("people.json")));
        QVERIFY(!report.ok);
        QCOMPARE(report.issues.first().field, QStringLiteral("actor"));
    }
    QVERIFY(m_store->personIds(m_org.org.id).value().isEmpty());
    const ImportReport csvForPeople = Importer(*m_store).importFile(
        ImportKind::People, ctx(), sample(QStringLiteral("rota.csv")));
    QCOMPARE(csvForPeople.issues.first().field, QStringLiteral("file"));
}

void ImporterTest::anotherOrganisationsPersonIsUnknown()
{
    importPeople();
    auto other = createTestOrg(*m_store, QStringLiteral("b"));
    QVERIFY(other.ok());
    const ImportContext theirs {other.value().org.id, other.value().coordinator.id,
                                QDateTime::currentDateTimeUtc()};
    const ImportReport plans = Importer(*m_store).importFile(
        ImportKind::CarePlans, theirs, sample(QStringLiteral("care-plans.json")));
    QVERIFY(!plans.ok);
    QCOMPARE(plans.issues.size(), 2);
    QCOMPARE(plans.issues.first().field, QStringLiteral("person_id"));
    QCOMPARE(plans.issues.first().line, 2);
    // Importing the same people into another organisation is refused by the store: ids are global.
    const ImportReport people = Importer(*m_store).importFile(
        ImportKind::People, theirs, sample(QStringLiteral("people.json")));
    QVERIFY(!people.ok);
    QCOMPARE(people.issues.size(), 3);
    QCOMPARE(people.issues.first().field, QStringLiteral("person_id"));
    QVERIFY(m_store->personIds(other.value().org.id).value().isEmpty());
}

namespace {
QByteArray sampleBytes(const QString &name)
{
    QFile file(sample(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
// The sample orders with Paracetamol's 24-hour maximum set to `max`.
QByteArray ordersWithParacetamolMax(int max)
{
    QJsonObject file =
        QJsonDocument::fromJson(sampleBytes(QStringLiteral("medication-orders.json"))).object();
    QJsonArray rows = file.value(QStringLiteral("medication_orders")).toArray();
    QJsonObject row = rows.at(1).toObject();
    QJsonObject prn = row.value(QStringLiteral("prnProtocol")).toObject();
    prn.insert(QStringLiteral("maxDosesPer24h"), max);
    row.insert(QStringLiteral("prnProtocol"), prn);
    rows[1] = row;
    file.insert(QStringLiteral("medication_orders"), rows);
    return QJsonDocument(file).toJson();
}
} // namespace

void ImporterTest::reimportingOrdersTwiceChangesNothing()
{
    importPeople();
    const QByteArray file = sampleBytes(QStringLiteral("medication-orders.json"));
    const ImportReport first = importOrders(file);
    QVERIFY2(first.ok, qPrintable(describe(first)));
    QCOMPARE(first.created, 3);
    QCOMPARE(first.unchanged, 0);
    const qint64 after = stored();
    for (int again = 0; again < 2; ++again) {
        const ImportReport report = importOrders(file);
        QVERIFY2(report.ok, qPrintable(describe(report)));
        QCOMPARE(report.rows, 3);
        QCOMPARE(report.created, 0);
        QCOMPARE(report.changed, 0);
        QCOMPARE(report.unchanged, 3);
        QCOMPARE(report.written, 0);
    }
    QCOMPARE(stored(), after); // nothing written at all
    const QList<OrderHistory> all = orders();
    QCOMPARE(all.size(), 3);
    for (const OrderHistory &order : all)
        QCOMPARE(order.versions.size(), 1);
}

void ImporterTest::aChangedOrderRowBecomesOneAmendment()
{
    importPeople();
    QVERIFY(importOrders(ordersWithParacetamolMax(4)).ok);
    const ImportReport changed = importOrders(ordersWithParacetamolMax(2));
    QVERIFY2(changed.ok, qPrintable(describe(changed)));
    QCOMPARE(changed.created, 0);
    QCOMPARE(changed.changed, 1);
    QCOMPARE(changed.unchanged, 2);
    const QList<OrderHistory> all = orders();
    QCOMPARE(all.size(), 3); // still one Paracetamol order, not two
    int amended = 0;
    for (const OrderHistory &order : all) {
        if (order.current().payload.value(QStringLiteral("medicine"))
            != QStringLiteral("Paracetamol"))
            continue;
        ++amended;
        QCOMPARE(order.versions.size(), 2);
        QCOMPARE(order.current().changedFields, QStringList {QStringLiteral("prnProtocol")});
        QCOMPARE(order.current()
                     .payload.value(QStringLiteral("prnProtocol"))
                     .toObject()
                     .value(QStringLiteral("maxDosesPer24h"))
                     .toInt(),
                 2);
    }
    QCOMPARE(amended, 1);
    // The changed file again: nothing more.
    const ImportReport again = importOrders(ordersWithParacetamolMax(2));
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(again.written, 0);
}

void ImporterTest::rowsWithoutExternalIdsMatchByMedicine()
{
    importPeople();
    // An older file without external ids: matched by person, medicine, strength, form and route.
    QJsonObject file =
        QJsonDocument::fromJson(sampleBytes(QStringLiteral("medication-orders.json"))).object();
    QJsonArray rows = file.value(QStringLiteral("medication_orders")).toArray();
    for (int i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        row.remove(QStringLiteral("external_id"));
        rows[i] = row;
    }
    file.insert(QStringLiteral("medication_orders"), rows);
    const QByteArray plain = QJsonDocument(file).toJson();
    QCOMPARE(importOrders(plain).created, 3);
    QCOMPARE(importOrders(plain).unchanged, 3);
    // The file that now names its rows adopts the orders it loaded: one amendment each (the id).
    const ImportReport named = importOrders(sampleBytes(QStringLiteral("medication-orders.json")));
    QVERIFY2(named.ok, qPrintable(describe(named)));
    QCOMPARE(named.changed, 3);
    QCOMPARE(named.created, 0);
    QCOMPARE(orders().size(), 3);
    QCOMPARE(importOrders(sampleBytes(QStringLiteral("medication-orders.json"))).unchanged, 3);
}

void ImporterTest::anOrderRowTwiceInAFileOrAnotherPersonsIdIsRefused()
{
    importPeople();
    QJsonObject file =
        QJsonDocument::fromJson(sampleBytes(QStringLiteral("medication-orders.json"))).object();
    QJsonArray rows = file.value(QStringLiteral("medication_orders")).toArray();
    rows.append(rows.at(0));
    file.insert(QStringLiteral("medication_orders"), rows);
    const qint64 before = stored();
    const ImportReport report = importOrders(QJsonDocument(file).toJson());
    QVERIFY(!report.ok);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().field, QStringLiteral("external_id"));
    QCOMPARE(stored(), before);

    // An external id already given to another person's order is refused, not a second order.
    QVERIFY(importOrders(sampleBytes(QStringLiteral("medication-orders.json"))).ok);
    QJsonArray moved =
        QJsonDocument::fromJson(sampleBytes(QStringLiteral("medication-orders.json")))
            .object()
            .value(QStringLiteral("medication_orders"))
            .toArray();
    QJsonObject edithsOrderForArthur = moved.at(0).toObject();
    edithsOrderForArthur.insert(QStringLiteral("person_id"), Arthur);
    const qint64 loaded = stored();
    const ImportReport refused =
        importOrders(QJsonDocument(QJsonObject {{QStringLiteral("medication_orders"),
                                                 QJsonArray {edithsOrderForArthur}}})
                         .toJson());
    QVERIFY(!refused.ok);
    QCOMPARE(refused.issues.first().field, QStringLiteral("external_id"));
    QCOMPARE(stored(), loaded);
}

QTEST_GUILESS_MAIN(ImporterTest)
#include "tst_importer.moc"
