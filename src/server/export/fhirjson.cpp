#include "fhirjson.h"

#include "core/isotime.h"
#include <QHash>
#include <QUuid>

namespace careround::server::fhir {

namespace {
// Namespace of the name-based ids: fixed, so an export is repeatable.
const QUuid IdNamespace(QStringLiteral("{6d1c3b0e-5f43-4d0a-9a55-0c1d2b6e7f10}"));
} // namespace

QString resourceId(const QString &recordId)
{
    const QUuid uuid(recordId);
    if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == recordId.toLower())
        return recordId.toLower();
    return QUuid::createUuidV5(IdNamespace, recordId).toString(QUuid::WithoutBraces);
}

QString partId(const QString &recordId, const QString &key)
{
    return QUuid::createUuidV5(IdNamespace, recordId + QLatin1Char('#') + key)
        .toString(QUuid::WithoutBraces);
}

QString fullUrl(const QString &id)
{
    return QStringLiteral("urn:uuid:") + id;
}

QJsonObject reference(const QString &id, const QString &display)
{
    QJsonObject ref {{QStringLiteral("reference"), fullUrl(id)}};
    if (!display.isEmpty())
        ref.insert(QStringLiteral("display"), display);
    return ref;
}

QJsonObject displayReference(const QString &display)
{
    return QJsonObject {{QStringLiteral("display"), display}};
}

QString dateTime(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    // The zone's offset is looked up once per quarter hour (zone changes fall on whole quarter
    // hours), and the text written by core's fast ISO writer: a long export writes thousands.
    thread_local QHash<qint64, int> offsets;
    thread_local QByteArray cachedZone;
    if (cachedZone != zone.id()) {
        offsets.clear();
        cachedZone = zone.id();
    }
    const qint64 bucket = instant.toMSecsSinceEpoch() / (15 * 60 * 1000);
    auto offset = offsets.constFind(bucket);
    if (offset == offsets.constEnd())
        offset = offsets.insert(bucket, zone.isValid() ? zone.offsetFromUtc(instant) : 0);
    QString text = isotime::utcText(instant.addSecs(*offset));
    text.chop(1); // the "Z"
    const int minutes = qAbs(*offset) / 60;
    return text + (*offset < 0 ? u'-' : u'+')
        + QStringLiteral("%1:%2")
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString date(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QJsonObject textConcept(const QString &words)
{
    return QJsonObject {{QStringLiteral("text"), words}};
}

QJsonObject codedConcept(const QString &system, const QString &code, const QString &display)
{
    return QJsonObject {{QStringLiteral("coding"),
                         QJsonArray {QJsonObject {{QStringLiteral("system"), system},
                                                  {QStringLiteral("code"), code},
                                                  {QStringLiteral("display"), display}}}},
                        {QStringLiteral("text"), display}};
}

QJsonArray notes(const QStringList &texts)
{
    QJsonArray out;
    for (const QString &text : texts) {
        if (!text.trimmed().isEmpty())
            out.append(QJsonObject {{QStringLiteral("text"), text}});
    }
    return out;
}

void copyText(QJsonObject &to, const QString &toKey, const QJsonObject &from, const QString &key)
{
    const QString value = from.value(key).toString();
    if (!value.isEmpty())
        to.insert(toKey, value);
}

} // namespace careround::server::fhir
