// MarChartModel over a real store: a week of doses with a gap, a late dose, a refusal, an
// office conflict alert and PRN uses, as the grid shows them (short words, full words on tap);
// the period choice; and the PDF export: made off the GUI thread in the documents folder, with
// the text a GP or pharmacist needs in its text layer (pdftotext) and a page as PNG (pdftoppm)
// saved beside the screenshots to look at.
#include "core/recordtypes.h"
#include "roundfixtures.h"
#include "sessiontestutil.h"
#include "store/recordstore.h"
#include "ui/meds/marchartmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <ctime>

using namespace careround;
using namespace careround::ui;
using namespace careround::ui::testing;

namespace {

const QString Person = QStringLiteral("p1");

QDateTime daysAgoAt(int days, int h, int m)
{
    return QDateTime(QDate::currentDate().addDays(-days), QTime(h, m));
}

QList<Record> aWeekOfDoses(Record &metformin, Record &paracetamol)
{
    metformin =
        medicationOrder(Person, "Metformin", "08:00,18:00", {{"instructions", "Take with food"}});
    paracetamol = prnOrder(Person, "Paracetamol", 240, 4);
    QList<Record> out {person(Person, "Edith Brown", "Edie",
                              {{"dateOfBirth", "1936-03-12"},
                               {"nhsNumber", "943 476 5919"},
                               {"gpPractice", "Weald Medical Practice"}}),
                       metformin, paracetamol};
    for (int d = 6; d >= 1; --d) {
        if (d != 4) // 4 days ago, 08:00: nothing recorded (a gap)
            out << administration(
                Person, "v-am", ThisUser, metformin.id, "08:00", "given",
                daysAgoAt(d, d == 3 ? 9 : 8, d == 3 ? 45 : 5)); // 3 days ago: late
        out << administration(Person, "v-tea", PartnerUser, metformin.id, "18:00",
                              d == 2 ? "refused" : "given", daysAgoAt(d, 18, 10));
    }
    const Record clash = administration(Person, "v-tea", ThisUser, metformin.id, "18:00", "given",
                                        daysAgoAt(1, 18, 12));
    out << clash
        << conflictAlert(Person, {clash.id}, "Metformin 18:00 recorded twice",
                         daysAgoAt(1, 18, 13));
    out << administration(Person, "v-am", ThisUser, paracetamol.id, {}, "given",
                          daysAgoAt(2, 8, 10));
    out << administration(Person, "v-tea", ThisUser, paracetamol.id, {}, "given",
                          daysAgoAt(2, 18, 20));
    return out;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestMarChartModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCOMPARE(QTimeZone::systemTimeZone().id(), QByteArray("Europe/London"));
        QVERIFY(useBritishEnglish());
    }

    void gridShowsAWeek()
    {
        QTemporaryDir dir;
        auto session = unlockedSession(dir.path());
        QVERIFY(session);
        Record metformin, paracetamol;
        QVERIFY(receive(*session->store(), aWeekOfDoses(metformin, paracetamol)));
        MarChartModel mar;
        mar.setNowForTests(QDateTime(QDate::currentDate(), QTime(7, 0)));
        QSignalSpy loaded(&mar, &MarChartModel::loadFinished);
        mar.setSession(session.get());
        mar.setPersonId(Person);
        QVERIFY(caught(loaded, StoreTimeoutMs));
        QCOMPARE(mar.days(), 7);
        QCOMPARE(mar.dayLabels().size(), 7);
        QCOMPARE(mar.count(), 3); // Metformin 08:00, 18:00, Paracetamol as needed
        QCOMPARE(mar.personName(), QStringLiteral("Edith Brown"));
        QCOMPARE(mar.allergyText(), QStringLiteral("Allergies: penicillin"));
        const auto cells = [&](int row) {
            return mar.data(mar.index(row), MarChartModel::CellsRole).toList();
        };
        const auto text = [&](int row, int day) {
            return cells(row).at(day).toMap().value("text").toString();
        };
        // Columns: 6 days ago … today. Row 0: Metformin 08:00.
        QCOMPARE(mar.data(mar.index(0), MarChartModel::TimeTextRole).toString(),
                 QStringLiteral("08:00"));
        QCOMPARE(text(0, 0), QStringLiteral("Given"));
        QCOMPARE(text(0, 2), QStringLiteral("Missing"));
        QVERIFY(cells(0).at(3).toMap().value("late").toBool());
        QCOMPARE(text(0, 6), QStringLiteral("Due")); // today, window not over at 07:00
        QCOMPARE(text(1, 4), QStringLiteral("Refused"));
        QCOMPARE(text(1, 5), QStringLiteral("2 records"));
        QVERIFY(cells(1).at(5).toMap().value("conflict").toBool());
        QCOMPARE(mar.data(mar.index(2), MarChartModel::TimeTextRole).toString(),
                 QStringLiteral("As needed"));
        QCOMPARE(text(2, 4), QStringLiteral("Given ×2"));
        QVERIFY2(mar.cellDetail(0, 3).contains(
                     "Given by Amira Khan at 09:45, dose 1 tablet (late: it was due by 09:00)"),
                 qPrintable(mar.cellDetail(0, 3)));
        QVERIFY2(
            mar.cellDetail(1, 4).contains("Refused by another worker at 18:10 \u2014 as she said"),
            qPrintable(mar.cellDetail(1, 4)));
        QCOMPARE(mar.summaryText(), QStringLiteral("1 gap, 1 late dose, 1 conflict"));

        // A month back.
        loaded.clear();
        mar.setDays(31);
        QVERIFY(caught(loaded, StoreTimeoutMs));
        QCOMPARE(mar.dayLabels().size(), 31);
        mar.setDays(90);
        QCOMPARE(mar.days(), 31);
    }

