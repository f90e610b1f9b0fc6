// SpotCheckInbox: the spot checks of this worker's practice on their own phone, in words, and the
// acknowledgement they save (once); checks of other workers are not theirs to see here.
#include "commbookfixtures.h"
#include "store/recordstore.h"
#include "ui/spotcheck/spotcheckinbox.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

Record spotCheck(const QString &worker, const QDateTime &at, bool consent)
{
    QJsonObject p {{"supervisorUserId", SupervisorUser},
                   {"workerUserId", worker},
                   {"consentGiven", consent},
                   {"authorName", "Sam Cole"},
                   {"authorRole", "supervisor"}};
    if (consent) {
        p.insert("checklist",
                 QJsonArray {QJsonObject {{"item", "id_badge"}, {"result", "met"}},
                             QJsonObject {{"item", "hygiene_ppe"},
                                          {"result", "not_met"},
                                          {"comment", "No apron"}}});
        p.insert("outcome", "needs_improvement");
        p.insert(
            "actions",
            QJsonArray {QJsonObject {{"description", "PPE refresher"},
                                     {"dueDate", at.date().addDays(7).toString(Qt::ISODate)}}});
    } else {
        p.insert("refusalReason", "Not today");
    }
    return makeRecord("spotcheck", "p1", "v1", p, SupervisorUser, at);
}

} // namespace

class TestSpotCheckInbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }

    void onlyThisWorkersChecksNewestFirst()
    {
        const QDateTime now = QDateTime::currentDateTime();
        const Record older = spotCheck(ThisUser, now.addDays(-3), false);
        const Record newer = spotCheck(ThisUser, now.addSecs(-60), true);
        const Record other = spotCheck(PartnerUser, now, true);
        const QList<SpotCheckView> rows = SpotCheckInbox::build(
            {older, other, newer, person("p1", "Edith Brown", "Edie")}, ThisUser);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).record.id, newer.id);
        QCOMPARE(rows.at(0).personName, QStringLiteral("Edie"));
        QVERIFY(rows.at(0).ackId.isEmpty());
    }

    void workerAcknowledgesOnce()
    {
        QTemporaryDir dir;
        auto session = unlockedSession(dir.path());
        QVERIFY(session);
        const Record check = spotCheck(ThisUser, QDateTime::currentDateTime().addSecs(-600), true);
        QVERIFY(receive(*session->store(), {person("p1", "Edith Brown", "Edie"), check}));
        SpotCheckInbox inbox;
        QAbstractItemModelTester tester(&inbox);
        inbox.setSession(session.get());
        QTRY_VERIFY_WITH_TIMEOUT(inbox.loaded() && inbox.count() == 1, StoreTimeoutMs);
        QCOMPARE(inbox.waitingCount(), 1);
        const QModelIndex row = inbox.index(0);
        QVERIFY(row.data(SpotCheckInbox::ObservedRole).toBool());
        QVERIFY2(row.data(SpotCheckInbox::TitleRole).toString().contains("Sam Cole"),
                 qPrintable(row.data(SpotCheckInbox::TitleRole).toString()));
        QVERIFY(row.data(SpotCheckInbox::ItemsTextRole).toString().contains("No apron"));
        QVERIFY(row.data(SpotCheckInbox::ActionsTextRole).toString().contains("PPE refresher"));
        QVERIFY(!row.data(SpotCheckInbox::AcknowledgedRole).toBool());

        QVERIFY(!inbox.acknowledge("no-such-check", {}));
        QSignalSpy acknowledged(&inbox, &SpotCheckInbox::acknowledged);
        QVERIFY(inbox.acknowledge(check.id, "  Will book the refresher  "));
        QVERIFY(caught(acknowledged, StoreTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.waitingCount(), 0, StoreTimeoutMs);
        QVERIFY(inbox.index(0).data(SpotCheckInbox::AcknowledgedRole).toBool());
        QVERIFY(!inbox.acknowledge(check.id, {}));
        auto stored = session->store()->forPerson("p1");
        stored.waitForFinished();
        int acks = 0;
        for (const Record &r : stored.result()) {
            if (r.type != QLatin1String("spotcheck.ack"))
                continue;
            ++acks;
            QCOMPARE(r.authorUserId, ThisUser);
            QCOMPARE(r.payload.value("spotCheckId").toString(), check.id);
            QCOMPARE(r.payload.value("comment").toString(),
                     QStringLiteral("Will book the refresher"));
        }
        QCOMPARE(acks, 1);
    }
};

QTEST_MAIN(TestSpotCheckInbox)
#include "tst_spotcheckinbox.moc"
