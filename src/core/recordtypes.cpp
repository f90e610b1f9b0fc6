#include "recordtypes.h"
#include <QHash>

namespace careround {

namespace {

struct TypeInfo
{
    const char *type;
    int schemaVersion;
    bool needsPerson;
    bool needsVisit;
};

// Bump schemaVersion together with an upgrade step in payloadupgrades.cpp.
constexpr TypeInfo Types[] = {
    {RecordType::Person, 1, true, false},
    {RecordType::PersonEntryCodes, 1, true, false},
    {RecordType::CarePlan, 1, true, false},
    {RecordType::MedicationOrder, 1, true, false},
    {RecordType::Visit, 1, true, true},
    {RecordType::ReablementEpisode, 1, true, false},
    {RecordType::ReablementReview, 1, true, false},
    {RecordType::GoalProgress, 1, true, false},
    {RecordType::VisitCheckIn, 1, true, true},
    {RecordType::VisitCheckOut, 1, true, true},
    {RecordType::VisitTask, 1, true, true},
    {RecordType::VisitNote, 2, true, true},
    {RecordType::VisitFinance, 1, true, true},
    {RecordType::VisitNoAccess, 1, true, true},
    {RecordType::VisitFileRead, 1, true, true},
    {RecordType::MedicationAdministration, 1, true, false},
    {RecordType::VisitSummary, 1, true, true},
    {RecordType::CommbookEntry, 1, true, false},
    {RecordType::CommbookAck, 1, true, false},
    {RecordType::SpotCheck, 1, true, true},
    {RecordType::SpotCheckAck, 1, true, false},
    {RecordType::Supervision, 1, false, false},
    {RecordType::Incident, 1, true, false},
    {RecordType::Amendment, 1, true, false},
    {RecordType::Alert, 1, false, false},
    {RecordType::AlertAction, 1, false, false},
};

const TypeInfo *find(const QString &type)
{
    static const QHash<QString, const TypeInfo *> byName = [] {
        QHash<QString, const TypeInfo *> map;
        for (const TypeInfo &info : Types)
            map.insert(QString::fromLatin1(info.type), &info);
        return map;
    }();
    return byName.value(type, nullptr);
}

} // namespace

const QStringList &allRecordTypes()
{
    static const QStringList all = [] {
        QStringList list;
        for (const TypeInfo &info : Types)
            list.append(QString::fromLatin1(info.type));
        return list;
    }();
    return all;
}

bool isKnownRecordType(const QString &type)
{
    return find(type) != nullptr;
}

int currentSchemaVersion(const QString &type)
{
    const TypeInfo *info = find(type);
    return info ? info->schemaVersion : 0;
}

bool recordTypeNeedsVisit(const QString &type)
{
    const TypeInfo *info = find(type);
    return info && info->needsVisit;
}

bool recordTypeNeedsPerson(const QString &type)
{
    const TypeInfo *info = find(type);
    return info && info->needsPerson;
}

} // namespace careround
