#pragma once
// What an open board must fetch again after the organisation's change sequence moved
// (GET /v1/office/visits?changed_since=SEQ, docs/office.md "Incremental board updates"). A row's
// status is core's fold of its visit record and the records about it (check-in/out, no access,
// amendments of the person, the person's name), so a person with such a record after SEQ has
// every visit of the day resent. Each resent visit's workers get their whole lane resent too
// (a lane's "next" depends on every stop of it), so the answer is complete for the people and
// workers it lists, and the browser can replace exactly those.
#include "server/storage/serverstore.h"
#include <QSet>

namespace careround::server {

struct BoardDelta
{
    QSet<QString> visitIds; // the rota rows to fold and send
    QSet<QString> personIds; // every visit of these people on the day is among visitIds
    QSet<QString> workerIds; // every visit of these workers on the day is among visitIds
};

// The people with a board-relevant record stored in (afterSeq, upToSeq]. Reads stored bodies
// only (their person id and type), decoding nothing.
Result<QSet<QString>> peopleChangedBetween(ServerStore &store, const QString &orgId,
                                           qint64 afterSeq, qint64 upToSeq);

// The day's rota rows to resend for those people (see above), and for the lanes of
// `moreWorkers`: a cancelled visit assigns nobody on the rota, but its plan still names the
// workers whose lanes held it.
BoardDelta boardDelta(const QList<VisitAssignment> &rota, const QSet<QString> &changedPeople,
                      const QSet<QString> &moreWorkers = {});

} // namespace careround::server
