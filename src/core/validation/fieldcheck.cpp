#include "fieldcheck.h"
#include <QRegularExpression>
#include <cmath>

namespace careround::validation {

QString oneOfMessage(const QStringList &allowed)
{
    return QStringLiteral("must be one of %1").arg(allowed.join(QStringLiteral(", ")));
}

FieldCheck::FieldCheck(const QJsonObject &object, QString path, UnknownFields unknown)
    : m_object(object)
    , m_path(std::move(path))
    , m_unknown(unknown)
{ }

void FieldCheck::known(std::initializer_list<const char *> keys)
{
    if (m_unknown == UnknownFields::Refuse) {
        for (const char *key : keys)
            m_asked.insert(QString::fromLatin1(key));
    }
}

void FieldCheck::refuseUnknown()
{
    if (m_unknown != UnknownFields::Refuse || !ok())
        return;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_asked.contains(it.key())) {
            const QString key = it.key().left(64);
            failPath(m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key,
                     QStringLiteral("is not a field of this record type"));
            return;
        }
    }
}

void FieldCheck::checkChild(FieldCheck &child, const std::function<void(FieldCheck &)> &check)
{
    check(child);
    child.refuseUnknown();
    adopt(child.result());
}

bool FieldCheck::has(const char *key) const
{
    if (m_unknown == UnknownFields::Refuse)
        m_asked.insert(QString::fromLatin1(key)); // has() is asking about the field too
    const QJsonValue v = m_object.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QString FieldCheck::path(const char *key) const
{
    return m_path.isEmpty() ? QString::fromLatin1(key)
                            : m_path + QLatin1Char('.') + QLatin1String(key);
}

void FieldCheck::failPath(const QString &fullPath, const QString &message)
{
    if (!m_error)
        m_error = Error {fullPath, message};
}

void FieldCheck::fail(const char *key, const QString &message)
{
    failPath(path(key), message);
}

void FieldCheck::adopt(const Result<void> &result)
{
    if (!result.ok() && !m_error)
        m_error = result.error();
}

Result<void> FieldCheck::result() const
{
    if (m_error)
        return *m_error;
    return {};
}

QJsonValue FieldCheck::present(const char *key, Need need)
{
    known({key});
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (need == Required)
            fail(key, QStringLiteral("is required"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

QString FieldCheck::text(const char *key, Need need, int maxLength)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("must be text"));
        return {};
    }
    const QString s = v.toString();
    if (s.trimmed().isEmpty()) {
        if (need == Required)
            fail(key, QStringLiteral("is required"));
        return {};
    }
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("must be at most %1 characters").arg(maxLength));
        return {};
    }
    return s;
}

QString FieldCheck::choice(const char *key, const QStringList &allowed, Need need)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return {};
    if (!v.isString() || !allowed.contains(v.toString())) {
        fail(key, oneOfMessage(allowed));
        return {};
    }
    return v.toString();
}

bool FieldCheck::boolean(const char *key, Need need)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return false;
    if (!v.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return false;
    }
    return v.toBool();
}

qint64 FieldCheck::integer(const char *key, qint64 min, qint64 max, Need need)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return min;
    const double d = v.toDouble(std::nan(""));
    // JSON numbers are doubles: only whole values inside ±2^53 are exact integers.
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min)
        || d > double(max)) {
        fail(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        return min;
    }
    return qint64(d);
}

double FieldCheck::number(const char *key, double min, double max, Need need)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return min;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d < min || d > max) {
        fail(key, QStringLiteral("must be a number from %1 to %2").arg(min).arg(max));
        return min;
    }
    return d;
}

QDate FieldCheck::date(const char *key, Need need)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return {};
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString s = v.toString();
    const QDate d =
        v.isString() && shape.match(s).hasMatch() ? QDate::fromString(s, Qt::ISODate) : QDate();
    if (!d.isValid())
        fail(key, QStringLiteral("must be a date (yyyy-MM-dd)"));
    return d;
}

