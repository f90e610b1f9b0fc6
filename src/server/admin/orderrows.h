#pragma once
// Medication order rows of an import, made idempotent (docs/server-storage.md, "Imports"): each
// row is matched to the order it stands for, by its external id (`external_id`, kept on the order
// as `externalId`) or, when the row has none, by person, medicine, strength, formulation and
// route. A row equal to the current version changes nothing; a different row becomes an
// amendment of that order (never a second order); an unmatched row is a new order.
#include "core/rules/orderhistory.h"
#include "rowrecords.h"

namespace careround::server::importing {

// The organisation's current medication orders, by the keys rows are matched with.
class ExistingOrders
{
public:
    explicit ExistingOrders(const QList<OrderHistory> &orders);
    // The order a row (person, payload incl. externalId if any) stands for, or nullptr.
    const OrderHistory *match(const QString &personId, const QJsonObject &payload) const;
    // True when the payload's external id is already another person's order (refused).
    bool externalIdOfAnotherPerson(const QString &personId, const QJsonObject &payload) const;

private:
    QList<OrderHistory> m_orders;
    QHash<QString, int> m_byExternalId;
    QHash<QString, int> m_byMedicine; // orders without an external id
    QHash<QString, int> m_byMedicineAll;
};

// The row's key in the file (an external id or the medicine key), to refuse a repeated row.
QString orderRowKey(const QString &personId, const QJsonObject &payload);

// A new order, an amendment of the matched one, or nothing (unchanged).
RowRecord medicationOrderRow(RowContext &ctx, const Row &row, const ExistingOrders &existing);

} // namespace careround::server::importing
