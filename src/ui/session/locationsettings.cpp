#include "locationsettings.h"

#include "location/fixrequest.h"
#include "location/positionsources.h"
#include <QGeoPositionInfoSource>

namespace careround::ui {

LocationSettings::LocationSettings(QObject *parent)
    : QObject(parent)
{ }

void LocationSettings::setNmeaFile(const QString &file)
{
    if (m_nmeaFile == file)
        return;
    m_nmeaFile = file;
    emit changed();
}

void LocationSettings::setFixTimeoutMs(int ms)
{
    if (ms <= 0 || m_policy.timeoutMs == ms)
        return;
    m_policy.timeoutMs = ms;
    emit changed();
}

std::unique_ptr<location::FixRequest> LocationSettings::newRequest() const
{
    return std::make_unique<location::FixRequest>(location::createPositionSource(m_nmeaFile));
}

} // namespace careround::ui
