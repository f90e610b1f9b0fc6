// ScopeService, part 3: the communication book, spot checks and incidents per role. A care worker
// and their supervisor receive every record of their people; a family member receives exactly the
// family-shared entries, who read them (without the team's note) and their corrections, the
// person's name and visit summaries — never a care-team-only entry, its acknowledgement or its
// correction — and, once consent is withdrawn, nothing (while the team still receives it all).
#include "core/recordtypes.h"
#include "tst_scopeservice.h"
#include <QJsonArray>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;
using namespace scopetest;

namespace {

QString t(const char *type)
{
    return QString::fromLatin1(type);
}

struct Book
{
    Record familyAck, teamAck, familyCorrection, teamCorrection, takenFromFamily, spotCheck,
        incident;
};

Record ack(RecordFactory &make, const Record &entry, const QString &note = {})
{
    Record r = make.base(t(RecordType::CommbookAck), entry.personId, entry.careDay);
    r.payload = QJsonObject {{QStringLiteral("entryId"), entry.id}};
    if (!note.isEmpty())
        r.payload.insert(QStringLiteral("note"), note);
    return r;
}

Record correction(RecordFactory &make, const Record &entry, const QString &audience)
{
    Record r = make.base(t(RecordType::Amendment), entry.personId, entry.careDay);
    r.amends = entry.id;
    QJsonObject replacement = entry.payload;
    replacement.insert(QStringLiteral("text"),
                       entry.payload.value(QStringLiteral("text")).toString()
                           + QStringLiteral("!"));
    replacement.insert(QStringLiteral("audience"), audience);
    r.payload = QJsonObject {{QStringLiteral("reason"), QStringLiteral("typo")},
                             {QStringLiteral("amendedType"), t(RecordType::CommbookEntry)},
                             {QStringLiteral("replacement"), replacement}};
    return r;
}

Record spotCheck(RecordFactory &make, const World &w, const QDate &day)
{
    Record r = make.base(t(RecordType::SpotCheck), w.alice, day);
    r.visitId = w.aliceVisit.visitId;
    r.payload =
        QJsonObject {{QStringLiteral("supervisorUserId"), w.t.supervisor.id},
                     {QStringLiteral("workerUserId"), w.t.worker.id},
                     {QStringLiteral("consentGiven"), false},
                     {QStringLiteral("refusalReason"), QStringLiteral("Not today, I am tired")}};
    return r;
}

Record incident(RecordFactory &make, const World &w, const QDateTime &now)
{
    Record r = make.base(t(RecordType::Incident), w.alice, now.date());
    const QString at = now.toString(Qt::ISODate);
    r.payload =
        QJsonObject {{QStringLiteral("kind"), QStringLiteral("safeguarding")},
                     {QStringLiteral("severity"), QStringLiteral("serious")},
                     {QStringLiteral("occurredAt"), at},
                     {QStringLiteral("description"), QStringLiteral("Unexplained bruising")},
                     {QStringLiteral("actionTaken"), QStringLiteral("Told the office")},
                     {QStringLiteral("reportedTo"),
                      QJsonArray {QJsonObject {{QStringLiteral("who"), QStringLiteral("office")},
                                               {QStringLiteral("how"), QStringLiteral("phone")},
                                               {QStringLiteral("at"), at}}}}};
    return r;
}

QHash<QString, StoredRecord> byId(const QList<StoredRecord> &records)
{
    QHash<QString, StoredRecord> out;
    for (const StoredRecord &r : records)
        out.insert(r.record.id, r);
    return out;
}

} // namespace

