// IncidentForm on a real session: raised from a visit (the person and care day come from the
// rota; only a worker on it may) or from a person's page, saved as an incident for the office
// with the writer named; never from a family member's phone. The person's page then lists it
// (IncidentListModel) as waiting to be sent, a safeguarding concern marked as such.
#include "commbookfixtures.h"
#include "store/recordstore.h"
#include "ui/person/incidentform.h"
#include "ui/person/personcontroller.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

const QVariantList ToldOffice {
    QVariantMap {{"who", "Office (Carol)"}, {"how", "phone"}, {"time", ""}}};

struct IncidentFixture
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    QDateTime visitStart; // its records' care day is this date, not today's past midnight

    bool open(const store::DeviceProfile &profile, const QStringList &workers = {ThisUser})
    {
        session = unlockedSessionAs(dir.path(), profile);
        if (!session)
            return false;
        visitStart = QDateTime::currentDateTime().addSecs(-1200);
        RotaVisit rota {"v1", "p1", visitStart, 45, workers};
        return receive(*session->store(), {rotaVisit(rota), person("p1", "Edith Brown", "Edie")});
    }
    std::unique_ptr<IncidentForm> form(const QString &visitId, const QString &personId)
    {
        auto f = std::make_unique<IncidentForm>();
        f->setSession(session.get());
        f->setVisitId(visitId);
        f->setPersonId(personId);
        if (!QTest::qWaitFor([&] { return f->ready(); }, StoreTimeoutMs))
            return nullptr;
        return f;
    }
    QList<Record> incidents()
    {
        auto all = session->store()->forPerson("p1");
        all.waitForFinished();
        QList<Record> out;
        for (const Record &r : all.result()) {
            if (r.type == QLatin1String("incident"))
                out.append(r);
        }
        return out;
    }
};

} // namespace

class TestIncidentForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }

    void fromAVisit()
    {
        IncidentFixture f;
        QVERIFY(f.open(testProfile()));
        auto form = f.form("v1", {});
        QVERIFY(form);
        QVERIFY(form->allowed());
        QVERIFY(form->safeguardingText().contains("always goes to the office"));
        QVERIFY(form->officeText().contains("alerted"));
        QCOMPARE(form->kindChoices().size(), 7);
        QVERIFY(!form->save("fall", "moderate", "today", "", "", "Helped up", ToldOffice));
        QCOMPARE(form->errorField(), QStringLiteral("description"));
        QVERIFY(f.incidents().isEmpty());
        QSignalSpy saved(form.get(), &IncidentForm::saved);
        QVERIFY(form->save("safeguarding", "serious", "today", "",
                           "Edie said her neighbour takes her money",
                           "Listened, told her I must pass it on", ToldOffice));
        QVERIFY(caught(saved, StoreTimeoutMs));
        QVERIFY(form->savedMessage().contains("office will be alerted"));
        const QList<Record> stored = f.incidents();
        QCOMPARE(stored.size(), 1);
        const Record &r = stored.first();
        QCOMPARE(r.visitId, QStringLiteral("v1"));
        QCOMPARE(r.personId, QStringLiteral("p1"));
        QCOMPARE(r.careDay, f.visitStart.date());
        QCOMPARE(r.authorUserId, ThisUser);
        QCOMPARE(r.payload.value("kind").toString(), QStringLiteral("safeguarding"));
        QCOMPARE(r.payload.value("authorName").toString(), QStringLiteral("Amira Khan"));
        QCOMPARE(r.payload.value("reportedTo").toArray().size(), 1);

        // The person's page lists it, not yet with the office.
        PersonController person;
        QSignalSpy loaded(&person, &PersonController::loadFinished);
        person.setSession(f.session.get());
        person.setPersonId("p1");
        QVERIFY(caught(loaded, StoreTimeoutMs));
        QAbstractItemModelTester tester(person.incidents());
        QCOMPARE(person.incidents()->count(), 1);
        const QModelIndex row = person.incidents()->index(0);
        QVERIFY(row.data(IncidentListModel::SafeguardingRole).toBool());
        QVERIFY(row.data(IncidentListModel::PendingRole).toBool());
        QVERIFY(!row.data(IncidentListModel::OfficeTextRole).toString().isEmpty());
    }

    void fromThePersonsPage()
    {
        IncidentFixture f;
        QVERIFY(f.open(supervisorProfile()));
        auto form = f.form({}, "p1");
        QVERIFY(form);
        QVERIFY(form->allowed());
        QSignalSpy saved(form.get(), &IncidentForm::saved);
        QVERIFY(form->save("complaint", "low", "today", "", "Visits keep running late",
                           "Apologised, told the office", ToldOffice));
        QVERIFY(caught(saved, StoreTimeoutMs));
        QCOMPARE(f.incidents().size(), 1);
        QVERIFY(f.incidents().first().visitId.isEmpty());
        QCOMPARE(f.incidents().first().authorUserId, SupervisorUser);
    }

    void notFromSomeoneElsesVisitNorAFamilyPhone()
    {
        IncidentFixture f;
        QVERIFY(f.open(testProfile(), {PartnerUser}));
        auto form = f.form("v1", {});
        QVERIFY(form);
        QVERIFY(!form->allowed());
        QVERIFY(!form->save("fall", "low", "today", "", "x", "y", ToldOffice));
        QCOMPARE(form->errorField(), QStringLiteral("kind"));

        IncidentFixture family;
        QVERIFY(family.open(familyProfile()));
        auto familyForm = family.form({}, "p1");
        QVERIFY(familyForm);
        QVERIFY(!familyForm->allowed());
        QVERIFY(familyForm->notAllowedText().contains("phone"));
        QVERIFY(!familyForm->save("fall", "low", "today", "", "x", "y", ToldOffice));
        QVERIFY(family.incidents().isEmpty());
    }
};

QTEST_MAIN(TestIncidentForm)
#include "tst_incidentform.moc"
