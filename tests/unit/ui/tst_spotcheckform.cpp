// SpotCheckForm (with SpotCheckItemModel and SpotCheckActionModel) on a real session: a supervisor
// at a worker's visit records the person's refusal — the reason alone is saved — or their consent,
// the checklist, outcome and actions; a visit with nobody else on it cannot be observed.
#include "commbookfixtures.h"
#include "store/recordstore.h"
#include "ui/spotcheck/spotcheckform.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

struct FormFixture
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    std::unique_ptr<SpotCheckForm> form;

    bool open(const QStringList &workers = {ThisUser})
    {
        session = unlockedSessionAs(dir.path(), supervisorProfile());
        if (!session)
            return false;
        RotaVisit rota {"v1", "p1", QDateTime::currentDateTime().addSecs(-600), 45, workers};
        if (workers.contains(ThisUser))
            rota.workerNames = QJsonObject {{ThisUser, "Amira Khan"}};
        if (!receive(*session->store(), {rotaVisit(rota), person("p1", "Edith Brown", "Edie")}))
            return false;
        form = std::make_unique<SpotCheckForm>();
        QSignalSpy loaded(form.get(), &SpotCheckForm::loaded);
        form->setSession(session.get());
        form->setVisitId("v1");
        return QTest::qWaitFor([&] { return form->ready(); }, StoreTimeoutMs);
    }
    std::optional<Record> saved()
    {
        QSignalSpy done(form.get(), &SpotCheckForm::saved);
        if (!caught(done, StoreTimeoutMs))
            return std::nullopt;
        auto records = session->store()->forVisit("v1");
        records.waitForFinished();
        for (const Record &r : records.result()) {
            if (r.type == QLatin1String("spotcheck"))
                return r;
        }
        return std::nullopt;
    }
};

} // namespace

class TestSpotCheckForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }

    void refusalSavesTheReasonOnly()
    {
        FormFixture f;
        QVERIFY(f.open());
        SpotCheckForm &form = *f.form;
        QCOMPARE(form.personName(), QStringLiteral("Edie"));
        QCOMPARE(form.workerUserId(), ThisUser);
        QCOMPARE(form.workerName(), QStringLiteral("Amira Khan"));
        QVERIFY(form.notAllowedText().isEmpty());
        QVERIFY(!form.save());
        QCOMPARE(form.errorField(), QStringLiteral("consent"));
        form.setConsent("refused");
        QVERIFY(!form.save());
        QCOMPARE(form.errorField(), QStringLiteral("refusalReason"));
        form.setRefusalReason("Edie said she does not want a stranger watching today");
        QVERIFY(form.save());
        const auto record = f.saved();
        QVERIFY(record);
        QVERIFY(form.done());
        QVERIFY(form.savedMessage().contains("does not count"));
        QCOMPARE(record->authorUserId, SupervisorUser);
        QCOMPARE(record->personId, QStringLiteral("p1"));
        QCOMPARE(record->payload.value("consentGiven").toBool(true), false);
        QCOMPARE(record->payload.value("workerUserId").toString(), ThisUser);
        QVERIFY(!record->payload.contains("checklist"));
    }

    void consentGivenWithChecklistAndActions()
    {
        FormFixture f;
        QVERIFY(f.open());
        SpotCheckForm &form = *f.form;
        QAbstractItemModelTester items(form.items());
        QAbstractItemModelTester actions(form.actions());
        QCOMPARE(form.items()->rowCount(), 7);
        form.setConsent("given");
        QVERIFY(!form.save());
        QCOMPARE(form.errorField(), QStringLiteral("checklist[0].result"));
        for (int row = 0; row < form.items()->rowCount(); ++row)
            QVERIFY(form.setResult(row,
                                   row == 5       ? "not_met"
                                       : row == 4 ? "not_applicable"
                                                  : "met"));
        QVERIFY(!form.setResult(99, "met"));
        QVERIFY(form.progressText().startsWith("7 of 7"));
        QVERIFY(form.anyNotMet());
        form.setOutcome("needs_improvement");
        QVERIFY(!form.save());
        QCOMPARE(form.errorField(), QStringLiteral("checklist[5].comment"));
        QVERIFY(form.setComment(5, "Used the hoist without a second person"));
        QVERIFY(!form.save());
        QCOMPARE(form.errorField(), QStringLiteral("actions"));
        form.addAction();
        const int last = form.actions()->rowCount() - 1;
        QVERIFY(form.setActionDescription(last, "Moving and handling refresher"));
        QVERIFY(form.setActionDue(last, form.dueChoices().at(1).toMap().value("code").toString()));
        QVERIFY(form.save());
        const auto record = f.saved();
        QVERIFY(record);
        const QJsonObject p = record->payload;
        QVERIFY(p.value("consentGiven").toBool());
        QCOMPARE(p.value("outcome").toString(), QStringLiteral("needs_improvement"));
        const QJsonArray checklist = p.value("checklist").toArray();
        QCOMPARE(checklist.size(), 7);
        QCOMPARE(checklist.at(5).toObject().value("item").toString(),
                 QStringLiteral("moving_handling"));
        QCOMPARE(checklist.at(5).toObject().value("result").toString(), QStringLiteral("not_met"));
        QCOMPARE(p.value("actions").toArray().first().toObject().value("dueDate").toString(),
                 QDate::currentDate().addDays(14).toString(Qt::ISODate));
        QCOMPARE(p.value("workerName").toString(), QStringLiteral("Amira Khan"));
        QVERIFY(form.savedMessage().contains("acknowledge"));
    }

    void nobodyToObserve()
    {
        FormFixture f;
        QVERIFY(f.open({SupervisorUser})); // the supervisor's own visit
        QVERIFY(!f.form->notAllowedText().isEmpty());
        f.form->setConsent("refused");
        f.form->setRefusalReason("x");
        QVERIFY(!f.form->save());
        QCOMPARE(f.form->errorField(), QStringLiteral("workerUserId"));
    }
};

QTEST_MAIN(TestSpotCheckForm)
#include "tst_spotcheckform.moc"
