// PersonController with its lists (CommbookModel, CommbookFilterModel, VisitSummaryModel) on a real
// session and store: a care worker reads a person's book, writes an entry for the team, says they
// have read someone else's, corrects their own with a reason (never someone else's) and searches;
// a family member sees only what was shared, writes entries that are always shared, cannot correct
// or report an incident, and sees the visits delivered.
#include "commbookfixtures.h"
#include "store/recordstore.h"
#include "ui/commbook/commbookfiltermodel.h"
#include "ui/person/personcontroller.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

const QString Edie = QStringLiteral("p1");

struct PersonFixture
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    std::unique_ptr<PersonController> controller;
    Record officeEntry;

    bool open(const store::DeviceProfile &profile, const QList<Record> &extra = {})
    {
        session = unlockedSessionAs(dir.path(), profile);
        if (!session)
            return false;
        const QDateTime earlier = QDateTime::currentDateTime().addSecs(-3600);
        officeEntry = commbookEntry(Edie, OfficeUser, "Carol Office", "coordinator", "family",
                                    "Hospital appointment on Friday at 10", earlier);
        QList<Record> records {person(Edie, "Edith Brown", "Edie"), officeEntry};
        records += extra;
        if (!receive(*session->store(), records))
            return false;
        controller = std::make_unique<PersonController>();
        QSignalSpy loaded(controller.get(), &PersonController::loadFinished);
        controller->setSession(session.get());
        controller->setPersonId(Edie);
        return caught(loaded, StoreTimeoutMs);
    }
    // Waits for the save and the reload that follows it.
    bool settled()
    {
        QSignalSpy loaded(controller.get(), &PersonController::loadFinished);
        return loaded.wait(StoreTimeoutMs) && !controller->busy();
    }
    QList<Record> stored(const QString &type)
    {
        auto all = session->store()->forPerson(Edie);
        all.waitForFinished();
        QList<Record> out;
        for (const Record &r : all.result()) {
            if (r.type == type)
                out.append(r);
        }
        return out;
    }
    QVariant row(int index, CommbookModel::Role role) const
    {
        return controller->commbook()->data(controller->commbook()->index(index), role);
    }
};

} // namespace

