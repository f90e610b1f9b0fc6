#include "noticemessages.h"

#include <QLocale>
#include <QTimeZone>
#include <sodium.h>

namespace careround::server::notify {

namespace {

// RFC 5322 date, always in UTC (no locale).
QByteArray mailDate(const QDateTime &now)
{
    return QLocale::c()
               .toString(now.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1()
        + " +0000";
}

QByteArray header(const char *name, const QString &value)
{
    return QByteArray(name) + ": " + value.toUtf8() + "\r\n";
}

} // namespace

QByteArray messageIdFor(const CouncilNotification &notification)
{
    QString local = notification.id;
    local.replace(QLatin1Char(':'), QLatin1Char('.'));
    return '<' + local.toLatin1() + "@careround>";
}

QByteArray emailMessage(const CouncilNotification &notification, const CouncilNotice &notice,
                        const SmtpSettings &smtp, const CouncilContact &council,
                        const QDateTime &now)
{
    const QString kind = councilNoticeKindWords(notice.kind);
    QByteArray message;
    message += header("From", QStringLiteral("CareRound <%1>").arg(smtp.from));
    message += header("To", QStringLiteral("%1 <%2>").arg(council.name, council.email));
    message += header("Subject", QStringLiteral("%1: person %2").arg(kind, notice.personId));
    message += "Date: " + mailDate(now) + "\r\n";
    message += "Message-ID: " + messageIdFor(notification) + "\r\n";
    message += header("X-CareRound-Idempotency-Key", notification.id);
    message += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n";
    QStringList lines {
        QStringLiteral("What happened: %1 (%2)").arg(kind, notice.kind),
        QStringLiteral("Person reference: %1").arg(notice.personId),
        QStringLiteral("When: %1 UTC").arg(notice.occurredAt.toString(Qt::ISODate)),
        QStringLiteral("Severity: %1").arg(notice.severity),
        QStringLiteral("What was done: %1").arg(notice.actionsTaken.join(QStringLiteral(", "))),
        QStringLiteral("Reference: %1").arg(notice.alertId)};
    if (!notice.visitId.isEmpty())
        lines.insert(3, QStringLiteral("Visit: %1").arg(notice.visitId));
    message += lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    return message;
}

QByteArray webhookSignature(const QByteArray &secret, qint64 timestampSeconds,
                            const QByteArray &body)
{
    const QByteArray signedText = QByteArray::number(timestampSeconds) + '.' + body;
    crypto_auth_hmacsha256_state state;
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(secret.constData()),
                                size_t(secret.size()));
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(signedText.constData()),
                                  quint64(signedText.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    return QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex();
}

QList<QPair<QByteArray, QByteArray>> webhookHeaders(const CouncilNotification &notification,
                                                    const QByteArray &secret, const QDateTime &now)
{
    const qint64 timestamp = now.toSecsSinceEpoch();
    return {{QByteArrayLiteral("Idempotency-Key"), notification.id.toLatin1()},
            {QByteArrayLiteral("X-CareRound-Timestamp"), QByteArray::number(timestamp)},
            {QByteArrayLiteral("X-CareRound-Signature"),
             "v1=" + webhookSignature(secret, timestamp, notification.payload)}};
}

} // namespace careround::server::notify
