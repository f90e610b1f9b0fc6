#include "demopayloads.h"
#include <QJsonArray>

namespace careround::server::demo {

namespace {
QJsonArray strings(std::initializer_list<const char *> items)
{
    QJsonArray array;
    for (const char *item : items)
        array.append(QString::fromUtf8(item));
    return array;
}

const char *const Allergies[] = {"penicillin", "none known", "none known",
                                 "latex",      "none known", "codeine"};
const char *const Needs[] = {"large print", "hearing aid in left ear",
                             "BSL interpreter for reviews", "easy read", "none"};
const char *const Diets[] = {"diabetic diet", "soft food", "vegetarian",
                             "halal",         "no pork",   "thickened fluids (level 2)",
                             "none"};
} // namespace

QJsonObject personPayload(QRandomGenerator &random, const PersonName &name, const Address &address,
                          const QDate &today)
{
    const QDate born = today.addYears(-(68 + random.bounded(30))).addDays(-random.bounded(365));
    const Address contact = demo::address(random);
    return QJsonObject {
        {QStringLiteral("name"), name.first + QLatin1Char(' ') + name.last},
        {QStringLiteral("preferredName"), name.preferred},
        {QStringLiteral("dateOfBirth"), born.toString(Qt::ISODate)},
        {QStringLiteral("nhsNumber"), nhsNumber(random)},
        {QStringLiteral("address"),
         QJsonObject {{QStringLiteral("line1"), address.line1},
                      {QStringLiteral("town"), address.town},
                      {QStringLiteral("postcode"), address.postcode}}},
        {QStringLiteral("postcode"), address.postcode},
        {QStringLiteral("ruralClass"), address.ruralClass},
        {QStringLiteral("homeLocation"),
         QJsonObject {{QStringLiteral("latitude"), address.latitude},
                      {QStringLiteral("longitude"), address.longitude}}},
        {QStringLiteral("communicationNeeds"), QJsonArray {QString::fromUtf8(pick(random, Needs))}},
        {QStringLiteral("dietaryNeeds"), QString::fromUtf8(pick(random, Diets))},
        {QStringLiteral("allergies"), QJsonArray {QString::fromUtf8(pick(random, Allergies))}},
        {QStringLiteral("dnacpr"), random.bounded(5) == 0},
        {QStringLiteral("keyContacts"),
         QJsonArray {QJsonObject {
             {QStringLiteral("name"), staffName(random)},
             {QStringLiteral("relationship"),
              random.bounded(2) ? QStringLiteral("daughter") : QStringLiteral("son")},
             {QStringLiteral("phone"), phoneNumber(random)},
             {QStringLiteral("address"), contact.line1 + QStringLiteral(", ") + contact.town}}}},
        {QStringLiteral("riskFlags"),
         random.bounded(3) == 0 ? strings({"falls risk"}) : QJsonArray()},
    };
}

QJsonObject carePlanPayload(QRandomGenerator &random, const PersonName &name, const QDate &today)
{
    const QDate due = today.addDays(42);
    const QJsonArray goals {
        QJsonObject {
            {QStringLiteral("id"), QStringLiteral("goal-1")},
            {QStringLiteral("description"),
             QStringLiteral("%1 makes a hot drink independently").arg(name.preferred)},
            {QStringLiteral("baseline"), QStringLiteral("needs full help at every call")},
            {QStringLiteral("target"),
             QStringLiteral("makes a drink unaided at 2 of 3 daily calls")},
            {QStringLiteral("measure"),
             QStringLiteral("calls where the drink was made unaided, recorded at each call")},
            {QStringLiteral("dueDate"), due.toString(Qt::ISODate)},
            {QStringLiteral("outcome"), QStringLiteral("outcome-1")}},
        QJsonObject {
            {QStringLiteral("id"), QStringLiteral("goal-2")},
            {QStringLiteral("description"), QStringLiteral("walks to the front gate with a frame")},
            {QStringLiteral("baseline"),
             QStringLiteral("walks %1 metres indoors").arg(3 + random.bounded(8))},
            {QStringLiteral("target"), QStringLiteral("20 metres outdoors, twice a week")},
            {QStringLiteral("measure"), QStringLiteral("metres walked, weekly review")},
            {QStringLiteral("dueDate"), due.toString(Qt::ISODate)},
            {QStringLiteral("outcome"), QStringLiteral("outcome-2")}}};
    return QJsonObject {
        {QStringLiteral("version"), 1},
        {QStringLiteral("personalOutcomes"),
         QJsonArray {
             QJsonObject {{QStringLiteral("id"), QStringLiteral("outcome-1")},
                          {QStringLiteral("text"),
                           QStringLiteral("I want to make my own cup of tea again")}},
             QJsonObject {{QStringLiteral("id"), QStringLiteral("outcome-2")},
                          {QStringLiteral("text"),
                           QStringLiteral("I want to get to the garden and see my neighbours")}}}},
        {QStringLiteral("agreedOutcomes"),
         strings({"maintain independence at home", "safe mobility indoors and out"})},
        {QStringLiteral("goals"), goals},
        {QStringLiteral("risks"),
         strings(
             {"falls: frame within reach, clear walkways", "skin integrity: check heels daily"})},
        {QStringLiteral("tasksByVisitType"),
         QJsonObject {
             {QStringLiteral("morning"), strings({"personal care", "breakfast", "medication"})},
             {QStringLiteral("lunch"), strings({"lunch", "hydration check"})},
             {QStringLiteral("tea"), strings({"evening meal", "medication"})},
             {QStringLiteral("bed"), strings({"help to bed", "medication", "secure the house"})}}},
        {QStringLiteral("reviewDate"), today.addDays(28).toString(Qt::ISODate)},
        {QStringLiteral("statutoryReviewDate"), today.addDays(56).toString(Qt::ISODate)},
    };
}

QList<QJsonObject> medicationOrderPayloads(QRandomGenerator &random, int personIndex,
                                           const QDate &today)
{
    const QString prescriber = QStringLiteral("Dr %1, Weald Medical Practice")
                                   .arg(staffName(random).section(QLatin1Char(' '), 1));
    auto order = [&](const QString &medicine, const QString &form, const QString &strength,
                     const QString &dose, const QString &route, const QJsonArray &times,
                     const QString &support) {
        return QJsonObject {
            {QStringLiteral("medicine"), medicine},
            {QStringLiteral("formulation"), form},
            {QStringLiteral("strength"), strength},
            {QStringLiteral("dose"), dose},
            {QStringLiteral("route"), route},
            {QStringLiteral("times"), times},
            {QStringLiteral("supportLevel"), support},
            {QStringLiteral("prescriber"), prescriber},
            {QStringLiteral("startDate"), today.addDays(-60).toString(Qt::ISODate)},
            {QStringLiteral("reviewDate"), today.addDays(120).toString(Qt::ISODate)},
            {QStringLiteral("prn"), false},
            {QStringLiteral("timeCritical"), false}};
    };
    QList<QJsonObject> orders;
    orders.append(order(QStringLiteral("Amlodipine"), QStringLiteral("tablet"),
                        QStringLiteral("5 mg"), QStringLiteral("one tablet"),
                        QStringLiteral("oral"), strings({"08:00"}), QStringLiteral("prompt")));
    if (random.bounded(2) == 0)
        orders.append(order(QStringLiteral("Metformin"), QStringLiteral("tablet"),
                            QStringLiteral("500 mg"), QStringLiteral("one tablet"),
                            QStringLiteral("oral"), strings({"08:00", "18:00"}),
                            QStringLiteral("assist")));
    if (personIndex % 3 == 0) {
        QJsonObject prn = order(QStringLiteral("Paracetamol"), QStringLiteral("tablet"),
                                QStringLiteral("500 mg"), QStringLiteral("one or two tablets"),
                                QStringLiteral("oral"), QJsonArray(), QStringLiteral("administer"));
        prn[QStringLiteral("prn")] = true;
        prn[QStringLiteral("prnProtocol")] = QJsonObject {
            {QStringLiteral("indication"), QStringLiteral("pain in the hip or back")},
            {QStringLiteral("doseRule"),
             QStringLiteral("1-2 tablets; no more than 8 tablets in 24 hours")},
            {QStringLiteral("minimumIntervalMinutes"), 240},
            {QStringLiteral("maxDosesPer24h"), 4},
            {QStringLiteral("signsToLookFor"),
             QStringLiteral("grimacing, holding the hip, not wanting to move")},
            {QStringLiteral("tryFirst"), QStringLiteral("repositioning and a warm drink")},
            {QStringLiteral("reviewDate"), today.addDays(30).toString(Qt::ISODate)}};
        orders.append(prn);
    }
    if (personIndex % 3 == 1) {
        QJsonObject critical = order(
            QStringLiteral("Co-careldopa (Sinemet)"), QStringLiteral("tablet"),
            QStringLiteral("25 mg/100 mg"), QStringLiteral("one tablet"), QStringLiteral("oral"),
            strings({"07:30", "12:30", "17:30", "21:30"}), QStringLiteral("administer"));
        critical[QStringLiteral("timeCritical")] = true;
        critical[QStringLiteral("timeCriticalWindowMinutes")] = 30;
        critical[QStringLiteral("instructions")] =
            QStringLiteral("Parkinson's medicine: give on time, never omit without advice");
        orders.append(critical);
    }
    return orders;
}

QList<VisitSlot> visitSlots(QRandomGenerator &random)
{
    // When each run starts: a worker's calls in a slot follow one another (DemoRunPlanner).
    static const VisitSlot All[] = {
        {7, 30, 45, "morning"}, {12, 0, 30, "lunch"}, {16, 30, 30, "tea"}, {19, 30, 30, "bed"}};
    QList<VisitSlot> calls {All[0]};
    const int extra = random.bounded(4); // 1 to 4 calls a day
    for (int i = 1; i <= extra; ++i)
        calls.append(All[i]);
    return calls;
}

QJsonObject visitExtras(const VisitSlot &slot)
{
    return QJsonObject {{QStringLiteral("callType"), QString::fromUtf8(slot.kind)}};
}

QJsonObject commbookPayload(const QString &text, const QString &audience)
{
    return QJsonObject {{QStringLiteral("text"), text},
                        {QStringLiteral("category"), QStringLiteral("general")},
                        {QStringLiteral("audience"), audience}};
}

} // namespace careround::server::demo
