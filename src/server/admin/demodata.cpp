#include "demodata.h"
#include <QHash>

namespace careround::server::demo {

namespace {

const char *const FirstNames[] = {
    "Margaret", "Dorothy", "Joan",   "Patricia", "Barbara",  "Irene",    "Elsie",    "Jean",
    "Sheila",   "Pamela",  "Brenda", "Maureen",  "Kathleen", "Edith",    "Vera",     "Doris",
    "June",     "Audrey",  "Sylvia", "Valerie",  "Arthur",   "Kenneth",  "Dennis",   "Roy",
    "Derek",    "Leslie",  "Norman", "Ronald",   "Stanley",  "Harold",   "Geoffrey", "Raymond",
    "Brian",    "Frank",   "Albert", "Gordon",   "Trevor",   "Eric",     "Clifford", "Alan",
    "Gurdev",   "Harbans", "Ama",    "Kwame",    "Winston",  "Precious", "Teresa",   "Sunita",
    "Mohammed", "Bronwen"};
const char *const Surnames[] = {
    "Smith",    "Jones",    "Taylor",   "Brown",   "Williams", "Wilson",  "Johnson", "Davies",
    "Robinson", "Wright",   "Thompson", "Evans",   "Walker",   "White",   "Roberts", "Green",
    "Hall",     "Wood",     "Jackson",  "Clarke",  "Hughes",   "Edwards", "Turner",  "Baker",
    "Harris",   "Cooper",   "King",     "Lee",     "Martin",   "Allen",   "Hill",    "Ward",
    "Morgan",   "Mitchell", "Parker",   "Bennett", "Cook",     "Bailey",  "Kaur",    "Singh",
    "Mensah",   "Okafor",   "Campbell", "Patel",   "Begum",    "Nowak",   "O'Brien", "MacDonald",
    "Price",    "Fletcher"};
const char *const StaffFirstNames[] = {"Amira",  "Ben",     "Chloe",  "Daniel", "Ella",   "Femi",
                                       "Grace",  "Harry",   "Isla",   "Jakub",  "Kerry",  "Liam",
                                       "Maria",  "Nadia",   "Oliver", "Priya",  "Rosie",  "Sam",
                                       "Tomasz", "Uchenna", "Vicky",  "Will",   "Yasmin", "Zoe"};
const char *const Streets[] = {
    "Church Lane",     "Station Road",     "The Street",     "Mill Lane",       "London Road",
    "High Street",     "Orchard Close",    "Hop Garden Way", "Oast Court",      "Bramley Avenue",
    "Wealden Rise",    "Cherry Tree Road", "Forge Lane",     "Marsh View",      "Downs Road",
    "Canterbury Road", "Ashford Road",     "Priory Walk",    "Kingsgate Close", "Sandy Lane"};

struct Town
{
    const char *name;
    const char *outward[3];
    double latitude, longitude;
    const char *ruralClass;
};
const Town Towns[] = {
    {"Maidstone", {"ME14", "ME15", "ME16"}, 51.2720, 0.5290, "urban"},
    {"Canterbury", {"CT1", "CT2", "CT4"}, 51.2802, 1.0789, "urban"},
    {"Ashford", {"TN23", "TN24", "TN25"}, 51.1465, 0.8750, "urban"},
    {"Tonbridge", {"TN9", "TN10", "TN11"}, 51.1952, 0.2750, "urban"},
    {"Dartford", {"DA1", "DA2", "DA4"}, 51.4462, 0.2169, "urban"},
    {"Tenterden", {"TN30", "TN30", "TN30"}, 51.0697, 0.6870, "town_and_fringe"},
    {"Faversham", {"ME13", "ME13", "ME13"}, 51.3151, 0.8910, "town_and_fringe"},
    {"Cranbrook", {"TN17", "TN17", "TN17"}, 51.0966, 0.5350, "village_and_dispersed"},
    {"Wye", {"TN25", "TN25", "TN25"}, 51.1846, 0.9387, "village_and_dispersed"},
    {"Headcorn", {"TN27", "TN27", "TN27"}, 51.1680, 0.6270, "village_and_dispersed"}};

// Inward-code letters exclude C, I, K, M, O and V.
const char InwardLetters[] = "ABDEFGHJLNPQRSTUWXYZ";

QString latin(const char *text)
{
    return QString::fromUtf8(text);
}

// The names people of that generation often go by.
QString usualShortName(const QString &first)
{
    static const QHash<QString, QString> Short {
        {"Margaret", "Peggy"}, {"Dorothy", "Dot"},  {"Patricia", "Pat"}, {"Barbara", "Babs"},
        {"Kathleen", "Kath"},  {"Edith", "Edie"},   {"Pamela", "Pam"},   {"Kenneth", "Ken"},
        {"Ronald", "Ron"},     {"Stanley", "Stan"}, {"Harold", "Harry"}, {"Geoffrey", "Geoff"},
        {"Raymond", "Ray"},    {"Albert", "Bert"},  {"Leslie", "Les"},   {"Trevor", "Trev"},
        {"Clifford", "Cliff"}, {"Mohammed", "Mo"},  {"Derek", "Del"},    {"Valerie", "Val"}};
    return Short.value(first, first);
}

} // namespace

PersonName personName(QRandomGenerator &random)
{
    PersonName name {latin(pick(random, FirstNames)), latin(pick(random, Surnames)), QString()};
    name.preferred = random.bounded(3) == 0 ? usualShortName(name.first) : name.first;
    return name;
}

QString staffName(QRandomGenerator &random)
{
    return latin(pick(random, StaffFirstNames)) + QLatin1Char(' ') + latin(pick(random, Surnames));
}

Address address(QRandomGenerator &random)
{
    const Town &town = pick(random, Towns);
    Address a;
    a.line1 =
        QStringLiteral("%1 %2").arg(1 + random.bounded(120)).arg(latin(pick(random, Streets)));
    a.town = latin(town.name);
    const int letters = int(sizeof(InwardLetters)) - 1;
    a.postcode = QStringLiteral("%1 %2%3%4")
                     .arg(latin(town.outward[random.bounded(3)]))
                     .arg(1 + random.bounded(9))
                     .arg(QLatin1Char(InwardLetters[random.bounded(letters)]))
                     .arg(QLatin1Char(InwardLetters[random.bounded(letters)]));
    a.latitude = town.latitude + (random.bounded(2000) - 1000) / 100000.0;
    a.longitude = town.longitude + (random.bounded(2000) - 1000) / 100000.0;
    a.ruralClass = latin(town.ruralClass);
    return a;
}

bool nhsNumberIsValid(const QString &digits)
{
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        if (!digits.at(i).isDigit())
            return false;
        sum += digits.at(i).digitValue() * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && digits.at(9).digitValue() == check;
}

QString nhsNumber(QRandomGenerator &random)
{
    for (;;) {
        QString digits = QStringLiteral("999");
        for (int i = 0; i < 6; ++i)
            digits += QChar(u'0' + random.bounded(10));
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += digits.at(i).digitValue() * (10 - i);
        int check = 11 - sum % 11;
        if (check == 11)
            check = 0;
        if (check == 10)
            continue; // no valid number with this stem
        return digits + QChar(u'0' + check);
    }
}

QString phoneNumber(QRandomGenerator &random)
{
    return QStringLiteral("07700 900%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
}

} // namespace careround::server::demo
