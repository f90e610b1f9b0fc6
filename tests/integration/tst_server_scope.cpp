// What each role's pull holds, proven at the real server on both backends: a family member gets
// exactly the family-shared entries of their linked person and a summary of each delivered visit
// (date, time, worker's first name), never a care-team entry or another person; consent
// withdrawn (careround-server withdraw-consent, while the server runs) purges the person and
// stops their records, consent given again restores them. Care workers get their rota's people,
// supervisors their workers' people. Entry codes reach only the worker assigned to a visit of
// the person within the next day, are listed for deletion after it, and each delivery is audited.
#include "integrationtest.h"

#include "../unit/server/testrecords.h"
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "samplerecords.h"
#include "server/storage/serverstorefactory.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class TestServerScope : public IntegrationTest
{
    Q_OBJECT
private slots:
    void familyGetsSharedEntriesAndVisitSummariesOnly();
    void consentWithdrawnPurgesAndGivenAgainRestores();
    void workersAndSupervisorsGetTheirPeopleOnly();
    void entryCodesReachOnlyTheAssignedWorkerOnTheDay();

private:
    struct Pull
    {
        QList<QJsonObject> records;
        QStringList purged;
        QStringList entryCodesFor; // the last page's list
        qint64 next = 0;
        QString failure;
    };
    Pull pullAll(const EnrolledDevice &device, qint64 after = 0);
    // Records every role may look for: a checkout of the worker's visit, entries of both audiences.
    void addVisitRecords(const EnrolledDevice &worker);
    int consentCommand(const QString &command);

    QString m_checkOut, m_teamEntry, m_sharedEntry, m_otherPersonShared;
};

TestServerScope::Pull TestServerScope::pullAll(const EnrolledDevice &device, qint64 after)
{
    Pull pull;
    pull.next = after;
    for (int page = 0; page < 100; ++page) {
        const ApiReply reply = m_client->get(
            QStringLiteral("/v1/sync/pull?after=%1&limit=2").arg(pull.next), device.accessToken);
        if (reply.status != 200) {
            pull.failure = reply.describe();
            return pull;
        }
        for (const QJsonValue &r : reply.json.value(QStringLiteral("records")).toArray())
            pull.records.append(r.toObject());
        for (const QJsonValue &p : reply.json.value(QStringLiteral("purge"))
                                       .toObject()
                                       .value(QStringLiteral("person_ids"))
                                       .toArray())
            pull.purged.append(p.toString());
        pull.entryCodesFor.clear();
        for (const QJsonValue &p : reply.json.value(QStringLiteral("purge"))
                                       .toObject()
                                       .value(QStringLiteral("entry_codes_for"))
                                       .toArray())
            pull.entryCodesFor.append(p.toString());
        pull.next = reply.json.value(QStringLiteral("next_after")).toInteger();
        if (!reply.json.value(QStringLiteral("has_more")).toBool())
            break;
    }
    pull.purged.removeDuplicates();
    return pull;
}

void TestServerScope::addVisitRecords(const EnrolledDevice &worker)
{
    RecordFactory make(worker.userId, worker.deviceId);
    const QDate today = QDate::currentDate();
    const Record checkOut = make.checkOut(m_world.personInScope, m_world.visitInScope, today);
    const Record team = make.commbook(m_world.personInScope, QStringLiteral("care_team"),
                                      QStringLiteral("Bruise on the arm"), today);
    const Record shared = make.commbook(m_world.personInScope, QStringLiteral("family"),
                                        QStringLiteral("Sang in the garden"), today);
    m_checkOut = checkOut.id;
    m_teamEntry = team.id;
    m_sharedEntry = shared.id;
    const ApiReply pushed = pushRecords(worker, {checkOut, team, shared});
    QVERIFY2(pushed.json.value(QStringLiteral("accepted")).toInt() == 3,
             qPrintable(pushed.describe()));
    // A family-shared entry about someone else of the organisation (written by the office).
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    RecordFactory office(coordinator.userId, coordinator.deviceId);
    const Record other = office.commbook(m_world.personOutOfScope, QStringLiteral("family"),
                                         QStringLiteral("Not yours"), today);
    m_otherPersonShared = other.id;
    QCOMPARE(pushRecords(coordinator, {other}).json.value(QStringLiteral("accepted")).toInt(), 1);
}

