#pragma once
// The two ways a notification leaves the server, both through libcurl (no hand-written SMTP or
// HTTP client): SMTP with STARTTLS required, and an HTTPS POST. Each call is one blocking
// attempt with its own timeouts; an Error says why it failed (for the outbox's last_error).
#include "core/result.h"
#include "councilconfig.h"
#include <QByteArray>
#include <QList>
#include <QPair>

namespace careround::server::notify {

inline constexpr int SendTimeoutSeconds = 30;

// Sends `message` (a complete RFC 5322 message, CRLF line ends) to `recipient`.
Result<void> sendMail(const SmtpSettings &smtp, const QString &recipient,
                      const QByteArray &message);

// POSTs `body` (JSON) with the extra headers; any 2xx is delivered.
Result<void> postWebhook(const QString &url, const QString &caFile,
                         const QList<QPair<QByteArray, QByteArray>> &headers,
                         const QByteArray &body);

} // namespace careround::server::notify