class TestPersonController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(useBritishEnglish()); }

    void workerWritesReadsAndCorrects()
    {
        PersonFixture f;
        const Record team =
            commbookEntry(Edie, PartnerUser, "Ben Ward", "care_worker", "care_team",
                          "Bruise on the left arm", QDateTime::currentDateTime().addSecs(-1800));
        QVERIFY(f.open(testProfile(), {team}));
        PersonController &p = *f.controller;
        QAbstractItemModelTester tester(p.commbook());
        QCOMPARE(p.personName(), QStringLiteral("Edie"));
        QVERIFY(!p.isFamily());
        QVERIFY(p.canReportIncident());
        QVERIFY(p.canChooseAudience());
        QCOMPARE(p.commbook()->count(), 2);
        QCOMPARE(f.row(0, CommbookModel::TextRole).toString(),
                 QStringLiteral("Bruise on the left arm")); // newest first
        QVERIFY(f.row(0, CommbookModel::CanAcknowledgeRole).toBool());
        QVERIFY(!f.row(0, CommbookModel::CorrectableRole).toBool()); // someone else's

        // Errors name the field and save nothing.
        QVERIFY(!p.writeEntry("  ", "general", "care_team"));
        QCOMPARE(p.errorField(), QStringLiteral("text"));
        QVERIFY(!p.writeEntry("Hello", "general", ""));
        QCOMPARE(p.errorField(), QStringLiteral("audience"));
        QVERIFY(
            p.writeEntry("Edie asked for her glasses to be repaired", "equipment", "care_team"));
        QVERIFY(f.settled());
        QVERIFY(p.savedMessage().contains("care team"));
        QCOMPARE(p.commbook()->count(), 3);
        const QList<Record> entries = f.stored("commbook.entry");
        QCOMPARE(entries.size(), 3);
        const Record mine = entries.last();
        QCOMPARE(mine.authorUserId, ThisUser);
        QCOMPARE(mine.payload.value("authorName").toString(), QStringLiteral("Amira Khan"));
        QCOMPARE(mine.payload.value("authorRole").toString(), QStringLiteral("care_worker"));
        QCOMPARE(mine.payload.value("audience").toString(), QStringLiteral("care_team"));
        QVERIFY(f.row(0, CommbookModel::PendingRole).toBool()); // not sent yet
        QVERIFY(f.row(0, CommbookModel::MineRole).toBool());
        QVERIFY(!f.row(0, CommbookModel::CanAcknowledgeRole).toBool());

        // "I have read this", once.
        QVERIFY(!p.acknowledge(mine.id));
        QVERIFY(p.acknowledge(team.id));
        QVERIFY(f.settled());
        QVERIFY(!p.acknowledge(team.id));
        const int teamRow = p.commbook()->rowOf(team.id);
        QVERIFY(f.row(teamRow, CommbookModel::ReadByMeRole).toBool());
        QVERIFY2(f.row(teamRow, CommbookModel::ReadByTextRole)
                     .toString()
                     .startsWith("Read by Amira Khan"),
                 qPrintable(f.row(teamRow, CommbookModel::ReadByTextRole).toString()));
        QCOMPARE(f.stored("commbook.ack").first().payload.value("entryId").toString(), team.id);

        // Corrections: own entries only, with a reason; the history keeps the original.
        QVERIFY(!p.correctEntry(team.id, "wrong", "x", "general"));
        QVERIFY(!p.correctEntry(mine.id, "", "Glasses and hearing aid", "equipment"));
        QCOMPARE(p.errorField(), QStringLiteral("reason"));
        QVERIFY(p.correctEntry(mine.id, "left out the hearing aid",
                               "Glasses and hearing aid to be repaired", "equipment"));
        QVERIFY(f.settled());
        const int mineRow = p.commbook()->rowOf(mine.id);
        QCOMPARE(f.row(mineRow, CommbookModel::TextRole).toString(),
                 QStringLiteral("Glasses and hearing aid to be repaired"));
        QVERIFY(f.row(mineRow, CommbookModel::CorrectedRole).toBool());
        const QVariantList history = p.commbook()->history(mine.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().toMap().value("text").toString(),
                 QStringLiteral("Edie asked for her glasses to be repaired"));
        QCOMPARE(f.stored("commbook.entry").size(), 3); // nothing deleted or replaced in place
        QCOMPARE(f.stored("amendment").first().amends, mine.id);

        // Search over the loaded entries.
        CommbookFilterModel search;
        QAbstractItemModelTester searchTester(&search);
        search.setBook(p.commbook());
        QCOMPARE(search.count(), 3);
        search.setSearchText("hearing");
        QCOMPARE(search.count(), 1);
        search.setSearchText("HOSPITAL friday");
        QCOMPARE(search.count(), 1);
        search.setSearchText("nothing like this");
        QCOMPARE(search.count(), 0);
        QVERIFY(!search.resultText().isEmpty());
    }

    void pagesOfTheBook()
    {
        PersonFixture f;
        QList<Record> many;
        const QDateTime start = QDateTime::currentDateTime().addDays(-3);
        for (int i = 0; i < 25; ++i)
            many.append(commbookEntry(Edie, PartnerUser, "Ben Ward", "care_worker", "care_team",
                                      QStringLiteral("Entry %1").arg(i), start.addSecs(i * 60)));
        QVERIFY(f.open(testProfile(), many));
        CommbookModel &book = *f.controller->commbook();
        QCOMPARE(book.totalCount(), 26);
        QCOMPARE(book.count(), book.pageSize());
        QVERIFY(book.hasMore());
        QVERIFY(book.loadedText().contains("26"));
        book.showMore();
        QCOMPARE(book.count(), 26);
        QVERIFY(!book.hasMore());
    }

    void familySeesWhatIsSharedAndVisitsDelivered()
    {
        PersonFixture f;
        const QDateTime delivered = QDateTime::currentDateTime().addSecs(-7200);
        QVERIFY(f.open(familyProfile(), {visitSummary(Edie, "v1", delivered, "Amira")}));
        PersonController &p = *f.controller;
        QAbstractItemModelTester summaries(p.visitSummaries());
        QVERIFY(p.isFamily());
        QVERIFY(!p.canReportIncident());
        QVERIFY(!p.canChooseAudience());
        QVERIFY(p.audienceNote().contains("shared"));
        QCOMPARE(p.visitSummaries()->count(), 1);
        const QString detail =
            p.visitSummaries()
                ->data(p.visitSummaries()->index(0), VisitSummaryModel::DetailRole)
                .toString();
        QVERIFY2(detail.contains("Amira"), qPrintable(detail));
        QCOMPARE(p.commbook()->count(), 1);

        // A family member's entry is shared whatever the form sends; they cannot correct.
        QVERIFY(p.writeEntry("Mum enjoyed the garden", "wellbeing", "care_team"));
        QVERIFY(f.settled());
        const Record mine = f.stored("commbook.entry").last();
        QCOMPARE(mine.payload.value("audience").toString(), QStringLiteral("family"));
        QCOMPARE(mine.payload.value("authorRole").toString(), QStringLiteral("family_member"));
        QVERIFY(!p.correctEntry(mine.id, "typo", "Mum enjoyed the garden a lot", "wellbeing"));
        QVERIFY(p.errorMessage().contains("family"));
        QVERIFY(p.acknowledge(f.officeEntry.id));
        QVERIFY(f.settled());
        QVERIFY(f.row(p.commbook()->rowOf(f.officeEntry.id), CommbookModel::ReadByMeRole).toBool());
    }

    void forgottenAtLock()
    {
        PersonFixture f;
        QVERIFY(f.open(testProfile()));
        QCOMPARE(f.controller->commbook()->count(), 1);
        f.session->lock();
        QVERIFY(waitForState(*f.session, AppSession::Locked));
        QCOMPARE(f.controller->commbook()->count(), 0);
        QVERIFY(!f.controller->found());
        QVERIFY(!f.controller->writeEntry("x", "general", "family"));
    }
};

QTEST_MAIN(TestPersonController)
#include "tst_personcontroller.moc"
