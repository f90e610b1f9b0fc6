#include "recordbatch.h"
#include "recordfacts.h"

namespace careround::server {

namespace {

RecordDecision rejected(const QString &field, const QString &message)
{
    RecordDecision d;
    d.error = Error {field, message};
    return d;
}

const QString NoSuchPerson = QStringLiteral("no such person in this organisation");

} // namespace

QList<RecordDecision> decideBatch(const BatchFacts &in, const QList<Record> &records)
{
    BatchFacts seen = in; // grows with what this batch accepts
    QHash<QString, int> acceptedAt; // record id -> index in this batch
    QList<RecordDecision> decisions;
    decisions.reserve(records.size());
    for (int i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        if (auto valid = facts::validate(record); !valid) {
            decisions.append(rejected(valid.error().field, valid.error().message));
            continue;
        }
        RecordDecision d;
        d.body = facts::encode(record);
        if (auto it = seen.records.constFind(record.id); it != seen.records.cend()) {
            if (it->orgId != in.orgId || it->body != d.body) {
                decisions.append(rejected(QStringLiteral("id"),
                                          QStringLiteral("already used by a different record")));
                continue;
            }
            d.status = PutStatus::Duplicate;
            d.duplicateOfSeq = it->seq;
            d.duplicateOfIndex = acceptedAt.value(record.id, -1);
            d.body.clear();
            decisions.append(d);
            continue;
        }
        // After the duplicate check: a record stored before these limits still answers duplicate.
        if (auto fits = facts::checkNewRecord(record, d.body); !fits) {
            decisions.append(rejected(fits.error().field, fits.error().message));
            continue;
        }
        if (!record.personId.isEmpty()) {
            const QString owner = seen.personOrg.value(record.personId);
            if (!owner.isEmpty() && owner != in.orgId) {
                decisions.append(rejected(QStringLiteral("personId"), NoSuchPerson));
                continue;
            }
            if (owner.isEmpty() && !facts::isPerson(record)) {
                decisions.append(rejected(QStringLiteral("personId"), NoSuchPerson));
                continue;
            }
            d.createsPerson = owner.isEmpty();
        }
        if (facts::isRotaVisit(record)) {
            auto visit = facts::visitAssignment(record, in.orgId);
            if (!visit) {
                decisions.append(rejected(visit.error().field, visit.error().message));
                continue;
            }
            const QString owner = seen.visitOrg.value(visit.value().visitId);
            if (!owner.isEmpty() && owner != in.orgId) {
                decisions.append(rejected(QStringLiteral("visitId"),
                                          QStringLiteral("no such visit in this organisation")));
                continue;
            }
            d.visit = visit.value();
            seen.visitOrg.insert(visit.value().visitId, in.orgId);
        }
        d.status = PutStatus::Accepted;
        if (d.createsPerson)
            seen.personOrg.insert(record.personId, in.orgId);
        seen.records.insert(record.id, ExistingRecord {in.orgId, d.body, 0});
        acceptedAt.insert(record.id, i);
        decisions.append(d);
    }
    return decisions;
}

} // namespace careround::server
