#pragma once
// A person's communication book as it stands, from the records the device holds: every entry
// (commbook.entry) newest first, its text as corrected (amendments: an entry is never deleted,
// and its history keeps the original and each correction, attributed and timed), and who has
// read it (commbook.ack: one per person, the first counts). Pure, so it is tested on its own.
#include "core/record.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace careround::ui {

struct CommbookReader
{
    QString userId;
    QString name; // as the acknowledgement says; may be empty
    QString role;
    QDateTime at;
};

struct CommbookVersion
{
    QString text;
    QString category;
    QString byName; // who wrote this version
    QString byRole;
    QDateTime at;
    QString reason; // why it was corrected; empty for the original
    bool withdrawn =
        false; // marked "entered in error" (another app may write that; it stays readable)
};

struct CommbookEntry
{
    QString id;
    QString personId;
    QString authorUserId;
    QString authorName;
    QString authorRole;
    QString text; // as it now reads
    QString category;
    QString audience;
    QDateTime writtenAt; // the original's device time
    HlcTimestamp hlc; // the original's
    QJsonObject payload; // current payload (to correct from)
    QList<CommbookVersion> versions; // the original first, then each correction in clock order
    QList<CommbookReader> readers; // in the order they read it
    bool mine = false; // written by this user
    bool readByMe = false;
    bool withdrawn = false;
    bool corrected() const { return versions.size() > 1; }
};

class CommbookFold
{
    Q_DECLARE_TR_FUNCTIONS(CommbookFold)
public:
    // `records`: the person's entries, acknowledgements and amendments (others are ignored).
    // `names`: user id → name, used when a record does not say who wrote it.
    static QList<CommbookEntry> build(const QList<Record> &records, const QString &userId,
                                      const QHash<QString, QString> &names = {});
};

} // namespace careround::ui
