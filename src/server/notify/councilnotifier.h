#pragma once
// Council notifications (docs/alerts.md): one pass (1) turns the alerts stored since the
// organisation's outbox cursor into outbox rows — the core rule councilnotices.h decides which
// and what — in one transaction with the cursor, so an alert is never skipped across a crash;
// then (2) takes each due row for one attempt (the claim already schedules the retry, with
// backoff), sends it, and marks it delivered. At least once: a crash between the send and the
// mark repeats the send, with the same Message-ID / Idempotency-Key.
#include "core/result.h"
#include "councilconfig.h"
#include "server/storage/serverstore.h"
#include <functional>

namespace careround::server::notify {

struct NotifierPass
{
    int enqueued = 0;
    int delivered = 0;
    int failed = 0;
    bool moreDue = false; // the pass stopped at its batch size
};

class CouncilNotifier
{
public:
    using Clock = std::function<QDateTime()>;
    CouncilNotifier(ServerStore &store, CouncilConfig config, Clock clock);

    Result<NotifierPass> runPass();
    // The wait before attempt n + 1 after n attempts: 30 s doubling, at most an hour.
    static qint64 backoffSeconds(int attemptsSoFar);
    static constexpr int BatchSize = 50;

private:
    Result<int> enqueue(const QString &orgId);
    Result<void> deliver(const CouncilNotification &notification, const QDateTime &now);

    ServerStore &m_store;
    CouncilConfig m_config;
    Clock m_clock;
};

} // namespace careround::server::notify
