#include "spotcheckinbox.h"

#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "spotcheckpayloads.h"
#include "store/recordrepository.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "ui/commbook/commbookwords.h"
#include "ui/common/correctedrecords.h"
#include "ui/common/wallclock.h"
#include "ui/person/personrecords.h"
#include "ui/session/appsession.h"
#include "ui/visit/personsheet.h"
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

} // namespace

SpotCheckInbox::SpotCheckInbox(QObject *parent)
    : QAbstractListModel(parent)
    , m_follower({[this] { reload(); },
                  [this] {
                      ++m_generation;
                      m_saver.forget();
                      m_loaded = false;
                      setRows({});
                  },
                  [this](const QString &message) {
                      setMessages(message, {});
                  }})
{
    connect(&m_saver, &RecordSaver::busyChanged, this, &SpotCheckInbox::busyChanged);
}

void SpotCheckInbox::setSession(AppSession *session)
{
    if (m_follower.setSession(session))
        emit sessionChanged();
}

QList<SpotCheckView> SpotCheckInbox::build(const QList<Record> &records, const QString &userId)
{
    QList<Record> checks;
    QList<Record> people;
    QHash<QString, const Record *> acks; // spot check id → this worker's first acknowledgement
    QList<Record> sorted = records;
    std::sort(sorted.begin(), sorted.end(), [](const Record &a, const Record &b) {
        return a.hlc < b.hlc || (a.hlc == b.hlc && a.id < b.id);
    });
    for (const Record &r : std::as_const(sorted)) {
        if (r.type == QLatin1String(RecordType::SpotCheck)
            || (r.type == QLatin1String(RecordType::Amendment)
                && field(r.payload, "amendedType") == QLatin1String(RecordType::SpotCheck)))
            checks.append(r);
        else if (r.type == QLatin1String(RecordType::Person))
            people.append(r);
        else if (r.type == QLatin1String(RecordType::SpotCheckAck) && r.authorUserId == userId
                 && !acks.contains(field(r.payload, "spotCheckId")))
            acks.insert(field(r.payload, "spotCheckId"), &r);
    }
    QList<SpotCheckView> out;
    for (const Record &check : correctedRecords(checks)) {
        if (field(check.payload, "workerUserId") != userId)
            continue;
        const Record *person =
            PersonSheets::latest(people, check.personId, QLatin1String(RecordType::Person));
        SpotCheckView view {
            check, person ? PersonSheets::fromRecord(*person).displayName() : QString(), {}, {}};
        if (const Record *ack = acks.value(check.id)) {
            view.ackId = ack->id;
            view.ackAt = ack->deviceTime;
        }
        out.append(view);
    }
    std::sort(out.begin(), out.end(), [](const SpotCheckView &a, const SpotCheckView &b) {
        return b.record.hlc < a.record.hlc;
    });
    return out;
}

void SpotCheckInbox::reload()
{
    store::RecordStore *recordStore = m_follower.store();
    if (!recordStore)
        return;
    const int generation = ++m_generation;
    const QString me = session()->profile().userId;
    const QDate from = wallclock::today().addDays(-LookBackDays);
    whenFinished(recordStore->read([from](store::RecordRepository &repo) {
        return PersonRecords::ofTypesWithNames(repo,
                                               {QString::fromLatin1(RecordType::SpotCheck),
                                                QString::fromLatin1(RecordType::SpotCheckAck),
                                                QString::fromLatin1(RecordType::Amendment)},
                                               from, QString::fromLatin1(RecordType::SpotCheck));
    }),
                 this, [this, generation, me](const QList<Record> &records) {
                     if (generation != m_generation)
                         return;
                     m_loaded = true;
                     setRows(build(records, me));
                 });
}

void SpotCheckInbox::setRows(QList<SpotCheckView> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

int SpotCheckInbox::waitingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const SpotCheckView &v) { return v.ackId.isEmpty(); }));
}

