// GET /v1/office/events: a Server-Sent Event stream telling an open board that the
// organisation's records changed ("changed" with the change sequence), so it refetches the
// visits it shows instead of polling. Same authorisation as the other office reads (device
// token or browser session; coordinators, supervisors, therapists). The events carry only a
// sequence number, never record data, so one stream per organisation topic serves every scope.
// Each server process watches the sequence of organisations with open streams once a second
// (docs/office.md "Live board"), which also sees records pushed to another process sharing the
// same PostgreSQL database.
#include "apiserver.h"

#include "server/office/officeviewer.h"

namespace careround::server::api {

using http::ApiResponse;

void ApiServer::addOfficeEventRoutes()
{
    m_host.streams().setWatcher([this](const QString &orgId) -> std::optional<qint64> {
        const Result<qint64> seq = m_store.latestSeq(orgId);
        return seq ? std::optional<qint64>(seq.value()) : std::nullopt;
    });
    officeRoute(QStringLiteral("/v1/office/events"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return officeEvents(c, a); });
}

ApiResponse ApiServer::officeEvents(const CallContext &ctx, const auth::Caller &caller)
{
    const auto viewer = officeViewerFor(m_store, caller.user, caller.device.id);
    if (!viewer && viewer.error().field == QLatin1String("storage"))
        return ctx.fail(http::unavailable());
    if (!viewer)
        return ctx.fail(
            http::Failure {403, QStringLiteral("forbidden"), viewer.error().message, {}, {}, {}});
    const Result<qint64> seq = m_store.latestSeq(caller.user.orgId);
    if (!seq)
        return ctx.fail(http::unavailable());
    ApiResponse response;
    response.contentType = "text/event-stream";
    response.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    response.headers.append(qMakePair(QByteArray("X-Accel-Buffering"),
                                      QByteArray("no"))); // a proxy must pass events at once
    // The browser waits 3 s before reconnecting a dropped stream; the first event tells it
    // where the organisation stands now.
    response.body = "retry: 3000\n" + http::EventStreams::changedEvent(seq.value());
    response.streamTopic = caller.user.orgId;
    response.streamOwner = caller.device.id.isEmpty()
        ? QStringLiteral("user:") + caller.user.id
        : QStringLiteral("device:") + caller.device.id;
    response.streamSeq = seq.value();
    return response;
}

} // namespace careround::server::api
