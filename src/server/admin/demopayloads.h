#pragma once
// Payloads of the demo organisation's records, one function per record type (the shapes are
// core's record types; see docs/domain.md).
#include "demodata.h"
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace careround::server::demo {

QJsonObject personPayload(QRandomGenerator &random, const PersonName &name, const Address &address,
                          const QDate &today);
QJsonObject carePlanPayload(QRandomGenerator &random, const PersonName &name, const QDate &today);

// Every person gets one or two regular medicines; the first person with a PRN, the second a
// time-critical one, so both always appear in a demo.
QList<QJsonObject> medicationOrderPayloads(QRandomGenerator &random, int personIndex,
                                           const QDate &today);

struct VisitSlot
{
    int hour, minute, minutes;
    const char *kind; // "morning", "lunch", "tea", "bed"
};
QList<VisitSlot> visitSlots(QRandomGenerator &random); // 1 to 4 calls a day
QJsonObject visitExtras(const VisitSlot &slot); // tasks and call type

QJsonObject commbookPayload(const QString &text, const QString &audience);

} // namespace careround::server::demo
