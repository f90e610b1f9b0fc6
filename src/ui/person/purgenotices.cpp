#include "purgenotices.h"

#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "ui/commbook/commbookwords.h"
#include "ui/common/wallclock.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace careround::ui {

QList<PurgeNotice> PurgeNotices::parse(const QByteArray &json)
{
    QList<PurgeNotice> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        PurgeNotice n {
            o.value(QLatin1String("personId")).toString(),
            o.value(QLatin1String("name")).toString(),
            QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs)};
        if (!n.personId.isEmpty() && n.at.isValid())
            out.append(n);
    }
    return out;
}

QByteArray PurgeNotices::toJson(const QList<PurgeNotice> &notices)
{
    QJsonArray list;
    for (const PurgeNotice &n : notices)
        list.append(QJsonObject {{QStringLiteral("personId"), n.personId},
                                 {QStringLiteral("name"), n.name},
                                 {QStringLiteral("at"), n.at.toUTC().toString(Qt::ISODateWithMs)}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QHash<QString, QString> PurgeNotices::parseNames(const QByteArray &json)
{
    QHash<QString, QString> names;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString())
            names.insert(it.key(), it.value().toString());
    }
    return names;
}

QByteArray PurgeNotices::namesJson(const QHash<QString, QString> &names)
{
    QJsonObject o;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<PurgeNotice> PurgeNotices::added(QList<PurgeNotice> existing, const QStringList &personIds,
                                       const QHash<QString, QString> &names, const QDateTime &at)
{
    for (const QString &id : personIds) {
        const bool known = std::any_of(existing.cbegin(), existing.cend(),
                                       [&](const PurgeNotice &n) { return n.personId == id; });
        if (!known && !id.isEmpty())
            existing.append({id, names.value(id), at});
    }
    return existing;
}

QString PurgeNotices::text(const PurgeNotice &notice, const QDateTime &now)
{
    const QString when = CommbookWords::when(notice.at, now);
    if (notice.name.isEmpty())
        return tr("The records of the person you were linked to are no longer shared with you: "
                  "their consent to share them was withdrawn, or the office ended your link. They "
                  "were removed from this phone %1. Ask the office if you think this is wrong.")
            .arg(when);
    //: %1 is the person's name, %2 when, e.g. "today at 10:15"
    return tr("%1's records are no longer shared with you: their consent to share them was "
              "withdrawn, or the office ended your link. They were removed from this phone %2. "
              "Ask the office if you think this is wrong.")
        .arg(notice.name, when);
}

PurgeNoticeBook::PurgeNoticeBook(QObject *parent)
    : QObject(parent)
{ }

void PurgeNoticeBook::attach(store::RecordStore *store)
{
    detach();
    m_store = store;
    if (!store)
        return;
    const int generation = m_generation;
    using Stored = Result<std::optional<QByteArray>>;
    whenFinished(store->deviceState(QString::fromLatin1(PurgeNotices::NamesKey)), this,
                 [this, generation](const Stored &names) {
                     if (generation != m_generation || !names || !names.value())
                         return;
                     const QHash<QString, QString> kept = PurgeNotices::parseNames(*names.value());
                     for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
                         if (!m_names.contains(it.key()))
                             m_names.insert(it.key(),
                                            it.value()); // what was learnt meanwhile stays
                     }
                 });
    whenFinished(store->deviceState(QString::fromLatin1(PurgeNotices::NoticesKey)), this,
                 [this, generation](const Stored &stored) {
                     if (generation != m_generation || !stored || !stored.value())
                         return;
                     QList<PurgeNotice> kept = PurgeNotices::parse(*stored.value());
                     for (const PurgeNotice &n : std::as_const(m_notices)) {
                         if (!kept.contains(n))
                             kept.append(n);
                     }
                     m_notices = kept;
                     emit changed();
                 });
}

void PurgeNoticeBook::detach()
{
    ++m_generation;
    m_store.clear();
    m_names.clear();
    if (!m_notices.isEmpty()) {
        m_notices.clear();
        emit changed();
    }
}

QVariantList PurgeNoticeBook::notices() const
{
    const QDateTime now = wallclock::now();
    QVariantList out;
    for (const PurgeNotice &n : m_notices)
        out.append(QVariantMap {{QStringLiteral("personId"), n.personId},
                                {QStringLiteral("name"), n.name},
                                {QStringLiteral("text"), PurgeNotices::text(n, now)}});
    return out;
}

void PurgeNoticeBook::recordPurged(const QStringList &personIds, const QDateTime &at)
{
    const QList<PurgeNotice> next = PurgeNotices::added(m_notices, personIds, m_names, at);
    if (next.size() == m_notices.size())
        return;
    m_notices = next;
    saveNotices();
    emit changed();
}

void PurgeNoticeBook::rememberName(const QString &personId, const QString &name)
{
    if (!m_store || personId.isEmpty() || name.isEmpty() || m_names.value(personId) == name)
        return;
    m_names.insert(personId, name);
    m_store->setDeviceState(QString::fromLatin1(PurgeNotices::NamesKey),
                            PurgeNotices::namesJson(m_names));
}

void PurgeNoticeBook::clearFor(const QStringList &heldPersonIds)
{
    const qsizetype removed = m_notices.removeIf(
        [&](const PurgeNotice &n) { return heldPersonIds.contains(n.personId); });
    if (removed == 0)
        return;
    saveNotices();
    emit changed();
}

void PurgeNoticeBook::dismiss(const QString &personId)
{
    clearFor({personId});
}

void PurgeNoticeBook::saveNotices()
{
    // Writes run in order on the store's writer thread; each carries the whole list.
    if (m_store)
        m_store->setDeviceState(QString::fromLatin1(PurgeNotices::NoticesKey),
                                PurgeNotices::toJson(m_notices));
}

} // namespace careround::ui
