#include "personfilecontroller.h"

#include "core/recordauthor.h"
#include "store/whenfinished.h"
#include "ui/common/wallclock.h"
#include "ui/session/appsession.h"
#include "ui/visit/visitcontroller.h"
#include "ui/visit/visitpresence.h"
#include <QJsonObject>

namespace careround::ui {

PersonFileController::PersonFileController(QObject *parent)
    : QObject(parent)
    , m_follower({[this] { reload(); }, [this] { clearAll(); },
                  [this](const QString &message) {
                      fail({}, tr("Could not read the records: %1").arg(message));
                  }})
{
    connect(&m_saver, &RecordSaver::busyChanged, this, &PersonFileController::busyChanged);
    // Statuses that depend on the time ("Due now", a PRN dose allowed again) move on by themselves.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        refold();
        emit changed();
    });
}

PersonFileController::~PersonFileController() = default;

void PersonFileController::setSession(AppSession *session)
{
    if (m_follower.setSession(session))
        emit sessionChanged();
}

QString PersonFileController::personId() const
{
    return m_visit ? m_visit->personId() : m_personId;
}

void PersonFileController::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    clearAll();
    m_personId = personId;
    emit personIdChanged();
    reload();
}

void PersonFileController::setVisit(VisitController *visit)
{
    if (m_visit == visit)
        return;
    if (m_visit)
        disconnect(m_visit, nullptr, this, nullptr);
    clearAll();
    m_visit = visit;
    if (m_visit) {
        setSession(m_visit->session());
        connect(m_visit, &VisitController::sessionChanged, this,
                [this] { setSession(m_visit->session()); });
        // The visit's own load tells us the person; its presence decides canRecord.
        connect(m_visit, &VisitController::loadFinished, this, [this] {
            if (!m_loaded || m_loadedPersonId != personId())
                reload();
        });
        connect(m_visit, &VisitController::presenceChanged, this, &PersonFileController::changed);
    }
    emit visitChanged();
    emit personIdChanged();
    reload();
}

bool PersonFileController::canRecord() const
{
    return m_visit && m_visit->canRecord();
}

void PersonFileController::classBegin()
{
    m_complete = false;
}

void PersonFileController::componentComplete()
{
    m_complete = true;
    reload();
}

void PersonFileController::setNowForTests(const QDateTime &now)
{
    m_nowForTests = now;
    if (m_loaded) {
        refold();
        emit changed();
    }
}

QDateTime PersonFileController::now() const
{
    return m_nowForTests.isValid() ? m_nowForTests : wallclock::now();
}

QString PersonFileController::userId() const
{
    return session() ? session()->profile().userId : QString();
}

QString PersonFileController::userRole() const
{
    return session() ? session()->profile().role : QString();
}

const RecordAuthor *PersonFileController::author() const
{
    return session() ? session()->author() : nullptr;
}

QTimeZone PersonFileController::zone() const
{
    return author() ? author()->timeZone() : QTimeZone::systemTimeZone();
}

QDate PersonFileController::careDay() const
{
    if (m_visit && m_visit->found())
        return m_visit->snapshot().visit.careDay;
    return now().toTimeZone(zone()).date();
}

QString PersonFileController::visitId() const
{
    return m_visit && m_visit->found() ? m_visit->visitId() : QString();
}

QHash<QString, QString> PersonFileController::names() const
{
    QHash<QString, QString> names;
    if (m_visit && m_visit->found()) {
        const QJsonObject rota =
            m_visit->snapshot().visitRecord.payload.value(QLatin1String("workerNames")).toObject();
        for (auto it = rota.begin(); it != rota.end(); ++it)
            names.insert(it.key(), it.value().toString());
    }
    if (session() && !userId().isEmpty())
        names.insert(userId(), session()->profile().displayName);
    return names;
}

void PersonFileController::clearAll()
{
    ++m_generation;
    m_saver.forget();
    m_follower.cancelLoadSoon();
    m_tick.stop();
    m_loaded = false;
    m_loadedPersonId.clear();
    forget();
    setLoading(false);
    emit changed();
}

void PersonFileController::reload()
{
    if (!m_complete)
        return;
    store::RecordStore *recordStore = store();
    const QString person = personId();
    if (!recordStore || person.isEmpty())
        return;
    const int generation = ++m_generation;
    setLoading(true);
    whenFinished(recordStore->read(readJob(person, now())), this,
                 [this, generation, person](const QList<Record> &records) {
                     if (generation != m_generation)
                         return; // locked, another person, or reloaded meanwhile
                     m_loaded = true;
                     m_loadedPersonId = person;
                     apply(records);
                     setLoading(false);
                     m_tick.start();
                     emit changed();
                     emit loadFinished();
                 });
}

void PersonFileController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

bool PersonFileController::fail(const QString &field, const QString &message)
{
    m_messages.setError(field, message);
    emit messageChanged();
    return false;
}

void PersonFileController::clearMessages()
{
    if (m_messages.clear())
        emit messageChanged();
}

Record PersonFileController::make(const QString &type, const QJsonObject &payload) const
{
    return author()->make(type, personId(), visitId(), payload, careDay());
}

bool PersonFileController::saveAll(const QList<Record> &records, const QString &kind,
                                   const QString &message)
{
    store::RecordStore *recordStore = store();
    if (!recordStore || !author())
        return fail({}, tr("CareRound is locked"));
    m_saver.save(recordStore, records, [this, kind, message](const std::optional<Error> &problem) {
        if (problem) {
            fail(problem->field, tr("Not saved: %1").arg(problem->toString()));
            return;
        }
        m_messages.setSaved(message);
        emit messageChanged();
        emit saved(kind);
        reload();
    });
    return true;
}

} // namespace careround::ui
