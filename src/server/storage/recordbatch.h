#pragma once
// The decisions of a put, before anything is written: for each record of a batch, accepted,
// duplicate or rejected (with the field and reason), given what the database already holds.
// Pure logic: the store loads the facts, asks, then writes only what was accepted, so a
// rejected record can never be half-applied.
#include "servertypes.h"
#include <QHash>

namespace careround::server {

struct ExistingRecord
{
    QString orgId;
    QByteArray body;
    qint64 seq = 0;
};

struct BatchFacts
{
    QString orgId;
    QHash<QString, ExistingRecord> records; // by record id, for the ids in the batch
    QHash<QString, QString> personOrg; // person id -> organisation, for the persons referenced
    QHash<QString, QString> visitOrg; // visit id -> organisation, for the rota visits in the batch
};

struct RecordDecision
{
    PutStatus status = PutStatus::Rejected;
    Error error; // when rejected
    QByteArray body; // canonical encoding, when accepted
    qint64 duplicateOfSeq = 0; // when a duplicate of a stored record
    int duplicateOfIndex = -1; // when a duplicate of an earlier record of this batch
    bool createsPerson = false;
    std::optional<VisitAssignment> visit; // when a rota visit
};

// Decides every record in order; later records see the effect of earlier accepted ones
// (a person created earlier in the batch, the same id sent twice).
QList<RecordDecision> decideBatch(const BatchFacts &facts, const QList<Record> &records);

} // namespace careround::server
