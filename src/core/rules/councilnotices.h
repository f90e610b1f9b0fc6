#pragma once
// Which raised alerts the commissioning council must be told about, and what it is told
// (product.md, "Report to the commissioner immediately"; docs/alerts.md, "Council
// notifications"). The notice carries the minimum: a person reference, what happened (a code),
// when, and what was done (codes) — never an alert's summary or any free-text note.
#include "core/record.h"
#include <QJsonObject>
#include <optional>

namespace careround {

struct CouncilNotice
{
    QString alertId; // the idempotency key's root: one alert, one notice
    QString kind; // missed_call, late_call, safeguarding_concern, serious_incident,
                  // hospital_admission, death, three_refusals, deterioration
    QString severity; // the alert's
    QString personId; // the provider's person reference
    QString visitId; // optional
    QDateTime occurredAt; // UTC
    QStringList actionsTaken; // codes: office_alerted, reported_by_phone, reported_in_writing…

    friend bool operator==(const CouncilNotice &, const CouncilNotice &) = default;
};

// The notice for `alert` (an alert record) given the records it rests on (its
// relatedRecordIds, as stored; missing ones are simply absent), or nothing when the
// specification does not ask for one.
std::optional<CouncilNotice> councilNotice(const Record &alert, const QList<Record> &related);

// The notice as sent in a webhook body and kept in the outbox (stable keys, sorted by Qt).
QJsonObject councilNoticeJson(const CouncilNotice &notice);
std::optional<CouncilNotice> councilNoticeFromJson(const QJsonObject &json);
// Words for a person reading the e-mail (English, the council's language).
QString councilNoticeKindWords(const QString &kind);

} // namespace careround
