#include "roundtestsupport.h"

#include "core/recordcodec.h"
#include "roundfixtures.h"
#include "store/recordstore.h"
#include <QDir>
#include <QJsonArray>

using namespace careround;
using namespace careround::ui::testing;

namespace {

QList<Record> visitRecords(careround::ui::AppSession *session, const QString &visitId)
{
    if (!session || !session->store())
        return {};
    auto records = session->store()->forVisit(visitId);
    records.waitForFinished();
    return records.result();
}

} // namespace

bool RoundTestSupport::seedMorningVisit(careround::ui::AppSession *session, const QString &visitId,
                                        int minutesAgo)
{
    if (!session || !session->store())
        return false;
    RotaVisit rota {visitId, QStringLiteral("p1"),
                    QDateTime::currentDateTime().addSecs(-qint64(minutesAgo) * 60), 45};
    return receive(
        *session->store(),
        {rotaVisit(rota),
         person(QStringLiteral("p1"), QStringLiteral("Edith Brown"), QStringLiteral("Edie")),
         carePlan(QStringLiteral("p1"),
                  {{"morning", QJsonArray {"Personal care", "Breakfast", "Medication"}}}),
         entryCodes(QStringLiteral("p1"), QStringLiteral("Key safe by the back door"),
                    QStringLiteral("4321"))});
}

QString RoundTestSupport::nmeaLog(const QString &name) const
{
    return QDir(qEnvironmentVariable("CAREROUND_SOURCE_DIR"))
        .filePath(QStringLiteral("tests/unit/location/data/%1.nmea").arg(name));
}

QStringList RoundTestSupport::storedTypes(careround::ui::AppSession *session,
                                          const QString &visitId)
{
    QStringList types;
    for (const Record &r : visitRecords(session, visitId))
        types << r.type;
    return types;
}

QStringList RoundTestSupport::outboxTypes(careround::ui::AppSession *session,
                                          const QString &visitId)
{
    QStringList types;
    if (!session || !session->store())
        return types;
    auto outbox = session->store()->pendingOutbox(10000);
    outbox.waitForFinished();
    for (const auto &entry : outbox.result()) {
        auto record = RecordCodec::decode(entry.body);
        if (record && record.value().visitId == visitId)
            types << record.value().type;
    }
    return types;
}

QVariant RoundTestSupport::storedField(careround::ui::AppSession *session, const QString &visitId,
                                       const QString &type, const QString &field)
{
    for (const Record &r : visitRecords(session, visitId)) {
        if (r.type == type)
            return r.payload.value(field).toVariant();
    }
    return {};
}

void RoundTestSupport::setSyncState(careround::ui::AppSession *session, bool online, int pending,
                                    bool syncing, double progress, const QString &lastError)
{
    if (!session)
        return;
    careround::ui::SyncStatus *status = session->syncStatus();
    status->setOnline(online);
    status->setPendingCount(pending);
    status->setPhase(
        syncing ? careround::ui::SyncStatus::Pushing
                : (online ? careround::ui::SyncStatus::Idle : careround::ui::SyncStatus::Offline));
    status->setProgress(progress);
    status->setLastError(lastError);
}
