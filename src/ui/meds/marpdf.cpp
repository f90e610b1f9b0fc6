#include "marpdf.h"

#include "medicationwords.h"
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace careround::ui {

namespace {

constexpr int Dpi = 300;
constexpr int MedicineColumnPercent = 30;

int mm(double millimetres)
{
    return int(millimetres * Dpi / 25.4);
}

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// The height `text` takes wrapped in `width`.
int wrappedHeight(QPainter &p, const QFont &f, int width, const QString &text)
{
    p.setFont(f);
    return p.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height();
}

struct Layout
{
    QRect page; // printable area
    int medicineWidth = 0;
    int dayWidth = 0;
    int headerRowHeight = 0;
};

class Writer
{
public:
    Writer(const MarPdfRequest &r, QPdfWriter &pdf, QPainter &painter)
        : m_r(r)
        , m_pdf(pdf)
        , m_p(painter)
    {
        m_l.page = QRect(0, 0, pdf.width(), pdf.height());
        m_l.medicineWidth = m_l.page.width() * MedicineColumnPercent / 100;
        const int days = std::max<int>(1, int(r.chart.days.size()));
        m_l.dayWidth = (m_l.page.width() - m_l.medicineWidth) / days;
        m_l.headerRowHeight = mm(9);
    }

    int run()
    {
        int y = pageTop();
        const QList<MarRow> &rows = m_r.chart.rows;
        if (rows.isEmpty()) {
            m_p.setFont(font(10));
            m_p.drawText(QRect(0, y, m_l.page.width(), mm(20)), Qt::TextWordWrap,
                         MarPdf::tr("No medicines are recorded for this period."));
        }
        for (int i = 0; i < rows.size(); ++i) {
            const bool firstOfOrder = i == 0 || rows[i - 1].order.orderId != rows[i].order.orderId;
            const int height = rowHeight(rows[i], firstOfOrder);
            if (y + height > m_l.page.bottom() - footerHeight()) {
                newPage();
                y = pageTop();
            }
            drawRow(rows[i], firstOfOrder, y, height);
            y += height;
        }
        const int legend = legendHeight();
        if (y + legend > m_l.page.bottom() - footerHeight()) {
            newPage();
            y = pageTop();
        }
        drawLegend(y + mm(3));
        return m_pages;
    }

private:
    int footerHeight() const { return mm(6); }

    void newPage()
    {
        m_pdf.newPage();
        ++m_pages;
    }

    // The person's header and the day columns; returns where rows start.
    int pageTop()
    {
        drawFooter();
        m_p.setPen(Qt::black);
        m_p.setFont(font(13, true));
        int y = 0;
        const QString title = MarPdf::tr("Medication administration record (MAR)");
        m_p.drawText(QRect(0, y, m_l.page.width(), mm(7)), Qt::AlignLeft | Qt::AlignVCenter, title);
        m_p.setFont(font(9));
        m_p.drawText(QRect(0, y, m_l.page.width(), mm(7)), Qt::AlignRight | Qt::AlignVCenter,
                     MarPdf::tr("%1 · %2").arg(m_r.organisation, m_r.periodText));
        y += mm(8);
        const MarPersonHeader &h = m_r.person;
        const QStringList facts {
            MarPdf::tr("Name: %1").arg(h.name),
            MarPdf::tr("Date of birth: %1").arg(h.dateOfBirth),
            MarPdf::tr("NHS number: %1").arg(h.nhsNumber),
            MarPdf::tr("GP: %1").arg(h.gp.isEmpty() ? MarPdf::tr("not recorded") : h.gp),
        };
        m_p.setFont(font(10, true));
        m_p.drawText(QRect(0, y, m_l.page.width(), mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                     facts.join(QStringLiteral("    ")));
        y += mm(6);
        m_p.setFont(font(10, true));
        m_p.setPen(QColor(0x8A, 0x1C, 0x14));
        const QString allergies = MarPdf::tr("Allergies: %1").arg(h.allergies);
        const int allergyHeight =
            wrappedHeight(m_p, font(10, true), m_l.page.width(), allergies) + mm(1);
        m_p.drawText(QRect(0, y, m_l.page.width(), allergyHeight), Qt::TextWordWrap, allergies);
        m_p.setPen(Qt::black);
        y += allergyHeight + mm(2);
        drawDayHeader(y);
        return y + m_l.headerRowHeight;
    }

    void drawDayHeader(int y)
    {
        m_p.setPen(QPen(Qt::black, 2));
        m_p.fillRect(QRect(0, y, m_l.page.width(), m_l.headerRowHeight), QColor(0xE4, 0xE9, 0xEE));
        m_p.setFont(font(8, true));
        m_p.drawText(QRect(mm(1), y, m_l.medicineWidth - mm(2), m_l.headerRowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, MarPdf::tr("Medicine, dose, route, times"));
        const bool narrow = m_l.dayWidth < mm(10);
        for (int d = 0; d < m_r.chart.days.size(); ++d) {
            const QDate day = m_r.chart.days[d];
            const QRect cell(m_l.medicineWidth + d * m_l.dayWidth, y, m_l.dayWidth,
                             m_l.headerRowHeight);
            m_p.drawRect(cell);
            const QString label = narrow ? QLocale().toString(day, QStringLiteral("ddd\nd"))
                                         : QLocale().toString(day, QStringLiteral("ddd\nd MMM"));
            m_p.setFont(font(narrow ? 6 : 8, true));
            m_p.drawText(cell, Qt::AlignCenter, label);
        }
        m_p.drawRect(QRect(0, y, m_l.medicineWidth, m_l.headerRowHeight));
    }

    QString medicineText(const MarRow &row, bool firstOfOrder) const
    {
        QStringList lines {MarWords::rowTime(row)};
        if (firstOfOrder)
            lines += MarWords::orderLines(row);
        return lines.join(QLatin1Char('\n'));
    }

    int rowHeight(const MarRow &row, bool firstOfOrder)
    {
        const int textWidth = m_l.medicineWidth - mm(2);
        int h = mm(1);
        if (firstOfOrder)
            h += wrappedHeight(m_p, font(9, true), textWidth, MedicationWords::title(row.order));
        h += wrappedHeight(m_p, font(7), textWidth, medicineText(row, firstOfOrder));
        // A cell with two records or several as-needed doses can be taller than the medicine.
        for (const MarCell &cell : row.cells)
            h = std::max(
                h, wrappedHeight(m_p, cellFont(), m_l.dayWidth - mm(0.6), cellText(cell)) + mm(1));
        return std::max(h + mm(1), mm(11));
    }

    void drawRow(const MarRow &row, bool firstOfOrder, int y, int height)
    {
        const int textWidth = m_l.medicineWidth - mm(2);
        m_p.setPen(QPen(Qt::black, firstOfOrder ? 4 : 1));
        m_p.drawLine(0, y, m_l.page.width(), y);
        m_p.setPen(QPen(Qt::black, 1));
        int ty = y + mm(0.5);
        if (firstOfOrder) {
            const QString title = MedicationWords::title(row.order);
            const int th = wrappedHeight(m_p, font(9, true), textWidth, title);
            m_p.setFont(font(9, true));
            m_p.drawText(QRect(mm(1), ty, textWidth, th), Qt::TextWordWrap, title);
            ty += th;
        }
        m_p.setFont(font(7));
        m_p.drawText(QRect(mm(1), ty, textWidth, y + height - ty), Qt::TextWordWrap,
                     medicineText(row, firstOfOrder));
        m_p.drawRect(QRect(0, y, m_l.medicineWidth, height));
        for (int d = 0; d < row.cells.size(); ++d)
            drawCell(row.cells[d],
                     QRect(m_l.medicineWidth + d * m_l.dayWidth, y, m_l.dayWidth, height));
    }

    void drawCell(const MarCell &cell, const QRect &r)
    {
        const bool conflict = MarWords::conflict(cell, m_r.flagged);
        if (cell.state == MarCellState::NotDue)
            m_p.fillRect(r, QColor(0xD5, 0xDA, 0xDF));
        else if (conflict || cell.state == MarCellState::Gap)
            m_p.fillRect(r, QColor(0xFD, 0xEC, 0xEA));
        m_p.setPen(QPen(Qt::black, 1));
        m_p.drawRect(r);
        const QString text = cellText(cell);
        if (text.isEmpty())
            return;
        m_p.setFont(cellFont());
        m_p.drawText(r.adjusted(mm(0.3), mm(0.3), -mm(0.3), -mm(0.3)),
                     Qt::AlignCenter | Qt::TextWordWrap, text);
    }

    // One line per record ("G 08:05", "G L 09:45"), "!!" above a conflict, "—" for a gap.
    QString cellText(const MarCell &cell) const
    {
        QStringList lines;
        if (MarWords::conflict(cell, m_r.flagged))
            lines << QStringLiteral("!!");
        if (cell.state == MarCellState::Gap)
            lines << QStringLiteral("\u2014");
        for (const MarEntry &e : cell.entries) {
            QString line = MedicationWords::outcomeLetter(e.outcomeCode);
            if (e.late)
                line += QStringLiteral(" L");
            lines << line + QLatin1Char(' ') + e.time;
        }
        return lines.join(QLatin1Char('\n'));
    }

    QFont cellFont() const { return font(m_l.dayWidth < mm(10) ? 5.5 : 7, true); }

    QString legendText() const
    {
        QStringList items;
        for (const auto &[letters, words] : MedicationWords::pdfLegend())
            items << QStringLiteral("%1 = %2").arg(letters, words);
        return MarPdf::tr("Key: %1. L = given late (after its window). !! = two records for one "
                          "dose (conflict: check which stands). \u2014 = nothing recorded (gap). "
                          "Grey = not due that day. Times are UK local times.")
            .arg(items.join(QStringLiteral(", ")));
    }

    int legendHeight() { return wrappedHeight(m_p, font(7), m_l.page.width(), legendText()); }

    void drawLegend(int y)
    {
        m_p.setFont(font(7));
        m_p.setPen(Qt::black);
        m_p.drawText(QRect(0, y, m_l.page.width(), legendHeight()), Qt::TextWordWrap, legendText());
    }

    void drawFooter()
    {
        m_p.setFont(font(7));
        m_p.setPen(Qt::black);
        const QRect footer(0, m_l.page.bottom() - footerHeight(), m_l.page.width(), footerHeight());
        m_p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     MarPdf::tr("Printed %1 from CareRound. Page %2.")
                         .arg(QLocale().toString(m_r.printedAt.toTimeZone(m_r.zone),
                                                 QStringLiteral("d MMMM yyyy HH:mm")))
                         .arg(m_pages));
    }

    const MarPdfRequest &m_r;
    QPdfWriter &m_pdf;
    QPainter &m_p;
    Layout m_l;
    int m_pages = 1;
};

} // namespace

QString MarPdf::fileName(const QString &personName, const QDate &from, const QDate &to)
{
    QString name = personName;
    name.remove(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")));
    return QStringLiteral("MAR %1 %2 to %3.pdf")
        .arg(name.simplified(), from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

Result<int> MarPdf::write(const MarPdfRequest &request, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {QStringLiteral("path"),
                      tr("Could not make the folder %1").arg(QFileInfo(path).absolutePath())};
    QPdfWriter pdf(path);
    pdf.setResolution(Dpi);
    pdf.setTitle(tr("MAR chart: %1").arg(request.person.name));
    pdf.setCreator(QStringLiteral("CareRound"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                  QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error {QStringLiteral("path"), tr("Could not write %1").arg(path)};
    Writer writer(request, pdf, painter);
    const int pages = writer.run();
    if (!painter.end())
        return Error {QStringLiteral("path"), tr("Could not finish %1").arg(path)};
    return pages;
}

} // namespace careround::ui
