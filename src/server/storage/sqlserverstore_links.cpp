// Relationships that decide scope: supervision, therapist caseload, family links and consent.
#include "inputchecks.h"
#include "sqlserverstore_p.h"

namespace careround::server {

using sql::Connection;
using sql::Row;

namespace rows {

QString familyLinkColumns()
{
    return QStringLiteral(
        "id, org_id, family_user_id, person_id, relationship, consent_active, consent_changed_at");
}

FamilyLink familyLink(const Row &row)
{
    FamilyLink link;
    link.id = row.text(0);
    link.orgId = row.text(1);
    link.familyUserId = row.text(2);
    link.personId = row.text(3);
    link.relationship = row.text(4);
    link.consentActive = row.boolean(5);
    link.consentChangedAt = sql::timeFrom(row.text(6));
    return link;
}

} // namespace rows

Result<bool> personInOrg(Connection &session, const QString &orgId, const QString &personId)
{
    auto found = session.query(QStringLiteral("SELECT 1 FROM persons WHERE id = ? AND org_id = ?"),
                               {personId, orgId});
    if (!found)
        return found.error();
    return !found.value().isEmpty();
}

namespace {

// The user must exist, belong to orgId and have the role.
Result<void> requireUser(Connection &s, const QString &field, const QString &orgId,
                         const QString &userId, Role role)
{
    auto user = findUser(s, userId);
    if (!user)
        return user.error();
    if (!user.value() || user.value()->orgId != orgId)
        return Error {field, QStringLiteral("no such user in this organisation")};
    if (user.value()->role != role)
        return Error {field, QStringLiteral("must be a %1").arg(roleName(role))};
    return {};
}

Result<void> requirePerson(Connection &s, const QString &orgId, const QString &personId)
{
    auto known = personInOrg(s, orgId, personId);
    if (!known)
        return known.error();
    if (!known.value())
        return Error {QStringLiteral("personId"),
                      QStringLiteral("no such person in this organisation")};
    return {};
}

Result<QStringList> firstColumn(Result<QList<Row>> found)
{
    if (!found)
        return found.error();
    QStringList values;
    for (const Row &row : found.value())
        values.append(row.text(0));
    return values;
}

} // namespace

Result<void> SqlServerStore::addSupervision(const QString &orgId, const QString &supervisorId,
                                            const QString &workerId)
{
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        if (auto r = requireUser(s, QStringLiteral("supervisorId"), orgId, supervisorId,
                                 Role::Supervisor);
            !r)
            return r;
        if (auto r = requireUser(s, QStringLiteral("workerId"), orgId, workerId, Role::CareWorker);
            !r)
            return r;
        auto changed = s.exec(
            QStringLiteral("DELETE FROM supervision WHERE supervisor_id = ? AND worker_id = ?"),
            {supervisorId, workerId});
        if (!changed)
            return changed.error();
        auto inserted = s.exec(
            QStringLiteral(
                "INSERT INTO supervision (org_id, supervisor_id, worker_id) VALUES (?, ?, ?)"),
            {orgId, supervisorId, workerId});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Result<void> SqlServerStore::removeSupervision(const QString &orgId, const QString &supervisorId,
                                               const QString &workerId)
{
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto changed = s.exec(
            QStringLiteral(
                "DELETE FROM supervision WHERE org_id = ? AND supervisor_id = ? AND worker_id = ?"),
            {orgId, supervisorId, workerId});
        if (!changed)
            return changed.error();
        return {};
    });
}

Result<QStringList> SqlServerStore::supervisedWorkers(const QString &orgId,
                                                      const QString &supervisorId)
{
    return inTransaction<QStringList>(false, [&](Connection &s) {
        return firstColumn(
            s.query(QStringLiteral(
                        "SELECT worker_id FROM supervision WHERE org_id = ? AND supervisor_id = ? "
                        "ORDER BY worker_id"),
                    {orgId, supervisorId}));
    });
}

Result<void> SqlServerStore::addToCaseload(const QString &orgId, const QString &therapistId,
                                           const QString &personId)
{
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        if (auto r =
                requireUser(s, QStringLiteral("therapistId"), orgId, therapistId, Role::Therapist);
            !r)
            return r;
        if (auto r = requirePerson(s, orgId, personId); !r)
            return r;
        auto changed =
            s.exec(QStringLiteral("DELETE FROM caseload WHERE therapist_id = ? AND person_id = ?"),
                   {therapistId, personId});
        if (!changed)
            return changed.error();
        auto inserted =
            s.exec(QStringLiteral(
                       "INSERT INTO caseload (org_id, therapist_id, person_id) VALUES (?, ?, ?)"),
                   {orgId, therapistId, personId});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Result<void> SqlServerStore::removeFromCaseload(const QString &orgId, const QString &therapistId,
                                                const QString &personId)
{
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto changed = s.exec(
            QStringLiteral(
                "DELETE FROM caseload WHERE org_id = ? AND therapist_id = ? AND person_id = ?"),
            {orgId, therapistId, personId});
        if (!changed)
            return changed.error();
        return {};
    });
}

