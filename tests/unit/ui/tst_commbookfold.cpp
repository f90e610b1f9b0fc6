// CommbookFold: a person's communication book from the records a device holds — newest first, the
// text as corrected with every version kept (an entry is never deleted, a withdrawal leaves it
// readable), and who has read it: one reading per person, never the writer's own.
#include "roundfixtures.h"
#include "ui/commbook/commbookfold.h"

#include "core/recordtypes.h"
#include <QtTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

const QString Person = QStringLiteral("p1");
const QDateTime Morning(QDate(2026, 3, 3), QTime(9, 0));

Record entry(const QString &author, const QString &text, int minutes,
             const QString &audience = QStringLiteral("family"))
{
    return makeRecord(QString::fromLatin1(RecordType::CommbookEntry), Person, {},
                      {{"text", text},
                       {"category", "general"},
                       {"audience", audience},
                       {"authorRole", "care_worker"}},
                      author, Morning.addSecs(minutes * 60));
}

Record ack(const QString &reader, const Record &of, int minutes, const QString &name = {})
{
    QJsonObject payload {{"entryId", of.id}};
    if (!name.isEmpty())
        payload.insert("authorName", name);
    return makeRecord(QString::fromLatin1(RecordType::CommbookAck), Person, {}, payload, reader,
                      Morning.addSecs(minutes * 60));
}

Record correction(const Record &of, const QString &text, const QString &reason, int minutes,
                  bool withdrawn = false)
{
    QJsonObject payload {{"reason", reason},
                         {"amendedType", QString::fromLatin1(RecordType::CommbookEntry)}};
    if (withdrawn) {
        payload.insert("withdrawn", true);
    } else {
        QJsonObject replacement = of.payload;
        replacement.insert("text", text);
        payload.insert("replacement", replacement);
    }
    Record r = makeRecord(QString::fromLatin1(RecordType::Amendment), Person, {}, payload,
                          of.authorUserId, Morning.addSecs(minutes * 60));
    r.amends = of.id;
    return r;
}

} // namespace

class TestCommbookFold : public QObject
{
    Q_OBJECT
private slots:
    void newestFirstWithOtherRecordsIgnored()
    {
        const Record first = entry(ThisUser, "First", 0);
        const Record second = entry(PartnerUser, "Second", 10);
        const Record other = nextWorkerNote(Person, "v1", ThisUser, "Not the book", Morning);
        const QList<CommbookEntry> book = CommbookFold::build({first, other, second}, ThisUser);
        QCOMPARE(book.size(), 2);
        QCOMPARE(book.at(0).text, QStringLiteral("Second"));
        QCOMPARE(book.at(1).text, QStringLiteral("First"));
        QVERIFY(book.at(1).mine);
        QVERIFY(!book.at(0).mine);
        QCOMPARE(book.at(0).audience, QStringLiteral("family"));
        QCOMPARE(book.at(0).authorRole, QStringLiteral("care_worker"));
        QVERIFY(!book.at(0).corrected());
    }

    void correctionsKeepEveryVersion()
    {
        const Record original = entry(ThisUser, "Ate half", 0);
        const Record fix = correction(original, "Ate all of it", "misread the plate", 5);
        const Record again = correction(original, "Ate all of it and asked for more", "added", 9);
        const QList<CommbookEntry> book = CommbookFold::build({again, original, fix}, ThisUser);
        QCOMPARE(book.size(), 1);
        const CommbookEntry &e = book.first();
        QCOMPARE(e.text, QStringLiteral("Ate all of it and asked for more"));
        QCOMPARE(e.versions.size(), 3);
        QCOMPARE(e.versions.at(0).text, QStringLiteral("Ate half"));
        QVERIFY(e.versions.at(0).reason.isEmpty());
        QCOMPARE(e.versions.at(1).reason, QStringLiteral("misread the plate"));
        QCOMPARE(e.versions.at(2).text, e.text);
        QCOMPARE(e.payload.value("text").toString(), e.text);
        QCOMPARE(e.writtenAt, original.deviceTime); // ordered and timed by the original
        QVERIFY(e.corrected());
    }

    void withdrawnEntriesStayReadable()
    {
        const Record original = entry(ThisUser, "Wrong person", 0);
        const QList<CommbookEntry> book = CommbookFold::build(
            {original, correction(original, {}, "entered in error", 3, true)}, ThisUser);
        QCOMPARE(book.size(), 1);
        QVERIFY(book.first().withdrawn);
        QCOMPARE(book.first().text, QStringLiteral("Wrong person"));
        QVERIFY(book.first().versions.last().withdrawn);
    }

    void oneReadingPerPersonNeverTheWriters()
    {
        const Record e = entry(PartnerUser, "Hospital appointment on Friday", 0);
        const QList<Record> records {e,
                                     ack(PartnerUser, e, 1), // the writer
                                     ack(ThisUser, e, 2),
                                     ack(ThisUser, e, 4), // again
                                     ack(OfficeUser, e, 3, "Carol"),
                                     ack(ThisUser, entry(ThisUser, "unknown entry", 0), 5)};
        const QHash<QString, QString> names {{ThisUser, "Amira Khan"}};
        const QList<CommbookEntry> book = CommbookFold::build(records, ThisUser, names);
        QCOMPARE(book.size(), 1);
        const CommbookEntry &read = book.first();
        QCOMPARE(read.readers.size(), 2);
        QCOMPARE(read.readers.at(0).userId, ThisUser); // in clock order
        QCOMPARE(read.readers.at(0).name, QStringLiteral("Amira Khan")); // from the directory
        QCOMPARE(read.readers.at(0).at, Morning.addSecs(120));
        QCOMPARE(read.readers.at(1).name, QStringLiteral("Carol")); // as the acknowledgement says
        QVERIFY(read.readByMe);
        QVERIFY(!CommbookFold::build(records, OfficeUser).isEmpty());
        QVERIFY(CommbookFold::build(records, QStringLiteral("someone")).first().readByMe == false);
    }
};

QTEST_GUILESS_MAIN(TestCommbookFold)
#include "tst_commbookfold.moc"
