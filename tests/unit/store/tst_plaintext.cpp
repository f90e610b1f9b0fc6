// No plaintext on disk: a record's text must not appear in the database, its WAL, its shm file or
// any other file the store leaves in its directory — while open (data still in the WAL) and after
// a checkpoint. The same scan on an unencrypted store finds the text, which proves the scan works.
#include "recordfactory.h"
#include "sql/database.h"
#include "store/recordstore.h"
#include <QDir>
#include <QDirIterator>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careround;

namespace {

constexpr int FutureTimeoutMs = 30000;
const QString Marker = QStringLiteral("Zanzibar-Quokka-7731 fell on the stairs");

// Every file in dir that contains the marker (as UTF-8 or UTF-16), with the encoding found.
QStringList filesContainingMarker(const QString &dir)
{
    const QByteArray utf8 = Marker.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(Marker.utf16()), Marker.size() * 2);
    const QByteArray fragment =
        QByteArrayLiteral("Zanzibar-Quokka"); // survives being split from the rest
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = testutil::readAll(path);
        if (bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(fragment))
            found << QFileInfo(path).fileName();
    }
    return found;
}

QStringList storeFiles(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

bool saveMarkedRecords(store::RecordStore &store, int count)
{
    QList<QFuture<Result<void>>> futures;
    for (int i = 0; i < count; ++i) {
        Record r =
            testutil::makeRecord(testutil::RecordShape(i % int(testutil::RecordShape::Count)),
                                 Marker + QStringLiteral(" #%1").arg(i));
        futures << store.save(r);
    }
    for (auto &f : futures) {
        QFutureWatcher<Result<void>> watcher;
        QSignalSpy done(&watcher, &QFutureWatcher<Result<void>>::finished);
        watcher.setFuture(f);
        if (!f.isFinished() && !done.wait(FutureTimeoutMs))
            return false;
        if (!f.result().ok()) {
            qWarning() << f.result().error().toString();
            return false;
        }
    }
    return true;
}

} // namespace

class TestPlaintext : public QObject
{
    Q_OBJECT
private slots:
    void noPlaintextInEncryptedStoreFiles();
    void scanFindsTextInUnencryptedStore();
};

void TestPlaintext::noPlaintextInEncryptedStoreFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    const QByteArray key = testutil::randomKey();
    store::RecordStore store;
    auto opened = store.open(path, key);
    opened.waitForFinished();
    QVERIFY(opened.result().ok());
    QVERIFY(saveMarkedRecords(store, 200));

    // Open: the records are in the WAL, not yet checkpointed.
    QVERIFY2(storeFiles(dir.path()).contains(QStringLiteral("store.db-wal")),
             qPrintable(storeFiles(dir.path()).join(u',')));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    QCOMPARE(filesContainingMarker(dir.path()), QStringList());

    // After an explicit checkpoint the pages are in the main file.
    {
        auto db = sql::Database::open(path, key);
        QVERIFY(db.ok());
        auto checkpoint = db.value().queryText(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY2(checkpoint.ok(), qPrintable(checkpoint.error().toString()));
        QCOMPARE(db.value().queryInt(QStringLiteral("SELECT count(*) FROM records")).value(), 200);
    }
    QCOMPARE(filesContainingMarker(dir.path()), QStringList());

    // And after the store is closed (its last connection checkpoints as it goes).
    store.close();
    QCOMPARE(filesContainingMarker(dir.path()), QStringList());
    QVERIFY(QFileInfo(path).size() > 200 * 200); // the records really are in there
}

void TestPlaintext::scanFindsTextInUnencryptedStore()
{
    QTemporaryDir dir;
    store::RecordStore store;
    auto opened = store.open(dir.filePath(QStringLiteral("plain.db")), {});
    opened.waitForFinished();
    QVERIFY(opened.result().ok());
    QVERIFY(saveMarkedRecords(store, 20));
    const QStringList found = filesContainingMarker(dir.path());
    QVERIFY2(found.contains(QStringLiteral("plain.db-wal")), qPrintable(found.join(u',')));
}

QTEST_GUILESS_MAIN(TestPlaintext)
#include "tst_plaintext.moc"
