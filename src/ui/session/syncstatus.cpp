#include "syncstatus.h"

#include "sync/syncengine.h"
#include "ui/common/durationtext.h"
#include "ui/common/wallclock.h"

#include <QLocale>
#include <QVariantMap>

#include <algorithm>

namespace careround::ui {

namespace {
SyncStatus::Phase statusPhase(sync::SyncEngine::Phase phase)
{
    using P = sync::SyncEngine::Phase;
    switch (phase) {
    case P::Idle:
        return SyncStatus::Idle;
    case P::Connecting:
        return SyncStatus::Connecting;
    case P::Pushing:
        return SyncStatus::Pushing;
    case P::Pulling:
        return SyncStatus::Pulling;
    case P::Purging:
        return SyncStatus::Purging;
    case P::Waiting:
        return SyncStatus::Waiting;
    case P::Offline:
        return SyncStatus::Offline;
    }
    return SyncStatus::Idle;
}
} // namespace

void SyncStatus::follow(sync::SyncEngine *engine)
{
    connect(engine, &sync::SyncEngine::phaseChanged, this,
            [this](sync::SyncEngine::Phase phase) { setPhase(statusPhase(phase)); });
    connect(engine, &sync::SyncEngine::progressChanged, this, &SyncStatus::setProgress);
    connect(engine, &sync::SyncEngine::onlineChanged, this, &SyncStatus::setOnline);
    connect(engine, &sync::SyncEngine::lastErrorChanged, this, &SyncStatus::setLastError);
    connect(engine, &sync::SyncEngine::synced, this, &SyncStatus::setLastSuccessfulSync);
    connect(engine, &sync::SyncEngine::cycleFinished, this, &SyncStatus::setLastCycleOk);
    connect(engine, &sync::SyncEngine::clockSkewChanged, this, &SyncStatus::setClockSkewMs);
    connect(engine, &sync::SyncEngine::refusedChanged, this, [this, engine] {
        QList<Refused> refused;
        for (const store::RefusedEntry &entry : engine->refusedRecords())
            refused.append({entry.recordId, entry.type, entry.deviceTime, entry.reason});
        setRefused(refused);
    });
}

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
{
    m_minuteTick.setInterval(30 * 1000);
    connect(&m_minuteTick, &QTimer::timeout, this, &SyncStatus::lastSyncTextChanged);
    m_minuteTick.start();
}

QString SyncStatus::phaseText() const
{
    switch (m_phase) {
    case Idle:
        return {};
    case Connecting:
        return tr("Connecting to the office…");
    case Pushing:
        return tr("Sending your records…");
    case Pulling:
        return tr("Getting updates…");
    case Purging:
        return tr("Removing records you no longer need…");
    case Waiting:
        return tr("Will try again shortly");
    case Offline:
        return tr("Offline: everything is saved on this device");
    }
    return {};
}

bool SyncStatus::syncing() const
{
    return m_phase == Connecting || m_phase == Pushing || m_phase == Pulling || m_phase == Purging;
}

QString SyncStatus::pendingText() const
{
    // "With the office" only while the latest sync proved it; before that, or after a failed
    // cycle, nothing is claimed.
    if (m_pendingCount == 0 && !m_refused.isEmpty())
        return tr("Nothing waiting to be sent; %n refused by the office", "", refusedCount());
    if (m_pendingCount == 0)
        return m_lastSuccessfulSync.isValid() && m_lastCycleOk ? tr("Everything is with the office")
                                                               : tr("Nothing waiting to be sent");
    return tr("%n record(s) saved on this device, not yet sent", "", m_pendingCount);
}

QString SyncStatus::lastSyncText() const
{
    if (!m_lastSuccessfulSync.isValid())
        return tr("Not synced yet");
    const qint64 seconds = std::max<qint64>(0, m_lastSuccessfulSync.secsTo(now()));
    // Offline, "just now" or "2 minutes ago" read as if the phone were still connected: the
    // clock time says when without implying it (issue 17).
    if (m_phase != Offline && seconds < 60)
        return tr("Last synced just now");
    if (m_phase != Offline && seconds < 3600)
        return tr("Last synced %n minute(s) ago", "", int(seconds / 60));
    return tr("Last synced at %1")
        .arg(DurationText::clockTime(m_lastSuccessfulSync.toLocalTime(), now().toLocalTime()));
}

void SyncStatus::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged();
}

void SyncStatus::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    const bool offlineChanged = (m_phase == Offline) != (phase == Offline);
    m_phase = phase;
    emit phaseChanged();
    if (offlineChanged)
        emit lastSyncTextChanged(); // its words depend on being offline
}

void SyncStatus::setProgress(double progress)
{
    progress = progress < 0 ? -1 : std::min(progress, 1.0);
    if (qFuzzyCompare(m_progress + 2, progress + 2))
        return;
    m_progress = progress;
    emit progressChanged();
}

void SyncStatus::setPendingCount(int count)
{
    count = std::max(0, count);
    if (m_pendingCount == count)
        return;
    m_pendingCount = count;
    emit pendingCountChanged();
    emit pendingTextChanged();
}

QString SyncStatus::refusedText() const
{
    if (m_refused.isEmpty())
        return {};
    //: e.g. "1 record refused by the office, kept on this phone (type: only the office may
    //: write alert records). Tell the office; “Sync now” sends it again."
    return tr("%n record(s) refused by the office, kept on this phone (%1). Tell the office; "
              "\u201cSync now\u201d sends them again.",
              "", refusedCount())
        .arg(m_refused.constFirst().reason);
}

QVariantList SyncStatus::refusedRecords() const
{
    QVariantList list;
    for (const Refused &r : m_refused)
        list.append(QVariantMap {
            {QStringLiteral("recordId"), r.recordId},
            {QStringLiteral("type"), r.type},
            {QStringLiteral("at"), QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat)},
            {QStringLiteral("reason"), r.reason}});
    return list;
}

void SyncStatus::setRefused(const QList<Refused> &refused)
{
    const bool same = refused.size() == m_refused.size()
        && std::equal(refused.cbegin(), refused.cend(), m_refused.cbegin(),
                      [](const Refused &a, const Refused &b) {
                          return a.recordId == b.recordId && a.reason == b.reason;
                      });
    if (same)
        return;
    m_refused = refused;
    emit refusedChanged();
    emit pendingTextChanged();
}

void SyncStatus::setLastSuccessfulSync(const QDateTime &at)
{
    if (m_lastSuccessfulSync == at)
        return;
    m_lastSuccessfulSync = at;
    emit lastSuccessfulSyncChanged();
    emit lastSyncTextChanged();
    emit pendingTextChanged();
}

void SyncStatus::setLastError(const QString &message)
{
    if (m_lastError == message)
        return;
    m_lastError = message;
    emit lastErrorChanged();
}

void SyncStatus::setLastCycleOk(bool ok)
{
    if (m_lastCycleOk == ok)
        return;
    m_lastCycleOk = ok;
    emit pendingTextChanged();
}

void SyncStatus::setClockSkewMs(qint64 skewMs)
{
    if (m_clockSkewMs == skewMs)
        return;
    m_clockSkewMs = skewMs;
    emit clockSkewChanged();
}

void SyncStatus::setNowForTests(const QDateTime &now)
{
    m_nowForTests = now;
    emit lastSyncTextChanged();
}

void SyncStatus::syncNow()
{
    emit syncRequested();
}

QDateTime SyncStatus::now() const
{
    return m_nowForTests.isValid() ? m_nowForTests : wallclock::nowUtc();
}

} // namespace careround::ui
