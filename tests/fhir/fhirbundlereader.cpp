#include "fhirbundlereader.h"

#include <QJsonArray>

namespace careround::server::test {

QList<QJsonObject> resources(const QJsonObject &bundle, const QString &type)
{
    QList<QJsonObject> out;
    for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (type.isEmpty() || r.value(QStringLiteral("resourceType")).toString() == type)
            out.append(r);
    }
    return out;
}

QHash<QString, QJsonObject> current(const QJsonObject &bundle, const QString &type)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonObject &r : resources(bundle, type)) {
        const QString id = r.value(QStringLiteral("id")).toString();
        const int version =
            r[QStringLiteral("meta")][QStringLiteral("versionId")].toString().toInt();
        if (!out.contains(id)
            || out[id][QStringLiteral("meta")][QStringLiteral("versionId")].toString().toInt()
                < version)
            out.insert(id, r);
    }
    return out;
}

void collect(const QJsonValue &value, const QString &key, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == key && it.value().isString())
                out.append(it.value().toString());
            collect(it.value(), key, out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collect(v, key, out);
    }
}

QString text(const QJsonObject &r, const char *key)
{
    return r.value(QLatin1String(key)).toArray().first()[QStringLiteral("text")].toString();
}

} // namespace careround::server::test
