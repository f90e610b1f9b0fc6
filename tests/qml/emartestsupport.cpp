#include "emartestsupport.h"

#include "core/medicationoutcome.h"
#include "roundfixtures.h"
#include "store/recordstore.h"
#include <QJsonArray>

using namespace careround;
using namespace careround::ui::testing;

bool EmarTestSupport::seedMedicationVisit(careround::ui::AppSession *session,
                                          const QString &visitId)
{
    if (!session || !session->store())
        return false;
    const QDateTime start = QDateTime::currentDateTime().addSecs(-10 * 60);
    const QString doseTime = start.toString(QStringLiteral("HH:mm"));
    QList<Record> records {
        rotaVisit({visitId, QStringLiteral("p1"), start, 45}),
        person(QStringLiteral("p1"), QStringLiteral("Edith Brown"), QStringLiteral("Edie")),
        carePlanWithGoals(QStringLiteral("p1"),
                          {QJsonObject {{"id", "tea"},
                                        {"description", "Make a cup of tea unaided"},
                                        {"baseline", "Needs help with the kettle"},
                                        {"target", "Makes tea on her own"},
                                        {"measure", "Observed"},
                                        {"dueDate", "2027-01-31"}}},
                          {{"morning", QJsonArray {"Personal care", "Medication"}}}),
    };
    for (const QString &code : medicationOutcomeCodes())
        records << medicationOrder(QStringLiteral("p1"), QStringLiteral("Medicine ") + code,
                                   doseTime);
    const Record paracetamol =
        prnOrder(QStringLiteral("p1"), QStringLiteral("Paracetamol"), 240, 4);
    records << paracetamol
            << administration(QStringLiteral("p1"), QStringLiteral("v-early"), PartnerUser,
                              paracetamol.id, {}, QStringLiteral("given"),
                              QDateTime::currentDateTime().addSecs(-3600));
    return receive(*session->store(), records);
}

QStringList EmarTestSupport::outcomeCodes() const
{
    return medicationOutcomeCodes();
}