int TestServerScope::consentCommand(const QString &command)
{
    QByteArray out, err;
    const int code = ServerProcess::runCli(m_args,
                                           {command, QStringLiteral("--org"), m_world.orgA.id,
                                            QStringLiteral("--link"), m_world.familyLinkId,
                                            QStringLiteral("--recorded-by"),
                                            m_world.users.value(QStringLiteral("coordinator")).id,
                                            QStringLiteral("--note"), QStringLiteral("by phone")},
                                           &out, &err);
    if (code != 0)
        qWarning("%s: %s", qPrintable(command), err.constData());
    return code;
}

void TestServerScope::familyGetsSharedEntriesAndVisitSummariesOnly()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    addVisitRecords(worker);
    const EnrolledDevice family = enrol(QStringLiteral("family"));
    const Pull pull = pullAll(family);
    QVERIFY2(pull.failure.isEmpty(), qPrintable(pull.failure));
    QSet<QString> ids;
    int names = 0;
    for (const QJsonObject &r : pull.records) {
        QCOMPARE(r.value(QStringLiteral("person_id")).toString(), m_world.personInScope);
        QVERIFY(!QJsonDocument(r).toJson().contains("Bruise on the arm")); // the care-team entry
        if (r.value(QStringLiteral("type")).toString() == QLatin1String("person")) {
            // Who the entries are about: the name, nothing else of the person's file.
            QCOMPARE(r.value(QStringLiteral("payload")).toObject().keys(),
                     QStringList {QStringLiteral("name")});
            ++names;
            continue;
        }
        ids.insert(r.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(names, 1);
    QCOMPARE(ids, (QSet<QString> {m_world.familyEntryInScope, m_sharedEntry, m_checkOut}));
    for (const QJsonObject &r : pull.records) {
        if (r.value(QStringLiteral("type")).toString() == QLatin1String("person"))
            continue;
        if (r.value(QStringLiteral("id")).toString() != m_checkOut) {
            QCOMPARE(r.value(QStringLiteral("payload"))
                         .toObject()
                         .value(QStringLiteral("audience"))
                         .toString(),
                     QStringLiteral("family"));
            continue;
        }
        // The delivered visit as a summary: date, time, the worker's first name - nothing else.
        QCOMPARE(r.value(QStringLiteral("type")).toString(), QStringLiteral("visit.summary"));
        const QJsonObject summary = r.value(QStringLiteral("payload")).toObject();
        const QStringList keys = summary.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString> {QStringLiteral("date"), QStringLiteral("completedAt"),
                                 QStringLiteral("workerFirstName")}));
        QCOMPARE(summary.value(QStringLiteral("workerFirstName")).toString(),
                 QStringLiteral("Test")); // "Test worker"
        QCOMPARE(r.value(QStringLiteral("author_user_id")).toString(),
                 QStringLiteral("careround-server"));
        QVERIFY(!QJsonDocument(r).toJson().contains("private clinical detail"));
    }
}

