#pragma once
// Today's records from the store, for the home page. Loads asynchronously whenever the session
// unlocks, the day changes or a record is saved; empties itself when the session locks, so no
// record stays in memory for a locked screen.
#include "recordsummary.h"
#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class AppSession;

class TodayModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QDate day READ day WRITE setDay NOTIFY dayChanged)
    Q_PROPERTY(QString dayText READ dayText NOTIFY dayChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        RecordTypeRole,
        PersonIdRole,
        TimeTextRole,
        SummaryRole,
        DetailsRole,
    };
    Q_ENUM(Role)

    explicit TodayModel(QObject *parent = nullptr);

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    QDate day() const { return m_day; }
    void setDay(const QDate &day);
    QString dayText() const;
    int count() const { return int(m_rows.size()); }
    bool loading() const { return m_loading; }
    QString errorMessage() const { return m_errorMessage; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the day again (also done automatically on unlock and on every save).
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void dayChanged();
    void countChanged();
    void loadingChanged();
    void errorMessageChanged();
    void loaded(); // a load finished and the rows are current

private:
    struct Row
    {
        QString id;
        QString type;
        QString personId;
        RecordSummary summary;
    };

    void onSessionStateChanged();
    void connectStore();
    void onRecordSaved();
    void onStoreError(const QString &message);
    void setRows(QList<Row> rows);
    void setLoading(bool loading);
    void setError(const QString &message);

    QPointer<AppSession> m_session;
    QDate m_day;
    QList<Row> m_rows;
    bool m_loading = false;
    QString m_errorMessage;
    int m_generation = 0; // a reload or lock makes older results stale
    QTimer m_reloadSoon; // coalesces bursts of saves into one reload
};

} // namespace careround::ui
