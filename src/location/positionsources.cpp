#include "positionsources.h"

#include <QFile>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>

namespace careround::location {

std::unique_ptr<QGeoPositionInfoSource> createPositionSource(const QString &nmeaFile)
{
    if (nmeaFile.isEmpty())
        return std::unique_ptr<QGeoPositionInfoSource>(
            QGeoPositionInfoSource::createDefaultSource(nullptr));
    auto file = std::make_unique<QFile>(nmeaFile);
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    auto source =
        std::make_unique<QNmeaPositionInfoSource>(QNmeaPositionInfoSource::SimulationMode);
    source->setUserEquivalentRangeError(NmeaUserEquivalentRangeErrorM);
    file->setParent(source.get()); // the source reads it for as long as it lives
    source->setDevice(file.release());
    return source;
}

} // namespace careround::location
