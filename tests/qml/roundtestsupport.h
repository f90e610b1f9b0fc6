#pragma once
// What the round and visit Quick Tests need from C++: the office's records pushed to a device as
// sync would (rota, person, care plan, entry codes), the NMEA logs to replay as the location, and
// what ended up in the store and its outbox afterwards.
#include "ui/session/appsession.h"
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
    // Issue 7. Edie's communication book as a care worker's phone holds it: an entry from the
    // office shared with family and one from Ben (worker-2) for the care team only.
    Q_INVOKABLE bool seedBook(careround::ui::AppSession *session);
    // What the server sends Edie's daughter's phone: Edie's name, the office's shared entry and
    // two delivered visits as summaries (by Amira today, by Ben yesterday).
    Q_INVOKABLE bool seedFamilyView(careround::ui::AppSession *session);
    // A supervisor's phone: Amira's (worker-1) visit to Edie, started `minutesAgo` minutes ago.
    Q_INVOKABLE bool seedObservedVisit(careround::ui::AppSession *session, const QString &visitId,
                                       int minutesAgo);
    // Payloads of the person's stored records of a type, in clock order.
    Q_INVOKABLE QVariantList storedPayloads(careround::ui::AppSession *session,
                                            const QString &personId, const QString &type);
    // What sync does when the server lists people to purge (consent withdrawn). True once done.
    Q_INVOKABLE bool purgeAsSyncWould(careround::ui::AppSession *session,
                                      const QStringList &personIds);
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
