#pragma once
// VisitController over a real session and store: the rota, person, care plan and entry codes are
// saved as sync would; check-in and check-out take their fix from NMEA logs replayed in simulation
// mode (tests/unit/location/data). Split in two files: presence (tst_visitcontroller.cpp) and
// entries (tst_visitcontroller_entries.cpp).
#include "roundfixtures.h"
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/session/locationsettings.h"
#include "ui/visit/visitcontroller.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <memory>

namespace careround::ui::testing {

inline QString nmeaLog(const char *name)
{
    return QStringLiteral(CAREROUND_NMEA_DIR "/%1.nmea").arg(QLatin1String(name));
}

inline QDateTime minutesFromNow(int minutes)
{
    return QDateTime::currentDateTime().addSecs(qint64(minutes) * 60);
}

struct VisitFixture
{
    QTemporaryDir dir;
    std::unique_ptr<AppSession> session;
    LocationSettings location;
    std::unique_ptr<VisitController> visit;
    bool withEntryCodes = true; // false: the server has not sent them (not the day of the visit)
    QDateTime visitStart; // the visit's planned start: its records' care day is its date

    // A visit that started 10 minutes ago (`workers` assigned), for Edie, with a care plan whose
    // morning tasks are personal care, breakfast and medication, and a key safe code.
    bool open(const QStringList &workers = {QStringLiteral("worker-1")},
              const QString &nmea = nmeaLog("inside_radius"), const QList<Record> &extra = {})
    {
        session = unlockedSession(dir.path());
        if (!session)
            return false;
        visitStart = minutesFromNow(-10);
        RotaVisit rota {QStringLiteral("v1"), QStringLiteral("p1"), visitStart, 45};
        rota.workerIds = workers;
        if (workers.contains(PartnerUser))
            rota.workerNames = {{PartnerUser, "Sam Cole"}};
        QList<Record> office {
            rotaVisit(rota),
            person(QStringLiteral("p1"), QStringLiteral("Edith Brown"), QStringLiteral("Edie")),
            carePlan(QStringLiteral("p1"),
                     {{"morning", QJsonArray {"Personal care", "Breakfast", "Medication"}}}),
        };
        if (withEntryCodes)
            office.append(entryCodes(QStringLiteral("p1"),
                                     QStringLiteral("Key safe by the back door"),
                                     QStringLiteral("4321")));
        if (!receive(*session->store(), office + extra))
            return false;
        location.setNmeaFile(nmea);
        location.setFixTimeoutMs(4000);
        visit = std::make_unique<VisitController>();
        visit->setLocation(&location);
        QSignalSpy loaded(visit.get(), &VisitController::loadFinished);
        visit->setSession(session.get());
        visit->setVisitId(QStringLiteral("v1"));
        return caught(loaded, StoreTimeoutMs) && visit->found();
    }

    // Waits until the controller has reloaded after its own save.
    bool settled(int timeoutMs = StoreTimeoutMs + 6000)
    {
        return QTest::qWaitFor(
            [&] {
                return !visit->busy() && !visit->loading()
                    && visit->presence() != VisitController::Locating
                    && visit->presence() != VisitController::Saving;
            },
            timeoutMs);
    }

    // Check-out through the review: the first try is blocked while anything is open; every item
    // then gets `reason` and the second try starts the check-out.
    bool checkOutGivingReasons(const QString &reason = QStringLiteral("Called away to a fall"))
    {
        if (visit->checkOut())
            return true;
        if (!visit->reviewOpen() || !visit->errorField().startsWith(u"review."))
            return false;
        for (const QVariant &item : visit->reviewItems())
            visit->setReviewReason(item.toMap().value(QStringLiteral("key")).toString(), reason);
        return visit->reviewReady() && visit->checkOut();
    }

    QList<Record> stored()
    {
        auto records = session->store()->forVisit(QStringLiteral("v1"));
        records.waitForFinished();
        return records.result();
    }

    QStringList outboxIds()
    {
        auto outbox = session->store()->pendingOutbox(1000);
        outbox.waitForFinished();
        QStringList ids;
        for (const auto &entry : outbox.result())
            ids << entry.recordId;
        return ids;
    }

    static QList<Record> ofType(const QList<Record> &records, const char *type)
    {
        QList<Record> out;
        for (const Record &r : records) {
            if (r.type == QLatin1String(type))
                out << r;
        }
        return out;
    }
};

} // namespace careround::ui::testing

class TestVisitController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsTheVisitAndGrabSheet();
    void checkInAndOutWithVerifiedLocation();
    void noFixIsSavedAtOnce();
    void stopWaitingSavesWhatThereIs();
    void entryCodesOnlyDuringTheVisit();
    void entryCodesNotYetOnThePhone();
    void doubleHandedShowsThePartner();
    void checkOutReviewListsDosesAndTheMissingPartner();
    void notAssignedCannotRecord();
    // tst_visitcontroller_entries.cpp
    void tasksNotesAndTheMedicationPlaceholder();
    void threeRefusalsWarnWithoutWritingAnAlert();
    void moneyIncidentAndFileRead();
    void noAccessProtocol();
    void correctionsShowBothAndFoldsUseThem();
};