Result<QStringList> SqlServerStore::caseload(const QString &orgId, const QString &therapistId)
{
    return inTransaction<QStringList>(false, [&](Connection &s) {
        return firstColumn(s.query(
            QStringLiteral("SELECT person_id FROM caseload WHERE org_id = ? AND therapist_id = ? "
                           "ORDER BY person_id"),
            {orgId, therapistId}));
    });
}

Result<void> SqlServerStore::createFamilyLink(const FamilyLink &link)
{
    if (auto r = checks::familyLink(link); !r)
        return r;
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        if (auto r = requireUser(s, QStringLiteral("familyUserId"), link.orgId, link.familyUserId,
                                 Role::FamilyMember);
            !r)
            return r;
        if (auto r = requirePerson(s, link.orgId, link.personId); !r)
            return r;
        auto existing = s.query(QStringLiteral("SELECT id FROM family_links WHERE id = ? OR "
                                               "(family_user_id = ? AND person_id = ?)"),
                                {link.id, link.familyUserId, link.personId});
        if (!existing)
            return existing.error();
        if (!existing.value().isEmpty())
            return Error {QStringLiteral("personId"),
                          QStringLiteral("this family member is already linked to this person")};
        // A new link never starts with consent: consent is recorded as an event.
        auto inserted = s.exec(
            QStringLiteral("INSERT INTO family_links (%1) VALUES (?, ?, ?, ?, ?, 0, NULL)")
                .arg(rows::familyLinkColumns()),
            {link.id, link.orgId, link.familyUserId, link.personId, link.relationship.trimmed()});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Result<QList<FamilyLink>> SqlServerStore::familyLinksForUser(const QString &orgId,
                                                             const QString &familyUserId)
{
    return inTransaction<QList<FamilyLink>>(false, [&](Connection &s) -> Result<QList<FamilyLink>> {
        auto found = s.query(
            QStringLiteral(
                "SELECT %1 FROM family_links WHERE org_id = ? AND family_user_id = ? ORDER BY id")
                .arg(rows::familyLinkColumns()),
            {orgId, familyUserId});
        if (!found)
            return found.error();
        QList<FamilyLink> links;
        for (const Row &row : found.value())
            links.append(rows::familyLink(row));
        return links;
    });
}

Result<QList<FamilyLink>> SqlServerStore::familyLinksForPerson(const QString &orgId,
                                                               const QString &personId)
{
    return inTransaction<QList<FamilyLink>>(false, [&](Connection &s) -> Result<QList<FamilyLink>> {
        auto found = s.query(
            QStringLiteral(
                "SELECT %1 FROM family_links WHERE org_id = ? AND person_id = ? ORDER BY id")
                .arg(rows::familyLinkColumns()),
            {orgId, personId});
        if (!found)
            return found.error();
        QList<FamilyLink> links;
        for (const Row &row : found.value())
            links.append(rows::familyLink(row));
        return links;
    });
}

Result<void> SqlServerStore::recordConsent(const QString &orgId, const ConsentEvent &event)
{
    if (auto r = checks::consentEvent(event); !r)
        return r;
    return inTransaction<void>(true, [&](Connection &s) -> Result<void> {
        auto link =
            s.query(QStringLiteral("SELECT 1 FROM family_links WHERE id = ? AND org_id = ?"),
                    {event.linkId, orgId});
        if (!link)
            return link.error();
        if (link.value().isEmpty())
            return Error {QStringLiteral("linkId"),
                          QStringLiteral("no such family link in this organisation")};
        auto recorder = findUser(s, event.recordedByUserId);
        if (!recorder)
            return recorder.error();
        if (!recorder.value() || recorder.value()->orgId != orgId)
            return Error {QStringLiteral("recordedByUserId"),
                          QStringLiteral("no such user in this organisation")};
        auto inserted =
            s.exec(QStringLiteral(
                       "INSERT INTO consent_events (link_id, org_id, given, at, recorded_by, note) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
                   {event.linkId, orgId, sql::flagValue(event.given), sql::timeValue(event.at),
                    event.recordedByUserId, sql::textValue(event.note)});
        if (!inserted)
            return inserted.error();
        auto updated = s.exec(
            QStringLiteral(
                "UPDATE family_links SET consent_active = ?, consent_changed_at = ? WHERE id = ?"),
            {sql::flagValue(event.given), sql::timeValue(event.at), event.linkId});
        if (!updated)
            return updated.error();
        return {};
    });
}

Result<QList<ConsentEvent>> SqlServerStore::consentHistory(const QString &orgId,
                                                           const QString &linkId)
{
    return inTransaction<QList<ConsentEvent>>(
        false, [&](Connection &s) -> Result<QList<ConsentEvent>> {
            auto found = s.query(
                QStringLiteral("SELECT link_id, given, at, recorded_by, note FROM consent_events "
                               "WHERE org_id = ? AND link_id = ? ORDER BY id"),
                {orgId, linkId});
            if (!found)
                return found.error();
            QList<ConsentEvent> events;
            for (const Row &row : found.value()) {
                ConsentEvent event;
                event.linkId = row.text(0);
                event.given = row.boolean(1);
                event.at = sql::timeFrom(row.text(2));
                event.recordedByUserId = row.text(3);
                event.note = row.text(4);
                events.append(event);
            }
            return events;
        });
}

} // namespace careround::server
