// Request bodies are gzip: what gzipCompress makes inflates back to the same bytes.
#include "sync/gzip.h"
#include <QtTest>

using namespace careround::sync;

class TestGzip : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("json") << QByteArray(
            "{\"records\":[{\"id\":\"a\",\"type\":\"visit.note\"}]}");
        QByteArray big;
        for (int i = 0; i < 5000; ++i)
            big +=
                "{\"id\":\"" + QByteArray::number(i) + "\",\"payload\":{\"text\":\"Made tea.\"}},";
        QTest::newRow("5000 records") << big;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, data);
        const QByteArray packed = gzipCompress(data);
        QVERIFY(packed.startsWith("\x1f\x8b")); // the gzip magic: the transport keys on it
        QCOMPARE(gzipDecompress(packed), data);
        if (data.size() > 10000)
            QVERIFY(packed.size() < data.size() / 5);
    }
    void corruptInputGivesNothing()
    {
        QByteArray packed = gzipCompress("hello hello hello hello");
        packed[packed.size() / 2] = char(packed[packed.size() / 2] ^ 0x55);
        QCOMPARE(gzipDecompress(packed), QByteArray());
        QCOMPARE(gzipDecompress("not gzip"), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestGzip)
#include "tst_gzip.moc"
