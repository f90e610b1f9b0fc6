#include "writerules.h"

#include "core/recordtypes.h"
#include "server/storage/recordfacts.h"

namespace careround::server::scoping {

namespace {

using namespace careround::RecordType;

QString t(const char *type)
{
    return QString::fromLatin1(type);
}

Error refuse(const QString &field, const QString &message)
{
    return Error {field, message};
}

QString payloadText(const Record &record, const char *key)
{
    return record.payload.value(QLatin1String(key)).toString();
}

const QHash<QString, QSet<Role>> &rules()
{
    static const QHash<QString, QSet<Role>> table = [] {
        const QSet<Role> office {Role::Coordinator};
        const QSet<Role> field {Role::CareWorker, Role::Supervisor, Role::Coordinator};
        QHash<QString, QSet<Role>> r;
        for (const char *type : {Person, PersonEntryCodes, CarePlan, MedicationOrder, Visit, Alert})
            r.insert(t(type), office);
        for (const char *type : {ReablementEpisode, ReablementReview})
            r.insert(t(type), {Role::Therapist, Role::Coordinator});
        r.insert(t(GoalProgress),
                 {Role::CareWorker, Role::Supervisor, Role::Therapist, Role::Coordinator});
        for (const char *type : {VisitCheckIn, VisitCheckOut, VisitTask, VisitNote, VisitFinance,
                                 VisitNoAccess, VisitFileRead, MedicationAdministration})
            r.insert(t(type), field);
        for (const char *type : {CommbookEntry, CommbookAck})
            r.insert(t(type), field + QSet<Role> {Role::FamilyMember});
        // A therapist who sees harm must be able to report it: safeguarding is never blocked.
        r.insert(t(Incident), field + QSet<Role> {Role::Therapist});
        r.insert(t(SpotCheck), {Role::Supervisor});
        r.insert(t(SpotCheckAck), {Role::CareWorker, Role::Supervisor});
        r.insert(t(Supervision), {Role::Supervisor, Role::Coordinator});
        r.insert(t(Amendment),
                 {Role::CareWorker, Role::Supervisor, Role::Therapist, Role::Coordinator});
        r.insert(t(AlertAction), {Role::Supervisor, Role::Therapist, Role::Coordinator});
        return r;
    }();
    return table;
}

Result<void> checkFamily(const WriteContext &ctx, const Record &record)
{
    if (record.type == t(CommbookEntry) && facts::audience(record) != facts::familyAudience())
        return refuse(QStringLiteral("payload.audience"),
                      QStringLiteral("must be \"%1\" for an entry written by family")
                          .arg(facts::familyAudience()));
    if (record.type == t(CommbookAck)) {
        const Record entry = ctx.referenced.value(payloadText(record, "entryId"));
        if (entry.type != t(CommbookEntry) || entry.personId != record.personId
            || facts::audience(entry) != facts::familyAudience())
            return refuse(QStringLiteral("payload.entryId"),
                          QStringLiteral("is not an entry shared with family about this person"));
    }
    return {};
}

// A spot check or a supervision: the signed-in supervisor's own, of a worker they supervise.
Result<void> checkSupervisorOfWorker(const WriteContext &ctx, const Record &record)
{
    if (payloadText(record, "supervisorUserId") != ctx.user.id)
        return refuse(QStringLiteral("payload.supervisorUserId"),
                      QStringLiteral("must be the signed-in supervisor"));
    if (!ctx.supervised.contains(payloadText(record, "workerUserId")))
        return refuse(QStringLiteral("payload.workerUserId"),
                      QStringLiteral("is not a worker you supervise"));
    return {};
}

Result<void> checkSpotCheckAck(const WriteContext &ctx, const Record &record)
{
    const Record check = ctx.referenced.value(payloadText(record, "spotCheckId"));
    if (check.type != t(SpotCheck) || payloadText(check, "workerUserId") != ctx.user.id
        || check.personId != record.personId)
        return refuse(QStringLiteral("payload.spotCheckId"),
                      QStringLiteral("is not a spot check of your practice"));
    return {};
}

Result<void> checkAmendment(const WriteContext &ctx, const Record &record)
{
    const QString amendedType = payloadText(record, "amendedType");
    if (!roleMayWriteType(ctx.user.role, amendedType))
        return refuse(QStringLiteral("payload.amendedType"),
                      QStringLiteral("a %1 may not write %2 records")
                          .arg(roleName(ctx.user.role), amendedType));
    const Record original = ctx.referenced.value(record.amends);
    // Family phones already hold a shared entry: a correction cannot take it back to the team.
    if (original.type == t(CommbookEntry) && facts::audience(original) == facts::familyAudience()
        && !record.payload.value(QLatin1String("withdrawn")).toBool()
        && record.payload.value(QLatin1String("replacement"))
                .toObject()
                .value(QLatin1String("audience"))
            != facts::familyAudience())
        return refuse(QStringLiteral("payload.replacement.audience"),
                      QStringLiteral("must stay \"%1\": the entry has been shared with family")
                          .arg(facts::familyAudience()));
    if (ctx.user.role == Role::Coordinator)
        return {};
    if (original.id.isEmpty() || original.authorUserId != ctx.user.id
        || original.type != amendedType || original.personId != record.personId)
        return refuse(
            QStringLiteral("amends"),
            QStringLiteral("is not a %1 record of yours about this person").arg(amendedType));
    return {};
}

// An action on an alert travels with the alert (same person and care day, so every device that
// holds the alert is sent its actions and no other); a person-less alert is about a worker.
Result<void> checkAlertAction(const WriteContext &ctx, const Record &record)
{
    const Record alert = ctx.referenced.value(payloadText(record, "alertId"));
    if (alert.type != t(Alert))
        return refuse(QStringLiteral("payload.alertId"), QStringLiteral("no such alert"));
    if (alert.personId != record.personId)
        return refuse(QStringLiteral("personId"), QStringLiteral("must be the alert's person"));
    if (alert.careDay != record.careDay)
        return refuse(QStringLiteral("careDay"), QStringLiteral("must be the alert's care day"));
    if (!record.visitId.isEmpty())
        return refuse(QStringLiteral("visitId"),
                      QStringLiteral("must be left out: the action is on the alert"));
    if (alert.personId.isEmpty() && ctx.user.role != Role::Coordinator
        && !ctx.supervised.contains(payloadText(alert, "subjectUserId")))
        return refuse(QStringLiteral("payload.alertId"),
                      QStringLiteral("is not an alert about a worker you supervise"));
    if (payloadText(record, "action") == QLatin1String("assign")
        && !ctx.officeColleagues.contains(payloadText(record, "assigneeUserId")))
        return refuse(QStringLiteral("payload.assigneeUserId"),
                      QStringLiteral("is not an office colleague of this organisation"));
    return {};
}

// Whose assignment to the visit lets the record in; empty: none is needed, only the person.
QString assigneeFor(const WriteContext &ctx, const Record &record)
{
    if (ctx.user.role != Role::CareWorker && ctx.user.role != Role::Supervisor)
        return {}; // coordinators (office) and therapists (not on the rota)
    if (record.type == t(Incident))
        return {}; // safeguarding is never blocked by the rota
    if (record.type == t(SpotCheck))
        return payloadText(record, "workerUserId"); // the observed worker's visit
    return ctx.user.id;
}

bool versionLetsIn(const VisitAssignment &visit, const Record &record, const QString &assignee)
{
    return visit.personId == record.personId
        && (assignee.isEmpty() || visit.workerIds.contains(assignee));
}

Result<void> checkVisit(const WriteContext &ctx, const Record &record)
{
    const QString visitId = namedVisitId(record);
    if (visitId.isEmpty())
        return {};
    if (ctx.user.role == Role::FamilyMember)
        return refuse(QStringLiteral("visitId"),
                      QStringLiteral("family members write no visit records"));
    const QList<VisitAssignment> versions = ctx.visits.value(visitId);
    if (versions.isEmpty())
        return refuse(QStringLiteral("visitId"), QStringLiteral("no such visit on the rota"));
    const QString assignee = assigneeFor(ctx, record);
    bool personMatches = false;
    for (const VisitAssignment &version : versions) {
        if (versionLetsIn(version, record, assignee))
            return {};
        personMatches = personMatches || version.personId == record.personId;
    }
    if (!personMatches)
        return refuse(QStringLiteral("visitId"), QStringLiteral("is a visit of another person"));
    return refuse(QStringLiteral("visitId"),
                  record.type == t(SpotCheck)
                      ? QStringLiteral("is not a visit of the worker observed")
                      : QStringLiteral("is not a visit you are assigned to"));
}

} // namespace

QString namedVisitId(const Record &record)
{
    return record.type == t(Visit) ? QString() : record.visitId; // a rota visit defines its visit
}

bool visitHistoryNeeded(const WriteContext &ctx, const Record &record)
{
    const QString visitId = namedVisitId(record);
    if (visitId.isEmpty() || ctx.user.role == Role::FamilyMember || !ctx.visits.contains(visitId))
        return false;
    return !checkVisit(ctx, record);
}

bool roleMayWriteType(Role role, const QString &type)
{
    return rules().value(type).contains(role);
}

QStringList referencedIds(const Record &record)
{
    if (record.type == t(Amendment))
        return {record.amends};
    if (record.type == t(CommbookAck))
        return {payloadText(record, "entryId")};
    if (record.type == t(SpotCheckAck))
        return {payloadText(record, "spotCheckId")};
    if (record.type == t(AlertAction))
        return {payloadText(record, "alertId")};
    return {};
}

Result<void> authoriseWrite(const WriteContext &ctx, const Record &record)
{
    const User &user = ctx.user;
    if (record.authorUserId != user.id)
        return refuse(QStringLiteral("authorUserId"), QStringLiteral("must be the signed-in user"));
    if (!ctx.deviceId.isEmpty() && record.deviceId != ctx.deviceId)
        return refuse(QStringLiteral("deviceId"),
                      QStringLiteral("must be the device that pushes it"));
    // A record may say who wrote it, for screens that have no directory: it must be true.
    if (record.payload.contains(QLatin1String("authorName"))
        && payloadText(record, "authorName") != user.displayName)
        return refuse(QStringLiteral("payload.authorName"),
                      QStringLiteral("must be the signed-in user's name"));
    if (record.payload.contains(QLatin1String("authorRole"))
        && payloadText(record, "authorRole") != roleName(user.role))
        return refuse(QStringLiteral("payload.authorRole"),
                      QStringLiteral("must be the signed-in user's role"));
    if (!roleMayWriteType(user.role, record.type)) {
        if (facts::isOfficeOwned(record) || record.type == t(PersonEntryCodes)
            || record.type == t(Alert))
            return refuse(QStringLiteral("type"),
                          QStringLiteral("only the office may write %1 records").arg(record.type));
        return refuse(
            QStringLiteral("type"),
            QStringLiteral("a %1 may not write %2 records").arg(roleName(user.role), record.type));
    }
    switch (user.role) {
    case Role::Coordinator:
        if (record.type == t(AlertAction))
            return checkAlertAction(ctx, record);
        if (auto visit = checkVisit(ctx, record); !visit)
            return visit;
        return record.type == t(Amendment) ? checkAmendment(ctx, record) : Result<void> {};
    case Role::FamilyMember:
        if (!ctx.scope.personIds.contains(record.personId))
            return refuse(QStringLiteral("personId"),
                          QStringLiteral("not a person you are linked to with active consent"));
        if (auto visit = checkVisit(ctx, record); !visit)
            return visit;
        return checkFamily(ctx, record);
    case Role::CareWorker:
    case Role::Supervisor:
    case Role::Therapist:
        // An acknowledgement follows the spot check, whichever person it was made with.
        if (record.type == t(SpotCheckAck)) {
            if (auto ack = checkSpotCheckAck(ctx, record); !ack)
                return ack;
            return checkVisit(ctx, record);
        }
        if (!record.personId.isEmpty() && !ctx.writable.contains(record.personId))
            return refuse(QStringLiteral("personId"), QStringLiteral("not a person in your scope"));
        if (record.type == t(Supervision))
            return checkSupervisorOfWorker(ctx, record);
        if (record.type == t(AlertAction))
            return checkAlertAction(ctx, record);
        if (record.type == t(SpotCheck)) {
            if (auto spot = checkSupervisorOfWorker(ctx, record); !spot)
                return spot;
            return checkVisit(ctx, record);
        }
        if (auto visit = checkVisit(ctx, record); !visit)
            return visit;
        if (record.type == t(Amendment))
            return checkAmendment(ctx, record);
        return {};
    }
    return refuse(QStringLiteral("role"), QStringLiteral("unknown role"));
}

} // namespace careround::server::scoping
