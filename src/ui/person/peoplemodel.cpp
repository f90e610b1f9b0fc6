#include "peoplemodel.h"

#include "core/recordtypes.h"
#include "store/recordrepository.h"
#include "store/recordstore.h"
#include "store/whenfinished.h"
#include "ui/session/appsession.h"
#include <algorithm>

namespace careround::ui {

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_follower({[this] { reload(); },
                  [this] {
                      ++m_generation;
                      m_loaded = false;
                      setPeople({});
                  },
                  [](const QString &) {
                  }})
{ }

void PeopleModel::setSession(AppSession *session)
{
    if (m_follower.setSession(session))
        emit sessionChanged();
}

QStringList PeopleModel::personIds() const
{
    QStringList ids;
    for (const PersonSheet &p : m_people)
        ids.append(p.personId);
    return ids;
}

QVariantList PeopleModel::choices() const
{
    QVariantList out;
    for (const PersonSheet &p : m_people)
        out.append(QVariantMap {{QStringLiteral("code"), p.personId},
                                {QStringLiteral("text"), p.displayName()}});
    return out;
}

QList<PersonSheet> PeopleModel::build(const QStringList &personIds,
                                      const QList<Record> &personRecords)
{
    QList<PersonSheet> out;
    for (const QString &id : personIds) {
        const Record *latest =
            PersonSheets::latest(personRecords, id, QLatin1String(RecordType::Person));
        out.append(latest ? PersonSheets::fromRecord(*latest) : PersonSheets::unknown(id));
    }
    std::sort(out.begin(), out.end(), [](const PersonSheet &a, const PersonSheet &b) {
        if (a.known != b.known)
            return a.known;
        return a.displayName().localeAwareCompare(b.displayName()) < 0;
    });
    return out;
}

void PeopleModel::reload()
{
    store::RecordStore *recordStore = m_follower.store();
    if (!recordStore)
        return;
    const int generation = ++m_generation;
    auto ids = std::make_shared<QStringList>();
    whenFinished(recordStore->read([ids](store::RecordRepository &repo) -> Result<QList<Record>> {
        auto people = repo.personIds();
        if (!people)
            return people.error();
        *ids = people.value();
        QList<Record> out;
        for (const QString &id : std::as_const(*ids)) {
            auto file = repo.personFile(id, QString::fromLatin1(RecordType::Person));
            if (!file)
                return file.error();
            out += file.value();
        }
        return out;
    }),
                 this, [this, generation, ids](const QList<Record> &records) {
                     if (generation != m_generation)
                         return;
                     m_loaded = true;
                     setPeople(build(*ids, records));
                 });
}

void PeopleModel::setPeople(QList<PersonSheet> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
    emit countChanged();
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonSheet &p = m_people.at(index.row());
    switch (role) {
    case PersonIdRole:
        return p.personId;
    case Qt::DisplayRole:
    case NameRole:
        return p.displayName();
    case DetailRole:
        return p.preferredName.isEmpty() || p.preferredName == p.name ? p.addressText
            : p.addressText.isEmpty()                                 ? p.name
                                      : tr("%1, %2").arg(p.name, p.addressText);
    default:
        return {};
    }
}

QHash<int, QByteArray> PeopleModel::roleNames() const
{
    return {{PersonIdRole, "personId"}, {NameRole, "name"}, {DetailRole, "detail"}};
}

} // namespace careround::ui
