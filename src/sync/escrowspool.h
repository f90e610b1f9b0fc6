#pragma once
// The sealed escrow spool: a copy of every outbox entry sealed to the organisation's escrow key
// and signed with the device key, kept OUTSIDE the encrypted store (files in
// <data>/escrow/<record id>.sealed) so it can be delivered when the store cannot be opened (PIN
// lockout, wiped vault). Sealed means only the office can read it, so plain files are safe.
// identity.json beside them holds the few non-secret ids escrow needs: server, org and device.
// Synchronous file work: call it on a worker or the store's writer thread, never the GUI thread.
#include "core/result.h"
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace careround::sync {

struct EscrowIdentity
{
    QUrl serverUrl;
    QString orgId;
    QString deviceId;
    bool isValid() const { return serverUrl.isValid() && !orgId.isEmpty() && !deviceId.isEmpty(); }
};

struct SpoolEntry
{
    QString recordId;
    QByteArray sealed;
};

class EscrowSpool
{
public:
    explicit EscrowSpool(const QString &dataDirectory);
    static QString directoryFor(const QString &dataDirectory);

    Result<void> writeIdentity(const EscrowIdentity &identity);
    Result<EscrowIdentity> identity() const;

    // Written to a temporary name and renamed: a reader sees a whole entry or none.
    Result<void> put(const QString &recordId, const QByteArray &sealed);
    // put() in two steps around the store's commit: stage writes the copy under a name private to
    // `tag` (one per running engine), publish renames it into the spool once the record is
    // committed, discard drops it when the commit failed. A crash between the steps leaves a
    // staged file for a record that may or may not exist: removeStaged deletes every staged file
    // not carrying `keepTag` (the next start seals committed records again from the outbox).
    Result<void> stage(const QString &recordId, const QByteArray &sealed, const QString &tag);
    Result<void> publish(const QString &recordId, const QString &tag);
    void discard(const QString &recordId, const QString &tag);
    void removeStaged(const QString &keepTag);
    void remove(const QStringList &recordIds);
    QStringList recordIds() const;
    // The oldest-named first, at most maxEntries and about maxBytes of sealed data.
    QList<SpoolEntry> take(int maxEntries, qsizetype maxBytes) const;
    // Deletes the whole spool (a wipe after revocation: the server refuses it anyway).
    void clear();

private:
    QString path(const QString &recordId) const;
    QString stagedPath(const QString &recordId, const QString &tag) const;
    QString m_dir;
};

} // namespace careround::sync