void ScopeServiceTest::commbookReachesEachRoleAsItsLinksAllow()
{
    auto w = makeWorld(QStringLiteral("c"));
    QVERIFY2(w.ok(), qPrintable(w.error().toString()));
    const World &x = w.value();
    RecordFactory worker(x.t.worker.id, x.t.workerDevice.id);
    RecordFactory supervisor(x.t.supervisor.id, x.t.supervisorDevice.id);
    const QDate today = m_now.date();
    Book b;
    b.familyAck = ack(supervisor, x.familyEntry, QStringLiteral("spoke to the GP"));
    b.teamAck = ack(supervisor, x.teamEntry);
    b.familyCorrection = correction(worker, x.familyEntry, QStringLiteral("family"));
    b.teamCorrection = correction(worker, x.teamEntry, QStringLiteral("care_team"));
    const Record second =
        worker.commbook(x.alice, QStringLiteral("family"), QStringLiteral("Went out"), today);
    b.takenFromFamily = correction(worker, second, QStringLiteral("care_team"));
    b.spotCheck = spotCheck(supervisor, x, today);
    b.incident = incident(worker, x, m_now);
    RecordFactory office(x.t.coordinator.id, x.t.coordinatorDevice.id);
    Record file = office.person(x.alice, QStringLiteral("Alice Jones"));
    file.payload.insert(QStringLiteral("preferredName"), QStringLiteral("Ally"));
    file.payload.insert(QStringLiteral("allergies"), QJsonArray {QStringLiteral("penicillin")});
    file.payload.insert(QStringLiteral("dnacpr"), true);
    // The family member's own entry and reading, as their device saved them.
    RecordFactory relative(x.t.family.id, x.t.familyDevice.id);
    Record own = relative.commbook(x.alice, QStringLiteral("family"),
                                   QStringLiteral("Mum had a good weekend"), today);
    own.payload.insert(QStringLiteral("authorName"), x.t.family.displayName);
    own.payload.insert(QStringLiteral("authorRole"), QStringLiteral("family_member"));
    const Record ownRead = ack(relative, x.familyEntry, QStringLiteral("thank you"));
    const QList<Record> more {own,
                              ownRead,
                              file,
                              second,
                              b.familyAck,
                              b.teamAck,
                              b.familyCorrection,
                              b.teamCorrection,
                              b.takenFromFamily,
                              b.spotCheck,
                              b.incident};
    auto put = m_store->putRecords(PutContext {x.t.org.id, x.t.coordinator.id, {}, m_now}, more);
    QVERIFY(put.ok());
    for (const PutResult &r : put.value())
        QVERIFY2(r.status == PutStatus::Accepted, qPrintable(r.error.toString()));

    const QList<Record> everything {x.familyEntry,    x.teamEntry,       second,
                                    b.familyAck,      b.teamAck,         b.familyCorrection,
                                    b.teamCorrection, b.takenFromFamily, b.spotCheck,
                                    b.incident};
    ScopeService scope(*m_store);
    for (const auto &[user, device] : {std::pair {x.t.worker, x.t.workerDevice},
                                       std::pair {x.t.supervisor, x.t.supervisorDevice}}) {
        qint64 cursor = 0;
        const QSet<QString> ids = idSet(pullAll(scope, user, device, cursor));
        for (const Record &r : everything)
            QVERIFY2(ids.contains(r.id), qPrintable(user.loginName + QLatin1Char(' ') + r.type));
    }

    qint64 cursor = 0;
    QHash<QString, StoredRecord> family =
        byId(pullAll(scope, x.t.family, x.t.familyDevice, cursor));
    // The person's name only (every version of the file), nothing else of it.
    const StoredRecord named = family.take(file.id);
    QCOMPARE(named.record.payload,
             (QJsonObject {{QStringLiteral("name"), QStringLiteral("Alice Jones")},
                           {QStringLiteral("preferredName"), QStringLiteral("Ally")}}));
    for (auto it = family.begin(); it != family.end();) {
        if (it->record.type == t(RecordType::Person)) {
            QCOMPARE(it->record.payload.keys(), QStringList {QStringLiteral("name")});
            it = family.erase(it);
        } else {
            ++it;
        }
    }
    // Their own records come back exactly as their device holds them (its store refuses a changed
    // copy of a record it has).
    QCOMPARE(family.value(own.id).record.payload, own.payload);
    QCOMPARE(family.value(ownRead.id).record.payload, ownRead.payload);
    const QSet<QString> expected {own.id,
                                  ownRead.id,
                                  x.familyEntry.id,
                                  second.id,
                                  b.familyAck.id,
                                  b.familyCorrection.id,
                                  x.aliceCheckOut.id};
    QCOMPARE(QSet<QString>(family.keyBegin(), family.keyEnd()), expected);
    // The acknowledgement without the team's note, its reader by first name and role.
    const QJsonObject read = family.value(b.familyAck.id).record.payload;
    QVERIFY(!read.contains(QStringLiteral("note")));
    QCOMPARE(read.value(QStringLiteral("authorName")).toString(),
             x.t.supervisor.displayName.section(QLatin1Char(' '), 0, 0));
    QCOMPARE(read.value(QStringLiteral("authorRole")).toString(), QStringLiteral("supervisor"));
    // A summary names no worker: the server is its author.
    const Record summary = family.value(x.aliceCheckOut.id).record;
    QCOMPARE(summary.type, t(RecordType::VisitSummary));
    QCOMPARE(summary.authorUserId, QStringLiteral("careround-server"));
    QCOMPARE(summary.hlc.node, QStringLiteral("careround-server")); // not the worker's device

    // Consent withdrawn: the family receives nothing more and is told to purge; the team still
    // receives every record, the new ones too.
    QVERIFY(m_store
                ->recordConsent(x.t.org.id,
                                ConsentEvent {x.familyLinkId, false, m_now, x.t.coordinator.id,
                                              QStringLiteral("withdrawn")})
                .ok());
    const Record after = worker.commbook(x.alice, QStringLiteral("family"),
                                         QStringLiteral("After withdrawal"), today);
    QVERIFY(
        m_store->putRecords(PutContext {x.t.org.id, x.t.coordinator.id, {}, m_now}, {after}).ok());
    PurgeList purge;
    QVERIFY(pullAll(scope, x.t.family, x.t.familyDevice, cursor, &purge).isEmpty());
    QCOMPARE(purge.personIds, QStringList {x.alice});
    qint64 fresh = 0;
    QVERIFY(pullAll(scope, x.t.family, x.t.familyDevice, fresh).isEmpty());
    for (const auto &[user, device] : {std::pair {x.t.worker, x.t.workerDevice},
                                       std::pair {x.t.supervisor, x.t.supervisorDevice}}) {
        qint64 c = 0;
        const QSet<QString> ids = idSet(pullAll(scope, user, device, c));
        QVERIFY(ids.contains(after.id));
        for (const Record &r : everything)
            QVERIFY2(ids.contains(r.id), qPrintable(user.loginName + QLatin1Char(' ') + r.type));
    }
}
