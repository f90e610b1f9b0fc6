#include "visithistory.h"

#include "core/recordtypes.h"
#include "ui/common/correctedrecords.h"
#include "ui/common/recordsummary.h"
#include "visitpayloads.h"
#include "visitwords.h"
#include <algorithm>

namespace careround::ui {

namespace {

QString authorName(const QHash<QString, QString> &names, const QString &userId)
{
    const QString name = names.value(userId);
    return name.isEmpty() ? VisitHistory::tr("another worker") : name;
}

QString firstTextField(const QJsonObject &payload)
{
    for (const char *field : {"note", "description"}) {
        const QString text = payload.value(QLatin1String(field)).toString();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

QList<HistoryEntry> VisitHistory::build(const QList<Record> &records,
                                        const QHash<QString, QString> &names, const QString &userId)
{
    QList<Record> visitRecords;
    for (const Record &r : records) {
        if (r.type != QLatin1String(RecordType::Visit))
            visitRecords.append(r);
    }
    QList<std::pair<HlcTimestamp, HistoryEntry>> entries;
    for (const CorrectedRecord &c : withCorrections(visitRecords)) {
        HistoryEntry e;
        e.recordId = c.original.id;
        e.type = c.original.type;
        e.title = RecordSummaries::typeLabel(c.original.type);
        e.detail = RecordSummaries::describe(c.original).details;
        //: who wrote an entry and when, e.g. "Amira Khan at 08:12"
        e.byText = tr("%1 at %2")
                       .arg(authorName(names, c.original.authorUserId),
                            VisitWords::clock(c.original.deviceTime));
        e.withdrawn = c.withdrawn;
        e.corrected = !c.withdrawn && c.corrected();
        if (e.withdrawn)
            e.statusText = tr("Withdrawn: see the correction below");
        else if (e.corrected)
            e.statusText = tr("Corrected: now reads \u201c%1\u201d")
                               .arg(RecordSummaries::describe(c.record).details);
        e.fields = VisitPayloads::correctableFields(c.original.type);
        e.correctable = !c.withdrawn && c.original.authorUserId == userId;
        e.currentNote = firstTextField(c.record.payload);
        e.currentOutcome = c.record.payload.value(QLatin1String("outcome")).toString();
        entries.append({c.original.hlc, e});

        for (const Record &a : c.amendments) {
            HistoryEntry fix;
            fix.recordId = a.id;
            fix.type = a.type;
            fix.isCorrection = true;
            fix.reason = a.payload.value(QLatin1String("reason")).toString();
            fix.byText =
                tr("%1 at %2")
                    .arg(authorName(names, a.authorUserId), VisitWords::clock(a.deviceTime));
            const QString what = RecordSummaries::typeLabel(c.original.type);
            const QString when = VisitWords::clock(c.original.deviceTime);
            if (a.payload.value(QLatin1String("withdrawn")).toBool()) {
                //: e.g. "Withdrawn: the Task entry of 08:12"
                fix.title = tr("Withdrawn: the %1 entry of %2").arg(what, when);
                fix.detail = tr("Reason: %1").arg(fix.reason);
            } else {
                Record replaced = c.original;
                replaced.payload = a.payload.value(QLatin1String("replacement")).toObject();
                fix.title = tr("Correction of the %1 entry of %2").arg(what, when);
                fix.detail = tr("Now reads \u201c%1\u201d. Reason: %2")
                                 .arg(RecordSummaries::describe(replaced).details, fix.reason);
            }
            entries.append({a.hlc, fix});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<HistoryEntry> out;
    out.reserve(entries.size());
    for (auto &entry : entries)
        out.append(std::move(entry.second));
    return out;
}

} // namespace careround::ui
