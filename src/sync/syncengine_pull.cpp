// SyncEngine: pulling pages after the cursor, each applied with its cursor in one transaction,
// then the purge instructions of the last page and their confirmation.
#include "core/hlc.h"
#include "core/recordtypes.h"
#include "core/timebounds.h"
#include "pulledpage.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "syncengine.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace careround::sync {

namespace {
// A version 2 server's answer names the `after` of the next page here when there is one, so it
// can be asked for before this answer's body has arrived.
constexpr char kPullNextHeader[] = "CareRound-Pull-Next";
constexpr int kFirstPullLimit = 250;

// The office's own records are current whatever their day (the server's window exempts them).
QStringList officeTypes()
{
    // Entry codes go by their own rule (PurgeRequest::entryCodesFor), not by their day.
    return {QString::fromLatin1(RecordType::Person), QString::fromLatin1(RecordType::CarePlan),
            QString::fromLatin1(RecordType::MedicationOrder),
            QString::fromLatin1(RecordType::Visit),
            QString::fromLatin1(RecordType::PersonEntryCodes)};
}
} // namespace

void SyncEngine::pullNext()
{
    setPhase(Phase::Pulling);
    ++m_pullGeneration;
    m_serverProtocol = 1; // until this cycle's first answer says otherwise
    m_applying = false;
    m_pulled.clear();
    // A cycle's first page is small: it arrives sooner, so decoding and storing start while the
    // server reads the next, and a cycle with little to pull has its one page quickly.
    requestPage(m_cursor, std::min(m_config.pullLimit, kFirstPullLimit));
}

// Asks for the page after `after`. A request made while earlier pages are still on their way,
// decoded or stored (after != the stored cursor) names the cursor applied so far, and only a
// version 2 server may take it: it counts only `applied` as acknowledged, so a page that never
// gets stored is sent again. (A backfill page may lead back below the stored cursor: then
// `after` itself is safe to acknowledge.)
void SyncEngine::requestPage(qint64 after, int limit)
{
    QString path = QStringLiteral("/v1/sync/pull?after=%1&limit=%2").arg(after).arg(limit);
    const bool ahead = after != m_cursor;
    if (ahead)
        path += QStringLiteral("&applied=%1").arg(std::min(m_cursor, after));
    const int generation = m_pullGeneration;
    const int id = ++m_lastPulledId;
    m_pulled.push_back({id, std::nullopt, false, {}, std::nullopt});
    authed(
        "GET", path, {},
        [this, generation, id](const SyncReply &reply) {
            if (generation != m_pullGeneration)
                return; // its cycle (or pull phase) has ended
            pageAnswered(id, reply);
        },
        ahead ? QByteArrayLiteral("2") : QByteArrayLiteral("2, 1"), kPullNextHeader,
        [this, generation, id](int status, const QByteArray &next) {
            // A version 2 server names the next page in a header: it is asked for while this
            // one's body is still arriving.
            bool ok = false;
            const qint64 after = next.toLongLong(&ok);
            if (generation != m_pullGeneration || status != 200 || !ok || after < 0)
                return;
            if (PulledAnswer *answer = pulledAnswer(id); answer && !answer->next) {
                m_serverProtocol = std::max(m_serverProtocol, 2);
                answer->next = after;
                requestAhead();
            }
        });
}

SyncEngine::PulledAnswer *SyncEngine::pulledAnswer(int id)
{
    for (PulledAnswer &answer : m_pulled) {
        if (answer.id == id)
            return &answer;
    }
    return nullptr;
}

void SyncEngine::pageAnswered(int id, const SyncReply &reply)
{
    PulledAnswer *answer = pulledAnswer(id);
    if (!answer)
        return;
    answer->reply = reply;
    if (!reply.ok()) {
        answer->page = Error {};
        applyPulled();
        return;
    }
    m_serverProtocol = reply.protocol();
    const QJsonValue next = reply.json.value(QLatin1String("next_after"));
    if (!answer->next && reply.json.value(QLatin1String("has_more")).toBool() && next.isDouble()
        && next.toDouble() >= 0)
        answer->next = qint64(next.toDouble());
    requestAhead(); // travels while this one is decoded
    const int generation = m_pullGeneration;
    // The decoding task holds the page's JSON from here on, so the whole document is freed on its
    // thread rather than on this (GUI) thread.
    answer->reply.json = {};
    const auto decoded =
        QtConcurrent::run(&m_pool, [json = reply.json] { return decodePulledPage(json); });
    whenFinished(decoded, this, [this, generation, id](const Result<PulledPage> &page) {
        if (generation != m_pullGeneration)
            return;
        if (PulledAnswer *decoded = pulledAnswer(id))
            decoded->page = page;
        applyPulled();
    });
}

// With a version 2 server, the page after the newest one asked for is asked for as soon as its
// position is known (from its answer's header or body), up to MaxPagesAhead pages not yet stored:
// the server, the decoding and the store then work on different pages at the same time. While
// the newest request is unanswered its `next` is unknown, so at most one request is waiting on
// the server.
void SyncEngine::requestAhead()
{
    constexpr qsizetype MaxPagesAhead = 3;
    if (m_pulled.empty() || m_pulled.size() >= MaxPagesAhead || !m_config.pipelinePulls
        || m_serverProtocol < 2)
        return;
    PulledAnswer &newest = m_pulled.back();
    if (!newest.next || newest.nextAsked)
        return;
    newest.nextAsked = true;
    requestPage(*newest.next, m_config.pullLimit);
}

