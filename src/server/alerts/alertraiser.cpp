#include "alertraiser.h"

#include "conflictrules.h"
#include "core/recordtypes.h"
#include "incidentalerts.h"
#include "server/http/jsonlog.h"
#include "server/storage/recordscan.h"

namespace careround::server::alerts {

namespace {

QString type(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

AlertRaiser::AlertRaiser(ServerStore &store)
    : m_store(store)
{ }

// The records that could clash with `record`: same person, same type, near its care day, and
// every amendment of that person (a withdrawal may come days later).
Result<QList<Record>> AlertRaiser::clashCandidates(const QString &orgId, const Record &record)
{
    RecordQuery query;
    query.orgId = orgId;
    query.personIds = {record.personId};
    query.types = {record.type, type(RecordType::Amendment)};
    const int slack =
        record.type == type(RecordType::VisitCheckIn) ? 1 : 0; // a round past midnight
    query.windowFrom = record.careDay.addDays(-slack);
    query.windowTo = record.careDay.addDays(slack);
    query.windowExemptTypes = {type(RecordType::Amendment)};
    auto found = scanRecords(m_store, query);
    if (!found)
        return found.error();
    return recordsOf(found.value());
}

Result<QString> AlertRaiser::medicineWords(const QString &orgId, const QString &orderId)
{
    auto order = m_store.record(orgId, orderId);
    if (!order)
        return order.error();
    if (!order.value())
        return QString();
    const QJsonObject &p = order.value()->record.payload;
    QStringList words;
    for (const char *key : {"medicine", "strength", "formulation"}) {
        const QString word = p.value(QLatin1String(key)).toString();
        if (!word.isEmpty())
            words.append(word);
    }
    return words.join(QLatin1Char(' '));
}

Result<QList<Record>> AlertRaiser::raiseFor(const QString &orgId, const QString &deviceId,
                                            const QList<Record> &landed, const QDateTime &now)
{
    QList<const Record *> incidents;
    QList<QList<Record>> clashes;
    QSet<QString> keysSeen;
    for (const Record &record : landed) {
        if (record.type == type(RecordType::Incident))
            incidents.append(&record);
        const QString key = conflictKey(record);
        if (key.isEmpty() || keysSeen.contains(key))
            continue;
        keysSeen.insert(key);
        auto candidates = clashCandidates(orgId, record);
        if (!candidates)
            return candidates.error();
        const QList<Record> clash = clashOn(key, candidates.value());
        if (clash.size() >= 2)
            clashes.append(clash);
    }
    if (incidents.isEmpty() && clashes.isEmpty())
        return QList<Record>();

    auto users = m_store.usersInOrg(orgId);
    if (!users)
        return users.error();
    QHash<QString, QString> names;
    for (const User &user : users.value())
        names.insert(user.id, user.displayName);
    QList<Record> alerts;
    for (const Record *incident : incidents)
        alerts.append(incidentAlert(*incident, names.value(incident->authorUserId)));
    for (const QList<Record> &clash : clashes) {
        ConflictNames words {names, {}};
        if (clash.first().type == type(RecordType::MedicationAdministration)) {
            auto medicine = medicineWords(
                orgId, clash.first().payload.value(QLatin1String("orderId")).toString());
            if (!medicine)
                return medicine.error();
            words.medicine = medicine.value();
        }
        alerts.append(conflictAlert(clash, words));
    }

    auto stored =
        m_store.putRecords(PutContext {orgId, serverAuthorId(), deviceId, now, false}, alerts);
    if (!stored)
        return stored.error();
    QList<Record> raised;
    for (int i = 0; i < alerts.size(); ++i) {
        const PutResult &result = stored.value().at(i);
        if (result.status != PutStatus::Rejected) {
            raised.append(alerts.at(i));
        } else if (result.error.field != QLatin1String("id")) {
            // "id" = raised before in other words (a renamed worker): the alert exists already.
            http::JsonLog::error(QStringLiteral("alert_refused"),
                                 {{QStringLiteral("alert_id"), alerts.at(i).id},
                                  {QStringLiteral("detail"), result.error.toString().left(200)}});
        }
    }
    return raised;
}

} // namespace careround::server::alerts
