// RecordRepository: atomic record + outbox + audit saves, idempotency, append-only conflicts,
// bad input stores nothing, queries ordered by hybrid logical clock, outbox bookkeeping.
#include "core/recordcodec.h"
#include "core/recordtypes.h"
#include "recordfactory.h"
#include "sql/database.h"
#include "sql/transaction.h"
#include "store/migrations.h"
#include "store/recordrepository.h"
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace careround;
using namespace careround::store;

class TestRecordRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::optional<sql::Database> m_db;
    std::optional<RecordRepository> m_repo;

    sql::Database &db() { return *m_db; }
    RecordRepository &repo() { return *m_repo; }
    StoreCounts counts() { return repo().counts().value(); }

private slots:
    void init();
    void cleanup();
    void saveWritesRecordOutboxAndAuditTogether();
    void savedRecordReadsBackUnchanged_data();
    void savedRecordReadsBackUnchanged();
    void savingIdenticalRecordAgainIsANoOp();
    void sameIdWithDifferentContentIsRefused();
    void badInputStoresNothing_data();
    void badInputStoresNothing();
    void failureAfterRecordInsertLeavesNothing();
    void saveAllIsAllOrNothing();
    void remoteRecordsAreNotQueuedForUpload();
    void aReceivedBatchIsAuditedOncePerPersonAndAuthor();
    void queriesFilterAndOrderByClock();
    void queryArgumentsAreValidated();
    void personFileHoldsOnlyItsTypesInClockOrder();
    void personSinceStartsAtTheGivenTime();
    void outboxBookkeeping();
    void refusedEntriesAreKeptButNotPending();
    void saveInTransactionKeepsOtherWritesOnError();
};

void TestRecordRepository::init()
{
    auto opened = sql::Database::open(m_dir.filePath(QStringLiteral("repo%1.db").arg(++m_counter)),
                                      testutil::randomKey());
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    m_db.emplace(std::move(opened).value());
    QVERIFY(migrate(*m_db).ok());
    m_repo.emplace(*m_db);
}

void TestRecordRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
}

void TestRecordRepository::saveWritesRecordOutboxAndAuditTogether()
{
    const Record record =
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("Had tea"));
    auto outcome = repo().save(record);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().toString()));
    QCOMPARE(outcome.value(), SaveOutcome::Inserted);
    QCOMPARE(counts().records, 1);
    QCOMPARE(counts().outbox, 1);
    QCOMPARE(counts().audit, 1);

    auto outbox = repo().pendingOutbox(10).value();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().recordId, record.id);
    QCOMPARE(outbox.first().attempts, 0);
    QVERIFY(outbox.first().createdAt.isValid());
    auto body = RecordCodec::decode(outbox.first().body);
    QVERIFY2(body.ok(), qPrintable(body.error().toString()));
    QCOMPARE(RecordCodec::encode(body.value()), RecordCodec::encode(record));

    auto audit =
        db().prepare(QStringLiteral("SELECT actor, action, record_id, person_id, at FROM audit"));
    QVERIFY(audit.value().step().value());
    QCOMPARE(audit.value().text(0), record.authorUserId);
    QCOMPARE(audit.value().text(1), QStringLiteral("record.save"));
    QCOMPARE(audit.value().text(2), record.id);
    QCOMPARE(audit.value().text(3), record.personId);
    QVERIFY(audit.value().dateTime(4).isValid());
}

void TestRecordRepository::savedRecordReadsBackUnchanged_data()
{
    QTest::addColumn<int>("shape");
    for (int s = 0; s < int(testutil::RecordShape::Count); ++s)
        QTest::newRow(qPrintable(testutil::shapeName(testutil::RecordShape(s)))) << s;
}

void TestRecordRepository::savedRecordReadsBackUnchanged()
{
    QFETCH(int, shape);
    const Record record =
        testutil::makeRecord(testutil::RecordShape(shape), QStringLiteral("read back ✓"));
    QVERIFY2(repo().save(record).ok(), qPrintable(repo().save(record).error().toString()));
    auto stored = repo().byId(record.id);
    QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
    QVERIFY(stored.value().has_value());
    QCOMPARE(RecordCodec::encode(*stored.value()), RecordCodec::encode(record));
    QVERIFY(*stored.value() == record);
    QVERIFY(
        !repo().byId(testutil::makeRecord(testutil::RecordShape::Note, {}).id).value().has_value());
}

