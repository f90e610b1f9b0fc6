// All-or-nothing imports: read every row, check every row, write only a clean file, in one
// atomic batch.
#include "importer.h"
#include "core/recordtypes.h"
#include "orderrows.h"
#include "rowrecords.h"
#include "server/storage/recordfacts.h"
#include "server/storage/recordscan.h"
#include <QFile>
#include <QFileInfo>

namespace careround::server {

using namespace importing;

QString ImportIssue::toString() const
{
    QString text = line > 0 ? QStringLiteral("line %1: ").arg(line) : QString();
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

std::optional<ImportKind> importKindFromName(const QString &name)
{
    if (name == QLatin1String("people"))
        return ImportKind::People;
    if (name == QLatin1String("care-plans"))
        return ImportKind::CarePlans;
    if (name == QLatin1String("medication-orders"))
        return ImportKind::MedicationOrders;
    if (name == QLatin1String("rota"))
        return ImportKind::Rota;
    return std::nullopt;
}

Importer::Importer(ServerStore &store)
    : m_store(store)
{ }

namespace {

ImportReport failed(QList<ImportIssue> issues, int rows = 0)
{
    ImportReport report;
    report.rows = rows;
    report.issues = std::move(issues);
    return report;
}

// Loads what rows may refer to and checks the actor is a coordinator of the organisation.
Result<RowContext> prepare(ServerStore &store, const ImportContext &ctx)
{
    auto actor = store.user(ctx.actorUserId);
    if (!actor)
        return actor.error();
    if (!actor.value() || actor.value()->orgId != ctx.orgId
        || actor.value()->role != Role::Coordinator || actor.value()->disabled)
        return Error {
            QStringLiteral("actor"),
            QStringLiteral("imports are run by an active coordinator of the organisation")};
    RowContext rows;
    rows.import = ctx;
    if (!rows.import.now.isValid())
        rows.import.now = QDateTime::currentDateTimeUtc();
    auto people = store.personIds(ctx.orgId);
    if (!people)
        return people.error();
    rows.people = QSet<QString>(people.value().cbegin(), people.value().cend());
    auto staff = store.usersInOrg(ctx.orgId);
    if (!staff)
        return staff.error();
    for (const User &user : staff.value()) {
        if ((user.role == Role::CareWorker || user.role == Role::Supervisor) && !user.disabled) {
            rows.staffIds.insert(user.id, user.id);
            rows.staffIds.insert(user.loginName, user.id);
        }
    }
    return rows;
}

// The organisation's medication orders as they stand (with every amendment), to match rows to.
Result<QList<OrderHistory>> currentOrders(ServerStore &store, const QString &orgId)
{
    RecordQuery query;
    query.orgId = orgId;
    query.allPersons = true;
    query.types = {facts::medicationOrderType(), QString::fromLatin1(RecordType::Amendment)};
    auto found = scanRecords(store, query);
    if (!found)
        return found.error();
    return medicationOrderHistories(recordsOf(found.value()));
}

} // namespace

ImportReport Importer::importJson(ImportKind kind, const ImportContext &ctx, const QByteArray &json)
{
    Rows rows = readJsonRows(json);
    if (!rows.issues.isEmpty())
        return failed(rows.issues, int(rows.rows.size()));
    return importRows(kind, ctx, rows.rows);
}

ImportReport Importer::importRotaCsv(const ImportContext &ctx, const QByteArray &csv)
{
    Rows rows = readCsvRows(csv);
    if (!rows.issues.isEmpty())
        return failed(rows.issues, int(rows.rows.size()));
    return importRows(ImportKind::Rota, ctx, rows.rows);
}

ImportReport Importer::importFile(ImportKind kind, const ImportContext &ctx, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            {ImportIssue {0, QStringLiteral("file"),
                          QStringLiteral("cannot read %1: %2").arg(path, file.errorString())}});
    const QByteArray bytes = file.readAll();
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        if (kind != ImportKind::Rota)
            return failed({ImportIssue {0, QStringLiteral("file"),
                                        QStringLiteral("only rotas can be imported from CSV")}});
        return importRotaCsv(ctx, bytes);
    }
    return importJson(kind, ctx, bytes);
}

ImportReport Importer::importRows(ImportKind kind, const ImportContext &ctx,
                                  const QList<importing::Row> &rows)
{
    auto prepared = prepare(m_store, ctx);
    if (!prepared)
        return failed({ImportIssue {0, prepared.error().field, prepared.error().message}},
                      int(rows.size()));
    RowContext &rowContext = prepared.value();
    HybridLogicalClock clock(QStringLiteral("server-import"));
    rowContext.clock = &clock;
    QList<OrderHistory> orders;
    if (kind == ImportKind::MedicationOrders) {
        auto loaded = currentOrders(m_store, ctx.orgId);
        if (!loaded)
            return failed({ImportIssue {0, loaded.error().field, loaded.error().message}},
                          int(rows.size()));
        orders = loaded.value();
    }
    const ExistingOrders existingOrders(orders);
    int changed = 0, unchanged = 0;

    QList<ImportIssue> issues;
    QList<Record> records;
    QList<int> lines;
    for (const Row &row : rows) {
        RowRecord built;
        switch (kind) {
        case ImportKind::People:
            built = personRow(rowContext, row);
            break;
        case ImportKind::CarePlans:
            built = personDocumentRow(rowContext, row, facts::carePlanType());
            break;
        case ImportKind::MedicationOrders:
            built = medicationOrderRow(rowContext, row, existingOrders);
            break;
        case ImportKind::Rota:
            built = rotaRow(rowContext, row);
            break;
        }
        issues += built.issues;
        if (built.issues.isEmpty() && built.outcome == RowOutcome::Unchanged)
            ++unchanged;
        if (!built.record)
            continue;
        if (built.outcome == RowOutcome::Changed)
            ++changed;
        if (auto valid = facts::validate(*built.record); !valid) {
            issues.append(ImportIssue {row.line, importField(kind, valid.error().field),
                                       valid.error().message});
            continue;
        }
        records.append(*built.record);
        lines.append(row.line);
    }
    if (!issues.isEmpty())
        return failed(issues, int(rows.size()));

    PutContext put {ctx.orgId, ctx.actorUserId, QString(), rowContext.import.now, true};
    auto stored = m_store.putRecords(put, records);
    if (!stored)
        return failed({ImportIssue {0, stored.error().field, stored.error().message}},
                      int(rows.size()));
    for (int i = 0; i < stored.value().size(); ++i) {
        const PutResult &result = stored.value().at(i);
        if (result.status == PutStatus::Rejected && result.error.field != QLatin1String("batch"))
            issues.append(ImportIssue {lines.at(i), importField(kind, result.error.field),
                                       result.error.message});
    }
    if (!issues.isEmpty())
        return failed(issues, int(rows.size()));
    ImportReport report;
    report.ok = true;
    report.rows = int(rows.size());
    report.written = int(records.size());
    report.changed = changed;
    report.unchanged = unchanged;
    report.created = report.written - changed;
    return report;
}

} // namespace careround::server