// Stores decoded answers in the order they were asked for, one at a time.
void SyncEngine::applyPulled()
{
    if (m_applying || m_pulled.empty() || !m_pulled.front().page)
        return;
    const PulledAnswer answer = std::move(m_pulled.front());
    m_pulled.pop_front();
    if (!answer.reply.ok()) {
        failCycle(answer.reply);
        return;
    }
    if (!*answer.page) {
        failCycle(tr("A record from the office could not be read (%1). Update the "
                     "app.")
                      .arg(answer.page->error().toString()));
        return;
    }
    applyPage(answer.page->value());
    requestAhead();
}

void SyncEngine::applyPage(const PulledPage &page)
{
    // Later local records are stamped after what arrived, but never after a clock more than a
    // day ahead of the office's time (this device's clock corrected by the skew the office
    // measured, device - office): one broken phone in 2099 must not drag this one along.
    const qint64 officeNowMs = m_transport->wallNow() - m_clockSkewMs;
    int notAdopted = 0;
    qint64 furthest = 0;
    for (const Record &record : page.records.records()) {
        if (timebounds::clockWithinBound(record.hlc.wallMs, officeNowMs)) {
            m_clock->observe(record.hlc);
        } else {
            ++notAdopted;
            furthest = std::max(furthest, record.hlc.wallMs);
        }
    }
    if (notAdopted > 0) {
        // No %n plural here: this library's strings are not in the app's .ts file.
        m_cycleError =
            tr("Records from the office carry a clock more than a day ahead (%1 of them, "
               "up to %2): this phone kept its own time. Tell the office.")
                .arg(notAdopted)
                .arg(QDateTime::fromMSecsSinceEpoch(furthest, Qt::UTC).toString(Qt::ISODate));
        qWarning("sync: %d pulled record(s) with a clock more than a day ahead not adopted",
                 notAdopted);
        emit clockNotAdopted(notAdopted, furthest);
    }
    m_applying = true;
    m_entryCodesArrived = m_entryCodesArrived || page.hasEntryCodes;
    const int generation = m_pullGeneration;
    const auto applying = m_store->applyPulledPage(
        page.records,
        {{QString::fromLatin1(SyncStateKey::Cursor), QByteArray::number(page.nextAfter)}});
    whenFinished(applying, this, [this, page, generation](const Result<int> &applied) {
        if (applied)
            m_cursor = page.nextAfter; // stored with the page, whatever became of the cycle
        if (generation != m_pullGeneration)
            return;
        m_applying = false;
        if (!applied) {
            failCycle(tr("Updates from the office could not be saved: %1")
                          .arg(applied.error().toString()));
            return;
        }
        if (!page.hasMore)
            purge(page);
        else if (!m_pulled.empty())
            applyPulled();
        else
            requestPage(m_cursor, m_config.pullLimit); // a version 1 server: one page at a time
    });
}

void SyncEngine::purge(const PulledPage &page)
{
    const bool historyChanged =
        page.historyBefore.isValid() && page.historyBefore != m_historyPurged;
    // Entry codes are purged when the list changed or codes arrived this cycle (they may belong
    // to a visit already over by the last page), and once after each start.
    const bool entryCodesDue =
        page.entryCodesFor && (m_entryCodesArrived || m_entryCodesPurged != page.entryCodesFor);
    m_entryCodesArrived = false;
    if (page.purgePersonIds.isEmpty() && !historyChanged && !entryCodesDue) {
        finishCycle(true);
        return;
    }
    setPhase(Phase::Purging);
    store::PurgeRequest request {page.purgePersonIds, historyChanged ? page.historyBefore : QDate(),
                                 officeTypes(), entryCodesDue ? page.entryCodesFor : std::nullopt};
    whenFinished(
        m_store->purge(request), this, [this, request](const Result<store::PurgeOutcome> &done) {
            if (!done) {
                failCycle(tr("Records you no longer need could not be removed: %1")
                              .arg(done.error().toString()));
                return;
            }
            if (request.historyBefore.isValid())
                m_historyPurged = request.historyBefore;
            if (request.entryCodesFor)
                m_entryCodesPurged = request.entryCodesFor;
            // People with unsent records left are confirmed once those are delivered and deleted.
            // Everything received about them is gone (unsent records of theirs wait to be sent).
            if (!request.personIds.isEmpty())
                emit peoplePurged(request.personIds);
            const QStringList gone = done.value().purgedPersonIds;
            if (gone.isEmpty()) {
                finishCycle(true);
                return;
            }
            QJsonArray ids;
            for (const QString &id : gone)
                ids.append(id);
            const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("person_ids"), ids}})
                                        .toJson(QJsonDocument::Compact);
            authed("POST", QStringLiteral("/v1/sync/purged"), body, [this](const SyncReply &reply) {
                if (!reply.ok())
                    failCycle(reply);
                else
                    finishCycle(true);
            });
        });
}

} // namespace careround::sync
