#pragma once
// What the sync bar shows on every page: whether the network is there, how many records are
// saved on this device but not yet received by the office, when the last sync succeeded, what
// sync is doing now (with progress) and the last problem in words. The sync engine writes it
// (setters), QML reads it and asks for a sync with syncNow(). Holds state only: no rules here
// beyond the wording, which is tested.
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace careround::sync {
class SyncEngine;
}

namespace careround::ui {

class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The session owns the sync status: use session.syncStatus")

    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(QString phaseText READ phaseText NOTIFY phaseChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY phaseChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1, or -1 when unknown
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY pendingTextChanged)
    Q_PROPERTY(
        QDateTime lastSuccessfulSync READ lastSuccessfulSync NOTIFY lastSuccessfulSyncChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY lastSyncTextChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(qint64 clockSkewMs READ clockSkewMs NOTIFY clockSkewChanged)
    // Records the office refused: kept on this device, not waiting to be sent (not in
    // pendingCount), offered again only by syncNow(). refusedRecords: [{recordId, type, at,
    // reason}], oldest first, with `at` in words.
    Q_PROPERTY(int refusedCount READ refusedCount NOTIFY refusedChanged)
    Q_PROPERTY(QString refusedText READ refusedText NOTIFY refusedChanged)
    Q_PROPERTY(QVariantList refusedRecords READ refusedRecords NOTIFY refusedChanged)

public:
    enum Phase { Idle, Connecting, Pushing, Pulling, Purging, Waiting, Offline };
    Q_ENUM(Phase)

    explicit SyncStatus(QObject *parent = nullptr);

    bool online() const { return m_online; }
    Phase phase() const { return m_phase; }
    QString phaseText() const;
    bool syncing() const;
    double progress() const { return m_progress; }
    int pendingCount() const { return m_pendingCount; }
    QString pendingText() const;
    QDateTime lastSuccessfulSync() const { return m_lastSuccessfulSync; }
    QString lastSyncText() const; // "Last synced 5 minutes ago", relative to now
    QString lastError() const { return m_lastError; }
    qint64 clockSkewMs() const { return m_clockSkewMs; }
    struct Refused
    {
        QString recordId;
        QString type;
        QDateTime at; // when it was recorded
        QString reason; // the office's words
    };
    int refusedCount() const { return int(m_refused.size()); }
    QString refusedText() const;
    QVariantList refusedRecords() const;

    // Shows what `engine` does from now on (phase, progress, errors, last success, clock skew).
    void follow(sync::SyncEngine *engine);
    // Written by the sync engine and the session.
    void setOnline(bool online);
    void setPhase(Phase phase);
    void setProgress(double progress);
    void setPendingCount(int count);
    void setLastSuccessfulSync(const QDateTime &at);
    void setLastError(const QString &message);
    // Whether the latest sync cycle succeeded: after a failed one (a pull that could not be read)
    // the bar never says everything is with the office.
    void setLastCycleOk(bool ok);
    void setClockSkewMs(qint64 skewMs);
    void setRefused(const QList<Refused> &refused);
    // For tests of the wording: the moment lastSyncText is measured from (default: now).
    void setNowForTests(const QDateTime &now);

    Q_INVOKABLE void syncNow(); // a person asked for a sync: emits syncRequested

signals:
    void onlineChanged();
    void phaseChanged();
    void progressChanged();
    void pendingCountChanged();
    void lastSuccessfulSyncChanged();
    void lastSyncTextChanged();
    void pendingTextChanged();
    void lastErrorChanged();
    void clockSkewChanged();
    void refusedChanged();
    void syncRequested();

private:
    QDateTime now() const;

    bool m_online = false;
    Phase m_phase = Idle;
    double m_progress = -1;
    int m_pendingCount = 0;
    QDateTime m_lastSuccessfulSync;
    QString m_lastError;
    bool m_lastCycleOk = true;
    qint64 m_clockSkewMs = 0;
    QList<Refused> m_refused;
    QDateTime m_nowForTests;
    QTimer m_minuteTick; // "5 minutes ago" moves on by itself
};

} // namespace careround::ui
