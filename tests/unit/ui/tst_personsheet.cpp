// The grab sheet from a person record: preferred name, address line, lists, DNACPR wording, home.
#include "roundfixtures.h"
#include "ui/visit/personsheet.h"

#include <QJsonArray>
#include <QTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

class TestPersonSheet : public QObject
{
    Q_OBJECT
private slots:
    void readsTheGrabSheet();
    void unknownAndSparsePeople();
    void latestVersionWins();
};

void TestPersonSheet::readsTheGrabSheet()
{
    const Record r = person(
        "p1", "Edith Brown", "Edie",
        {{"attorney",
          QJsonObject {
              {"name", "Mary Brown"}, {"kind", "lpa_health_welfare"}, {"phone", "07700 900123"}}},
         {"dietaryNeeds", "soft food"}});
    const PersonSheet s = PersonSheets::fromRecord(r);
    QVERIFY(s.known);
    QCOMPARE(s.displayName(), QStringLiteral("Edie"));
    QCOMPARE(s.name, QStringLiteral("Edith Brown"));
    QCOMPARE(s.addressText, QStringLiteral("Rose Cottage, 3 Mill Lane, Goudhurst, TN17 1AB"));
    QCOMPARE(s.allergies, QStringList {"penicillin"});
    QCOMPARE(s.dnacpr, std::optional<bool>(true));
    QCOMPARE(s.keyContacts, QStringList {"Mary Brown (daughter), 07700 900123"});
    QCOMPARE(s.attorneyText,
             QStringLiteral("Mary Brown, health and welfare attorney, 07700 900123"));
    QCOMPARE(s.dietaryNeeds, QStringLiteral("soft food"));
    QVERIFY(s.home);
    QCOMPARE(s.home->latitude, HomeLatitude);
    QCOMPARE(PersonSheets::dnacprText(s.dnacpr),
             QStringLiteral("DNACPR in place: do not attempt CPR"));
    QCOMPARE(PersonSheets::dnacprText(false), QStringLiteral("No DNACPR: attempt CPR if needed"));
    QVERIFY(PersonSheets::dnacprText(std::nullopt).contains("not recorded"));
}

void TestPersonSheet::unknownAndSparsePeople()
{
    const PersonSheet unknown = PersonSheets::unknown("p9");
    QVERIFY(!unknown.known);
    QVERIFY(!unknown.displayName().isEmpty());
    Record sparse =
        makeRecord("person", "p2", {}, {{"name", "Arthur Penn"}, {"postcode", "TN17 2XY"}},
                   OfficeUser, QDateTime::currentDateTime());
    const PersonSheet s = PersonSheets::fromRecord(sparse);
    QCOMPARE(s.displayName(), QStringLiteral("Arthur Penn"));
    QCOMPARE(s.addressText, QStringLiteral("TN17 2XY"));
    QVERIFY(!s.dnacpr);
    QVERIFY(!s.home);
    QVERIFY(s.allergies.isEmpty());
}

void TestPersonSheet::latestVersionWins()
{
    const Record first = person("p1", "Edith Brown", "");
    const Record second = person("p1", "Edith Brown", "Edie");
    const Record other = person("p2", "Arthur Penn", "");
    const QList<Record> versions {second, other, first};
    const Record *latest = PersonSheets::latest(versions, "p1", "person");
    QVERIFY(latest);
    QCOMPARE(latest->id, second.id);
    const QList<Record> unrelated {other};
    QVERIFY(!PersonSheets::latest(unrelated, "p1", "person"));
}

QTEST_GUILESS_MAIN(TestPersonSheet)
#include "tst_personsheet.moc"
