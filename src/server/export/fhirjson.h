#pragma once
// Small builders shared by the FHIR R4 mappers (docs/interop.md): ids, references, times with
// their zone, text-only codeable concepts. Everything here is about JSON shape, not care rules.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace careround::server::fhir {

// A FHIR id for a record id: a UUID as it is (lower case), anything else as a name-based UUID
// (version 5) of it, so that every resource can have a urn:uuid: fullUrl.
QString resourceId(const QString &recordId);
// The id of a resource made from part of a record (a goal of a care plan, one allergy of a
// person): a version 5 UUID of the record id and the part's key, the same on every export.
QString partId(const QString &recordId, const QString &key);
QString fullUrl(const QString &id); // "urn:uuid:<id>"
// {"reference": "urn:uuid:<id>"} (+ display when given).
QJsonObject reference(const QString &id, const QString &display = {});
// A reference that names something outside the bundle by words only (a prescriber's name).
QJsonObject displayReference(const QString &display);
// Date-time in the zone, with its offset: "2025-07-01T08:00:00+01:00". Empty for invalid.
QString dateTime(const QDateTime &instant, const QTimeZone &zone);
QString date(const QDate &day); // "2025-07-01"
// {"text": words}
QJsonObject textConcept(const QString &words);
// {"coding": [{system, code, display}], "text": display}
QJsonObject codedConcept(const QString &system, const QString &code, const QString &display);
// [{"text": note}] or an empty array when the note is empty.
QJsonArray notes(const QStringList &texts);
// Copies `key` from `from` into `to` only when it is a non-empty string.
void copyText(QJsonObject &to, const QString &toKey, const QJsonObject &from, const QString &key);

} // namespace careround::server::fhir
