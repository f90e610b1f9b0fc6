#include "marchartmodel.h"

#include "core/recordauthor.h"
#include "core/recordtypes.h"
#include "marpdf.h"
#include "marwords.h"
#include "medicationwords.h"
#include "store/recordrepository.h"
#include "store/whenfinished.h"
#include "ui/common/wallclock.h"
#include "ui/person/personreads.h"
#include "ui/session/appsession.h"
#include "ui/visit/personsheet.h"
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace careround::ui {

namespace {

// Order amendments and the office's alerts may predate the period a little.
constexpr int LookBackDays = 31;

Result<QList<Record>> readMar(store::RecordRepository &repo, const QString &personId,
                              const QDateTime &since)
{
    QList<Record> out;
    if (auto file =
            PersonReads::appendPersonFile(repo, personId,
                                          {QString::fromLatin1(RecordType::Person),
                                           QString::fromLatin1(RecordType::MedicationOrder)},
                                          out);
        !file)
        return file.error();
    auto recent = repo.forPersonSince(personId, since);
    if (!recent)
        return recent.error();
    out += std::move(recent).value();
    return PersonReads::unique(out);
}

} // namespace

MarChartModel::MarChartModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_follower({[this] { reload(); }, [this] { clear(); },
                  [this](const QString &message) {
                      m_errorMessage = tr("Could not read the MAR chart: %1").arg(message);
                      emit messageChanged();
                  }})
{ }

MarChartModel::~MarChartModel() = default;

void MarChartModel::setSession(AppSession *session)
{
    if (m_follower.setSession(session))
        emit sessionChanged();
}

void MarChartModel::setPersonId(const QString &personId)
{
    if (m_personId == personId)
        return;
    clear();
    m_personId = personId;
    emit personIdChanged();
    reload();
}

void MarChartModel::setDays(int days)
{
    days = std::clamp(days, 1, MaxDays);
    if (m_days == days)
        return;
    m_days = days;
    emit periodChanged();
    reload();
}

QDate MarChartModel::lastDay() const
{
    return m_lastDay.isValid() ? m_lastDay : now().toTimeZone(zone()).date();
}

void MarChartModel::setLastDay(const QDate &day)
{
    if (m_lastDay == day)
        return;
    m_lastDay = day;
    emit periodChanged();
    reload();
}

QDateTime MarChartModel::now() const
{
    return m_nowForTests.isValid() ? m_nowForTests : wallclock::now();
}

QTimeZone MarChartModel::zone() const
{
    const RecordAuthor *author = session() ? session()->author() : nullptr;
    return author ? author->timeZone() : QTimeZone::systemTimeZone();
}

QString MarChartModel::periodText() const
{
    const QDate from = firstDay(), to = lastDay();
    if (from == to)
        return QLocale().toString(to, QStringLiteral("d MMMM yyyy"));
    //: the MAR period, e.g. "24 November to 30 November 2026"
    return tr("%1 to %2")
        .arg(QLocale().toString(from, QStringLiteral("d MMMM")),
             QLocale().toString(to, QStringLiteral("d MMMM yyyy")));
}

QStringList MarChartModel::dayLabels() const
{
    QStringList labels;
    for (const QDate &d : m_chart.days)
        labels << MarWords::dayLabel(d);
    return labels;
}

QString MarChartModel::personName() const
{
    return MarPersonHeader::fromRecord(
               PersonSheets::latest(m_personVersions, m_personId,
                                    QString::fromLatin1(RecordType::Person)))
        .name;
}

QString MarChartModel::allergyText() const
{
    if (!m_loaded)
        return {};
    return tr("Allergies: %1")
        .arg(MarPersonHeader::fromRecord(
                 PersonSheets::latest(m_personVersions, m_personId,
                                      QString::fromLatin1(RecordType::Person)))
                 .allergies);
}

QString MarChartModel::summaryText() const
{
    if (!m_loaded)
        return {};
    int gaps = 0, late = 0, conflicts = 0;
    for (const MarRow &row : m_chart.rows) {
        for (const MarCell &cell : row.cells) {
            gaps += cell.state == MarCellState::Gap ? 1 : 0;
            conflicts += MarWords::conflict(cell, m_flagged) ? 1 : 0;
            for (const MarEntry &e : cell.entries)
                late += e.late ? 1 : 0;
        }
    }
    if (gaps + late + conflicts == 0)
        return tr("No gaps, late doses or conflicts in this period");
    QStringList parts;
    if (gaps)
        parts << tr("%n gap(s)", nullptr, gaps);
    if (late)
        parts << tr("%n late dose(s)", nullptr, late);
    if (conflicts)
        parts << tr("%n conflict(s)", nullptr, conflicts);
    return parts.join(QStringLiteral(", "));
}

void MarChartModel::clear()
{
    ++m_generation;
    m_follower.cancelLoadSoon();
    beginResetModel();
    m_chart = {};
    m_flagged.clear();
    m_personVersions.clear();
    m_names.clear();
    endResetModel();
    m_loaded = false;
    setLoading(false);
    emit chartChanged();
}

void MarChartModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void MarChartModel::reload()
{
    store::RecordStore *recordStore = m_follower.store();
    if (!recordStore || m_personId.isEmpty())
        return;
    const int generation = ++m_generation;
    const QString person = m_personId;
    const QDateTime since = firstDay().startOfDay(zone()).addDays(-LookBackDays);
    setLoading(true);
    whenFinished(recordStore->read([person, since](store::RecordRepository &repo) {
        return readMar(repo, person, since);
    }),
                 this, [this, generation](const QList<Record> &records) {
                     if (generation != m_generation)
                         return;
                     apply(records);
                     setLoading(false);
                     emit loadFinished();
                 });
}

void MarChartModel::apply(const QList<Record> &records)
{
    MarRequest request;
    request.from = firstDay();
    request.to = lastDay();
    request.now = now();
    request.zone = zone();
    auto chart = buildMarChart(currentMedicationOrders(records), records, request);
    beginResetModel();
    m_chart = chart ? std::move(chart).value() : MarChart {};
    m_flagged = MarWords::conflictRecordIds(records);
    m_personVersions = PersonReads::ofType(records, RecordType::Person);
    m_names.clear();
    for (const Record &r : records) {
        if (r.type != QLatin1String(RecordType::Visit))
            continue;
        const QJsonObject names = r.payload.value(QLatin1String("workerNames")).toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            m_names.insert(it.key(), it.value().toString());
    }
    if (session() && !session()->profile().userId.isEmpty())
        m_names.insert(session()->profile().userId, session()->profile().displayName);
    endResetModel();
    m_loaded = true;
    m_errorMessage = chart ? QString() : chart.error().toString();
    emit messageChanged();
    emit chartChanged();
}

int MarChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant MarChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MarRow &row = m_chart.rows.at(index.row());
    switch (role) {
    case OrderIdRole:
        return row.order.orderId;
    case Qt::DisplayRole:
    case TitleRole:
        return MedicationWords::title(row.order);
    case TimeTextRole:
        return MarWords::rowTime(row);
    case DoseLineRole:
        return MedicationWords::doseLine(row.order);
    case PrnRole:
        return row.prn;
    case FirstOfOrderRole:
        return index.row() == 0
            || m_chart.rows.at(index.row() - 1).order.orderId != row.order.orderId;
    case CellsRole: {
        QVariantList cells;
        for (const MarCell &cell : row.cells) {
            cells.append(QVariantMap {
                {QStringLiteral("text"), MarWords::cellShort(cell, m_flagged)},
                {QStringLiteral("tone"), MarWords::cellTone(cell, m_flagged)},
                {QStringLiteral("state"), marCellStateCode(cell.state)},
                {QStringLiteral("late"),
                 std::any_of(cell.entries.begin(), cell.entries.end(),
                             [](const MarEntry &e) { return e.late; })},
                {QStringLiteral("conflict"), MarWords::conflict(cell, m_flagged)},
            });
        }
        return cells;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MarChartModel::roleNames() const
{
    return {{OrderIdRole, "orderId"},   {TitleRole, "title"}, {TimeTextRole, "timeText"},
            {DoseLineRole, "doseLine"}, {PrnRole, "prn"},     {FirstOfOrderRole, "firstOfOrder"},
            {CellsRole, "cells"}};
}

QString MarChartModel::cellDetail(int row, int day) const
{
    if (row < 0 || row >= count() || day < 0 || day >= m_chart.rows.at(row).cells.size())
        return {};
    const MarRow &r = m_chart.rows.at(row);
    return MarWords::cellDetail(r, r.cells.at(day), m_flagged, m_names, zone());
}

QVariantList MarChartModel::periodChoices() const
{
    QVariantList out;
    for (int days : {7, 14, 28, 31})
        out.append(QVariantMap {{QStringLiteral("code"), QString::number(days)},
                                {QStringLiteral("text"), tr("%n day(s)", nullptr, days)}});
    return out;
}

QString MarChartModel::documentsFolder() const
{
    if (!m_documentsFolder.isEmpty())
        return m_documentsFolder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("CareRound"));
}

bool MarChartModel::exportPdf()
{
    if (!m_loaded || m_exporting)
        return false;
    MarPdfRequest request;
    request.chart = m_chart;
    request.person = MarPersonHeader::fromRecord(PersonSheets::latest(
        m_personVersions, m_personId, QString::fromLatin1(RecordType::Person)));
    request.organisation = session() ? session()->organisationName() : QString();
    request.periodText = periodText();
    request.printedAt = now();
    request.zone = zone();
    request.flagged = m_flagged;
    const QString path =
        QDir(documentsFolder())
            .filePath(MarPdf::fileName(request.person.name, firstDay(), lastDay()));
    m_exporting = true;
    m_exportMessage = tr("Making the PDF…");
    emit exportChanged();
    whenFinished(QtConcurrent::run([request, path] { return MarPdf::write(request, path); }), this,
                 [this, path](const Result<int> &written) {
                     m_exporting = false;
                     if (written) {
                         m_exportedPath = path;
                         //: where the PDF was saved, e.g. "Saved as a PDF (2 pages) in /home/…/CareRound"
                         m_exportMessage =
                             tr("Saved as a PDF (%n page(s)): %1", nullptr, written.value())
                                 .arg(QDir::toNativeSeparators(path));
                     } else {
                         m_exportedPath.clear();
                         m_exportMessage =
                             tr("The PDF was not made: %1").arg(written.error().message);
                     }
                     emit exportChanged();
                     emit exportFinished(written.ok());
                 });
    return true;
}

} // namespace careround::ui
