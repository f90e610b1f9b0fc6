#pragma once
// Why a person's records left this device, kept so it can be said in plain words after a restart:
// on a family member's phone, the server purges a person when their consent to share is withdrawn
// (or the office ends the link), and the family home must say so rather than just go empty.
//
// PurgeNotices is the pure part (the words, the stored JSON); PurgeNoticeBook keeps them in the
// store's device state ("ui.purge_notices"), with the names of the people this device has shown
// ("ui.person_names"), because once purged the person's own record is gone too.
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace careround::store {
class RecordStore;
}

namespace careround::ui {

struct PurgeNotice
{
    QString personId;
    QString name; // may be empty: the device never knew it
    QDateTime at;
    friend bool operator==(const PurgeNotice &, const PurgeNotice &) = default;
};

class PurgeNotices
{
    Q_DECLARE_TR_FUNCTIONS(PurgeNotices)
public:
    static constexpr const char *NoticesKey = "ui.purge_notices";
    static constexpr const char *NamesKey = "ui.person_names";

    static QList<PurgeNotice> parse(const QByteArray &json); // bad input gives none
    static QByteArray toJson(const QList<PurgeNotice> &notices);
    static QHash<QString, QString> parseNames(const QByteArray &json);
    static QByteArray namesJson(const QHash<QString, QString> &names);
    // `existing` plus a notice for each person not noticed yet (the server lists a person again
    // each sync until the purge is confirmed: one notice).
    static QList<PurgeNotice> added(QList<PurgeNotice> existing, const QStringList &personIds,
                                    const QHash<QString, QString> &names, const QDateTime &at);
    // The words on a family member's home.
    static QString text(const PurgeNotice &notice, const QDateTime &now);
};

class PurgeNoticeBook : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppSession.purgeNotices")
    // [{personId, name, text}], oldest first
    Q_PROPERTY(QVariantList notices READ notices NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    explicit PurgeNoticeBook(QObject *parent = nullptr);

    // The session unlocked: read what is kept. detach() at lock forgets it (nothing shown locked).
    void attach(store::RecordStore *store);
    void detach();

    QVariantList notices() const;
    int count() const { return int(m_notices.size()); }
    const QList<PurgeNotice> &all() const { return m_notices; }

    void recordPurged(const QStringList &personIds, const QDateTime &at);
    // A person shown on this device: their name is kept for a notice after a purge.
    void rememberName(const QString &personId, const QString &name);
    // These people are on the device again (consent given again): their notices go.
    Q_INVOKABLE void clearFor(const QStringList &heldPersonIds);
    Q_INVOKABLE void dismiss(const QString &personId);

signals:
    void changed();

private:
    void saveNotices();

    QPointer<store::RecordStore> m_store;
    QList<PurgeNotice> m_notices;
    QHash<QString, QString> m_names;
    int m_generation = 0;
};

} // namespace careround::ui
