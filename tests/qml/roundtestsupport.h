#pragma once
// What the round and visit Quick Tests need from C++: the office's records pushed to a device as
// sync would (rota, person, care plan, entry codes), the NMEA logs to replay as the location, and
// what ended up in the store and its outbox afterwards.
#include "ui/appsession.h"
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class RoundTestSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit RoundTestSupport(QObject *parent = nullptr)
        : QObject(parent)
    { }

    // A visit for Edie that started `minutesAgo` minutes ago, assigned to the test user, whose
    // care plan's morning tasks are personal care, breakfast and medication, with a key safe code.
    // True once saved.
    Q_INVOKABLE bool seedMorningVisit(careround::ui::AppSession *session, const QString &visitId,
                                      int minutesAgo);
    // An NMEA log from tests/unit/location/data ("inside_radius", "no_fix", …).
    Q_INVOKABLE QString nmeaLog(const QString &name) const;
    // Types of the visit's records in the store, in clock order.
    Q_INVOKABLE QStringList storedTypes(careround::ui::AppSession *session, const QString &visitId);
    // Types of the visit's records that are waiting in the outbox to be pushed.
    Q_INVOKABLE QStringList outboxTypes(careround::ui::AppSession *session, const QString &visitId);
    // What the sync engine would report, for the sync bar: online, records waiting, syncing, and
    // the last problem ("" for none).
    Q_INVOKABLE void setSyncState(careround::ui::AppSession *session, bool online, int pending,
                                  bool syncing, double progress, const QString &lastError);
    // A stored record's payload field (first record of the type), for checks.
    Q_INVOKABLE QVariant storedField(careround::ui::AppSession *session, const QString &visitId,
                                     const QString &type, const QString &field);
};
