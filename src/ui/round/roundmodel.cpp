#include "roundmodel.h"

#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "core/rules/latewarning.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "ui/common/wallclock.h"
#include "ui/session/appsession.h"
#include "ui/visit/visitwords.h"
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace careround::ui {

namespace {

// One reader job: the day's records, then every record of each visit planned that day (later rota
// versions and events may sit on other days), then the people's person records.
Result<QList<Record>> readRound(store::RecordRepository &repo, const QDate &day)
{
    auto dayRecords = repo.forDay(day);
    if (!dayRecords)
        return dayRecords.error();
    QStringList visitIds;
    for (const Record &r : dayRecords.value()) {
        if (r.type == QLatin1String(RecordType::Visit) && !visitIds.contains(r.visitId))
            visitIds.append(r.visitId);
    }
    QList<Record> out;
    QStringList personIds;
    for (const QString &visitId : std::as_const(visitIds)) {
        auto records = repo.forVisit(visitId);
        if (!records)
            return records.error();
        for (const Record &r : records.value()) {
            if (r.type == QLatin1String(RecordType::Visit) && !personIds.contains(r.personId))
                personIds.append(r.personId);
        }
        out += std::move(records).value();
    }
    for (const QString &personId : std::as_const(personIds)) {
        // The person, and what the card flags: time-critical medicines, a reablement episode.
        for (const char *type :
             {RecordType::Person, RecordType::MedicationOrder, RecordType::ReablementEpisode}) {
            auto file = repo.personFile(personId, QString::fromLatin1(type));
            if (!file)
                return file.error();
            out += std::move(file).value();
        }
    }
    return out;
}

} // namespace

RoundModel::RoundModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_follower({[this] { reload(); }, [this] { clear(); },
                  [this](const QString &message) {
                      setError(tr("Could not read today's round: %1").arg(message));
                  }})
    , m_day(wallclock::today())
{
    m_minuteTick.setInterval(30 * 1000);
    connect(&m_minuteTick, &QTimer::timeout, this, [this] {
        if (m_dayFollowsToday && now().date() != m_day) {
            m_day = now().date();
            emit dayChanged();
            reload();
            return;
        }
        refoldNow();
    });
}

void RoundModel::setSession(AppSession *session)
{
    if (m_follower.setSession(session))
        emit sessionChanged();
}

void RoundModel::setDay(const QDate &day)
{
    m_dayFollowsToday = false;
    if (m_day == day || !day.isValid())
        return;
    m_day = day;
    emit dayChanged();
    reload();
}

QString RoundModel::dayText() const
{
    return QLocale().toString(m_day, QLocale::LongFormat);
}

int RoundModel::doneCount() const
{
    return int(std::count_if(m_visits.begin(), m_visits.end(), [](const RoundVisit &v) {
        return v.state.status == VisitStatus::Done;
    }));
}

QString RoundModel::progressText() const
{
    int planned = 0;
    for (const RoundVisit &v : m_visits)
        planned += v.state.status == VisitStatus::Cancelled ? 0 : 1;
    //: e.g. "2 of 6 visits done"
    return tr("%1 of %n visit(s) done", nullptr, planned).arg(doneCount());
}

int RoundModel::nextVisitIndex() const
{
    return rowOf(nextVisitId());
}

const RoundVisit *RoundModel::firstToStart() const
{
    for (const RoundVisit &v : m_visits) {
        switch (v.state.status) {
        case VisitStatus::Upcoming:
        case VisitStatus::Due:
        case VisitStatus::Late:
            return &v;
        default:
            break;
        }
    }
    return nullptr;
}

QString RoundModel::nextVisitId() const
{
    // The visit the worker is at, else the first still to be made.
    for (const RoundVisit &v : m_visits) {
        if (v.state.status == VisitStatus::InProgress)
            return v.visit.visitId;
    }
    const RoundVisit *toStart = firstToStart();
    return toStart ? toStart->visit.visitId : QString();
}

QString RoundModel::lateWarning() const
{
    const RoundVisit *toStart = firstToStart();
    if (!toStart)
        return {};
    const LateRunning late = lateRunning(toStart->visit.plannedStart, false, now());
    const QString who = toStart->person.displayName();
    const QString planned = VisitWords::startTime(toStart->visit);
    switch (late.stage) {
    case LateRunning::None:
        return {};
    case LateRunning::RunningLate:
        //: "Running 20 minutes late for Edie's 08:00 visit. The office sees it as late from 08:45:
        //: if you cannot be there by then, call the office."
        return tr("Running %n minute(s) late for %1's %2 visit. The office sees it as late from "
                  "%3: if you cannot be there by then, call the office.",
                  nullptr, late.minutesLate)
            .arg(who, planned,
                 QLocale().toString(late.officeSeesLateAt.toLocalTime().time(),
                                    QStringLiteral("HH:mm")));
    case LateRunning::OfficeSeesLate:
        return tr("%1's %2 visit is %n minute(s) late and the office can see it. Call the office "
                  "if you cannot get there soon.",
                  nullptr, late.minutesLate)
            .arg(who, planned);
    case LateRunning::Missed:
        break; // a missed visit is no longer the next to start (firstToStart): its row says so
    }
    return {};
}

QDateTime RoundModel::now() const
{
    return m_nowForTests.isValid() ? m_nowForTests : wallclock::now();
}

void RoundModel::setNowForTests(const QDateTime &now)
{
    m_nowForTests = now;
}

void RoundModel::clear()
{
    ++m_generation;
    m_follower.cancelLoadSoon();
    m_minuteTick.stop();
    setVisits({});
    m_flags.clear();
    m_loaded = false;
    setLoading(false);
}

void RoundModel::reload()
{
    store::RecordStore *recordStore = m_follower.store();
    if (!recordStore)
        return;
    if (m_dayFollowsToday && session()->author() && session()->author()->today() != m_day) {
        m_day = session()->author()->today();
        emit dayChanged();
    }
    const int generation = ++m_generation;
    const QDate day = m_day;
    const QString userId = session()->profile().userId;
    setError({});
    setLoading(true);
    whenFinished(
        recordStore->read([day](store::RecordRepository &repo) { return readRound(repo, day); }),
        this, [this, generation, day, userId](const QList<Record> &records) {
            if (generation != m_generation)
                return; // locked or reloaded meanwhile
            QList<Record> visitRecords, people, flagRecords;
            for (const Record &r : records) {
                if (r.type == QLatin1String(RecordType::Person))
                    people.append(r);
                else if (r.type == QLatin1String(RecordType::MedicationOrder)
                         || r.type == QLatin1String(RecordType::ReablementEpisode))
                    flagRecords.append(r);
                else
                    visitRecords.append(r);
            }
            QList<RoundVisit> round = buildRound(visitRecords, people, day, userId, now());
            const QTimeZone zone =
                session()->author() ? session()->author()->timeZone() : QTimeZone::systemTimeZone();
            m_flags = roundFlags(round, visitRecords, flagRecords, day, now(), zone);
            setVisits(std::move(round));
            m_loaded = true;
            setLoading(false);
            m_minuteTick.start();
            emit loadFinished();
        });
}

void RoundModel::refoldNow()
{
    if (m_visits.isEmpty())
        return;
    const QDateTime at = now();
    for (RoundVisit &v : m_visits)
        refold(v, at);
    emit dataChanged(index(0), index(count() - 1),
                     {StatusRole, StatusTextRole, StatusDetailRole, StatusToneRole, IsNextRole});
    emit statusesChanged();
}

int RoundModel::rowOf(const QString &visitId) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_visits.at(i).visit.visitId == visitId)
            return i;
    }
    return -1;
}

