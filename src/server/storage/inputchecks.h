#pragma once
// Checks of what callers hand the store, before any SQL: each failure names the field.
#include "servertypes.h"

namespace careround::server::checks {

Result<void> id(const QString &field, const QString &value); // 1..64 of [A-Za-z0-9._:-]
Result<void> text(const QString &field, const QString &value, int maxLength, bool required = true);
Result<void> organisation(const Organisation &org, const QByteArray &escrowSecretKey);
Result<void> user(const User &user);
Result<void> loginName(const QString &value);
Result<void> passwordHash(const QString &value);
Result<void> familyLink(const FamilyLink &link);
Result<void> consentEvent(const ConsentEvent &event);
Result<void> device(const Device &device);
Result<void> session(const Session &session);
Result<void> tokenHash(const QByteArray &hash);
Result<void> auditEntry(const AuditEntry &entry);
Result<void> recordQuery(const RecordQuery &query);

} // namespace careround::server::checks
