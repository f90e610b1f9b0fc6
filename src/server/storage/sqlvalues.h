#pragma once
// Conversions between server types and the text/integer values stored in SQL.
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace careround::server::sql {

inline QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}
inline QDateTime timeFrom(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.toUTC();
}
inline QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}
inline QVariant textValue(const QString &text)
{
    return QVariant(text.isNull() ? QStringLiteral("") : text);
}
inline QVariant flagValue(bool flag)
{
    return QVariant(qint64(flag ? 1 : 0));
}
inline QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}
inline QString base64Text(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}
inline QByteArray fromBase64Text(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1());
}

} // namespace careround::server::sql