void TestRecordRepository::savingIdenticalRecordAgainIsANoOp()
{
    const Record record = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("once"));
    QCOMPARE(repo().save(record).value(), SaveOutcome::Inserted);
    auto again = repo().save(record);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again.value(), SaveOutcome::AlreadyPresent);
    QCOMPARE(counts().records, 1);
    QCOMPARE(counts().outbox, 1);
    QCOMPARE(counts().audit, 1);
    // Still a no-op after the outbox entry was delivered.
    QCOMPARE(repo().markSent({record.id}).value(), 1);
    QCOMPARE(repo().save(record).value(), SaveOutcome::AlreadyPresent);
    QCOMPARE(counts().outbox, 0);
}

void TestRecordRepository::sameIdWithDifferentContentIsRefused()
{
    const Record original =
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("original"));
    QVERIFY(repo().save(original).ok());
    Record changed = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("changed"));
    changed.id = original.id;
    changed.hlc = original.hlc;
    auto result = repo().save(changed);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("id"));
    QCOMPARE(result.error().message,
             QStringLiteral("record %1 already exists with different content").arg(original.id));
    QCOMPARE(RecordCodec::encode(*repo().byId(original.id).value()), RecordCodec::encode(original));
    QCOMPARE(counts().records, 1);
    QCOMPARE(counts().audit, 1);
}

void TestRecordRepository::badInputStoresNothing_data()
{
    QTest::addColumn<Record>("record");
    QTest::addColumn<QString>("field");
    for (const auto &bad : testutil::invalidRecords())
        QTest::newRow(qPrintable(bad.description)) << bad.record << bad.field;
}

void TestRecordRepository::badInputStoresNothing()
{
    QFETCH(Record, record);
    QFETCH(QString, field);
    auto result = repo().save(record);
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error().field.startsWith(field),
        qPrintable(
            QStringLiteral("expected field %1, got %2").arg(field, result.error().toString())));
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(counts().records, 0);
    QCOMPARE(counts().outbox, 0);
    QCOMPARE(counts().audit, 0);
}

void TestRecordRepository::failureAfterRecordInsertLeavesNothing()
{
    // The audit insert (the last of the three) fails: the record and outbox rows must go too.
    QVERIFY(db().exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit "
                                     "BEGIN SELECT RAISE(ABORT, 'audit refused by test'); END"))
                .ok());
    auto result =
        repo().save(testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("doomed")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("audit refused by test")),
             qPrintable(result.error().message));
    QVERIFY(db().exec(QStringLiteral("DROP TRIGGER refuse_audit")).ok());
    QCOMPARE(counts().records, 0);
    QCOMPARE(counts().outbox, 0);
    QCOMPARE(counts().audit, 0);
    // The connection is usable afterwards.
    QVERIFY(repo()
                .save(testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("fine")))
                .ok());
    QCOMPARE(counts().records, 1);
}

void TestRecordRepository::saveAllIsAllOrNothing()
{
    const auto bad = testutil::invalidRecords().first();
    QList<Record> batch {testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("a")),
                         testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("b")),
                         bad.record};
    auto invalid = repo().saveAll(batch);
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error().field.startsWith(QStringLiteral("records[2].")),
             qPrintable(invalid.error().toString()));
    QCOMPARE(counts().records, 0);

    // A conflict in the middle of a batch undoes the records before it.
    const Record existing =
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("existing"));
    QVERIFY(repo().save(existing).ok());
    Record conflicting =
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("other text"));
    conflicting.id = existing.id;
    batch = {testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("c")), conflicting,
             testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("d"))};
    auto conflict = repo().saveAll(batch);
    QVERIFY(!conflict.ok());
    QVERIFY2(
        conflict.error().message.contains(QStringLiteral("already exists with different content")),
        qPrintable(conflict.error().toString()));
    QCOMPARE(counts().records, 1);

    batch = {testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("e")), existing};
    auto ok = repo().saveAll(batch);
    QVERIFY2(ok.ok(), qPrintable(ok.error().toString()));
    QCOMPARE(ok.value(), (QList<SaveOutcome> {SaveOutcome::Inserted, SaveOutcome::AlreadyPresent}));
    QCOMPARE(counts().records, 2);
    QCOMPARE(counts().outbox, 2);
}

