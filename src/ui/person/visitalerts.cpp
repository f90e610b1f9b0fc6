#include "visitalerts.h"

#include "core/recordtypes.h"
#include "store/recordrepository.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "ui/common/wallclock.h"
#include "ui/session/appsession.h"
#include <QSet>

namespace careround::ui {

VisitAlerts::VisitAlerts(QObject *parent)
    : QObject(parent)
    , m_follower({[this] { reload(); },
                  [this] {
                      ++m_generation;
                      m_alerts.setAlerts({}, wallclock::now());
                  },
                  [](const QString &) {
                  }})
{ }

void VisitAlerts::setSession(AppSession *session)
{
    if (m_follower.setSession(session))
        emit sessionChanged();
}

void VisitAlerts::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    m_personId = personId;
    emit targetChanged();
    reload();
}

void VisitAlerts::setVisitId(const QString &visitId)
{
    if (m_visitId == visitId)
        return;
    m_visitId = visitId;
    emit targetChanged();
    reload();
}

void VisitAlerts::reload()
{
    store::RecordStore *recordStore = m_follower.store();
    if (!recordStore || m_personId.isEmpty() || m_visitId.isEmpty())
        return;
    const int generation = ++m_generation;
    const QString personId = m_personId;
    const QString visitId = m_visitId;
    whenFinished(recordStore->read([personId, visitId](
                                       store::RecordRepository &repo) -> Result<QList<Record>> {
        auto alerts = repo.forPersonOfTypes(personId, {QString::fromLatin1(RecordType::Alert)});
        if (!alerts)
            return alerts.error();
        auto visit = repo.forVisit(visitId);
        if (!visit)
            return visit.error();
        return alerts.value() + visit.value();
    }),
                 this, [this, generation, visitId](const QList<Record> &records) {
                     if (generation != m_generation)
                         return;
                     QList<Record> alerts;
                     QSet<QString> visitRecords;
                     for (const Record &r : records) {
                         if (r.type == QLatin1String(RecordType::Alert))
                             alerts.append(r);
                         else
                             visitRecords.insert(r.id);
                     }
                     m_alerts.setAlerts(alerts, wallclock::now(), visitId, visitRecords);
                     emit loaded();
                 });
}

} // namespace careround::ui
