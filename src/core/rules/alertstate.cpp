#include "alertstate.h"

#include "core/recordtypes.h"
#include <QSet>
#include <algorithm>

namespace careround {

const QStringList &alertActionNames()
{
    static const QStringList names {QString::fromLatin1(AlertActionName::Acknowledge),
                                    QString::fromLatin1(AlertActionName::Assign),
                                    QString::fromLatin1(AlertActionName::Resolve)};
    return names;
}

QString alertStatusName(AlertStatus status)
{
    switch (status) {
    case AlertStatus::Open:
        return QStringLiteral("open");
    case AlertStatus::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlertStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("open");
}

namespace {

QString text(const Record &record, const char *key)
{
    return record.payload.value(QLatin1String(key)).toString();
}

} // namespace

AlertState foldAlertActions(const QString &alertId, const QList<Record> &records)
{
    QList<const Record *> actions;
    QSet<QString> seen;
    for (const Record &record : records) {
        if (record.type != QLatin1String(RecordType::AlertAction)
            || text(record, "alertId") != alertId || seen.contains(record.id))
            continue;
        seen.insert(record.id);
        actions.append(&record);
    }
    std::sort(actions.begin(), actions.end(), [](const Record *a, const Record *b) {
        return a->hlc != b->hlc ? a->hlc < b->hlc : a->id < b->id;
    });
    AlertState state;
    for (const Record *record : actions) {
        AlertHistoryEntry entry {record->id,
                                 text(*record, "action"),
                                 record->authorUserId,
                                 record->deviceTime.toUTC(),
                                 record->hlc,
                                 text(*record, "note"),
                                 text(*record, "assigneeUserId"),
                                 state.status != AlertStatus::Resolved};
        if (entry.effective) {
            if (state.status == AlertStatus::Open) {
                state.status = AlertStatus::Acknowledged;
                state.acknowledgedBy = entry.byUserId;
                state.acknowledgedAt = entry.at;
            }
            if (entry.action == QLatin1String(AlertActionName::Assign)) {
                state.assigneeUserId = entry.assigneeUserId;
            } else if (entry.action == QLatin1String(AlertActionName::Resolve)) {
                state.status = AlertStatus::Resolved;
                state.resolvedBy = entry.byUserId;
                state.resolvedAt = entry.at;
                state.resolutionNote = entry.note;
            }
        }
        state.history.append(entry);
    }
    return state;
}

Result<void> checkAlertAction(const AlertState &state, const QString &action,
                              const QString &assigneeUserId)
{
    if (!alertActionNames().contains(action))
        return Error {QStringLiteral("action"),
                      QStringLiteral("must be acknowledge, assign or resolve")};
    if (state.status == AlertStatus::Resolved)
        return Error {QStringLiteral("action"), QStringLiteral("the alert is resolved already")};
    if (action == QLatin1String(AlertActionName::Acknowledge) && state.status != AlertStatus::Open)
        return Error {QStringLiteral("action"),
                      QStringLiteral("the alert is acknowledged already")};
    if (action == QLatin1String(AlertActionName::Assign) && assigneeUserId == state.assigneeUserId)
        return Error {QStringLiteral("assigneeUserId"),
                      QStringLiteral("the alert is assigned to them already")};
    return {};
}

int alertSeverityRank(const QString &severity)
{
    if (severity == QLatin1String("urgent"))
        return 3;
    if (severity == QLatin1String("warning"))
        return 2;
    return severity == QLatin1String("info") ? 1 : 0;
}

} // namespace careround
