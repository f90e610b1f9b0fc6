// isotime must write and read exactly what Qt does for every form records carry: each case is
// checked against QDate/QDateTime's own ISO formatter and parser (behind the codec's shape rule).
#include "core/isotime.h"
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace careround;

namespace {

// What the codec accepted before isotime: the shape rule, then Qt's parser, as UTC.
QDateTime qtParseUtc(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?(Z|[+"
                       "-][0-9]{2}:[0-9]{2})$"));
    if (!shape.match(text).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QDate qtParseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

void compareUtc(const QString &text)
{
    const QDateTime expected = qtParseUtc(text);
    const QDateTime actual = isotime::parseUtc(text);
    QVERIFY2(actual.isValid() == expected.isValid(), qPrintable(text));
    if (expected.isValid()) {
        QVERIFY2(actual.toMSecsSinceEpoch() == expected.toMSecsSinceEpoch(), qPrintable(text));
        QCOMPARE(actual.timeSpec(), Qt::UTC);
    }
}

} // namespace

class TestIsoTime : public QObject
{
    Q_OBJECT
private slots:
    void writesWhatQtWrites();
    void readsWhatTheCodecAccepted_data();
    void readsWhatTheCodecAccepted();
    void randomTextsAgreeWithQt();
};

void TestIsoTime::writesWhatQtWrites()
{
    QRandomGenerator random(20261202);
    for (int i = 0; i < 20000; ++i) {
        // Across 1900–2200 (both sides of the epoch) and in every time spec a caller might hold.
        const qint64 ms = random.bounded(-2'208'988'800'000LL, 7'258'118'400'000LL);
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QDateTime offset = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 5400);
        for (const QDateTime &t : {utc, offset})
            QCOMPARE(isotime::utcText(t), t.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(isotime::dateText(utc.date()), utc.date().toString(Qt::ISODate));
    }
    QCOMPARE(isotime::utcText(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)),
             QStringLiteral("1970-01-01T00:00:00.000Z"));
    QCOMPARE(isotime::dateText(QDate(2025, 3, 1)), QStringLiteral("2025-03-01"));
    QCOMPARE(isotime::dateText(QDate(12000, 1, 1)), QDate(12000, 1, 1).toString(Qt::ISODate));
    QVERIFY(isotime::dateText(QDate()).isNull());
    QVERIFY(isotime::utcText(QDateTime()).isNull());
}

void TestIsoTime::readsWhatTheCodecAccepted_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"2025-03-01T08:00:00.000Z",
                             "2025-03-01T08:00:00Z",
                             "2025-03-01T08:00:00.5Z",
                             "2025-03-01T08:00:00.05Z",
                             "2025-03-01T23:59:59.999Z",
                             "2024-02-29T12:00:00.000Z",
                             "2025-02-29T12:00:00.000Z",
                             "2025-13-01T00:00:00.000Z",
                             "2025-03-01T24:00:00.000Z",
                             "2025-03-01T24:00:01.000Z",
                             "2025-03-01T23:60:00.000Z",
                             "2025-03-01T23:59:60.000Z",
                             "2025-03-01T08:00:00.000+01:00",
                             "2025-03-01T00:30:00-02:30",
                             "2025-03-01T08:00:00.0000Z",
                             "2025-03-01T08:00:00.Z",
                             "2025-03-01 08:00:00.000Z",
                             "2025-03-01T08:00:00.000",
                             "2025-3-01T08:00:00.000Z",
                             "2025-03-01T08:0a:00.000Z",
                             "0000-01-01T00:00:00.000Z",
                             "1969-12-31T23:59:59.999Z",
                             "9999-12-31T23:59:59.999Z",
                             "",
                             "Z"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestIsoTime::readsWhatTheCodecAccepted()
{
    QFETCH(QString, text);
    compareUtc(text);
    const QString day = text.left(10);
    QCOMPARE(isotime::parseDate(day), qtParseDate(day));
}

void TestIsoTime::randomTextsAgreeWithQt()
{
    // Texts in the right shape with digits anywhere in range, and single-character mutations.
    QRandomGenerator random(4711);
    const QString alphabet = QStringLiteral("0123456789-:.TZ+ ");
    for (int i = 0; i < 20000; ++i) {
        QString text = QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
                           .arg(random.bounded(10000), 4, 10, QLatin1Char('0'))
                           .arg(random.bounded(14), 2, 10, QLatin1Char('0'))
                           .arg(random.bounded(33), 2, 10, QLatin1Char('0'))
                           .arg(random.bounded(26), 2, 10, QLatin1Char('0'))
                           .arg(random.bounded(61), 2, 10, QLatin1Char('0'))
                           .arg(random.bounded(61), 2, 10, QLatin1Char('0'))
                           .arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
        if (i % 3 == 1)
            text[random.bounded(int(text.size()))] =
                alphabet.at(random.bounded(int(alphabet.size())));
        if (i % 3 == 2) {
            text.chop(random.bounded(1, 5));
            text.append(QLatin1Char('Z'));
        }
        compareUtc(text);
        const QString day = text.left(10);
        QCOMPARE(isotime::parseDate(day), qtParseDate(day));
    }
}

QTEST_APPLESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
