// VisitController: the check-out review (core rules/checkoutreview.h) and the refusal reasons.
#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "core/refusalreasons.h"
#include "core/rules/duedoses.h"
#include "ui/session/appsession.h"
#include "visitcontroller.h"
#include "visitwords.h"

namespace careround::ui {

namespace {

// The person's visits of the care day, current rota versions, for the day's dose plan.
QList<PlannedVisit> dayVisits(const VisitSnapshot &s)
{
    QSet<QString> ids;
    for (const Record &r : s.personRecent)
        if (r.type == QLatin1String(RecordType::Visit) && r.careDay == s.visit.careDay)
            ids.insert(r.visitId);
    QList<PlannedVisit> out {s.visit};
    for (const QString &id : std::as_const(ids)) {
        if (id == s.visit.visitId)
            continue;
        if (const Record *current = currentVisitVersion(s.personRecent, id))
            if (auto planned = PlannedVisit::fromRecord(*current); planned)
                out.append(planned.value());
    }
    return out;
}

} // namespace

QList<CheckOutItem> VisitController::checkOutReviewNow() const
{
    if (!m_snapshot.found || !session() || !session()->author())
        return {};
    CheckOutFacts f;
    f.visit = m_snapshot.visit;
    f.userId = userId();
    for (const VisitTask &task : m_tasks.tasks())
        if (!task.medication)
            f.taskNames.append(task.name);
    f.orders = currentMedicationOrders(m_snapshot.personRecent);
    f.dayVisits = dayVisits(m_snapshot);
    f.records = m_snapshot.visitRecords + m_snapshot.personRecent;
    f.checkOutAt = now();
    f.zone = session()->author()->timeZone();
    return checkOutReview(f);
}

void VisitController::refreshReview()
{
    const QList<CheckOutItem> items = checkOutReviewNow();
    const auto keys = [](const QList<CheckOutItem> &list) {
        QStringList out;
        for (const CheckOutItem &item : list)
            out.append(item.key + u'|' + QString::number(item.deliveredMinutes));
        return out;
    };
    const bool same = keys(items) == keys(m_reviewItems);
    m_reviewItems = items;
    if (same)
        return; // a reload with nothing new: the review page keeps its fields as typed
    emit reviewChanged();
    emit reviewReasonsChanged();
}

bool VisitController::setReviewReason(const QString &key, const QString &reason)
{
    const bool known = std::any_of(m_reviewItems.cbegin(), m_reviewItems.cend(),
                                   [&](const CheckOutItem &item) { return item.key == key; });
    if (!known)
        return fail(QStringLiteral("review"), tr("That item is no longer open"));
    if (reason.size() > 10000)
        return fail(QStringLiteral("review.") + key, tr("The reason is too long"));
    m_reviewReasons.insert(key, reason);
    if (m_messages.field == QStringLiteral("review.") + key)
        clearMessages();
    emit reviewReasonsChanged();
    return true;
}

void VisitController::closeReview()
{
    if (!m_reviewOpen)
        return;
    m_reviewOpen = false;
    if (m_messages.field.startsWith(u"review."))
        clearMessages(); // the review's own error does not stay on the visit page
    emit reviewChanged();
}

bool VisitController::reviewReady() const
{
    return checkOutReviewPayload(m_reviewItems, m_reviewReasons).ok();
}

QString VisitController::reviewTitle(const CheckOutItem &item) const
{
    switch (item.kind) {
    case CheckOutItemKind::DoseWithoutOutcome:
        //: check-out review: e.g. "Sinemet 08:15: nothing recorded"
        return tr("%1 %2: nothing recorded").arg(item.subject, item.scheduledTime);
    case CheckOutItemKind::TaskNotRecorded:
        return tr("%1: not recorded").arg(item.subject);
    case CheckOutItemKind::PartnerNotCheckedIn: {
        const QString name = names().value(item.subject);
        return tr("%1 did not check in").arg(name.isEmpty() ? tr("The second worker") : name);
    }
    case CheckOutItemKind::ShortVisit:
        return tr("Short visit: %1")
            .arg(VisitWords::delivered(item.deliveredMinutes, item.plannedMinutes));
    }
    return {};
}

QString VisitController::reviewDetail(const CheckOutItem &item) const
{
    switch (item.kind) {
    case CheckOutItemKind::DoseWithoutOutcome:
        return tr("Record it in the medication screen, or say why it was not recorded");
    case CheckOutItemKind::TaskNotRecorded:
        return tr("Record it on the visit page, or say why it was not done");
    case CheckOutItemKind::PartnerNotCheckedIn:
        return tr("This is a double-handed call: say what happened");
    case CheckOutItemKind::ShortVisit:
        return tr("Less than two thirds of the planned time: say why");
    }
    return {};
}

QVariantList VisitController::reviewItems() const
{
    QVariantList out;
    for (const CheckOutItem &item : m_reviewItems)
        out.append(QVariantMap {{QStringLiteral("key"), item.key},
                                {QStringLiteral("kind"), checkOutItemCode(item.kind)},
                                {QStringLiteral("subject"), item.subject},
                                {QStringLiteral("title"), reviewTitle(item)},
                                {QStringLiteral("detail"), reviewDetail(item)},
                                {QStringLiteral("reason"), m_reviewReasons.value(item.key)}});
    return out;
}

QVariantList VisitController::refusalReasonChoices() const
{
    QVariantList out;
    for (const QString &code : refusalReasonCodes())
        out.append(QVariantMap {{QStringLiteral("code"), code},
                                {QStringLiteral("text"), refusalReasonWords(code)}});
    return out;
}

} // namespace careround::ui
