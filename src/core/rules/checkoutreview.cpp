#include "checkoutreview.h"
#include "amendments.h"
#include "core/recordtypes.h"
#include "duedoses.h"
#include "slotrecords.h"
#include <QJsonObject>
#include <QSet>

namespace careround {

namespace {

QList<Record> visitEvents(const CheckOutFacts &f)
{
    QList<Record> mine;
    for (const Record &r : f.records)
        if (r.visitId == f.visit.visitId)
            mine.append(r);
    QList<Record> out;
    for (const EffectiveRecord &e : effectiveRecords(mine))
        out.append(e.record);
    return out;
}

void addDoses(const CheckOutFacts &f, QList<CheckOutItem> &out)
{
    QList<PlannedVisit> visits = f.dayVisits;
    const bool listed = std::any_of(visits.cbegin(), visits.cend(), [&](const PlannedVisit &v) {
        return v.visitId == f.visit.visitId;
    });
    if (!listed)
        visits.append(f.visit);
    const DayDosePlan plan = planDoses(f.orders, visits, f.visit.careDay, f.zone);
    for (const DueDose &dose : plan.forVisit(f.visit.visitId)) {
        const DoseSlot slot {dose.orderId, dose.careDay, dose.scheduledTime};
        if (administrationsForSlot(f.records, slot).recorded())
            continue;
        out.append({CheckOutItemKind::DoseWithoutOutcome,
                    QStringLiteral("dose:%1@%2").arg(dose.orderId, dose.scheduledTime),
                    dose.medicine.simplified(), dose.scheduledTime});
    }
}

void addTasks(const QStringList &taskNames, const QList<Record> &events, QList<CheckOutItem> &out)
{
    QSet<QString> recorded;
    for (const Record &r : events)
        if (r.type == QLatin1String(RecordType::VisitTask))
            recorded.insert(checkOutTaskKey(r.payload.value(QLatin1String("task")).toString()));
    QSet<QString> listed;
    for (const QString &name : taskNames) {
        const QString key = checkOutTaskKey(name);
        if (key.isEmpty() || recorded.contains(key) || listed.contains(key))
            continue;
        listed.insert(key);
        out.append(
            {CheckOutItemKind::TaskNotRecorded, QStringLiteral("task:") + key, name.simplified()});
    }
}

std::optional<QDateTime> firstCheckIn(const QList<Record> &events, const QString &userId = {})
{
    std::optional<QDateTime> first;
    for (const Record &r : events) {
        if (r.type != QLatin1String(RecordType::VisitCheckIn))
            continue;
        if (!userId.isEmpty() && r.authorUserId != userId)
            continue;
        if (!first || r.deviceTime < *first)
            first = r.deviceTime;
    }
    return first;
}

} // namespace

QString checkOutTaskKey(const QString &name)
{
    return name.simplified().toLower();
}

QList<CheckOutItem> checkOutReview(const CheckOutFacts &f)
{
    QList<CheckOutItem> out;
    const QList<Record> events = visitEvents(f);
    addDoses(f, out);
    addTasks(f.taskNames, events, out);
    for (const QString &worker : f.visit.workerIds) {
        if (worker == f.userId || firstCheckIn(events, worker))
            continue;
        out.append(
            {CheckOutItemKind::PartnerNotCheckedIn, QStringLiteral("partner:") + worker, worker});
    }
    const auto start = firstCheckIn(events);
    const int planned = f.visit.durationMinutes;
    if (start && planned > 0 && f.checkOutAt.isValid()) {
        const int delivered = int(std::max<qint64>(0, start->secsTo(f.checkOutAt) / 60));
        const VisitAlertThresholds &t = f.thresholds;
        if (qint64(delivered) * t.shortVisitDenominator < qint64(planned) * t.shortVisitNumerator)
            out.append({CheckOutItemKind::ShortVisit,
                        QStringLiteral("short"),
                        {},
                        {},
                        delivered,
                        planned});
    }
    return out;
}

QString checkOutItemCode(CheckOutItemKind kind)
{
    switch (kind) {
    case CheckOutItemKind::DoseWithoutOutcome:
        return QStringLiteral("dose_without_outcome");
    case CheckOutItemKind::TaskNotRecorded:
        return QStringLiteral("task_not_recorded");
    case CheckOutItemKind::PartnerNotCheckedIn:
        return QStringLiteral("partner_not_checked_in");
    case CheckOutItemKind::ShortVisit:
        return QStringLiteral("short_visit");
    }
    return {};
}

Result<QJsonArray> checkOutReviewPayload(const QList<CheckOutItem> &items,
                                         const QHash<QString, QString> &reasons)
{
    QJsonArray out;
    for (const CheckOutItem &item : items) {
        const QString reason = reasons.value(item.key).trimmed();
        if (reason.isEmpty())
            return Error {QStringLiteral("review.") + item.key,
                          QStringLiteral("needs a reason or a record")};
        QJsonObject o {{QStringLiteral("item"), checkOutItemCode(item.kind)},
                       {QStringLiteral("reason"), reason}};
        if (!item.subject.isEmpty())
            o.insert(QStringLiteral("subject"), item.subject);
        if (!item.scheduledTime.isEmpty())
            o.insert(QStringLiteral("scheduledTime"), item.scheduledTime);
        if (item.kind == CheckOutItemKind::ShortVisit) {
            o.insert(QStringLiteral("deliveredMinutes"), item.deliveredMinutes);
            o.insert(QStringLiteral("plannedMinutes"), item.plannedMinutes);
        }
        out.append(o);
    }
    return out;
}

} // namespace careround
