#pragma once
// The alert records the server raises itself (rule output, docs/domain.md "alert"). Their whole
// content, id included, is derived from the records that caused them, never from the moment or
// the process that noticed: two server processes, or a retried push, raise byte-identical alerts,
// so the second write is a Duplicate.
#include "core/alertrules.h"
#include "core/record.h"
#include <QStringList>

namespace careround::server::alerts {

// Author, device and clock node of server-raised records.
QString serverAuthorId(); // "careround-server"

struct AlertContent
{
    QString rule;
    QString severity; // info, warning, urgent
    QString summary; // in words, for a coordinator
    QString personId;
    QString visitId; // optional
    QString subjectUserId; // optional: the worker the alert is about
    QStringList relatedRecordIds; // the records behind it; sorted before use
    QString idKey; // what makes the alert one of its kind; empty = the related ids
};

// The alert record: id = deterministicUuid7(latest.hlc.wallMs, rule + (idKey or related ids)), care
// day, device time and clock from `latest` (the most recent of the related records, by HLC).
Record alertRecord(AlertContent content, const Record &latest);

} // namespace careround::server::alerts
