// The demo organisation: users of every role, people with care plans and medicines, a rota.
#include "demogenerator.h"
#include "core/hlc.h"
#include "core/recordtypes.h"
#include "core/uuid7.h"
#include "demopayloads.h"
#include "demorunplanner.h"
#include "orgadmin.h"
#include "passwordhash.h"
#include "server/storage/recordfacts.h"
#include <QRegularExpression>
#include <QTimeZone>
#include <sodium.h>

namespace careround::server {

using namespace demo;

DemoGenerator::DemoGenerator(ServerStore &store)
    : m_store(store)
{ }

namespace {

// From the operating system's CSPRNG, never from the seed: every install gets its own password
// while the seed still shapes the same organisation. 16 characters of 31 (no 0/o, 1/l/i): 79 bits.
Result<QString> randomDemoPassword()
{
    if (sodium_init() < 0)
        return Error {QStringLiteral("password"),
                      QStringLiteral("libsodium could not be initialised")};
    static constexpr char Alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    QString password = QStringLiteral("demo");
    for (int i = 0; i < 16; ++i) {
        if (i % 4 == 0)
            password += QLatin1Char('-');
        password += QLatin1Char(Alphabet[randombytes_uniform(sizeof(Alphabet) - 1)]);
    }
    return password;
}

Result<void> checkOptions(const DemoOptions &o)
{
    if (o.people < 1 || o.people > 5000)
        return Error {QStringLiteral("people"), QStringLiteral("must be 1 to 5000")};
    if (o.workers < 1 || o.workers > 3000)
        return Error {QStringLiteral("workers"), QStringLiteral("must be 1 to 3000")};
    if (o.days < 1 || o.days > 90)
        return Error {QStringLiteral("days"), QStringLiteral("must be 1 to 90")};
    if (!o.loginPrefix.isEmpty()
        && !QRegularExpression(QStringLiteral("^[a-z0-9._-]{1,20}$"))
                .match(o.loginPrefix)
                .hasMatch())
        return Error {QStringLiteral("loginPrefix"),
                      QStringLiteral("must be 1 to 20 of a-z 0-9 . _ -")};
    return {};
}

// Collects records and writes them in batches, insisting every one is accepted.
class RecordWriter
{
public:
    RecordWriter(ServerStore &store, const QString &orgId, const QString &author)
        : m_store(store)
        , m_ctx {orgId, author, QString(), QDateTime::currentDateTimeUtc()}
        , m_author(author)
        , m_clock(QStringLiteral("server-demo"))
    { }
    Record make(const QString &type, const QString &personId, const QDate &careDay,
                const QJsonObject &payload)
    {
        Record r;
        r.id = newUuid7();
        r.type = type;
        r.personId = personId;
        r.careDay = careDay;
        r.authorUserId = m_author;
        r.deviceId = QStringLiteral("server-demo");
        r.hlc = m_clock.now();
        r.deviceTime = QDateTime::currentDateTimeUtc();
        r.payload = payload;
        return r;
    }
    // A visit event by one of its workers, made on their phone at `at`.
    Record makeEvent(const QString &type, const Record &visit, const QString &workerId,
                     const QDateTime &at, const QJsonObject &payload)
    {
        Record r = make(type, visit.personId, visit.careDay, payload);
        r.visitId = visit.visitId;
        r.authorUserId = workerId;
        r.deviceId = QStringLiteral("demo-phone");
        r.hlc = HlcTimestamp {at.toMSecsSinceEpoch(), m_eventCounter++, r.deviceId};
        r.deviceTime = at.toUTC();
        return r;
    }
    Result<void> add(const Record &record)
    {
        m_pending.append(record);
        return m_pending.size() >= 2000 ? flush() : Result<void>();
    }
    Result<void> flush()
    {
        if (m_pending.isEmpty())
            return {};
        auto stored = m_store.putRecords(m_ctx, m_pending);
        if (!stored)
            return stored.error();
        for (int i = 0; i < stored.value().size(); ++i) {
            const PutResult &r = stored.value().at(i);
            if (r.status == PutStatus::Rejected)
                return Error {r.error.field,
                              QStringLiteral("demo %1 record rejected: %2")
                                  .arg(m_pending.at(i).type, r.error.message)};
        }
        m_written += int(m_pending.size());
        m_pending.clear();
        return {};
    }
    int written() const { return m_written; }

private:
    ServerStore &m_store;
    PutContext m_ctx;
    QString m_author;
    HybridLogicalClock m_clock;
    quint32 m_eventCounter = 0;
    QList<Record> m_pending;
    int m_written = 0;
};

} // namespace

Result<DemoResult> DemoGenerator::generate(const DemoOptions &options)
{
    if (auto r = checkOptions(options); !r)
        return r.error();
    QRandomGenerator random(quint32(options.seed ^ (options.seed >> 32)));
    const QDate today = options.startDay.isValid() ? options.startDay : QDate::currentDate();
    OrgAdmin admin(m_store);
    auto org = admin.createOrganisation(options.organisationName);
    if (!org)
        return org.error();
    DemoResult result;
    result.organisation = org.value();
    const QString orgId = org.value().id;

    // One password for every demo login of this install, hashed once (Argon2id is deliberately
    // slow).
    const auto generated = randomDemoPassword();
    if (!generated)
        return generated.error();
    const QString password = generated.value();
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    auto addUser = [&](Role role, const QString &login,
                       const QString &displayName) -> Result<User> {
        User user {newUuid7(),
                   orgId,
                   role,
                   displayName,
                   options.loginPrefix + login,
                   hash.value(),
                   false,
                   QDateTime::currentDateTimeUtc()};
        if (auto r = m_store.createUser(user); !r)
            return r.error();
        result.logins.append(DemoLogin {user.loginName, password, role, displayName});
        return user;
    };
    auto coordinator = addUser(Role::Coordinator, QStringLiteral("coordinator"), staffName(random));
    auto supervisor = coordinator
        ? addUser(Role::Supervisor, QStringLiteral("supervisor"), staffName(random))
        : coordinator;
    auto therapist = supervisor
        ? addUser(Role::Therapist, QStringLiteral("therapist"), staffName(random))
        : supervisor;
    auto family = therapist
        ? addUser(Role::FamilyMember, QStringLiteral("family"), staffName(random))
        : therapist;
    if (!family)
        return family.error();
    QList<User> workers;
    for (int i = 0; i < options.workers; ++i) {
        auto worker = addUser(Role::CareWorker,
                              QStringLiteral("worker%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                              staffName(random));
        if (!worker)
            return worker.error();
        workers.append(worker.value());
        if (auto r = m_store.addSupervision(orgId, supervisor.value().id, worker.value().id); !r)
            return r.error();
    }

    RecordWriter writer(m_store, orgId, coordinator.value().id);
    const QTimeZone london("Europe/London");
    QStringList personIds;
    // Calls are collected first and timed afterwards in slot order, so each worker's day runs
    // morning, lunch, tea, bed with no two calls at once.
    struct PlannedCall
    {
        QString personId;
        QDate day;
        VisitSlot slot;
        QList<const User *> workers;
        double latitude, longitude; // the person's home
    };
    QList<PlannedCall> planned;
    for (int p = 0; p < options.people; ++p) {
        const PersonName name = personName(random);
        const QString personId = newUuid7();
        personIds.append(personId);
        const Address home = address(random);
        QList<Record> records {writer.make(facts::personType(), personId, today,
                                           personPayload(random, name, home, today)),
                               writer.make(facts::carePlanType(), personId, today,
                                           carePlanPayload(random, name, today))};
        for (const QJsonObject &order : medicationOrderPayloads(random, p, today))
            records.append(writer.make(facts::medicationOrderType(), personId, today, order));
        for (const Record &record : records) {
            if (auto r = writer.add(record); !r)
                return r.error();
        }
        // A trusted team of up to three neighbouring workers covers each person's calls.
        QList<int> team;
        for (int k = 0; k < qMin(3, int(workers.size())); ++k)
            team.append((p + k) % int(workers.size()));
        for (int d = 0; d < options.days; ++d) {
            const QList<VisitSlot> calls = visitSlots(random);
            for (int s = 0; s < calls.size(); ++s) {
                QList<const User *> assigned {&workers.at(team.at((d + s) % team.size()))};
                if (team.size() > 1 && random.bounded(10) == 0) // double-handed call
                    assigned.append(&workers.at(team.at((d + s + 1) % team.size())));
                planned.append({personId, today.addDays(d), calls.at(s), assigned, home.latitude,
                                home.longitude});
            }
        }
    }
    std::stable_sort(planned.begin(), planned.end(),
                     [](const PlannedCall &a, const PlannedCall &b) {
                         return std::tie(a.day, a.slot.hour, a.slot.minute)
                             < std::tie(b.day, b.slot.hour, b.slot.minute);
                     });
    DemoRunPlanner runs;
    for (const PlannedCall &call : std::as_const(planned)) {
        QStringList assignedIds;
        QJsonObject names; // so the visit page can name the other worker of the pair
        for (const User *worker : call.workers) {
            assignedIds.append(worker->id);
            names.insert(worker->id, worker->displayName);
        }
        const QTime at = runs.book(call.day, QTime(call.slot.hour, call.slot.minute), assignedIds,
                                   call.slot.minutes);
        QJsonObject payload = visitExtras(call.slot);
        payload.insert(QStringLiteral("workerNames"), names);
        facts::setVisitPlan(payload, QDateTime(call.day, at, london), call.slot.minutes,
                            assignedIds);
        Record visit = writer.make(facts::visitType(), call.personId, call.day, payload);
        visit.visitId = visit.id;
        if (auto r = writer.add(visit); !r)
            return r.error();
        ++result.visits;
        const QDateTime start(call.day, at, london);
        if (options.deliveredBefore.isValid()
            && start.addSecs(60 * (call.slot.minutes + 10)) < options.deliveredBefore) {
            // Delivered: each worker checks in a few minutes either side of the plan, at the door.
            const int lateBy = int(random.bounded(11)) - 3;
            const QJsonObject fix {{QStringLiteral("latitude"), call.latitude + 0.00005},
                                   {QStringLiteral("longitude"), call.longitude},
                                   {QStringLiteral("accuracyM"), 8 + int(random.bounded(10))}};
            const QJsonObject evidence {
                {QStringLiteral("verification"), QStringLiteral("verified")},
                {QStringLiteral("location"), fix},
                {QStringLiteral("distanceToHomeM"), 6}};
            for (const QString &worker : assignedIds) {
                const QDateTime in = start.addSecs(60 * lateBy);
                for (const Record &event :
                     {writer.makeEvent(QString::fromLatin1(RecordType::VisitCheckIn), visit, worker,
                                       in, evidence),
                      writer.makeEvent(QString::fromLatin1(RecordType::VisitCheckOut), visit,
                                       worker, in.addSecs(60 * call.slot.minutes), evidence)}) {
                    if (auto r = writer.add(event); !r)
                        return r.error();
                }
            }
        }
    }
    if (auto r = writer.flush(); !r)
        return r.error();

    for (int p = 0; p < qMin(3, options.people); ++p) {
        if (auto r = m_store.addToCaseload(orgId, therapist.value().id, personIds.at(p)); !r)
            return r.error();
    }
    auto link =
        admin.linkFamily(orgId, family.value().id, personIds.first(), QStringLiteral("daughter"));
    if (!link)
        return link.error();
    if (auto r =
            admin.giveConsent(orgId, link.value().id, coordinator.value().id,
                              QStringLiteral("signed consent form, witnessed at the first visit"),
                              QDateTime::currentDateTimeUtc());
        !r)
        return r.error();
    for (const auto &[text, audience] :
         {std::pair {QStringLiteral("Mum enjoyed sitting in the garden this afternoon."),
                     QStringLiteral("family")},
          std::pair {QStringLiteral("Small bruise on left forearm, reported to the office."),
                     QStringLiteral("care_team")}}) {
        if (auto r = writer.add(writer.make(facts::commbookType(), personIds.first(), today,
                                            commbookPayload(text, audience)));
            !r)
            return r.error();
    }
    if (auto r = writer.flush(); !r)
        return r.error();
    result.people = options.people;
    result.records = writer.written();
    return result;
}

} // namespace careround::server
