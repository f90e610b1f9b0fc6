#include "refusals.h"
#include "core/recordtypes.h"
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <optional>

namespace careround {

namespace {

struct Decision
{
    QString subject;
    bool refused = false;
};

std::optional<Decision> decisionOf(const Record &r)
{
    const QJsonObject &p = r.payload;
    if (r.type == QLatin1String(RecordType::MedicationAdministration)) {
        const QString outcome = p.value(QStringLiteral("outcome")).toString();
        return Decision {QStringLiteral("medication:")
                             + p.value(QStringLiteral("orderId")).toString(),
                         outcome == QLatin1String("refused")
                             || outcome == QLatin1String("refused_and_destroyed")};
    }
    if (r.type == QLatin1String(RecordType::VisitTask))
        return Decision {QStringLiteral("task:") + p.value(QStringLiteral("task")).toString(),
                         p.value(QStringLiteral("outcome")).toString() == QLatin1String("refused")};
    return std::nullopt;
}

} // namespace

QList<RefusalStreak> refusalStreaks(const QList<Record> &records)
{
    QSet<QString> withdrawn;
    for (const Record &r : records)
        if (r.type == QLatin1String(RecordType::Amendment)
            && r.payload.value(QStringLiteral("withdrawn")).toBool())
            withdrawn.insert(r.amends);
    QList<const Record *> ordered;
    for (const Record &r : records)
        if (!withdrawn.contains(r.id))
            ordered.append(&r);
    std::sort(ordered.begin(), ordered.end(),
              [](const Record *a, const Record *b) { return a->hlc < b->hlc; });

    // subject -> visits in the order first seen -> that visit's deciding (last) record
    struct Visit
    {
        QString visitId;
        const Record *decidedBy = nullptr;
        bool refused = false;
    };
    QMap<QString, QList<Visit>> bySubject;
    for (const Record *r : ordered) {
        const auto decision = decisionOf(*r);
        if (!decision)
            continue;
        // A PRN or office-recorded dose with no visit counts as a visit of its own.
        const QString visitId = r->visitId.isEmpty() ? r->id : r->visitId;
        QList<Visit> &visits = bySubject[decision->subject];
        auto it = std::find_if(visits.begin(), visits.end(),
                               [&](const Visit &v) { return v.visitId == visitId; });
        if (it == visits.end())
            visits.append(Visit {visitId, r, decision->refused});
        else
            *it = Visit {visitId, r, decision->refused};
    }
    QList<RefusalStreak> streaks;
    for (auto it = bySubject.cbegin(); it != bySubject.cend(); ++it) {
        RefusalStreak streak {it.key(), 0, {}};
        for (auto v = it.value().crbegin(); v != it.value().crend() && v->refused; ++v) {
            ++streak.consecutiveVisits;
            streak.recordIds.prepend(v->decidedBy->id);
        }
        if (streak.consecutiveVisits > 0)
            streaks.append(streak);
    }
    return streaks;
}

} // namespace careround
