#include "orderrows.h"
#include "core/recordtypes.h"
#include "server/storage/recordfacts.h"

namespace careround::server::importing {

namespace {

const QString ExternalIdColumn = QStringLiteral("external_id");
const QString ExternalIdField = QStringLiteral("externalId");

QString medicineKey(const QString &personId, const QJsonObject &payload)
{
    QStringList parts {personId};
    for (const char *field : {"medicine", "strength", "formulation", "route"})
        parts.append(payload.value(QLatin1String(field)).toString().trimmed().toLower());
    return parts.join(QLatin1Char('|'));
}

QString externalId(const QJsonObject &payload)
{
    return payload.value(ExternalIdField).toString();
}

} // namespace

ExistingOrders::ExistingOrders(const QList<OrderHistory> &orders)
    : m_orders(orders)
{
    for (int i = 0; i < m_orders.size(); ++i) {
        const QJsonObject &payload = m_orders.at(i).current().payload;
        const QString key = medicineKey(m_orders.at(i).personId, payload);
        m_byMedicineAll.insert(key, i);
        if (externalId(payload).isEmpty())
            m_byMedicine.insert(key, i);
        else
            m_byExternalId.insert(externalId(payload), i);
    }
}

const OrderHistory *ExistingOrders::match(const QString &personId, const QJsonObject &payload) const
{
    const QString key = medicineKey(personId, payload);
    int index = -1;
    if (const QString id = externalId(payload); !id.isEmpty())
        // A file that now names its rows still finds the orders it loaded before it did.
        index = m_byExternalId.value(id, m_byMedicine.value(key, -1));
    else
        index = m_byMedicineAll.value(key, -1);
    if (index < 0 || m_orders.at(index).personId != personId)
        return nullptr;
    return &m_orders.at(index);
}

bool ExistingOrders::externalIdOfAnotherPerson(const QString &personId,
                                               const QJsonObject &payload) const
{
    const int index = m_byExternalId.value(externalId(payload), -1);
    return index >= 0 && m_orders.at(index).personId != personId;
}

QString orderRowKey(const QString &personId, const QJsonObject &payload)
{
    const QString id = externalId(payload);
    return id.isEmpty() ? QStringLiteral("medicine:") + medicineKey(personId, payload)
                        : QStringLiteral("external:") + id;
}

RowRecord medicationOrderRow(RowContext &ctx, const Row &row, const ExistingOrders &existing)
{
    RowRecord out;
    const QString personId = referencedPerson(ctx, row, out.issues);
    QJsonObject payload = row.fields;
    payload.remove(QStringLiteral("person_id"));
    payload.remove(ExternalIdColumn);
    const QJsonValue id = row.fields.value(ExternalIdColumn);
    if (!id.isUndefined()) {
        if (!id.isString() || id.toString().trimmed().isEmpty())
            out.issues.append(ImportIssue {row.line, ExternalIdColumn,
                                           QStringLiteral("must be a non-empty string")});
        else
            payload.insert(ExternalIdField, id.toString().trimmed());
    }
    if (!out.issues.isEmpty())
        return out;
    const QString key = orderRowKey(personId, payload);
    if (ctx.seenKeys.contains(key)) {
        out.issues.append(
            ImportIssue {row.line, id.isUndefined() ? QStringLiteral("medicine") : ExternalIdColumn,
                         QStringLiteral("appears twice in this file (one row per order)")});
        return out;
    }
    ctx.seenKeys.insert(key);
    if (existing.externalIdOfAnotherPerson(personId, payload)) {
        out.issues.append(ImportIssue {row.line, ExternalIdColumn,
                                       QStringLiteral("is the id of another person's order")});
        return out;
    }
    const OrderHistory *order = existing.match(personId, payload);
    if (!order) {
        Record record = importEnvelope(ctx, facts::medicationOrderType(), personId, importDay(ctx));
        record.payload = payload;
        out.record = record;
        return out;
    }
    if (order->current().payload == payload) {
        out.outcome = RowOutcome::Unchanged;
        return out;
    }
    Record amendment =
        importEnvelope(ctx, QString::fromLatin1(RecordType::Amendment), personId, importDay(ctx));
    amendment.amends = order->orderId;
    amendment.payload = {
        {QStringLiteral("reason"), QStringLiteral("changed by an import of medication orders")},
        {QStringLiteral("amendedType"), facts::medicationOrderType()},
        {QStringLiteral("replacement"), payload}};
    out.record = amendment;
    out.outcome = RowOutcome::Changed;
    return out;
}

} // namespace careround::server::importing
