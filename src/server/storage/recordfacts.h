#pragma once
// What the server needs to know about a record beyond its envelope, in one place so that the
// storage and scope code do not depend on payload field names: its stored form (the core codec),
// whether it creates a person, whether it is a rota visit and whom it assigns, its audience.
#include "servertypes.h"
#include <QByteArray>

namespace careround::server::facts {

QByteArray encode(const Record &record); // canonical compact JSON (core RecordCodec)
Result<Record> decode(const QByteArray &body);
Result<void> validate(const Record &record); // core validateRecord (envelope + payload)
// What a record new to the server must also meet (docs/protocol.md, "Record limits"): no payload
// field its type's schema does not name, and its stored form (`body`) at most 1 MiB.
Result<void> checkNewRecord(const Record &record, const QByteArray &body);

QString personType();
QString carePlanType();
QString medicationOrderType();
QString visitType();
QString commbookType(); // a rota visit (office-owned, versioned)

bool isPerson(const Record &record); // the person record itself (office-owned)
bool isRotaVisit(const Record &record); // a version of a rota visit (office-owned)
bool isOfficeOwned(const Record &record); // person, care plan, medication order, visit
QStringList officeOwnedTypes();
QStringList alwaysCurrentTypes(); // office-owned types kept whatever their date
QString audience(const Record &record); // payload "audience" when it is a string
QString familyAudience(); // the audience value shared with family
bool isCommbookEntry(const Record &record);
bool isDeliveredVisit(const Record &record); // the record that closes a delivered visit
QStringList familyVisibleTypes(); // what the family view may pass on (scope/familyview.cpp)
// What a family member sees of a delivered visit: date, time, the worker's first name; authored by
// "careround-server" (a record every device's codec accepts, naming no worker).
Record visitSummary(const Record &delivered, const QString &workerFirstName);

// The rota row a visit record describes (latest version wins, by hybrid logical clock).
// An error names the payload field that is missing or wrong.
Result<VisitAssignment> visitAssignment(const Record &record, const QString &orgId);
// Writes the plan of a rota visit into a visit payload (the inverse of visitAssignment).
void setVisitPlan(QJsonObject &payload, const QDateTime &plannedStart, int durationMinutes,
                  const QStringList &workerIds);
// Payload field names of the visit plan, for import error messages.
QString plannedStartField();
QString durationField();
QString workersField();

} // namespace careround::server::facts
