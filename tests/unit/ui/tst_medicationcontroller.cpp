// MedicationController over a real session and store (Europe/London, as on a UK phone): the doses
// due at a visit as the page shows them (also over a clock change), every outcome saved as a
// medication.administration in the store and its outbox, the reason required where it must be,
// the warning before recording a dose again, the second signature by the double-handed partner,
// the PRN refusal when another phone's dose is already in the store, the PRN effect follow-up as
// a correction, the office's conflict alert on the dose, and an order amended in the office used
// in its current version only (MAR and PRN limits).
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/meds/medicationcontroller.h"
#include "ui/session/locationsettings.h"
#include "ui/visit/visitcontroller.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <ctime>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

const QString Person = QStringLiteral("p1");

struct MedFixture
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    LocationSettings location;
    std::unique_ptr<VisitController> visit;
    std::unique_ptr<MedicationController> meds;
    QDateTime now;

    // A visit from `start` (local), `workers` assigned, with `orders` and `extra` records.
    bool open(const QDateTime &start, const QList<Record> &orders, const QList<Record> &extra = {},
              const QStringList &workers = {ThisUser})
    {
        session = unlockedSession(dir.path());
        if (!session)
            return false;
        now = start.addSecs(10 * 60);
        RotaVisit rota {QStringLiteral("v1"), Person, start, 45};
        rota.workerIds = workers;
        if (workers.contains(PartnerUser))
            rota.workerNames = {{PartnerUser, "Sam Cole"}}; // a visit names only its own workers
        if (!receive(*session->store(),
                     QList<Record> {
                         rotaVisit(rota),
                         person(Person, QStringLiteral("Edith Brown"), QStringLiteral("Edie"))}
                         + orders + extra))
            return false;
        location.setNmeaFile(QStringLiteral("no_such_log")); // no fix: check-in saves at once
        visit = std::make_unique<VisitController>();
        visit->setLocation(&location);
        visit->setNowForTests(now);
        QSignalSpy visitLoaded(visit.get(), &VisitController::loadFinished);
        visit->setSession(session.get());
        visit->setVisitId(QStringLiteral("v1"));
        if (!caught(visitLoaded, StoreTimeoutMs))
            return false;
        meds = std::make_unique<MedicationController>();
        meds->setNowForTests(now);
        QSignalSpy loaded(meds.get(), &PersonFileController::loadFinished);
        meds->setVisit(visit.get());
        return caught(loaded, StoreTimeoutMs) && meds->loaded();
    }

    bool checkIn()
    {
        if (!visit->checkIn())
            return false;
        return QTest::qWaitFor([&] { return visit->canRecord() && !visit->busy(); },
                               StoreTimeoutMs);
    }

    // Waits for the controller's own save and reload.
    bool settled()
    {
        return QTest::qWaitFor([&] { return !meds->busy() && !meds->loading(); }, StoreTimeoutMs);
    }

    QList<Record> stored(const char *type)
    {
        auto records = session->store()->forPerson(Person);
        records.waitForFinished();
        QList<Record> out;
        for (const Record &r : records.result()) {
            if (r.type == QLatin1String(type))
                out << r;
        }
        return out;
    }

    QStringList outboxIds()
    {
        auto outbox = session->store()->pendingOutbox(10000);
        outbox.waitForFinished();
        QStringList ids;
        for (const auto &entry : outbox.result())
            ids << entry.recordId;
        return ids;
    }
};

QDateTime todayAt(int h, int m)
{
    return QDateTime(QDate::currentDate(), QTime(h, m));
}

// The office's change of `order` (as the console's amend endpoint writes it): the whole new order
// with `changes` merged in, made after the order.
Record officeAmendment(const Record &order, const QJsonObject &changes, const QDateTime &at)
{
    QJsonObject replacement = order.payload;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        replacement.insert(it.key(), it.value());
    Record a = makeRecord(QString::fromLatin1(RecordType::Amendment), order.personId, {},
                          {{QStringLiteral("reason"), QStringLiteral("GP changed the dose")},
                           {QStringLiteral("amendedType"), order.type},
                           {QStringLiteral("replacement"), replacement}},
                          OfficeUser, at);
    a.amends = order.id;
    return a;
}

} // namespace

