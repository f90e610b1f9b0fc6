#pragma once
// The console's People forms (docs/office.md, "People"): a coordinator adds a person, or changes a
// person's details by an amendment of the person record (never an edit in place). Both go through
// ScopeService::pushFromConsole, so the write rules of a device apply and the phones that hold the
// person receive the change on their next sync. The details are checked by core's person
// validation (errors name the field; nothing is stored on refusal). An amendment names the version
// its form was loaded from: if the details changed since, it is refused as a conflict.
#include "server/scope/scopeservice.h"

#include <QJsonObject>
#include <optional>

namespace careround::server {

enum class PersonEditRefusal {
    BadInput, // 400: error.field names the detail ("nhsNumber", "address.line1", "reason")
    Forbidden, // 403: only coordinators change people
    NotFound, // 404: no such person in the user's scope
    Conflict, // 409: the details changed since the form was loaded
    Storage, // 503
};

struct PersonEdit
{
    std::optional<PersonEditRefusal> refusal; // set: nothing was stored
    Error error;
    QString personId;
    QString recordId; // the person record (an amendment amends it)
    QString version; // what the next amendment must name: the latest amendment's id, or recordId
    bool ok() const { return !refusal.has_value(); }
};

class PersonEdits
{
public:
    PersonEdits(ServerStore &store, ScopeService &scope);

    // A new person from the form's fields (the person record's payload).
    PersonEdit create(const User &user, const QJsonObject &details, const QDateTime &now);
    // {"version", "reason", "details"}: details replace the current ones whole.
    PersonEdit amend(const User &user, const QString &personId, const QJsonObject &body,
                     const QDateTime &now);

private:
    PersonEdit push(const User &user, const Record &record, const QDateTime &now);

    ServerStore &m_store;
    ScopeService &m_scope;
};

} // namespace careround::server
