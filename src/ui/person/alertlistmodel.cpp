#include "alertlistmodel.h"

#include "alertwords.h"
#include "ui/commbook/commbookwords.h"
#include <QJsonArray>
#include <algorithm>

namespace careround::ui {

namespace {

QString field(const Record &r, const char *key)
{
    return r.payload.value(QLatin1String(key)).toString();
}

bool aboutVisit(const Record &alert, const QString &visitId, const QSet<QString> &visitRecordIds)
{
    if (alert.visitId == visitId)
        return true;
    const QJsonArray related = alert.payload.value(QLatin1String("relatedRecordIds")).toArray();
    return std::any_of(related.begin(), related.end(), [&](const QJsonValue &id) {
        return visitRecordIds.contains(id.toString());
    });
}

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void AlertListModel::setAlerts(QList<Record> alerts, const QDateTime &now, const QString &visitId,
                               const QSet<QString> &visitRecordIds)
{
    if (!visitId.isEmpty())
        alerts.removeIf([&](const Record &a) { return !aboutVisit(a, visitId, visitRecordIds); });
    std::sort(alerts.begin(), alerts.end(), [](const Record &a, const Record &b) {
        return b.hlc < a.hlc || (a.hlc == b.hlc && a.id > b.id);
    });
    // One alert delivered twice (raised on the device and by the server) counts once.
    QSet<QString> seen;
    alerts.removeIf([&](const Record &a) {
        if (seen.contains(a.id))
            return true;
        seen.insert(a.id);
        return false;
    });
    const int before = count();
    beginResetModel();
    m_alerts = std::move(alerts);
    m_now = now;
    endResetModel();
    if (before != count())
        emit countChanged();
}

int AlertListModel::urgentCount() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(), [](const Record &a) {
        return field(a, "severity") == QLatin1String("urgent");
    }));
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &a = m_alerts.at(index.row());
    switch (role) {
    case RecordIdRole:
        return a.id;
    case RuleRole:
        return field(a, "rule");
    case Qt::DisplayRole:
    case TitleRole: {
        const QString severity = AlertWords::severityWords(field(a, "severity"));
        const QString rule = AlertWords::ruleWords(field(a, "rule"));
        //: e.g. "Urgent: Incident reported"
        return severity.isEmpty() ? rule : tr("%1: %2").arg(severity, rule);
    }
    case SummaryRole:
        return field(a, "summary");
    case WhenTextRole:
        return CommbookWords::when(a.deviceTime, m_now);
    case ToneRole:
        return AlertWords::tone(field(a, "severity"));
    case VisitIdRole:
        return a.visitId;
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertListModel::roleNames() const
{
    return {{RecordIdRole, "recordId"}, {RuleRole, "rule"},         {TitleRole, "title"},
            {SummaryRole, "summary"},   {WhenTextRole, "whenText"}, {ToneRole, "tone"},
            {VisitIdRole, "visitId"}};
}

} // namespace careround::ui