    void pdfForTheGp()
    {
        QTemporaryDir dir;
        auto session = unlockedSession(dir.path());
        QVERIFY(session);
        Record metformin, paracetamol;
        QVERIFY(receive(*session->store(), aWeekOfDoses(metformin, paracetamol)));
        MarChartModel mar;
        mar.setDocumentsFolder(dir.filePath("Documents/CareRound"));
        mar.setNowForTests(QDateTime(QDate::currentDate(), QTime(7, 0)));
        QSignalSpy loaded(&mar, &MarChartModel::loadFinished);
        mar.setSession(session.get());
        mar.setPersonId(Person);
        QVERIFY(caught(loaded, StoreTimeoutMs));
        QSignalSpy exported(&mar, &MarChartModel::exportFinished);
        QVERIFY(mar.exportPdf());
        QVERIFY(mar.exporting()); // the GUI thread is not held while the PDF is written
        QVERIFY(caught(exported, StoreTimeoutMs));
        QVERIFY2(exported.first().first().toBool(), qPrintable(mar.exportMessage()));
        const QString path = mar.exportedPath();
        QVERIFY(QFile::exists(path));
        QVERIFY(path.startsWith(dir.filePath("Documents/CareRound/MAR Edith Brown ")));
        QVERIFY2(mar.exportMessage().startsWith("Saved as a PDF (1 page): "),
                 qPrintable(mar.exportMessage()));
        QVERIFY(mar.exportMessage().contains(path));

        QVERIFY2(QFile::exists(CAREROUND_PDFTOTEXT),
                 "pdftotext (poppler-utils, scripts/install-deps.sh)");
        const QString text = run(CAREROUND_PDFTOTEXT, {"-layout", path, "-"});
        for (const char *expected :
             {"Medication administration record (MAR)", "Name: Edith Brown",
              "Date of birth: 12 March 1936", "NHS number: 943 476 5919", "Allergies: penicillin",
              "GP: Weald Medical Practice", "Metformin 500 mg tablets", "Dose: 1 tablet, by mouth",
              "Times: 08:00, 18:00", "Instructions: Take with food",
              "Prescriber: Dr Shah, Weald Medical Practice", "Paracetamol 500 mg tablets",
              "For: pain in her hip", "G = Given", "RD = Refused and destroyed", "L = given late",
              "!! = two records for one"})
            QVERIFY2(text.simplified().contains(QString::fromUtf8(expected).simplified()),
                     qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
        QVERIFY2(text.contains("G L 09:45"), "the late dose: given, late, and its time");

        QVERIFY(QFile::exists(CAREROUND_PDFINFO));
        const QString info = run(CAREROUND_PDFINFO, {path});
        QVERIFY2(QRegularExpression("Pages:\\s+1\\n").match(info).hasMatch(), qPrintable(info));
        QVERIFY2(QRegularExpression("Page size:\\s+842[.0-9]* x 595").match(info).hasMatch(),
                 qPrintable(info)); // A4 landscape, in points

        QVERIFY(QFile::exists(CAREROUND_PDFTOPPM));
        const QString png =
            QDir(qEnvironmentVariable("CAREROUND_SCREENSHOT_DIR", CAREROUND_SCREENSHOT_DIR))
                .filePath("mar-pdf-page1");
        QDir().mkpath(QFileInfo(png).absolutePath());
        QVERIFY(!run(CAREROUND_PDFTOPPM,
                     {"-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path, png})
                     .startsWith("FAILED"));
        QVERIFY(QFile::exists(png + ".png"));
        qInfo("PDF page 1 as PNG: %s.png", qPrintable(png));
    }
};

int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/London");
    tzset();
    QGuiApplication app(argc, argv); // fonts for the PDF
    TestMarChartModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_marchartmodel.moc"