void TestServerScope::consentWithdrawnPurgesAndGivenAgainRestores()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    const EnrolledDevice family = enrol(QStringLiteral("family"));
    const Pull first = pullAll(family);
    QCOMPARE(first.records.size(), 2); // the world's shared entry and the person's name
    QVERIFY(first.purged.isEmpty());

    QCOMPARE(consentCommand(QStringLiteral("withdraw-consent")), 0);
    addVisitRecords(worker); // new shared entries and a delivered visit after the withdrawal
    const Pull withdrawn = pullAll(family, first.next);
    QVERIFY2(withdrawn.failure.isEmpty(), qPrintable(withdrawn.failure));
    QCOMPARE(withdrawn.purged, QStringList {m_world.personInScope});
    QVERIFY2(withdrawn.records.isEmpty(), "no record of the person after consent is withdrawn");
    // The family member may not write for them either.
    RecordFactory make(family.userId, family.deviceId);
    const ApiReply refused =
        pushRecords(family,
                    {make.commbook(m_world.personInScope, QStringLiteral("family"),
                                   QStringLiteral("Hello"), QDate::currentDate())});
    QCOMPARE(refused.json.value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/v1/sync/purged"),
                            {{QStringLiteral("person_ids"), QJsonArray {m_world.personInScope}}},
                            family.accessToken)
                 .status,
             200);

    QCOMPARE(consentCommand(QStringLiteral("give-consent")), 0);
    const Pull restored = pullAll(family, withdrawn.next);
    QVERIFY2(restored.failure.isEmpty(), qPrintable(restored.failure));
    QVERIFY(restored.purged.isEmpty());
    QSet<QString> ids;
    for (const QJsonObject &r : restored.records) {
        if (r.value(QStringLiteral("type")).toString() != QLatin1String("person"))
            ids.insert(r.value(QStringLiteral("id")).toString());
    }
    // Everything shared about the person is sent again, also what came while consent was withdrawn.
    QCOMPARE(ids, (QSet<QString> {m_world.familyEntryInScope, m_sharedEntry, m_checkOut}));
}

void TestServerScope::workersAndSupervisorsGetTheirPeopleOnly()
{
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    addVisitRecords(worker);
    for (const QString &role : {QStringLiteral("worker"), QStringLiteral("supervisor")}) {
        const Pull pull = pullAll(enrol(role));
        QVERIFY2(pull.failure.isEmpty(), qPrintable(pull.failure));
        QSet<QString> ids;
        for (const QJsonObject &r : pull.records) {
            ids.insert(r.value(QStringLiteral("id")).toString());
            QVERIFY2(r.value(QStringLiteral("person_id")).toString() == m_world.personInScope,
                     qPrintable(role));
        }
        for (const QString &id : {m_world.noteInScope, m_world.familyEntryInScope, m_checkOut,
                                  m_teamEntry, m_sharedEntry})
            QVERIFY2(ids.contains(id), qPrintable(role + QStringLiteral(" misses ") + id));
        for (const QString &id : {m_world.noteOutOfScope, m_world.noteOrgB, m_otherPersonShared})
            QVERIFY2(!ids.contains(id), qPrintable(role + QStringLiteral(" got ") + id));
    }
    // The outsider (a worker with an empty rota) gets nothing at all.
    QVERIFY(pullAll(enrol(QStringLiteral("outsider"))).records.isEmpty());
}

