#include "bench_ui_history.h"

#include "core/recordtypes.h"
#include "roundfixtures.h"
#include <QJsonArray>

namespace careround::bench {

using namespace careround::ui::testing;

namespace {

QString personIdFor(int index)
{
    return QStringLiteral("person-%1").arg(index, 2, 10, QLatin1Char('0'));
}

const char *const Tasks[] = {"Personal care", "Breakfast", "Drink", "Skin check", "Tidy kitchen"};

} // namespace

QString visitIdFor(const QDate &day, int visit)
{
    return QStringLiteral("visit-%1-%2").arg(day.toString(Qt::ISODate)).arg(visit);
}

QList<Record> officeRecords(const HistoryShape &shape)
{
    // Written by the office when the worker's history began: made after the history (the fixtures'
    // clock only moves forward), then dated back.
    const QDateTime first(QDate::currentDate().addDays(-(shape.days - 1)), QTime(6, 0));
    QList<Record> out;
    for (int p = 0; p < shape.people; ++p) {
        const QString id = personIdFor(p);
        for (int version = 0; version < 3; ++version)
            out << person(id, QStringLiteral("Person %1").arg(p),
                          version == 2 ? QStringLiteral("P%1").arg(p) : QString());
        out << carePlan(id, {{"morning", QJsonArray {"Personal care", "Breakfast", "Medication"}}});
        out << entryCodes(id, QStringLiteral("Key safe"), QStringLiteral("1234"));
    }
    for (int i = 0; i < out.size(); ++i) {
        out[i].deviceTime = first.addSecs(i).toUTC();
        out[i].careDay = first.date();
        out[i].hlc = HlcTimestamp {out[i].deviceTime.toMSecsSinceEpoch(), 0, out[i].deviceId};
    }
    return out;
}

QList<Record> historyDay(const HistoryShape &shape, int index, const QString &workerId)
{
    const QDate day = QDate::currentDate().addDays(index - (shape.days - 1));
    QList<Record> out;
    out.reserve(shape.visitsPerDay * HistoryShape::RecordsPerVisit);
    for (int v = 0; v < shape.visitsPerDay; ++v) {
        const QString visitId = visitIdFor(day, v);
        const QString personId = personIdFor((index + v) % shape.people);
        const QDateTime start(day, QTime(7, 30).addSecs(v * 80 * 60));
        RotaVisit rota {visitId, personId, start, 45};
        rota.workerIds = {workerId};
        out << rotaVisit(rota);
        if (start.addSecs(45 * 60) > QDateTime::currentDateTime())
            continue; // today's later visits are still to come
        out << checkIn(personId, visitId, workerId, start.addSecs(120), day);
        for (int t = 0; t < 18; ++t)
            out << makeRecord(QString::fromLatin1(RecordType::VisitTask), personId, visitId,
                              {{"task", QString::fromLatin1(Tasks[t % 5])},
                               {"outcome", t % 7 == 0 ? "refused" : "done"}},
                              workerId, start.addSecs(180 + t * 60), day);
        for (int n = 0; n < 7; ++n)
            out << makeRecord(
                QString::fromLatin1(RecordType::VisitNote), personId, visitId,
                {{"note", QStringLiteral("Visit note %1 of the day, all well.").arg(n)}}, workerId,
                start.addSecs(1500 + n * 60), day);
        out << checkOut(personId, visitId, workerId, start.addSecs(44 * 60), day);
    }
    return out;
}

} // namespace careround::bench
