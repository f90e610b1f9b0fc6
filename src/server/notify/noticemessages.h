#pragma once
// What one outbox row becomes on the wire: the e-mail (a deterministic Message-ID, so a
// receiver discards a repeat) and the signed webhook request (HMAC-SHA256 over
// "<timestamp>.<body>" with the council's secret; docs/alerts.md, "Council notifications").
#include "core/rules/councilnotices.h"
#include "councilconfig.h"
#include "server/storage/servertypes.h"
#include <QPair>

namespace careround::server::notify {

// "<alertId.channel@careround>": the same for every attempt of one notification.
QByteArray messageIdFor(const CouncilNotification &notification);

QByteArray emailMessage(const CouncilNotification &notification, const CouncilNotice &notice,
                        const SmtpSettings &smtp, const CouncilContact &council,
                        const QDateTime &now);

// Lower-case hex of HMAC-SHA256(secret, timestamp + "." + body).
QByteArray webhookSignature(const QByteArray &secret, qint64 timestampSeconds,
                            const QByteArray &body);
// Idempotency-Key, X-CareRound-Timestamp, X-CareRound-Signature ("v1=<hex>").
QList<QPair<QByteArray, QByteArray>> webhookHeaders(const CouncilNotification &notification,
                                                    const QByteArray &secret, const QDateTime &now);

} // namespace careround::server::notify
