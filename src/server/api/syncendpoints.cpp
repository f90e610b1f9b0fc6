// The sync endpoints of ApiServer: push, pull, purge confirmation, one record, sealed escrow.
#include "apiserver.h"

#include "core/recordcodec.h"
#include "decoders.h"
#include "server/alerts/schedulercache.h"
#include "server/auth/deviceproof.h"
#include "server/http/jsonlog.h"

#include <QJsonArray>
#include <sodium.h>

namespace careround::server::api {

using http::ApiResponse;
using http::Failure;

namespace {

Failure badInput(const Error &error)
{
    const bool malformed = error.field == QLatin1String("body");
    return Failure {400,
                    malformed ? QStringLiteral("malformed_json")
                              : QStringLiteral("invalid_request"),
                    error.message,
                    error.field,
                    {},
                    {}};
}

QJsonObject rejected(int index, const QString &id, const Error &error)
{
    QJsonObject item {{QStringLiteral("index"), index},
                      {QStringLiteral("id"), id},
                      {QStringLiteral("status"), QStringLiteral("rejected")},
                      {QStringLiteral("reason"), error.message}};
    if (!error.field.isEmpty())
        item.insert(QStringLiteral("field"), error.field);
    return item;
}

// Stores the decodable items through the scope layer and answers every item in input order.
Result<QJsonObject> storeItems(ScopeService &scope, const QString &userId, const QString &deviceId,
                               const QList<PushItem> &items, const QDateTime &now)
{
    QList<Record> records;
    for (const PushItem &item : items) {
        if (item.record)
            records.append(*item.record);
    }
    QList<PutResult> stored;
    if (!records.isEmpty()) {
        auto result = scope.push(userId, deviceId, records, now);
        if (!result)
            return result.error();
        stored = result.value();
    }
    QJsonArray results;
    int accepted = 0, duplicates = 0, rejectedCount = 0, next = 0;
    for (const PushItem &item : items) {
        if (!item.record) {
            results.append(rejected(item.index, item.id, item.error));
            ++rejectedCount;
            continue;
        }
        const PutResult &put = stored.value(next++);
        if (put.status == PutStatus::Rejected) {
            results.append(rejected(item.index, item.record->id, put.error));
            ++rejectedCount;
            continue;
        }
        put.status == PutStatus::Accepted ? ++accepted : ++duplicates;
        results.append(QJsonObject {{QStringLiteral("index"), item.index},
                                    {QStringLiteral("id"), item.record->id},
                                    {QStringLiteral("status"), putStatusName(put.status)},
                                    {QStringLiteral("seq"), put.seq}});
    }
    return QJsonObject {{QStringLiteral("results"), results},
                        {QStringLiteral("accepted"), accepted},
                        {QStringLiteral("duplicates"), duplicates},
                        {QStringLiteral("rejected"), rejectedCount}};
}

QJsonObject purgeJson(const PurgeList &purge)
{
    QJsonArray persons;
    for (const QString &id : purge.personIds)
        persons.append(id);
    QJsonArray entryCodesFor;
    for (const QString &id : purge.entryCodesFor)
        entryCodesFor.append(id);
    return {{QStringLiteral("person_ids"), persons},
            {QStringLiteral("history_before"),
             purge.historyBefore.isValid() ? QJsonValue(purge.historyBefore.toString(Qt::ISODate))
                                           : QJsonValue()},
            {QStringLiteral("entry_codes_for"), entryCodesFor}};
}

} // namespace

ApiResponse ApiServer::push(const CallContext &ctx, const auth::Caller &caller)
{
    if (caller.device.id.isEmpty())
        return ctx.fail(Failure {403,
                                 QStringLiteral("device_required"),
                                 QStringLiteral("sync needs an enrolled device"),
                                 {},
                                 {},
                                 {}});
    const auto raw = body(ctx);
    if (!raw)
        return ctx.fail(raw.failure());
    const auto items = decodePushBody(raw.value());
    if (!items)
        return ctx.fail(badInput(items.error()));
    const auto answer =
        storeItems(m_scope, caller.user.id, caller.device.id, items.value(), ctx.now);
    if (!answer) {
        http::JsonLog::error(QStringLiteral("push_failed"),
                             {{QStringLiteral("request_id"), ctx.request.requestId},
                              {QStringLiteral("detail"), answer.error().toString().left(200)}});
        return ctx.fail(http::unavailable());
    }
    if (m_options.afterAlertRelevantPush
        && std::any_of(items.value().cbegin(), items.value().cend(), [](const PushItem &item) {
               return item.record && alerts::schedulerReads(item.record->type);
           }))
        m_options.afterAlertRelevantPush();
    return ctx.reply(200, answer.value());
}

ApiResponse ApiServer::pull(const CallContext &ctx, const auth::Caller &caller)
{
    if (caller.device.id.isEmpty())
        return ctx.fail(Failure {403,
                                 QStringLiteral("device_required"),
                                 QStringLiteral("sync needs an enrolled device"),
                                 {},
                                 {},
                                 {}});
    const auto query = parsePullQuery(ctx.request.query);
    if (!query)
        return ctx.fail(badInput(query.error()));
    const auto page = m_scope.pullEncoded(caller.user.id, caller.device.id, query.value().after,
                                          query.value().applied, query.value().limit, ctx.now);
    if (!page) {
        http::JsonLog::error(QStringLiteral("pull_failed"),
                             {{QStringLiteral("request_id"), ctx.request.requestId},
                              {QStringLiteral("detail"), page.error().toString().left(200)}});
        return ctx.fail(http::unavailable());
    }
    // Each record as stored (canonical compact JSON, so it ends with its closing brace) with its
    // seq added: no decoding and re-encoding of what the store already holds in wire form.
    QByteArray records("[");
    for (const StoredBody &stored : page.value().records) {
        if (!stored.body.startsWith('{') || !stored.body.endsWith('}')) {
            http::JsonLog::error(
                QStringLiteral("pull_failed"),
                {{QStringLiteral("request_id"), ctx.request.requestId},
                 {QStringLiteral("detail"),
                  QStringLiteral("stored record seq %1 is not a JSON object").arg(stored.seq)}});
            return ctx.fail(http::unavailable());
        }
        if (records.size() > 1)
            records += ',';
        records += QByteArrayView(stored.body).chopped(1);
        records += ",\"seq\":" + QByteArray::number(stored.seq) + '}';
    }
    records += ']';
    ApiResponse response = ctx.reply(200,
                                     {{QStringLiteral("next_after"), page.value().nextAfterSeq},
                                      {QStringLiteral("has_more"), page.value().more},
                                      {QStringLiteral("purge"), purgeJson(page.value().purge)}},
                                     QLatin1String("records"), records);
    if (page.value().more && ctx.protocol >= 2)
        response.headers.append(qMakePair(QByteArray(kPullNextResponseHeader),
                                          QByteArray::number(page.value().nextAfterSeq)));
    return response;
}

ApiResponse ApiServer::purged(const CallContext &ctx, const auth::Caller &caller)
{
    if (caller.device.id.isEmpty())
        return ctx.fail(Failure {403,
                                 QStringLiteral("device_required"),
                                 QStringLiteral("sync needs an enrolled device"),
                                 {},
                                 {},
                                 {}});
    const auto raw = body(ctx);
    if (!raw)
        return ctx.fail(raw.failure());
    const auto ids = decodePurgedBody(raw.value());
    if (!ids)
        return ctx.fail(badInput(ids.error()));
    if (auto done = m_scope.confirmPurged(caller.device.id, ids.value()); !done)
        return ctx.fail(done.error().field == QLatin1String("storage") ? http::unavailable()
                                                                       : badInput(done.error()));
    return ctx.reply(200, {{QStringLiteral("confirmed"), ids.value().size()}});
}

ApiResponse ApiServer::recordById(const CallContext &ctx, const auth::Caller &caller)
{
    // The last segment: /v1/records/<id> and /v1/office/records/<id>.
    const QString recordId = ctx.request.path.section(QLatin1Char('/'), -1);
    const Failure notFound {404,
                            QStringLiteral("not_found"),
                            QStringLiteral("no such record in your scope"),
                            QStringLiteral("id"),
                            {},
                            {}};
    if (caller.user.role == Role::FamilyMember)
        return ctx.fail(Failure {403,
                                 QStringLiteral("forbidden"),
                                 QStringLiteral("family members read shared entries through sync"),
                                 {},
                                 {},
                                 {}});
    if (recordId.isEmpty() || recordId.size() > 64 || recordId.contains(QLatin1Char('/')))
        return ctx.fail(notFound);
    const auto found = m_store.record(caller.user.orgId, recordId);
    if (!found)
        return ctx.fail(http::unavailable());
    if (!found.value())
        return ctx.fail(notFound);
    const StoredRecord stored = *found.value();
    bool allowed = false;
    if (stored.record.personId.isEmpty()) {
        allowed = caller.user.role == Role::Coordinator;
    } else {
        const auto canRead = m_scope.canReadRecord(caller.user.id, stored.record, ctx.now);
        if (!canRead)
            return ctx.fail(http::unavailable());
        allowed = canRead.value();
    }
    if (!allowed)
        return ctx.fail(notFound); // never reveal that the id exists
    AuditEntry entry {0,
                      caller.user.orgId,
                      caller.user.id,
                      caller.device.id,
                      QStringLiteral("record.read"),
                      stored.record.personId,
                      stored.record.id,
                      ctx.now,
                      QStringLiteral("GET /v1/records")};
    if (!m_store.appendAudit({entry}))
        return ctx.fail(http::unavailable()); // no unaudited reads
    QJsonObject json = RecordCodec::toJson(stored.record);
    json.insert(QStringLiteral("seq"), stored.seq);
    return ctx.reply(200, {{QStringLiteral("record"), json}});
}

ApiResponse ApiServer::escrow(const CallContext &ctx)
{
    const auto raw = body(ctx);
    if (!raw)
        return ctx.fail(raw.failure());
    const auto decoded = decodeEscrowBody(raw.value());
    if (!decoded)
        return ctx.fail(badInput(decoded.error()));
    const EscrowBody &request = decoded.value();
    const Failure unknown {403,
                           QStringLiteral("unknown_device"),
                           QStringLiteral("no such enrolled device in that organisation"),
                           QStringLiteral("device_id"),
                           {},
                           {}};
    const auto device = m_store.device(request.deviceId);
    const auto org = m_store.organisation(request.orgId);
    if (!device || !org)
        return ctx.fail(http::unavailable());
    if (!device.value() || !org.value() || device.value()->orgId != request.orgId)
        return ctx.fail(unknown);
    const auto secretKey = m_store.escrowSecretKey(request.orgId);
    if (!secretKey)
        return ctx.fail(http::unavailable());
    const Device dev = *device.value();
    const QByteArray publicKey = org.value()->escrowPublicKey;

    QList<PushItem> items;
    for (int i = 0; i < request.entries.size(); ++i) {
        const QByteArray &sealed = request.entries.at(i);
        PushItem item;
        item.index = i;
        const QString where = QStringLiteral("entries[%1]").arg(i);
        QByteArray plain(qMax<qsizetype>(0, sealed.size() - crypto_box_SEALBYTES),
                         Qt::Uninitialized);
        const bool opened = sealed.size() > static_cast<qsizetype>(crypto_box_SEALBYTES)
            && publicKey.size() == crypto_box_PUBLICKEYBYTES
            && secretKey.value().size() == crypto_box_SECRETKEYBYTES
            && crypto_box_seal_open(
                   reinterpret_cast<unsigned char *>(plain.data()),
                   reinterpret_cast<const unsigned char *>(sealed.constData()),
                   static_cast<unsigned long long>(sealed.size()),
                   reinterpret_cast<const unsigned char *>(publicKey.constData()),
                   reinterpret_cast<const unsigned char *>(secretKey.value().constData()))
                == 0;
        if (!opened) {
            item.error = Error {
                where, QStringLiteral("cannot be opened with this organisation's escrow key")};
            items.append(item);
            continue;
        }
        const auto parts = splitEscrowPlaintext(plain);
        if (!parts) {
            item.error = Error {where, parts.error().message};
        } else if (!auth::verifyDeviceSignature(auth::escrowMessage(parts.value().recordJson),
                                                parts.value().signature, dev.publicKey)) {
            item.error = Error {where, QStringLiteral("the device signature does not match")};
        } else if (auto record = RecordCodec::decode(parts.value().recordJson); !record) {
            item.error =
                Error {where + QLatin1Char('.') + record.error().field, record.error().message};
        } else {
            item.id = record.value().id;
            if (record.value().deviceId != dev.id || record.value().authorUserId != dev.userId)
                item.error = Error {
                    where, QStringLiteral("the record was not written on this device by its user")};
            else
                item.record = record.value();
        }
        items.append(item);
    }
    auto answer = storeItems(m_scope, dev.userId, dev.id, items, ctx.now);
    if (!answer && dev.revoked) {
        // ScopeService refuses every write from a revoked device, escrow included (see
        // docs/protocol.md).
        return ctx.fail(
            Failure {403,
                     QStringLiteral("device_revoked"),
                     QStringLiteral("this device has been revoked; its data must be wiped"),
                     {},
                     {{QStringLiteral("wipe"), true}},
                     {}});
    }
    if (!answer) {
        http::JsonLog::error(QStringLiteral("escrow_failed"),
                             {{QStringLiteral("request_id"), ctx.request.requestId},
                              {QStringLiteral("detail"), answer.error().toString().left(200)}});
        return ctx.fail(http::unavailable());
    }
    answer.value().insert(QStringLiteral("wipe"), dev.revoked);
    ApiResponse response = ctx.reply(200, answer.value());
    response.logUserId = dev.userId;
    response.logDeviceId = dev.id;
    return response;
}

} // namespace careround::server::api
