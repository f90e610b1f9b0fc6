#include "testrecords.h"
#include "core/recordtypes.h"
#include "core/uuid7.h"
#include "samplerecords.h"
#include <QJsonArray>
#include <atomic>

namespace careround::server::test {

namespace {
std::atomic<quint32> counter {0};
QString t(const char *type)
{
    return QString::fromLatin1(type);
}
} // namespace

QString newPersonId()
{
    return newUuid7();
}

RecordFactory::RecordFactory(QString authorUserId, QString deviceId)
    : m_author(std::move(authorUserId))
    , m_device(std::move(deviceId))
{ }

void RecordFactory::setAuthor(const QString &authorUserId, const QString &deviceId)
{
    m_author = authorUserId;
    m_device = deviceId;
}

Record RecordFactory::base(const QString &type, const QString &personId, const QDate &careDay)
{
    Record r;
    r.id = newUuid7();
    r.type = type;
    r.personId = personId;
    r.careDay = careDay;
    r.authorUserId = m_author;
    // Office records written without a device carry the server's import device, as the importer
    // does.
    r.deviceId = m_device.isEmpty() ? QStringLiteral("server-import") : m_device;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.hlc = HlcTimestamp {now.toMSecsSinceEpoch(), ++counter, r.deviceId};
    r.deviceTime = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    return r;
}

Record RecordFactory::person(const QString &personId, const QString &name)
{
    Record r = base(t(RecordType::Person), personId, QDate::currentDate());
    r.payload = QJsonObject {{QStringLiteral("name"), name}};
    return r;
}

Record RecordFactory::carePlan(const QString &personId)
{
    Record r = base(t(RecordType::CarePlan), personId, QDate::currentDate().addDays(-200));
    r.payload = QJsonObject {
        {QStringLiteral("personalOutcomes"), QJsonArray {QStringLiteral("Walk to the shop")}}};
    return r;
}

Record RecordFactory::medicationOrder(const QString &personId)
{
    Record r = base(t(RecordType::MedicationOrder), personId, QDate::currentDate().addDays(-300));
    r.payload = samples::payload(r.type);
    return r;
}

Record RecordFactory::visit(const QString &personId, const QDateTime &plannedStart,
                            const QStringList &workerIds, const QString &visitId, int minutes)
{
    Record r = base(t(RecordType::Visit), personId, plannedStart.toUTC().date());
    r.visitId = visitId.isEmpty() ? r.id : visitId;
    r.payload =
        QJsonObject {{QStringLiteral("plannedStart"), plannedStart.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("durationMinutes"), minutes},
                     {QStringLiteral("workerIds"), QJsonArray::fromStringList(workerIds)}};
    return r;
}

Record RecordFactory::teamNote(const QString &personId, const QDate &careDay, const QString &text)
{
    return commbook(personId, QStringLiteral("care_team"), text, careDay);
}

Record RecordFactory::commbook(const QString &personId, const QString &audience,
                               const QString &text, const QDate &careDay)
{
    Record r = base(t(RecordType::CommbookEntry), personId, careDay);
    r.payload = QJsonObject {{QStringLiteral("text"), text},
                             {QStringLiteral("audience"), audience},
                             {QStringLiteral("category"), QStringLiteral("general")}};
    return r;
}

Record RecordFactory::checkOut(const QString &personId, const QString &visitId,
                               const QDate &careDay)
{
    Record r = base(t(RecordType::VisitCheckOut), personId, careDay);
    r.visitId = visitId;
    r.payload = QJsonObject {{QStringLiteral("note"), QStringLiteral("private clinical detail")},
                             {QStringLiteral("verification"), QStringLiteral("no_fix")}};
    return r;
}

} // namespace careround::server::test