void RoundModel::setVisits(QList<RoundVisit> visits)
{
    const int before = count();
    const bool sameRows = std::equal(m_visits.begin(), m_visits.end(), visits.begin(), visits.end(),
                                     [](const RoundVisit &a, const RoundVisit &b) {
                                         return a.visit.visitId == b.visit.visitId;
                                     });
    if (sameRows && !m_visits.isEmpty()) {
        // After a save: the same visits, so the list keeps its place on screen.
        m_visits = std::move(visits);
        emit dataChanged(index(0), index(count() - 1));
        emit statusesChanged();
        return;
    }
    beginResetModel();
    m_visits = std::move(visits);
    endResetModel();
    if (count() != before)
        emit countChanged();
    emit statusesChanged();
}

void RoundModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void RoundModel::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    emit errorMessageChanged();
}

int RoundModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RoundModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoundVisit &v = m_visits.at(index.row());
    switch (role) {
    case VisitIdRole:
        return v.visit.visitId;
    case PersonIdRole:
        return v.visit.personId;
    case Qt::DisplayRole:
    case PersonNameRole:
        return v.person.displayName();
    case FullNameRole:
        return v.person.name;
    case AddressRole:
        return v.person.addressText;
    case StartTimeRole:
        return VisitWords::startTime(v.visit);
    case TimeRangeRole:
        return VisitWords::timeRange(v.visit);
    case LengthRole:
        return VisitWords::length(v.visit.durationMinutes);
    case CallTypeRole:
        return VisitWords::callType(v.visit.callType);
    case DoubleHandedRole:
        return v.visit.doubleHanded();
    case PartnerTextRole:
        if (!v.visit.doubleHanded())
            return QString();
        return v.partnerName.isEmpty() ? tr("Double-handed: with a second worker")
                                       : tr("Double-handed: with %1").arg(v.partnerName);
    case StatusRole:
        return visitStatusCode(v.state.status);
    case StatusTextRole:
        return VisitWords::statusText(v.state.status);
    case StatusDetailRole:
        return VisitWords::statusDetail(v.visit, v.state, now(), v.cancelReason());
    case StatusToneRole:
        return int(VisitWords::tone(v.state.status));
    case IsNextRole:
        return v.visit.visitId == nextVisitId();
    case TimeCriticalTextRole:
        return m_flags.value(v.visit.visitId).timeCriticalText;
    case ReablementTextRole:
        return m_flags.value(v.visit.visitId).reablementText;
    case AllergyTextRole:
        return v.person.allergies.isEmpty()
            ? QString()
            : tr("Allergies: %1").arg(v.person.allergies.join(QStringLiteral(", ")));
    default:
        return {};
    }
}

QHash<int, QByteArray> RoundModel::roleNames() const
{
    return {
        {VisitIdRole, "visitId"},
        {PersonIdRole, "personId"},
        {PersonNameRole, "personName"},
        {FullNameRole, "fullName"},
        {AddressRole, "address"},
        {StartTimeRole, "startTime"},
        {TimeRangeRole, "timeRange"},
        {LengthRole, "length"},
        {CallTypeRole, "callType"},
        {DoubleHandedRole, "doubleHanded"},
        {PartnerTextRole, "partnerText"},
        {StatusRole, "status"},
        {StatusTextRole, "statusText"},
        {StatusDetailRole, "statusDetail"},
        {StatusToneRole, "statusTone"},
        {IsNextRole, "isNext"},
        {AllergyTextRole, "allergyText"},
        {TimeCriticalTextRole, "timeCriticalText"},
        {ReablementTextRole, "reablementText"},
    };
}

} // namespace careround::ui
