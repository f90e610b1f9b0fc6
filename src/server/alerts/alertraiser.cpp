#include "alertraiser.h"

#include "conflictrules.h"
#include "core/recordtypes.h"
#include "incidentalerts.h"
#include "refusalalerts.h"
#include "refusedrecordalerts.h"
#include "server/http/jsonlog.h"
#include "server/storage/recordscan.h"

#include <QSet>
#include <algorithm>

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
    const bool refusals =
        std::any_of(landed.cbegin(), landed.cend(), [](const Record &r) { return isRefusal(r); });
    if (incidents.isEmpty() && clashes.isEmpty() && !refusals)
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
    if (refusals) {
        auto streaks = refusalAlerts(orgId, landed, names);
        if (!streaks)
            return streaks.error();
        alerts += streaks.value();
    }
    return store(orgId, deviceId, alerts, now);
}

// The three_refusals alerts of every person a refusal just landed for: that person's tasks,
// doses and amendments of the last RefusalLookbackDays care days.
Result<QList<Record>> AlertRaiser::refusalAlerts(const QString &orgId, const QList<Record> &landed,
                                                 const QHash<QString, QString> &names)
{
    QHash<QString, QDate> latestDay; // person -> the latest care day of a refusal landed
    for (const Record &r : landed)
        if (isRefusal(r) && r.careDay > latestDay.value(r.personId))
            latestDay.insert(r.personId, r.careDay);
    QList<Record> alerts;
    QString failure;
    for (auto it = latestDay.cbegin(); it != latestDay.cend(); ++it) {
        RecordQuery query;
        query.orgId = orgId;
        query.personIds = {it.key()};
        query.types = {type(RecordType::MedicationAdministration), type(RecordType::VisitTask),
                       type(RecordType::Amendment)};
        query.windowFrom = it.value().addDays(-RefusalLookbackDays);
        query.windowTo = it.value().addDays(1); // a round past midnight
        query.windowExemptTypes = {type(RecordType::Amendment)};
        auto found = scanRecords(m_store, query);
        if (!found)
            return found.error();
        Error medicineError;
        const QList<Record> raised =
            threeRefusalsAlerts(recordsOf(found.value()), [&](const RefusalStreak &streak) {
                RefusalNames words {names, {}};
                if (streak.subject.startsWith(QLatin1String("medication:"))) {
                    const QString orderId = streak.subject.mid(11);
                    auto medicine = medicineWords(orgId, orderId);
                    if (!medicine)
                        medicineError = medicine.error();
                    words.subject = medicine && !medicine.value().isEmpty()
                        ? medicine.value()
                        : QStringLiteral("Medication order %1").arg(orderId);
                } else {
                    words.subject = QStringLiteral("\u201c%1\u201d").arg(streak.subject.mid(5));
                }
                return words;
            });
        if (!medicineError.message.isEmpty())
            return medicineError;
        alerts += raised;
    }
    return alerts;
}

Result<QList<Record>> AlertRaiser::raiseForRefused(const QString &orgId, const QString &userId,
                                                   const QString &deviceId,
                                                   const QList<QPair<Record, Error>> &refused,
                                                   const QDateTime &now)
{
    if (refused.isEmpty())
        return QList<Record>();
    auto people = m_store.personIds(orgId);
    if (!people)
        return people.error();
    const QSet<QString> known(people.value().cbegin(), people.value().cend());
    auto user = m_store.user(userId);
    if (!user)
        return user.error();
    auto device = m_store.device(deviceId);
    if (!device)
        return device.error();
    RefusedRecordWords words {userId, user.value() ? user.value()->displayName : QString(),
                              device.value() ? device.value()->label : QString()};
    QList<Record> alerts;
    for (const auto &[record, why] : refused)
        if (known.contains(record.personId))
            alerts.append(recordRefusedAlert(record, why, deviceId, words));
    return store(orgId, deviceId, alerts, now);
}

Result<QList<Record>> AlertRaiser::store(const QString &orgId, const QString &deviceId,
                                         const QList<Record> &alerts, const QDateTime &now)
{
    if (alerts.isEmpty())
        return QList<Record>();
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
