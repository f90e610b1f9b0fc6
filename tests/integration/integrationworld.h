#pragma once
// The data an integration test runs against: two organisations (A and B), a user of every role
// with a real password in A, a coordinator in B, people inside and outside each user's scope,
// and a few records — written straight into the backend BEFORE the server process opens it.
// Also the device side of the protocol: an Ed25519 key, login + enrolment.
#include "../unit/server/testrecords.h"
#include "apiclient.h"
#include "server/storage/serverstore.h"
#include "server/storage/servertypes.h"
#include "serverprocess.h"

#include <QHash>
#include <QTemporaryDir>
#include <memory>

namespace careround::server::test {

inline const QString kPassword = QStringLiteral("correct horse battery");

struct World
{
    Organisation orgA, orgB;
    QHash<QString, User> users; // "worker", "supervisor", "coordinator", "therapist", "family",
                                // "coordinatorB", "outsider"
    QString
        personInScope; // A: on the worker's rota today, on the therapist's caseload, family-linked
    QString personOutOfScope; // A: nobody's rota, caseload or family
    QString personOrgB; // B
    QString noteInScope, noteOutOfScope, noteOrgB, familyEntryInScope; // record ids
    QString visitInScope; // the worker's visit today to personInScope
    QString familyLinkId; // family -> personInScope, consent given
};

// A visit note (visit notes belong to a visit: visitId is required).
Record visitNote(RecordFactory &factory, const QString &personId, const QString &visitId,
                 const QString &text);

// Creates a fresh backend (embedded in dataDir / a new PostgreSQL schema) and fills it.
// Empty on success; "SKIP: ..." when PostgreSQL is not available.
QString prepareWorld(const QString &backend, const QString &dataDir, BackendArgs *args,
                     World *world);
void dropWorld(const BackendArgs &args);
// The world's backend opened in this process (embedded: only while no server process has it).
Result<std::unique_ptr<ServerStore>> openWorldStore(const BackendArgs &args);

struct EnrolledDevice
{
    QString userId;
    QString deviceId;
    QByteArray accessToken;
    QByteArray refreshToken;
    QByteArray publicKey, secretKey; // Ed25519
    QByteArray orgEscrowPublicKey;
    QString orgId;
};

// Login + enrolment with a fresh device key; status of the failing step in *failure.
std::optional<EnrolledDevice> enrolDevice(ApiClient &client, const QString &login, QString *failure,
                                          const QString &password = kPassword);
QByteArray signDetached(const QByteArray &message, const QByteArray &secretKey);

} // namespace careround::server::test