void TestServerScope::entryCodesReachOnlyTheAssignedWorkerOnTheDay()
{
    const EnrolledDevice coordinator = enrol(QStringLiteral("coordinator"));
    const EnrolledDevice worker = enrol(QStringLiteral("worker"));
    const EnrolledDevice supervisor = enrol(QStringLiteral("supervisor")); // supervises the worker
    // Two people of the worker's: one visited in two hours, one in 30 hours.
    RecordFactory office(coordinator.userId, coordinator.deviceId);
    const QString soon = newPersonId(), later = newPersonId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Record soonVisit = office.visit(soon, now.addSecs(2 * 3600), {worker.userId});
    const Record laterVisit = office.visit(later, now.addSecs(30 * 3600), {worker.userId});
    const auto codesOf = [&](const QString &personId) {
        Record r = office.base(QString::fromLatin1(RecordType::PersonEntryCodes), personId,
                               QDate::currentDate());
        r.payload = samples::payload(r.type);
        return r;
    };
    const Record soonCodes = codesOf(soon), laterCodes = codesOf(later);
    const ApiReply written = pushRecords(
        coordinator,
        {office.person(soon), office.person(later), soonVisit, laterVisit, soonCodes, laterCodes});
    QVERIFY2(written.json.value(QStringLiteral("accepted")).toInt() == 6,
             qPrintable(written.describe()));

    const auto ids = [](const Pull &pull) {
        QSet<QString> set;
        for (const QJsonObject &r : pull.records)
            set.insert(r.value(QStringLiteral("id")).toString());
        return set;
    };
    const Pull mine = pullAll(worker);
    QVERIFY2(mine.failure.isEmpty(), qPrintable(mine.failure));
    QVERIFY(ids(mine).contains(soonCodes.id));
    QVERIFY(!ids(mine).contains(laterCodes.id));
    QVERIFY(ids(mine).contains(laterVisit.id)); // the person is in scope, their codes are not yet
    QVERIFY(mine.entryCodesFor.contains(soon)); // (and the world's visit of today, if near)
    QVERIFY(!mine.entryCodesFor.contains(later));
    QCOMPARE(
        m_client->get(QStringLiteral("/v1/records/") + soonCodes.id, worker.accessToken).status,
        200);
    QCOMPARE(
        m_client->get(QStringLiteral("/v1/records/") + laterCodes.id, worker.accessToken).status,
        404);

    for (const EnrolledDevice *other : {&supervisor, &coordinator}) {
        const Pull theirs = pullAll(*other);
        QVERIFY2(theirs.failure.isEmpty(), qPrintable(theirs.failure));
        QVERIFY(ids(theirs).contains(soonVisit.id));
        QVERIFY(!ids(theirs).contains(soonCodes.id));
        QVERIFY(!ids(theirs).contains(laterCodes.id));
        QVERIFY(theirs.entryCodesFor.isEmpty());
    }
    QCOMPARE(
        m_client->get(QStringLiteral("/v1/records/") + soonCodes.id, supervisor.accessToken).status,
        404);
    QCOMPARE(m_client->get(QStringLiteral("/v1/records/") + soonCodes.id, coordinator.accessToken)
                 .status,
             200);

    // The office moves the visit to this morning, long over: the phone is told to drop the codes.
    const Record moved =
        office.visit(soon, now.addSecs(-10 * 3600), {worker.userId}, soonVisit.visitId);
    QCOMPARE(pushRecords(coordinator, {moved}).json.value(QStringLiteral("accepted")).toInt(), 1);
    const Pull after = pullAll(worker, mine.next);
    QVERIFY2(after.failure.isEmpty(), qPrintable(after.failure));
    QVERIFY(ids(after).contains(moved.id));
    QVERIFY(!after.entryCodesFor.contains(soon));
    QVERIFY(after.purged.isEmpty()); // the person stays: only the codes go
    QCOMPARE(
        m_client->get(QStringLiteral("/v1/records/") + soonCodes.id, worker.accessToken).status,
        404);

    // Each delivery is in the audit log with the visit that let it go; nothing to anyone else.
    QCOMPARE(m_server->stop(), 0);
    auto store = m_args.backend == QLatin1String("postgres")
        ? openPostgresServerStore(PostgresStoreOptions {m_args.pgDsn, m_args.pgSchema, 1})
        : openEmbeddedServerStore(EmbeddedStoreOptions {m_args.dataDir});
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    AuditQuery delivered {m_world.orgA.id};
    delivered.action = QStringLiteral("entrycodes.read");
    const QList<AuditEntry> entries = store.value()->queryAudit(delivered).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recordId, soonCodes.id);
    QCOMPARE(entries.first().actorUserId, worker.userId);
    QCOMPARE(entries.first().deviceId, worker.deviceId);
    QVERIFY2(entries.first().detail.contains(soonVisit.visitId),
             qPrintable(entries.first().detail));
}

QTEST_GUILESS_MAIN(TestServerScope)
#include "tst_server_scope.moc"
