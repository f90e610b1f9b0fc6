#include "todaymodel.h"

#include "appsession.h"
#include "store/recordstore.h"

#include <QLocale>

namespace careround::ui {

TodayModel::TodayModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_day(QDate::currentDate())
{
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(50);
    connect(&m_reloadSoon, &QTimer::timeout, this, &TodayModel::reload);
}

void TodayModel::setSession(AppSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &AppSession::stateChanged, this, &TodayModel::onSessionStateChanged);
        connect(m_session, &AppSession::unlocked, this, &TodayModel::connectStore);
    }
    emit sessionChanged();
    connectStore();
}

void TodayModel::setDay(const QDate &day)
{
    if (m_day == day || !day.isValid())
        return;
    m_day = day;
    emit dayChanged();
    reload();
}

QString TodayModel::dayText() const
{
    return QLocale().toString(m_day, QLocale::LongFormat);
}

void TodayModel::onSessionStateChanged()
{
    if (m_session && m_session->state() == AppSession::Unlocked)
        return; // the store is opened before Unlocked; `unlocked` reloads
    ++m_generation;
    m_reloadSoon.stop();
    setRows({});
    setLoading(false);
}

void TodayModel::connectStore()
{
    store::RecordStore *recordStore = m_session ? m_session->store() : nullptr;
    if (!recordStore)
        return;
    connect(recordStore, &store::RecordStore::saved, this, &TodayModel::onRecordSaved,
            Qt::UniqueConnection);
    connect(recordStore, &store::RecordStore::errorOccurred, this, &TodayModel::onStoreError,
            Qt::UniqueConnection);
    reload();
}

void TodayModel::onRecordSaved()
{
    m_reloadSoon.start();
}

void TodayModel::onStoreError(const QString &message)
{
    setError(tr("Could not read today's records: %1").arg(message));
}

void TodayModel::reload()
{
    store::RecordStore *recordStore = m_session ? m_session->store() : nullptr;
    if (!recordStore)
        return;
    const int generation = ++m_generation;
    setError({});
    setLoading(true);
    recordStore->forDay(m_day).then(this, [this, generation](const QList<Record> &records) {
        if (generation != m_generation)
            return; // locked or reloaded meanwhile
        QList<Row> rows;
        rows.reserve(records.size());
        for (const Record &record : records)
            rows.append(
                Row {record.id, record.type, record.personId, RecordSummaries::describe(record)});
        setRows(std::move(rows));
        setLoading(false);
        emit loaded();
    });
}

void TodayModel::setRows(QList<Row> rows)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (count() != before)
        emit countChanged();
}

void TodayModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void TodayModel::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return row.id;
    case RecordTypeRole:
        return row.type;
    case PersonIdRole:
        return row.personId;
    case TimeTextRole:
        return row.summary.timeText;
    case Qt::DisplayRole:
    case SummaryRole:
        return row.summary.summary;
    case DetailsRole:
        return row.summary.details;
    default:
        return {};
    }
}

QHash<int, QByteArray> TodayModel::roleNames() const
{
    return {
        {RecordIdRole, "recordId"}, {RecordTypeRole, "recordType"}, {PersonIdRole, "personId"},
        {TimeTextRole, "timeText"}, {SummaryRole, "summary"},       {DetailsRole, "details"},
    };
}

} // namespace careround::ui