QDateTime FieldCheck::dateTime(const char *key, Need need)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return {};
    // A time zone is required: a bare local time is ambiguous across the clocks going back.
    static const QRegularExpression shape(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?("
                       "Z|[+-][0-9]{2}:[0-9]{2})$"));
    const QString s = v.toString();
    QDateTime t;
    if (v.isString() && shape.match(s).hasMatch())
        t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        fail(key,
             QStringLiteral("must be a date and time with a time zone, e.g. 2025-03-01T08:30:00Z"));
        return {};
    }
    return t.toUTC();
}

QTime FieldCheck::timeOfDay(const char *key, Need need)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return {};
    static const QRegularExpression shape(QStringLiteral("^[0-9]{2}:[0-9]{2}$"));
    const QString s = v.toString();
    const QTime t = v.isString() && shape.match(s).hasMatch()
        ? QTime::fromString(s, QStringLiteral("HH:mm"))
        : QTime();
    if (!t.isValid())
        fail(key, QStringLiteral("must be a time of day (HH:mm)"));
    return t;
}

QStringList FieldCheck::textList(const char *key, Need need, int minItems, int maxItems,
                                 int maxLength)
{
    QStringList out;
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        fail(key, QStringLiteral("must be a list of text"));
        return out;
    }
    const QJsonArray array = v.toArray();
    if (array.size() < minItems || array.size() > maxItems) {
        fail(key, QStringLiteral("must have %1 to %2 items").arg(minItems).arg(maxItems));
        return out;
    }
    for (int i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path(key)).arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isString() || item.toString().trimmed().isEmpty())
            failPath(itemPath, QStringLiteral("must be non-empty text"));
        else if (item.toString().size() > maxLength)
            failPath(itemPath, QStringLiteral("must be at most %1 characters").arg(maxLength));
        else
            out.append(item.toString());
    }
    return out;
}

void FieldCheck::object(const char *key, Need need, const std::function<void(FieldCheck &)> &check)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return;
    if (!v.isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return;
    }
    FieldCheck child(v.toObject(), path(key), m_unknown);
    checkChild(child, check);
}

int FieldCheck::eachObject(const char *key, Need need, int minItems, int maxItems,
                           const std::function<void(FieldCheck &, int)> &check)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return 0;
    if (!v.isArray()) {
        fail(key, QStringLiteral("must be a list"));
        return 0;
    }
    const QJsonArray array = v.toArray();
    if (array.size() < minItems || array.size() > maxItems) {
        fail(key, QStringLiteral("must have %1 to %2 items").arg(minItems).arg(maxItems));
        return 0;
    }
    for (int i = 0; i < array.size() && ok(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path(key)).arg(i);
        if (!array.at(i).isObject()) {
            failPath(itemPath, QStringLiteral("must be an object"));
            break;
        }
        FieldCheck child(array.at(i).toObject(), itemPath, m_unknown);
        checkChild(child, [&check, i](FieldCheck &c) { check(c, i); });
    }
    return int(array.size());
}

int FieldCheck::eachTextOrObject(const char *key, const char *textKey, Need need, int minItems,
                                 const std::function<void(FieldCheck &, int)> &check)
{
    const QJsonValue v = present(key, need);
    if (v.isUndefined())
        return 0;
    if (!v.isArray()) {
        fail(key, QStringLiteral("must be a list"));
        return 0;
    }
    const QJsonArray array = v.toArray();
    if (array.size() < minItems || array.size() > MaxListItems) {
        fail(key, QStringLiteral("must have %1 to %2 items").arg(minItems).arg(MaxListItems));
        return 0;
    }
    for (int i = 0; i < array.size() && ok(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path(key)).arg(i);
        const QJsonValue item = array.at(i);
        if (item.isString()) {
            FieldCheck child(QJsonObject {{QLatin1String(textKey), item}}, QString());
            child.text(textKey, Required, LongText);
            if (!child.ok())
                failPath(itemPath, child.result().error().message);
            continue;
        }
        if (!item.isObject()) {
            failPath(itemPath, QStringLiteral("must be text or an object"));
            break;
        }
        FieldCheck child(item.toObject(), itemPath, m_unknown);
        checkChild(child, [&check, i](FieldCheck &c) { check(c, i); });
    }
    return int(array.size());
}

} // namespace careround::validation
