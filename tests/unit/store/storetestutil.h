#pragma once
// Helpers shared by the store tests, the crash test and bench_store: random data keys, file
// reading. Sample records are in recordfactory.h.
#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

namespace careround::testutil {

inline QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return key;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace careround::testutil