class TestMedicationController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCOMPARE(QTimeZone::systemTimeZone().id(), QByteArray("Europe/London"));
        QVERIFY(useBritishEnglish());
    }

    void dosesDueAsThePageShowsThem()
    {
        MedFixture f;
        const Record metformin = medicationOrder(Person, "Metformin", "11:00,18:00");
        const Record sinemet =
            medicationOrder(Person, "Sinemet", "11:00",
                            {{"timeCritical", true}, {"timeCriticalWindowMinutes", 30}});
        const Record tomorrow =
            medicationOrder(Person, "Amoxicillin", "11:00",
                            {{"startDate", QDate::currentDate().addDays(1).toString(Qt::ISODate)}});
        QVERIFY(f.open(todayAt(10, 50),
                       {metformin, sinemet, tomorrow, prnOrder(Person, "Paracetamol", 240, 4)}));
        MedicationController &m = *f.meds;
        QCOMPARE(m.doses()->count(), 2); // 18:00 is another visit's; amoxicillin starts tomorrow
        QCOMPARE(m.doses()->rows().at(0).title, QStringLiteral("Metformin 500 mg tablets"));
        QCOMPARE(m.doses()->rows().at(1).timeText,
                 QStringLiteral("11:00 · give between 10:30 and 11:30"));
        QCOMPARE(m.timeCriticalText(), QStringLiteral("Time-critical: Sinemet 11:00 ±30 min"));
        QCOMPARE(m.summaryText(), QStringLiteral("2 doses due at this visit, 0 recorded"));
        QCOMPARE(m.asNeeded()->count(), 1);
        QVERIFY(!m.canRecord()); // not checked in yet
        QVERIFY(!m.recordDose(0, "given", {}, {}, false, false));
        QCOMPARE(m.errorMessage(), QStringLiteral("Check in before recording medication"));
    }

    void dosesOverTheSpringClockChange()
    {
        MedFixture f;
        const QDateTime start(QDate(2026, 3, 29), QTime(0, 45));
        QVERIFY(f.open(start, {medicationOrder(Person, "Levetiracetam", "01:30")}));
        QCOMPARE(f.meds->doses()->count(), 1);
        const DoseRow &row = f.meds->doses()->rows().first();
        QCOMPARE(row.timeText, QStringLiteral("01:30 · give between 00:30 and 03:30"));
        QVERIFY2(row.clockChangeText.contains("give this dose at 02:30 by the new time"),
                 qPrintable(row.clockChangeText));
    }

    void everyOutcomeIsSavedToStoreAndOutbox()
    {
        MedFixture f;
        QList<Record> orders;
        const QStringList codes = {"given",
                                   "prompted_and_taken",
                                   "assisted",
                                   "self_administered",
                                   "partly_taken",
                                   "refused",
                                   "refused_and_destroyed",
                                   "nausea_vomiting",
                                   "in_hospital",
                                   "away",
                                   "asleep",
                                   "not_required_prn",
                                   "not_available",
                                   "already_taken",
                                   "withheld_on_instruction",
                                   "no_visit",
                                   "other"};
        for (const QString &code : codes)
            orders << medicationOrder(Person, "Medicine " + code, "11:00");
        QVERIFY(f.open(todayAt(10, 50), orders));
        QVERIFY(f.checkIn());
        MedicationController &m = *f.meds;
        QCOMPARE(m.doses()->count(), codes.size());
        for (int i = 0; i < m.doses()->count(); ++i) {
            const QString code = m.doses()->rows().at(i).order.medicine.mid(9);
            const bool needsReason =
                !QStringList {"given", "prompted_and_taken", "assisted", "self_administered"}
                     .contains(code);
            const bool refusal = code.startsWith(u"refused");
            if (needsReason) {
                QVERIFY(!m.recordDose(i, code, {}, {}, false, false));
                // A refusal asks for its reason from the fixed list first.
                QCOMPARE(m.errorField(),
                         refusal ? QStringLiteral("reasonCode") : QStringLiteral("reason"));
            }
            QVERIFY2(refusal ? m.recordDose(i, code, {}, {}, false, false, "asleep")
                             : m.recordDose(i, code, needsReason ? "Edie said no" : "", {}, false,
                                            false),
                     qPrintable(m.errorMessage()));
            QVERIFY(f.settled());
            QVERIFY2(m.errorMessage().isEmpty(), qPrintable(m.errorMessage()));
        }
        const auto saved = f.stored(RecordType::MedicationAdministration);
        QCOMPARE(saved.size(), codes.size());
        QStringList outcomes;
        const QStringList outbox = f.outboxIds();
        for (const Record &r : saved) {
            outcomes << r.payload.value("outcome").toString();
            QVERIFY(outbox.contains(r.id));
            QCOMPARE(r.visitId, QStringLiteral("v1"));
            QCOMPARE(r.authorUserId, ThisUser);
            QCOMPARE(r.payload.value("scheduledTime").toString(), QStringLiteral("11:00"));
            if (r.payload.value("outcome").toString().startsWith(u"refused")) {
                QCOMPARE(r.payload.value("reasonCode").toString(), QStringLiteral("asleep"));
                QCOMPARE(r.payload.value("reason").toString(),
                         QStringLiteral("Asleep or too tired"));
            }
        }
        outcomes.sort();
        QStringList expected = codes;
        expected.sort();
        QCOMPARE(outcomes, expected);
        QCOMPARE(m.summaryText(), QStringLiteral("17 doses due at this visit, 17 recorded"));
    }

    void recordingAgainNeedsConfirming()
    {
        MedFixture f;
        QVERIFY(f.open(todayAt(10, 50), {medicationOrder(Person, "Metformin", "11:00")}));
        QVERIFY(f.checkIn());
        MedicationController &m = *f.meds;
        QVERIFY(m.recordDose(0, "given", {}, {}, false, false));
        QVERIFY(f.settled());
        QVERIFY(m.doses()->rows().first().repeatWarning.startsWith(
            "Already recorded on this phone: Given: Amira Khan at 11:00."));
        QVERIFY(!m.recordDose(0, "given", {}, {}, false, false));
        QCOMPARE(m.errorField(), QStringLiteral("recordAgain"));
        QCOMPARE(f.stored(RecordType::MedicationAdministration).size(), 1);
        QVERIFY(m.recordDose(0, "given", {}, {}, false, true));
        QVERIFY(f.settled());
        QCOMPARE(f.stored(RecordType::MedicationAdministration).size(), 2);
        QVERIFY(m.doses()->rows().first().conflict); // two records for one dose: shown
        QVERIFY(m.attentionText().contains("two records"));
    }

    void secondSignatureByThePartner()
    {
        const Record warfarin =
            medicationOrder(Person, "Warfarin", "11:00", {{"secondSignatureRequired", true}});
        {
            MedFixture single;
            QVERIFY(single.open(todayAt(10, 50), {warfarin}));
            QVERIFY(single.checkIn());
            QVERIFY(single.meds->secondSignerName().isEmpty());
            QVERIFY(!single.meds->recordDose(0, "given", {}, {}, true, false));
            QCOMPARE(single.meds->errorField(), QStringLiteral("secondSigner"));
            QVERIFY(
                single.meds->errorMessage().startsWith("Warfarin needs a second worker to sign"));
            QVERIFY(single.stored(RecordType::MedicationAdministration).isEmpty());
        }
        MedFixture f;
        QVERIFY(f.open(todayAt(10, 50), {warfarin}, {}, {ThisUser, PartnerUser}));
        QVERIFY(f.checkIn());
        QCOMPARE(f.meds->secondSignerName(), QStringLiteral("Sam Cole"));
        QVERIFY(!f.meds->recordDose(0, "given", {}, {}, false, false));
        QCOMPARE(f.meds->errorField(), QStringLiteral("secondSigner"));
        QVERIFY(f.meds->recordDose(0, "given", {}, {}, true, false));
        QVERIFY(f.settled());
        const auto saved = f.stored(RecordType::MedicationAdministration);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().payload.value("secondSignerUserId").toString(), PartnerUser);
    }

    void prnRefusedWhenAnotherPhonesDoseIsInTheStore()
    {
        MedFixture f;
        const Record paracetamol = prnOrder(Person, "Paracetamol", 240, 4);
        QVERIFY(f.open(todayAt(10, 50), {paracetamol}));
        QVERIFY(f.checkIn());
        MedicationController &m = *f.meds;
        QVERIFY(m.asNeeded()->rows().first().decision.allowed);
        // Sam gave a dose an hour ago on his phone; it arrives by sync just now (the page has
        // not reloaded yet when the worker taps Save).
        const Record theirs = administration(Person, "v-early", PartnerUser, paracetamol.id, {},
                                             "given", f.now.addSecs(-3600));
        QVERIFY(receive(*f.session->store(), {theirs}));
        QVERIFY(m.recordAsNeeded(0, "given", "2", "Pain in her hip", {}, false));
        QVERIFY(QTest::qWaitFor([&] { return !m.errorMessage().isEmpty(); }, StoreTimeoutMs));
        QCOMPARE(m.errorField(), QStringLiteral("prn"));
        QCOMPARE(m.errorMessage(),
                 QStringLiteral("Paracetamol was last given at %1. The minimum gap is 4 hours, so "
                                "the next dose can be given from %2.")
                     .arg(f.now.addSecs(-3600).toString("HH:mm"),
                          f.now.addSecs(3 * 3600).toString("HH:mm")));
        QVERIFY(f.stored(RecordType::MedicationAdministration).size() == 1); // only Sam's
        // Offered but not needed: no dose goes in, so it is saved (with its reason).
        QVERIFY(m.recordAsNeeded(0, "not_required_prn", {}, "No pain today", {}, false));
        QVERIFY(f.settled());
        QCOMPARE(f.stored(RecordType::MedicationAdministration).size(), 2);

        // The effect of Sam's dose, followed up here: a correction of that dose.
        QVERIFY(QTest::qWaitFor(
            [&] { return m.asNeeded()->rows().first().followUpRecordId == theirs.id; },
            StoreTimeoutMs));
        QVERIFY(m.recordPrnEffect(0, "effective", "Comfortable now"));
        QVERIFY(f.settled());
        const auto amendments = f.stored(RecordType::Amendment);
        QCOMPARE(amendments.size(), 1);
        QCOMPARE(amendments.first().amends, theirs.id);
        QCOMPARE(amendments.first()
                     .payload.value("replacement")
                     .toObject()
                     .value("prnEffect")
                     .toObject()
                     .value("effect")
                     .toString(),
                 QStringLiteral("effective"));
        QVERIFY(f.outboxIds().contains(amendments.first().id));
        QVERIFY(
            QTest::qWaitFor([&] { return m.asNeeded()->rows().first().followUpRecordId.isEmpty(); },
                            StoreTimeoutMs));
    }

    // Issue 15: an order changed in the office reaches the phone as an amendment; from then on
    // the MAR and the PRN limits use the current version only, never both versions.
    void officeAmendedOrdersAreTheOnlyVersionUsed()
    {
        MedFixture f;
        const Record metformin = medicationOrder(Person, "Metformin", "08:00");
        const Record paracetamol = prnOrder(Person, "Paracetamol", 240, 4);
        const QDateTime amendedAt = todayAt(7, 0);
        // Sam's dose five hours ago: allowed by the old limits (4 a day, 4 hours apart).
        const Record earlier = administration(Person, "v-early", PartnerUser, paracetamol.id, {},
                                              "given", todayAt(10, 50).addSecs(-5 * 3600));
        QVERIFY(f.open(todayAt(10, 50), {metformin, paracetamol},
                       {earlier,
                        officeAmendment(metformin,
                                        {{"times", QJsonArray {QStringLiteral("11:00")}},
                                         {"dose", QStringLiteral("two tablets")}},
                                        amendedAt),
                        officeAmendment(paracetamol,
                                        {{"prnProtocol",
                                          QJsonObject {{"indication", "pain in her hip"},
                                                       {"doseRule", "1 tablet"},
                                                       {"minimumIntervalMinutes", 240},
                                                       {"maxDosesPer24h", 1}}}},
                                        amendedAt)}));
        MedicationController &m = *f.meds;
        QCOMPARE(m.orders().size(), 2); // one version of each order
        // The MAR: Metformin is now due at 11:00 (this visit), once, at the new dose.
        QCOMPARE(m.doses()->count(), 1);
        QCOMPARE(m.doses()->rows().first().dose.scheduledTime, QStringLiteral("11:00"));
        QCOMPARE(m.doses()->rows().first().dose.dose, QStringLiteral("two tablets"));
        // PRN: one Paracetamol row, and its limit is the amended one (1 a day: Sam's dose used it).
        QCOMPARE(m.asNeeded()->count(), 1);
        QVERIFY(!m.asNeeded()->rows().first().decision.allowed);
        QVERIFY(f.checkIn());
        QVERIFY(m.recordAsNeeded(0, "given", "1 tablet", "Headache", {}, false));
        QVERIFY(QTest::qWaitFor([&] { return !m.errorMessage().isEmpty(); }, StoreTimeoutMs));
        QCOMPARE(m.errorField(), QStringLiteral("prn"));
        QCOMPARE(f.stored(RecordType::MedicationAdministration).size(), 1); // only Sam's
    }

    void prnGivenWhenAllowed()
    {
        MedFixture f;
        const Record paracetamol = prnOrder(Person, "Paracetamol", 240, 4);
        QVERIFY(f.open(todayAt(10, 50), {paracetamol}));
        QVERIFY(f.checkIn());
        // The quantity within "1 or 2 tablets" and the reason are required, each named.
        QVERIFY(!f.meds->recordAsNeeded(0, "given", "2", {}, {}, false));
        QCOMPARE(f.meds->errorField(), QStringLiteral("reason"));
        QVERIFY(!f.meds->recordAsNeeded(0, "given", "4", "Pain in her hip", {}, false));
        QCOMPARE(f.meds->errorField(), QStringLiteral("dose"));
        QVERIFY(f.meds->recordAsNeeded(0, "given", "2", "Pain in her hip", {}, false));
        QVERIFY(QTest::qWaitFor(
            [&] { return f.stored(RecordType::MedicationAdministration).size() == 1; },
            StoreTimeoutMs));
        QVERIFY(f.settled());
        const Record dose = f.stored(RecordType::MedicationAdministration).first();
        QVERIFY(dose.payload.value("prn").toBool());
        QCOMPARE(dose.payload.value("dose").toString(), QStringLiteral("2 tablets"));
        QVERIFY(f.outboxIds().contains(dose.id));
        QVERIFY(!f.meds->asNeeded()->rows().first().decision.allowed); // the gap starts now
    }

    void officeConflictAlertShowsOnTheDose()
    {
        MedFixture f;
        const Record metformin = medicationOrder(Person, "Metformin", "11:00");
        QVERIFY(f.open(todayAt(10, 50), {metformin}));
        const Record theirs = administration(Person, "v1", PartnerUser, metformin.id, "11:00",
                                             "given", f.now.addSecs(-60));
        QVERIFY(receive(*f.session->store(),
                        {theirs,
                         conflictAlert(Person, {theirs.id, "0190aaaa-0000-7000-8000-000000000001"},
                                       "Metformin 11:00 was recorded twice.", f.now)}));
        // The reload after the sync may follow a load already under way: wait for its result.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto &rows = f.meds->doses()->rows();
                return !rows.isEmpty() && rows.first().conflict;
            },
            StoreTimeoutMs));
        const DoseRow &row = f.meds->doses()->rows().first();
        QCOMPARE(row.conflictText,
                 QStringLiteral(
                     "The office has flagged this dose: Metformin 11:00 was recorded twice."));
    }
};

int main(int argc, char **argv)
{
    // The app runs on UK phones: dose times and care days are Europe/London wall-clock times.
    qputenv("TZ", "Europe/London");
    tzset();
    QCoreApplication app(argc, argv);
    TestMedicationController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_medicationcontroller.moc"
