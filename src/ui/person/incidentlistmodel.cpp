#include "incidentlistmodel.h"

#include "alertwords.h"
#include "ui/commbook/commbookwords.h"
#include "ui/common/correctedrecords.h"
#include "ui/visit/visitpayloads.h"
#include <QJsonArray>
#include <algorithm>

namespace careround::ui {

namespace {

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void IncidentListModel::setIncidents(const QList<Record> &records, const QList<Record> &alerts,
                                     const QSet<QString> &pending,
                                     const QHash<QString, QString> &names, const QDateTime &now)
{
    QList<Record> rows = correctedRecords(records);
    std::sort(rows.begin(), rows.end(), [](const Record &a, const Record &b) {
        return b.hlc < a.hlc || (a.hlc == b.hlc && a.id > b.id);
    });
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    m_alertSeverity.clear();
    for (const Record &alert : alerts) {
        if (field(alert.payload, "rule") != QLatin1String("incident"))
            continue;
        for (const QJsonValue &id :
             alert.payload.value(QLatin1String("relatedRecordIds")).toArray())
            m_alertSeverity.insert(id.toString(), field(alert.payload, "severity"));
    }
    m_pending = pending;
    m_names = names;
    m_now = now;
    endResetModel();
    if (before != count())
        emit countChanged();
}

QString IncidentListModel::officeText(const Record &incident) const
{
    if (m_pending.contains(incident.id))
        return tr("Saved on this phone, not sent yet: the office will be alerted as soon as it is "
                  "sent.");
    const auto alerted = m_alertSeverity.constFind(incident.id);
    if (alerted != m_alertSeverity.constEnd())
        //: e.g. "The office has it and has been alerted (urgent)."
        return tr("The office has it and has been alerted (%1).")
            .arg(AlertWords::severityWords(*alerted).toLower());
    return tr("Sent to the office, which is alerted to every incident.");
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &r = m_rows.at(index.row());
    const QJsonObject &p = r.payload;
    switch (role) {
    case RecordIdRole:
        return r.id;
    case Qt::DisplayRole:
    case TitleRole:
        //: kind and severity, e.g. "Fall · Serious"
        return tr("%1 \u00b7 %2")
            .arg(VisitPayloads::incidentKindWords(field(p, "kind")),
                 VisitPayloads::severityWords(field(p, "severity")));
    case WhenTextRole: {
        const QDateTime at = QDateTime::fromString(field(p, "occurredAt"), Qt::ISODateWithMs);
        return tr("Happened %1").arg(CommbookWords::when(at, m_now));
    }
    case DescriptionRole:
        return field(p, "description");
    case ActionTakenRole:
        return field(p, "actionTaken");
    case ToldTextRole: {
        QStringList told;
        for (const QJsonValue &v : p.value(QLatin1String("reportedTo")).toArray()) {
            const QJsonObject o = v.toObject();
            const QDateTime at = QDateTime::fromString(field(o, "at"), Qt::ISODateWithMs);
            //: who was told, how and when, e.g. "The office by phone today at 09:45"
            told.append(tr("%1 %2 %3")
                            .arg(field(o, "who"),
                                 VisitPayloads::reportMethodWords(field(o, "how")).toLower(),
                                 CommbookWords::when(at, m_now)));
        }
        return told.isEmpty() ? QString() : tr("Told: %1").arg(told.join(QStringLiteral("; ")));
    }
    case ByTextRole: {
        const QString said = field(p, "authorName");
        const QString name = said.isEmpty() ? m_names.value(r.authorUserId) : said;
        return name.isEmpty() ? tr("Written by someone from the care team")
                              : tr("Written by %1").arg(name);
    }
    case OfficeTextRole:
        return officeText(r);
    case SafeguardingRole:
        return field(p, "kind") == QLatin1String("safeguarding");
    case PendingRole:
        return m_pending.contains(r.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},
            {TitleRole, "title"},
            {WhenTextRole, "whenText"},
            {DescriptionRole, "description"},
            {ActionTakenRole, "actionTaken"},
            {ToldTextRole, "toldText"},
            {ByTextRole, "byText"},
            {OfficeTextRole, "officeText"},
            {SafeguardingRole, "safeguarding"},
            {PendingRole, "pending"}};
}

} // namespace careround::ui
