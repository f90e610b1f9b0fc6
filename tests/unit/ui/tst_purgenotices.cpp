// PurgeNotices and PurgeNoticeBook: why a person's records left a family member's phone, said in
// words, one notice per person however often the server lists them, kept in the store across a
// lock and unlock (with the name learnt before the purge), gone when dismissed or when the person
// is shared again.
#include "roundfixtures.h"
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/person/purgenotices.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

class TestPurgeNotices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }

    void jsonRoundTripAndBadInput()
    {
        const QDateTime at(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc());
        const QList<PurgeNotice> notices {{"p1", "Edie", at}, {"p2", "", at.addSecs(60)}};
        QCOMPARE(PurgeNotices::parse(PurgeNotices::toJson(notices)), notices);
        QVERIFY(PurgeNotices::parse("not json").isEmpty());
        QVERIFY(
            PurgeNotices::parse(R"([{"personId":"p1"},{"at":"2026-03-03T09:00:00Z"}])").isEmpty());
        const QHash<QString, QString> names {{"p1", "Edie"}};
        QCOMPARE(PurgeNotices::parseNames(PurgeNotices::namesJson(names)), names);
        QVERIFY(PurgeNotices::parseNames(R"({"p1": 3})").isEmpty());
    }

    void oneNoticePerPerson()
    {
        const QDateTime at = QDateTime::currentDateTime();
        QList<PurgeNotice> n = PurgeNotices::added({}, {"p1"}, {{"p1", "Edie"}}, at);
        n = PurgeNotices::added(n, {"p1", "p2", ""}, {}, at.addSecs(600));
        QCOMPARE(n.size(), 2);
        QCOMPARE(n.at(0).at, at); // the first purge's time stays
        QCOMPARE(n.at(0).name, QStringLiteral("Edie"));
        QVERIFY(n.at(1).name.isEmpty());
        const QString named = PurgeNotices::text(n.at(0), at.addSecs(60));
        QVERIFY2(named.startsWith("Edie's records are no longer shared with you")
                     && named.contains("consent"),
                 qPrintable(named));
        QVERIFY(named.contains("today"));
        QVERIFY(PurgeNotices::text(n.at(1), at)
                    .startsWith("The records of the person you were linked to"));
    }

    void keptAcrossLockAndUnlock()
    {
        QTemporaryDir dir;
        auto session = unlockedSession(dir.path());
        QVERIFY(session);
        PurgeNoticeBook &book = *session->purgeNotices();
        QSignalSpy changed(&book, &PurgeNoticeBook::changed);
        book.rememberName("p1", "Edie");
        book.recordPurged({"p1"}, QDateTime::currentDateTime());
        book.recordPurged({"p1"}, QDateTime::currentDateTime()); // listed again next sync
        QCOMPARE(book.count(), 1);
        QCOMPARE(changed.count(), 1);
        session->lock();
        QVERIFY(waitForState(*session, AppSession::Locked));
        QCOMPARE(book.count(), 0); // nothing shown while locked
        session->unlock(GoodPin);
        QVERIFY(waitForState(*session, AppSession::Unlocked, StoreTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(book.count(), 1, StoreTimeoutMs);
        QCOMPARE(book.all().first().name, QStringLiteral("Edie"));
        QVERIFY(
            book.notices().first().toMap().value("text").toString().startsWith("Edie's records"));
        book.clearFor({"p2"});
        QCOMPARE(book.count(), 1);
        book.dismiss("p1");
        QCOMPARE(book.count(), 0);
        // What is kept goes too.
        const auto kept = [&] {
            auto read =
                session->store()->deviceState(QString::fromLatin1(PurgeNotices::NoticesKey));
            read.waitForFinished();
            const auto stored = read.result();
            return stored && stored.value() ? PurgeNotices::parse(*stored.value())
                                            : QList<PurgeNotice> {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(kept().isEmpty(), StoreTimeoutMs);
    }
};

QTEST_MAIN(TestPurgeNotices)
#include "tst_purgenotices.moc"