void TestRecordRepository::remoteRecordsAreNotQueuedForUpload()
{
    const Record record =
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("from the office"));
    QCOMPARE(repo().save(record, Origin::Remote).value(), SaveOutcome::Inserted);
    QCOMPARE(counts().records, 1);
    QCOMPARE(counts().outbox, 0);
    QCOMPARE(counts().audit, 1);
    QCOMPARE(db().queryText(QStringLiteral("SELECT action FROM audit")).value(),
             QStringLiteral("record.receive"));
}

void TestRecordRepository::aReceivedBatchIsAuditedOncePerPersonAndAuthor()
{
    // A pulled page of thousands of records writes a handful of audit rows, each naming exactly
    // the records it covers; records already present are not audited again.
    const QString alice = testutil::newId();
    const QString bob = testutil::newId();
    QList<Record> batch;
    for (int i = 0; i < 3; ++i)
        batch << testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("a%1").arg(i),
                                      alice);
    batch << testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("b"), bob);
    Record otherAuthor =
        testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("c"), alice);
    otherAuthor.authorUserId = QStringLiteral("user-other");
    batch << otherAuthor;
    QVERIFY(repo().saveAll({batch.at(0)}, Origin::Remote));
    QVERIFY(repo().saveAll(batch, Origin::Remote));
    QCOMPARE(counts().records, 5);
    QCOMPARE(counts().audit, 4); // the first save's row, then alice, bob, alice by another author
    auto rows = db().prepare(QStringLiteral(
        "SELECT actor, action, record_id, person_id, record_ids FROM audit ORDER BY seq"));
    QVERIFY(rows);
    QStringList seen;
    while (rows.value().step().value()) {
        QCOMPARE(rows.value().text(1), QStringLiteral("record.receive"));
        seen << QStringList {rows.value().text(0), rows.value().text(2), rows.value().text(3),
                             rows.value().text(4)}
                    .join(QLatin1Char('|'));
    }
    const QString author = batch.at(0).authorUserId;
    QCOMPARE(
        seen,
        (QStringList {
            QStringList {author, QString(), alice, batch.at(0).id}.join(QLatin1Char('|')),
            QStringList {author, QString(), alice, batch.at(1).id + u',' + batch.at(2).id}.join(
                QLatin1Char('|')),
            QStringList {author, QString(), bob, batch.at(3).id}.join(QLatin1Char('|')),
            QStringList {QStringLiteral("user-other"), QString(), alice, otherAuthor.id}.join(
                QLatin1Char('|'))}));
}

void TestRecordRepository::queriesFilterAndOrderByClock()
{
    const QString alice = testutil::newId();
    const QString bob = testutil::newId();
    const QString visit = testutil::newId();
    const QDate monday(2024, 6, 3);
    const QDate tuesday(2024, 6, 4);
    // Created in clock order, saved in reverse: queries must return clock order, not arrival order.
    QList<Record> created;
    for (int i = 0; i < 6; ++i) {
        created.append(testutil::makeRecord(
            testutil::RecordShape::Note, QStringLiteral("n%1").arg(i), i < 4 ? alice : bob,
            i % 2 == 0 ? visit : testutil::newId(), i < 3 ? monday : tuesday));
    }
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        QVERIFY(repo().save(*it).ok());

    auto ids = [](const QList<Record> &records) {
        QStringList out;
        for (const auto &r : records)
            out << r.id;
        return out;
    };
    QCOMPARE(ids(repo().forPerson(alice).value()),
             (QStringList {created[0].id, created[1].id, created[2].id, created[3].id}));
    QCOMPARE(ids(repo().forPerson(bob).value()), (QStringList {created[4].id, created[5].id}));
    QCOMPARE(ids(repo().forVisit(visit).value()),
             (QStringList {created[0].id, created[2].id, created[4].id}));
    QCOMPARE(ids(repo().forDay(monday).value()),
             (QStringList {created[0].id, created[1].id, created[2].id}));
    QCOMPARE(ids(repo().forDay(tuesday).value()),
             (QStringList {created[3].id, created[4].id, created[5].id}));
    QVERIFY(repo().forDay(QDate(2024, 6, 5)).value().isEmpty());
    QVERIFY(repo().forPerson(testutil::newId()).value().isEmpty());
}

