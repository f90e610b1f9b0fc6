#include "visitsummarymodel.h"

#include <QLocale>
#include <algorithm>

namespace careround::ui {

VisitSummaryModel::VisitSummaryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void VisitSummaryModel::setSummaries(QList<Record> summaries, const QDateTime &now)
{
    std::sort(summaries.begin(), summaries.end(), [](const Record &a, const Record &b) {
        return b.hlc < a.hlc || (a.hlc == b.hlc && a.id > b.id);
    });
    const int before = count();
    beginResetModel();
    m_rows = std::move(summaries);
    m_now = now;
    endResetModel();
    if (before != count())
        emit countChanged();
}

int VisitSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant VisitSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case RecordIdRole:
        return r.id;
    case Qt::DisplayRole:
    case DateTextRole: {
        const QDate day =
            QDate::fromString(r.payload.value(QLatin1String("date")).toString(), Qt::ISODate);
        const QDate today = m_now.toLocalTime().date();
        if (day == today)
            return tr("Today");
        if (day == today.addDays(-1))
            return tr("Yesterday");
        return locale.toString(day,
                               day.year() == today.year() ? QStringLiteral("dddd d MMMM")
                                                          : QStringLiteral("d MMMM yyyy"));
    }
    case DetailRole: {
        const QDateTime done = QDateTime::fromString(
            r.payload.value(QLatin1String("completedAt")).toString(), Qt::ISODate);
        const QString time = done.toLocalTime().time().toString(QStringLiteral("HH:mm"));
        const QString worker = r.payload.value(QLatin1String("workerFirstName")).toString();
        if (worker.isEmpty())
            return tr("Visit finished at %1").arg(time);
        //: e.g. "Amira finished the visit at 08:45"
        return tr("%1 finished the visit at %2").arg(worker, time);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitSummaryModel::roleNames() const
{
    return {{RecordIdRole, "recordId"}, {DateTextRole, "dateText"}, {DetailRole, "detail"}};
}

} // namespace careround::ui