bool SpotCheckInbox::acknowledge(const QString &spotCheckId, const QString &comment)
{
    const RecordAuthor *author = session() ? session()->author() : nullptr;
    const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const SpotCheckView &v) {
        return v.record.id == spotCheckId;
    });
    if (!author || row == m_rows.cend()) {
        setMessages(tr("That spot check is not on this phone"), {});
        return false;
    }
    if (!row->ackId.isEmpty()) {
        setMessages(tr("You have already acknowledged this spot check"), {});
        return false;
    }
    QJsonObject payload {{QStringLiteral("spotCheckId"), spotCheckId}};
    if (!comment.trimmed().isEmpty())
        payload.insert(QStringLiteral("comment"), comment.trimmed());
    payload.insert(QStringLiteral("authorName"), session()->profile().displayName);
    payload.insert(QStringLiteral("authorRole"), session()->profile().role);
    const Record ack = author->make(QString::fromLatin1(RecordType::SpotCheckAck),
                                    row->record.personId, {}, payload);
    setMessages({}, {});
    const bool queued = m_saver.save(
        m_follower.store(), {ack}, [this, spotCheckId](const std::optional<Error> &problem) {
            if (problem) {
                setMessages(tr("Not saved: %1").arg(problem->toString()), {});
                return;
            }
            setMessages({},
                        tr("Acknowledged on this phone. Your "
                           "supervisor sees it once it is sent."));
            emit acknowledged(spotCheckId);
            reload();
        });
    if (!queued)
        setMessages(tr("CareRound is locked"), {});
    return queued;
}

void SpotCheckInbox::setMessages(const QString &error, const QString &saved)
{
    if (m_errorMessage == error && m_savedMessage == saved)
        return;
    m_errorMessage = error;
    m_savedMessage = saved;
    emit messageChanged();
}

int SpotCheckInbox::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SpotCheckInbox::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpotCheckView &v = m_rows.at(index.row());
    const QJsonObject &p = v.record.payload;
    const QDateTime now = wallclock::now();
    const bool observed = p.value(QLatin1String("consentGiven")).toBool();
    switch (role) {
    case SpotCheckIdRole:
        return v.record.id;
    case Qt::DisplayRole:
    case TitleRole: {
        const QString by = field(p, "authorName");
        //: e.g. "Spot check by Sam Cole today at 10:15"
        return tr("Spot check by %1 %2")
            .arg(by.isEmpty() ? tr("your supervisor") : by,
                 CommbookWords::when(v.record.deviceTime, now));
    }
    case PersonTextRole:
        return v.personName.isEmpty() ? tr("At a visit") : tr("At %1's visit").arg(v.personName);
    case ConsentTextRole:
        return observed ? tr("The person agreed to the visit being observed.")
                        : tr("The person did not agree to be observed: %1. Nothing was observed, "
                             "so this does not count as your yearly observation.")
                              .arg(field(p, "refusalReason"));
    case ObservedRole:
        return observed;
    case OutcomeTextRole:
        return observed
            ? tr("Outcome: %1").arg(SpotCheckPayloads::outcomeWords(field(p, "outcome")))
            : QString();
    case ItemsTextRole: {
        QStringList lines;
        for (const QJsonValue &item : p.value(QLatin1String("checklist")).toArray()) {
            const QJsonObject o = item.toObject();
            QString line = tr("%1: %2").arg(SpotCheckPayloads::itemWords(field(o, "item")),
                                            SpotCheckPayloads::resultWords(field(o, "result")));
            if (!field(o, "comment").isEmpty())
                line += tr(" \u2014 %1").arg(field(o, "comment"));
            lines.append(line);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case ActionsTextRole: {
        QStringList lines;
        const QLocale locale;
        for (const QJsonValue &action : p.value(QLatin1String("actions")).toArray()) {
            const QJsonObject o = action.toObject();
            const QDate due = QDate::fromString(field(o, "dueDate"), Qt::ISODate);
            //: an action and its due date, e.g. "Change gloves between tasks, by 15 December 2026"
            lines.append(tr("%1, by %2")
                             .arg(field(o, "description"),
                                  locale.toString(due, QStringLiteral("d MMMM yyyy"))));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case AcknowledgedRole:
        return !v.ackId.isEmpty();
    case AckTextRole:
        return v.ackId.isEmpty()
            ? QString()
            : tr("You acknowledged it %1").arg(CommbookWords::when(v.ackAt, now));
    default:
        return {};
    }
}

QHash<int, QByteArray> SpotCheckInbox::roleNames() const
{
    return {{SpotCheckIdRole, "spotCheckId"},   {TitleRole, "title"},
            {PersonTextRole, "personText"},     {ConsentTextRole, "consentText"},
            {ObservedRole, "observed"},         {OutcomeTextRole, "outcomeText"},
            {ItemsTextRole, "itemsText"},       {ActionsTextRole, "actionsText"},
            {AcknowledgedRole, "acknowledged"}, {AckTextRole, "ackText"}};
}

} // namespace careround::ui
