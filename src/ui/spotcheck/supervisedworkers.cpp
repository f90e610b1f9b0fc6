#include "supervisedworkers.h"

#include "core/plannedvisit.h"
#include "core/recordtypes.h"
#include "store/recordrepository.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "sync/syncengine.h"
#include "ui/common/correctedrecords.h"
#include "ui/common/wallclock.h"
#include "ui/person/personrecords.h"
#include "ui/session/appsession.h"
#include "ui/visit/personsheet.h"
#include "ui/visit/visitwords.h"
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace careround::ui {

namespace {

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString dayWords(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

QString dueText(const SupervisedWorker &w, const SpotCheckReport &report)
{
    if (report.loaded) {
        if (!report.overdue.contains(w.userId))
            return SupervisedWorkers::tr("Observed in the last 12 months");
        const SpotCheckDue &due = report.overdue.value(w.userId);
        QString text = due.lastObservation.isValid()
            ? SupervisedWorkers::tr("Due a spot check: last observed on %1")
                  .arg(dayWords(due.lastObservation))
            : SupervisedWorkers::tr("Due a spot check: never observed");
        if (due.lastRefused.isValid())
            text += SupervisedWorkers::tr(" (the person declined on %1; that does not count)")
                        .arg(dayWords(due.lastRefused));
        return text;
    }
    if (w.lastObservedHere.isValid())
        return SupervisedWorkers::tr("Last observed on %1 (from this phone)")
            .arg(dayWords(w.lastObservedHere));
    return SupervisedWorkers::tr("No observation on this phone");
}

} // namespace

SpotCheckReport SpotCheckReport::fromJson(const QJsonObject &json, const QDateTime &fetchedAt)
{
    SpotCheckReport report;
    report.loaded = json.value(QLatin1String("report")).toString() == QLatin1String("spot_checks");
    report.fetchedAt = fetchedAt;
    report.since = QDate::fromString(field(json, "since"), Qt::ISODate);
    for (const QJsonValue &v : json.value(QLatin1String("overdue")).toArray()) {
        const QJsonObject o = v.toObject();
        report.overdue.insert(field(o, "worker_id"),
                              {field(o, "name"),
                               QDate::fromString(field(o, "last_observation"), Qt::ISODate),
                               QDate::fromString(field(o, "last_refused"), Qt::ISODate)});
    }
    return report;
}

QList<SupervisedWorker> SupervisedWorkers::build(const QList<Record> &records, const QString &me,
                                                 const SpotCheckReport &report,
                                                 const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    QHash<QString, Record> rota; // visit id → current version
    QList<Record> people, checks;
    QSet<QString> checkedIn, checkedOut; // "visitId/workerId"
    for (const Record &r : records) {
        if (r.type == QLatin1String(RecordType::Visit)) {
            auto it = rota.find(r.visitId);
            if (it == rota.end() || it->hlc < r.hlc)
                rota.insert(r.visitId, r);
        } else if (r.type == QLatin1String(RecordType::Person)) {
            people.append(r);
        } else if (r.type == QLatin1String(RecordType::VisitCheckIn)) {
            checkedIn.insert(r.visitId + QLatin1Char('/') + r.authorUserId);
        } else if (r.type == QLatin1String(RecordType::VisitCheckOut)) {
            checkedOut.insert(r.visitId + QLatin1Char('/') + r.authorUserId);
        } else if (r.type == QLatin1String(RecordType::SpotCheck)
                   || r.type == QLatin1String(RecordType::Amendment)) {
            checks.append(r);
        }
    }
    QHash<QString, SupervisedWorker> workers;
    auto workerFor = [&](const QString &id) -> SupervisedWorker & {
        SupervisedWorker &w = workers[id];
        w.userId = id;
        return w;
    };
    QList<PlannedVisit> planned;
    for (const Record &r : std::as_const(rota)) {
        auto visit = PlannedVisit::fromRecord(r);
        if (!visit || visit.value().cancelled)
            continue;
        const QJsonObject names = r.payload.value(QLatin1String("workerNames")).toObject();
        for (const QString &id : visit.value().workerIds) {
            if (id == me)
                continue;
            SupervisedWorker &w = workerFor(id);
            if (w.name.isEmpty())
                w.name = names.value(id).toString().simplified();
        }
        planned.append(visit.value());
    }
    std::sort(planned.begin(), planned.end(), [](const PlannedVisit &a, const PlannedVisit &b) {
        return a.plannedStart < b.plannedStart;
    });
    for (const PlannedVisit &v : std::as_const(planned)) {
        if (v.careDay != today)
            continue;
        const Record *person =
            PersonSheets::latest(people, v.personId, QLatin1String(RecordType::Person));
        const QString who = person ? PersonSheets::fromRecord(*person).displayName()
                                   : PersonSheets::unknown(v.personId).displayName();
        for (const QString &id : v.workerIds) {
            if (id == me)
                continue;
            const QString key = v.visitId + QLatin1Char('/') + id;
            const bool inProgress = checkedIn.contains(key) && !checkedOut.contains(key);
            const QString text = inProgress
                ? tr("%1, %2 (in progress now)").arg(who, VisitWords::timeRange(v))
                : tr("%1, %2").arg(who, VisitWords::timeRange(v));
            workerFor(id).today.append({v.visitId, text, inProgress});
        }
    }
    for (const Record &c : correctedRecords(checks)) {
        if (c.type != QLatin1String(RecordType::SpotCheck)
            || !c.payload.value(QLatin1String("consentGiven")).toBool())
            continue;
        const QString worker = field(c.payload, "workerUserId");
        if (!workers.contains(worker))
            continue;
        SupervisedWorker &w = workers[worker];
        if (!w.lastObservedHere.isValid() || w.lastObservedHere < c.careDay)
            w.lastObservedHere = c.careDay;
    }
    for (auto it = report.overdue.cbegin(); it != report.overdue.cend(); ++it) {
        if (it.key() == me)
            continue;
        SupervisedWorker &w = workerFor(it.key());
        if (w.name.isEmpty())
            w.name = it.value().name;
    }
    QList<SupervisedWorker> out;
    for (SupervisedWorker &w : workers) {
        if (w.name.isEmpty())
            w.name = tr("A worker not named on this phone");
        w.overdue = report.loaded && report.overdue.contains(w.userId);
        w.dueText = dueText(w, report);
        const auto now = std::find_if(w.today.cbegin(), w.today.cend(),
                                      [](const WorkerVisitChoice &c) { return c.inProgress; });
        if (w.today.isEmpty())
            w.todayText = tr("No visits today on this phone");
        else if (now != w.today.cend())
            w.todayText = tr("At a visit now: %1").arg(now->text);
        else
            w.todayText = tr("%n visit(s) today", nullptr, int(w.today.size()));
        out.append(w);
    }
    std::sort(out.begin(), out.end(), [](const SupervisedWorker &a, const SupervisedWorker &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

SupervisedWorkers::SupervisedWorkers(QObject *parent)
    : QAbstractListModel(parent)
    , m_follower({[this] { reload(); }, [this] { forget(); },
                  [](const QString &) {
                  }})
{ }

void SupervisedWorkers::setSession(AppSession *session)
{
    if (m_follower.setSession(session))
        emit sessionChanged();
}

void SupervisedWorkers::forget()
{
    ++m_generation;
    m_records.clear();
    m_report = {};
    m_reportState = NotFetched;
    m_loaded = false;
    rebuild();
}

void SupervisedWorkers::reload()
{
    store::RecordStore *recordStore = m_follower.store();
    if (!recordStore)
        return;
    const int generation = ++m_generation;
    const QDate from = wallclock::today().addDays(-RotaDaysBack);
    whenFinished(recordStore->read([from](store::RecordRepository &repo) {
        return PersonRecords::ofTypesWithNames(repo,
                                               {QString::fromLatin1(RecordType::Visit),
                                                QString::fromLatin1(RecordType::VisitCheckIn),
                                                QString::fromLatin1(RecordType::VisitCheckOut),
                                                QString::fromLatin1(RecordType::SpotCheck),
                                                QString::fromLatin1(RecordType::Amendment)},
                                               from, QString::fromLatin1(RecordType::Visit));
    }),
                 this, [this, generation](const QList<Record> &records) {
                     if (generation != m_generation)
                         return;
                     m_records = records;
                     m_loaded = true;
                     rebuild();
                 });
}

void SupervisedWorkers::fetchReport()
{
    sync::SyncEngine *engine = session() ? session()->syncEngine() : nullptr;
    if (!engine) {
        m_reportState = Offline;
        emit changed();
        return;
    }
    m_reportState = Fetching;
    emit changed();
    const int generation = m_generation;
    engine->getAuthorised(
        QStringLiteral("/v1/office/spot-checks"),
        [this, generation, self = QPointer<SupervisedWorkers>(this)](const sync::SyncReply &reply) {
            if (!self || generation != m_generation)
                return;
            if (reply.ok()) {
                m_report = SpotCheckReport::fromJson(reply.json, wallclock::now());
                m_reportState = Fetched;
            } else if (reply.failure == sync::SyncReply::Failure::Unreachable) {
                m_reportState = Offline;
            } else {
                m_reportState = Failed;
                m_reportProblem = sync::SyncWording::describe(reply);
            }
            rebuild();
        });
}

void SupervisedWorkers::setReportForTests(const SpotCheckReport &report)
{
    m_report = report;
    m_reportState = Fetched;
    rebuild();
}

void SupervisedWorkers::rebuild()
{
    const QString me = session() ? session()->profile().userId : QString();
    beginResetModel();
    m_rows = build(m_records, me, m_report, wallclock::now());
    endResetModel();
    emit changed();
}

int SupervisedWorkers::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const SupervisedWorker &w) { return w.overdue; }));
}

QString SupervisedWorkers::reportText() const
{
    switch (m_reportState) {
    case NotFetched:
        return tr("The office's list of who is due a spot check has not been fetched yet.");
    case Fetching:
        return tr("Asking the office who is due a spot check…");
    case Fetched:
        return overdueCount() == 0
            ? tr("From the office at %1: everyone has been observed in the last 12 months.")
                  .arg(VisitWords::clock(m_report.fetchedAt))
            : tr("From the office at %1: %n worker(s) had no observation in the last 12 months. "
                 "A check the person declined does not count.",
                 nullptr, overdueCount())
                  .arg(VisitWords::clock(m_report.fetchedAt));
    case Offline:
        return tr("You are offline. Who is due a spot check comes from the office: connect and try "
                  "again. The workers below come from the rota on this phone.");
    case Failed:
        return tr("The office's list could not be fetched: %1").arg(m_reportProblem);
    }
    return {};
}

int SupervisedWorkers::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SupervisedWorkers::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupervisedWorker &w = m_rows.at(index.row());
    switch (role) {
    case WorkerIdRole:
        return w.userId;
    case Qt::DisplayRole:
    case NameRole:
        return w.name;
    case DueTextRole:
        return w.dueText;
    case OverdueRole:
        return w.overdue;
    case TodayTextRole:
        return w.todayText;
    case VisitChoicesRole: {
        QVariantList choices;
        for (const WorkerVisitChoice &c : w.today)
            choices.append(QVariantMap {{QStringLiteral("code"), c.visitId},
                                        {QStringLiteral("text"), c.text}});
        return choices;
    }
    case InProgressVisitIdRole: {
        for (const WorkerVisitChoice &c : w.today) {
            if (c.inProgress)
                return c.visitId;
        }
        return QString();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SupervisedWorkers::roleNames() const
{
    return {{WorkerIdRole, "workerId"},
            {NameRole, "name"},
            {DueTextRole, "dueText"},
            {OverdueRole, "overdue"},
            {TodayTextRole, "todayText"},
            {VisitChoicesRole, "visitChoices"},
            {InProgressVisitIdRole, "inProgressVisitId"}};
}

} // namespace careround::ui