void TestRecordRepository::queryArgumentsAreValidated()
{
    QCOMPARE(repo().forPerson({}).error().field, QStringLiteral("personId"));
    QCOMPARE(repo().forVisit({}).error().field, QStringLiteral("visitId"));
    QCOMPARE(repo().forDay(QDate()).error().field, QStringLiteral("careDay"));
    QCOMPARE(repo().byId({}).error().field, QStringLiteral("id"));
    QCOMPARE(repo().pendingOutbox(0).error().field, QStringLiteral("limit"));
}

// A record of a person-file type made from a note (same envelope and clock), with its payload.
static Record asType(Record record, const char *type, const QJsonObject &payload)
{
    record.type = QString::fromLatin1(type);
    record.schemaVersion = currentSchemaVersion(record.type);
    record.visitId.clear();
    record.payload = payload;
    return record;
}

void TestRecordRepository::personFileHoldsOnlyItsTypesInClockOrder()
{
    const QString person = testutil::newId();
    const QString other = testutil::newId();
    const QDate day(2024, 6, 3);
    auto note = [&](const QString &who) {
        return testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("n"), who,
                                    testutil::newId(), day);
    };
    const Record first = asType(note(person), RecordType::Person, {{"name", "Edith Brown"}});
    const Record event = note(person);
    const Record plan = asType(note(person), RecordType::CarePlan,
                               {{"personalOutcomes", QJsonArray {"Make my own tea"}}});
    const Record second = asType(note(person), RecordType::Person,
                                 {{"name", "Edith Brown"}, {"preferredName", "Edie"}});
    const Record someoneElse = asType(note(other), RecordType::Person, {{"name", "Sam Cole"}});
    for (const Record &r : {second, someoneElse, plan, event, first})
        QVERIFY2(repo().save(r).ok(), qPrintable(r.type));

    auto people = repo().personFile(person, QString::fromLatin1(RecordType::Person));
    QVERIFY2(people.ok(), qPrintable(people.error().toString()));
    QCOMPARE(people.value().size(), 2);
    QCOMPARE(people.value().at(0).id, first.id);
    QCOMPARE(people.value().at(1).id, second.id); // the newest version last
    QCOMPARE(repo().personFile(person, QString::fromLatin1(RecordType::CarePlan)).value().size(),
             1);
    QVERIFY(repo()
                .personFile(person, QString::fromLatin1(RecordType::PersonEntryCodes))
                .value()
                .isEmpty());
    auto notAFileType = repo().personFile(person, QString::fromLatin1(RecordType::VisitNote));
    QVERIFY(!notAFileType.ok());
    QCOMPARE(notAFileType.error().field, QStringLiteral("type"));
    QCOMPARE(repo().personFile({}, QStringLiteral("person")).error().field,
             QStringLiteral("personId"));
}

void TestRecordRepository::personSinceStartsAtTheGivenTime()
{
    const QString person = testutil::newId();
    QList<Record> made;
    for (int i = 0; i < 4; ++i) {
        Record r = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("n%1").arg(i),
                                        person, testutil::newId(), QDate(2024, 6, 3));
        r.hlc = HlcTimestamp {1717400000000 + i * 60000, 0, QStringLiteral("device-1")};
        made.append(r);
        QVERIFY(repo().save(r).ok());
    }
    const QDateTime secondAt = QDateTime::fromMSecsSinceEpoch(made[1].hlc.wallMs, QTimeZone::utc());
    auto since = repo().forPersonSince(person, secondAt);
    QVERIFY2(since.ok(), qPrintable(since.error().toString()));
    QCOMPARE(since.value().size(), 3);
    QCOMPARE(since.value().first().id, made[1].id);
    QCOMPARE(repo().forPersonSince(person, secondAt.addMSecs(1)).value().size(), 2);
    QCOMPARE(repo().forPersonSince(person, QDateTime()).error().field, QStringLiteral("since"));
}

