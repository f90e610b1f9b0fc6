#pragma once
// Valid records of each type the server cares about, for tests. Payloads follow core's
// record types (src/core/recordtypes.h); ids are fresh UUIDv7s.
#include "core/record.h"
#include <QDateTime>
#include <QStringList>

namespace careround::server::test {

class RecordFactory
{
public:
    RecordFactory(QString authorUserId, QString deviceId);

    Record person(const QString &personId, const QString &name = QStringLiteral("Edith Clarke"));
    Record carePlan(const QString &personId);
    Record medicationOrder(const QString &personId);
    // A version of a rota visit; pass the same visitId again for a new version.
    Record visit(const QString &personId, const QDateTime &plannedStart,
                 const QStringList &workerIds, const QString &visitId = QString(),
                 int minutes = 30);
    // A care-team communication-book entry: a clinical record about a person that needs no visit.
    Record teamNote(const QString &personId, const QDate &careDay,
                    const QString &text = QStringLiteral("Ate well."));
    Record commbook(const QString &personId, const QString &audience, const QString &text,
                    const QDate &careDay);
    Record checkOut(const QString &personId, const QString &visitId, const QDate &careDay);

    void setAuthor(const QString &authorUserId, const QString &deviceId);
    Record base(const QString &type, const QString &personId, const QDate &careDay);

private:
    QString m_author;
    QString m_device;
};

QString newPersonId();

} // namespace careround::server::test
