#include "rowrecords.h"
#include "core/uuid7.h"
#include "server/storage/recordfacts.h"
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace careround::server::importing {

namespace {

const QString PersonIdField = QStringLiteral("person_id");
const QString VisitIdField = QStringLiteral("visit_id");
const QString StartField = QStringLiteral("planned_start");
const QString DurationField = QStringLiteral("duration_minutes");
const QString WorkersField = QStringLiteral("worker_ids");

} // namespace

Record importEnvelope(RowContext &ctx, const QString &type, const QString &personId,
                      const QDate &careDay)
{
    Record r;
    r.id = newUuid7();
    r.type = type;
    r.personId = personId;
    r.careDay = careDay;
    r.authorUserId = ctx.import.actorUserId;
    r.deviceId = QStringLiteral("server-import");
    r.hlc = ctx.clock->now();
    r.deviceTime = ctx.import.now.toUTC();
    return r;
}

namespace {

QDate londonDay(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone("Europe/London")).date();
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

} // namespace

QString referencedPerson(RowContext &ctx, const Row &row, QList<ImportIssue> &issues)
{
    const QString personId = text(row.fields.value(PersonIdField));
    if (personId.isEmpty())
        issues.append(ImportIssue {row.line, PersonIdField, QStringLiteral("is required")});
    else if (!ctx.people.contains(personId))
        issues.append(
            ImportIssue {row.line, PersonIdField,
                         QStringLiteral("no such person in this organisation: %1").arg(personId)});
    return personId;
}

QDate importDay(const RowContext &ctx)
{
    return londonDay(ctx.import.now);
}

namespace {

QDateTime parseStart(const QString &value)
{
    static const QRegularExpression hasOffset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    if (!hasOffset.match(value).hasMatch()) // wall-clock time of the rota: UK time
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone("Europe/London"));
    return parsed.toUTC();
}

QStringList workerTokens(const QJsonValue &value)
{
    QStringList tokens;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            tokens.append(text(v));
    } else {
        tokens =
            text(value).split(QRegularExpression(QStringLiteral("[;|\\s]+")), Qt::SkipEmptyParts);
    }
    return tokens;
}

} // namespace

QString importField(ImportKind kind, const QString &recordField)
{
    if (recordField == QLatin1String("personId"))
        return PersonIdField;
    if (recordField == QLatin1String("visitId"))
        return VisitIdField;
    if (kind == ImportKind::Rota) {
        if (recordField == QLatin1String("payload.") + facts::plannedStartField()
            || recordField == QLatin1String("careDay"))
            return StartField;
        if (recordField == QLatin1String("payload.") + facts::durationField())
            return DurationField;
        if (recordField == QLatin1String("payload.") + facts::workersField())
            return WorkersField;
    }
    if (recordField.startsWith(QLatin1String("payload.replacement."))) // an amended order
        return recordField.mid(20);
    if (recordField.startsWith(QLatin1String("payload.")))
        return recordField.mid(8);
    return recordField;
}

RowRecord personRow(RowContext &ctx, const Row &row)
{
    RowRecord out;
    QString personId = text(row.fields.value(PersonIdField));
    if (personId.isEmpty()) {
        personId = newUuid7();
    } else if (ctx.seenKeys.contains(personId)) {
        out.issues.append(
            ImportIssue {row.line, PersonIdField, QStringLiteral("appears twice in this file")});
        return out;
    }
    ctx.seenKeys.insert(personId);
    Record record = importEnvelope(ctx, facts::personType(), personId, londonDay(ctx.import.now));
    QJsonObject payload = row.fields;
    payload.remove(PersonIdField);
    record.payload = payload;
    out.record = record;
    return out;
}

RowRecord personDocumentRow(RowContext &ctx, const Row &row, const QString &type)
{
    RowRecord out;
    const QString personId = referencedPerson(ctx, row, out.issues);
    if (!out.issues.isEmpty())
        return out;
    Record record = importEnvelope(ctx, type, personId, londonDay(ctx.import.now));
    QJsonObject payload = row.fields;
    payload.remove(PersonIdField);
    record.payload = payload;
    out.record = record;
    return out;
}

RowRecord rotaRow(RowContext &ctx, const Row &row)
{
    RowRecord out;
    const QString personId = referencedPerson(ctx, row, out.issues);
    const QString visitId = text(row.fields.value(VisitIdField));
    if (!visitId.isEmpty()) {
        if (ctx.seenKeys.contains(visitId))
            out.issues.append(
                ImportIssue {row.line, VisitIdField, QStringLiteral("appears twice in this file")});
        ctx.seenKeys.insert(visitId);
    }
    const QString startText = text(row.fields.value(StartField));
    const QDateTime start = parseStart(startText);
    if (startText.isEmpty())
        out.issues.append(ImportIssue {row.line, StartField, QStringLiteral("is required")});
    else if (!start.isValid())
        out.issues.append(
            ImportIssue {row.line, StartField,
                         QStringLiteral("not an ISO 8601 date-time (e.g. 2025-03-01T08:30): %1")
                             .arg(startText)});
    const QString durationText = text(row.fields.value(DurationField));
    bool numeric = false;
    const int minutes = durationText.toInt(&numeric);
    if (!numeric || minutes < 1 || minutes > 24 * 60)
        out.issues.append(
            ImportIssue {row.line, DurationField,
                         QStringLiteral("must be a whole number of minutes, 1 to 1440")});
    QStringList workers;
    for (const QString &token : workerTokens(row.fields.value(WorkersField))) {
        const QString id = ctx.staffIds.value(token);
        if (id.isEmpty())
            out.issues.append(ImportIssue {
                row.line, WorkersField,
                QStringLiteral("no care worker or supervisor \"%1\" in this organisation")
                    .arg(token)});
        else if (!workers.contains(id))
            workers.append(id);
    }
    if (workers.size() > 4)
        out.issues.append(
            ImportIssue {row.line, WorkersField, QStringLiteral("at most 4 workers per visit")});
    if (!out.issues.isEmpty())
        return out;
    Record record = importEnvelope(ctx, facts::visitType(), personId, londonDay(start));
    record.visitId = visitId.isEmpty() ? record.id : visitId;
    QJsonObject payload = row.fields;
    for (const QString &field :
         {PersonIdField, VisitIdField, StartField, DurationField, WorkersField})
        payload.remove(field);
    facts::setVisitPlan(payload, start, minutes, workers);
    record.payload = payload;
    out.record = record;
    return out;
}

} // namespace careround::server::importing
