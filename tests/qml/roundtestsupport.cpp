#include "roundtestsupport.h"

#include "commbookfixtures.h"
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

bool RoundTestSupport::seedBook(careround::ui::AppSession *session)
{
    if (!session || !session->store())
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    return receive(
        *session->store(),
        {person(QStringLiteral("p1"), QStringLiteral("Edith Brown"), QStringLiteral("Edie")),
         commbookEntry(QStringLiteral("p1"), OfficeUser, QStringLiteral("Carol Smith"),
                       QStringLiteral("coordinator"), QStringLiteral("family"),
                       QStringLiteral("Hospital appointment on Friday at 10. Transport is booked."),
                       now.addSecs(-7200)),
         commbookEntry(
             QStringLiteral("p1"), PartnerUser, QStringLiteral("Ben Ward"),
             QStringLiteral("care_worker"), QStringLiteral("care_team"),
             QStringLiteral(
                 "Small bruise on the left forearm, Edie says she knocked it on the door."),
             now.addSecs(-3600))});
}

bool RoundTestSupport::seedFamilyView(careround::ui::AppSession *session)
{
    if (!session || !session->store())
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    Record named =
        person(QStringLiteral("p1"), QStringLiteral("Edith Brown"), QStringLiteral("Edie"));
    named.payload =
        QJsonObject {{"name", "Edith Brown"}, {"preferredName", "Edie"}}; // the family view's
    return receive(
        *session->store(),
        {named,
         commbookEntry(QStringLiteral("p1"), OfficeUser, QStringLiteral("Carol"),
                       QStringLiteral("coordinator"), QStringLiteral("family"),
                       QStringLiteral("Hospital appointment on Friday at 10. Transport is booked."),
                       now.addSecs(-7200)),
         visitSummary(QStringLiteral("p1"), QStringLiteral("v-today"), now.addSecs(-5400),
                      QStringLiteral("Amira")),
         visitSummary(QStringLiteral("p1"), QStringLiteral("v-yesterday"), now.addDays(-1),
                      QStringLiteral("Ben"))});
}

bool RoundTestSupport::seedObservedVisit(careround::ui::AppSession *session, const QString &visitId,
                                         int minutesAgo)
{
    if (!session || !session->store())
        return false;
    RotaVisit rota {visitId,
                    QStringLiteral("p1"),
                    QDateTime::currentDateTime().addSecs(-qint64(minutesAgo) * 60),
                    45,
                    {ThisUser}};
    rota.workerNames = QJsonObject {{ThisUser, "Amira Khan"}};
    return receive(
        *session->store(),
        {rotaVisit(rota),
         person(QStringLiteral("p1"), QStringLiteral("Edith Brown"), QStringLiteral("Edie")),
         checkIn(QStringLiteral("p1"), visitId, ThisUser, rota.plannedStart.addSecs(60))});
}

QVariantList RoundTestSupport::storedPayloads(careround::ui::AppSession *session,
                                              const QString &personId, const QString &type)
{
    QVariantList out;
    if (!session || !session->store())
        return out;
    auto records = session->store()->forPerson(personId);
    records.waitForFinished();
    for (const Record &r : records.result()) {
        if (r.type == type)
            out.append(r.payload.toVariantMap());
    }
    return out;
}

bool RoundTestSupport::purgeAsSyncWould(careround::ui::AppSession *session,
                                        const QStringList &personIds)
{
    if (!session || !session->store())
        return false;
    auto purged = session->store()->purge(store::PurgeRequest {personIds, {}, {}});
    purged.waitForFinished();
    if (!purged.result())
        return false;
    session->applyPurged(personIds);
    return true;
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
