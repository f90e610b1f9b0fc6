#pragma once
// Where check-in fixes come from and how long to wait for one. The app sets nmeaFile from its
// --nmea-file option (a replayed NMEA log, for demos); otherwise the platform's own position source
// is used. Also the radius and accuracy that verify a fix (location/locationevidence.h).
#include "location/locationevidence.h"
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace careround::location {
class FixRequest;
}

namespace careround::ui {

class LocationSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString nmeaFile READ nmeaFile WRITE setNmeaFile NOTIFY changed)
    Q_PROPERTY(int fixTimeoutMs READ fixTimeoutMs WRITE setFixTimeoutMs NOTIFY changed)
    Q_PROPERTY(double radiusM READ radiusM CONSTANT)
    Q_PROPERTY(double maxAccuracyM READ maxAccuracyM CONSTANT)

public:
    explicit LocationSettings(QObject *parent = nullptr);

    QString nmeaFile() const { return m_nmeaFile; }
    void setNmeaFile(const QString &file);
    int fixTimeoutMs() const { return m_policy.timeoutMs; }
    void setFixTimeoutMs(int ms);
    double radiusM() const { return m_policy.radiusM; }
    double maxAccuracyM() const { return m_policy.maxAccuracyM; }
    const location::LocationPolicy &policy() const { return m_policy; }

    // A request for one fix from a fresh source (not started).
    std::unique_ptr<location::FixRequest> newRequest() const;

signals:
    void changed();

private:
    QString m_nmeaFile;
    location::LocationPolicy m_policy;
};

} // namespace careround::ui