void TestRecordRepository::outboxBookkeeping()
{
    QList<Record> records;
    for (int i = 0; i < 5; ++i) {
        records.append(
            testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("o%1").arg(i)));
        QVERIFY(repo().save(records.last()).ok());
    }
    QCOMPARE(repo().pendingCount().value(), 5);
    auto firstThree = repo().pendingOutbox(3).value();
    QCOMPARE(firstThree.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(firstThree[i].recordId, records[i].id); // oldest first
    QVERIFY(firstThree[0].seq < firstThree[1].seq);

    QCOMPARE(repo().markAttempted({records[0].id, records[1].id}).value(), 2);
    QCOMPARE(repo().markAttempted({records[0].id}).value(), 1);
    auto attempts = repo().pendingOutbox(2).value();
    QCOMPARE(attempts[0].attempts, 2);
    QCOMPARE(attempts[1].attempts, 1);

    QCOMPARE(repo().markSent({records[0].id, records[2].id, QStringLiteral("not-there")}).value(),
             2);
    QCOMPARE(repo().pendingCount().value(), 3);
    QCOMPARE(repo().pendingOutbox(10).value().first().recordId, records[1].id);
    QCOMPARE(counts().records, 5); // delivery never removes the record itself
}

// A record the server refused stays in the outbox with the reason, but is not waiting to be sent:
// not counted, not offered, not in the summary the device reports (issue 16); a person's retry
// includes it again.
void TestRecordRepository::refusedEntriesAreKeptButNotPending()
{
    QList<Record> records;
    for (int i = 0; i < 3; ++i) {
        Record r = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("r%1").arg(i));
        r.visitId = QStringLiteral("visit-%1").arg(i);
        r.deviceTime = QDateTime(QDate(2026, 11, 22), QTime(8 + i, 0), QTimeZone::utc());
        records.append(r);
        QVERIFY2(repo().save(r).ok(), qPrintable(repo().save(r).error().toString()));
    }
    auto summary = repo().pendingSummary(20).value();
    QCOMPARE(summary.count, 3);
    QCOMPARE(summary.oldestDeviceTime, records[0].deviceTime);
    QCOMPARE(summary.visitIds, (QStringList {"visit-0", "visit-1", "visit-2"}));
    QVERIFY(summary.visitsComplete);
    auto bounded = repo().pendingSummary(2).value();
    QCOMPARE(bounded.visitIds.size(), 2);
    QVERIFY(!bounded.visitsComplete);

    QCOMPARE(repo().markRefused({{records[0].id, QStringLiteral("type: only the office")}}).value(),
             1);
    QCOMPARE(repo().pendingCount().value(), 2);
    QCOMPARE(repo().pendingOutbox(10).value().size(), 2);
    QCOMPARE(repo().pendingOutbox(10).value().first().recordId, records[1].id);
    const auto all = repo().pendingOutbox(10, true).value();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().refusedReason, QStringLiteral("type: only the office"));
    QCOMPARE(all.first().attempts, 1);
    summary = repo().pendingSummary(20).value();
    QCOMPARE(summary.count, 2);
    QCOMPARE(summary.oldestDeviceTime, records[1].deviceTime);
    QCOMPARE(summary.visitIds, (QStringList {"visit-1", "visit-2"}));
    const auto refused = repo().refusedEntries().value();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().recordId, records[0].id);
    QCOMPARE(refused.first().reason, QStringLiteral("type: only the office"));
    QCOMPARE(refused.first().deviceTime, records[0].deviceTime);

    // Accepted on a retry: gone like any delivered entry. Nothing left waiting: an empty summary.
    QCOMPARE(repo().markSent({records[0].id, records[1].id, records[2].id}).value(), 3);
    QVERIFY(repo().refusedEntries().value().isEmpty());
    summary = repo().pendingSummary(20).value();
    QCOMPARE(summary.count, 0);
    QVERIFY(!summary.oldestDeviceTime.isValid());
    QVERIFY(summary.visitIds.isEmpty());
}

void TestRecordRepository::saveInTransactionKeepsOtherWritesOnError()
{
    auto tx = sql::Transaction::begin(db());
    QVERIFY(tx.ok());
    const Record good = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("good"));
    QVERIFY(repo().saveInTransaction(good).ok());
    Record clash = testutil::makeRecord(testutil::RecordShape::Note, QStringLiteral("clash"));
    clash.id = good.id;
    QVERIFY(!repo().saveInTransaction(clash).ok());
    QVERIFY(!repo().saveInTransaction(testutil::invalidRecords().first().record).ok());
    QVERIFY(tx.value().commit().ok());
    QCOMPARE(counts().records, 1);
    QCOMPARE(counts().outbox, 1);
    QCOMPARE(counts().audit, 1);
}

QTEST_GUILESS_MAIN(TestRecordRepository)
#include "tst_recordrepository.moc"
