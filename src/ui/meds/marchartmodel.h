#pragma once
// A person's MAR chart over a chosen period (default the last 7 days, at most 31) as the familiar
// grid: one row per medicine and time (one per as-needed medicine), one column per day, each cell
// the outcome in short words (full words from cellDetail), with late doses, gaps and conflicts
// marked (core buildMarChart; the office's `conflict` alerts too). exportPdf() writes the chart as
// an A4 landscape PDF in the app's documents folder, off the GUI thread, and says where.
//
// Roles (from Qt::UserRole + 1): orderId, title ("Metformin 500 mg tablets"), timeText ("08:00",
// "As needed"), doseLine, prn, firstOfOrder, cells ([{text, tone, state, late, conflict}]).
#include "core/rules/marchart.h"
#include "ui/session/sessionfollower.h"
#include <QAbstractListModel>
#include <QDate>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class AppSession;

class MarChartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY periodChanged) // 1–31
    Q_PROPERTY(QDate lastDay READ lastDay WRITE setLastDay NOTIFY periodChanged) // default today
    Q_PROPERTY(QString periodText READ periodText NOTIFY periodChanged)
    Q_PROPERTY(QStringList dayLabels READ dayLabels NOTIFY chartChanged)
    Q_PROPERTY(QString personName READ personName NOTIFY chartChanged)
    Q_PROPERTY(QString allergyText READ allergyText NOTIFY chartChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY chartChanged)
    Q_PROPERTY(int count READ count NOTIFY chartChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportChanged)
    Q_PROPERTY(QString exportedPath READ exportedPath NOTIFY exportChanged)

public:
    static constexpr int DefaultDays = 7;
    static constexpr int MaxDays = 31;

    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        TitleRole,
        TimeTextRole,
        DoseLineRole,
        PrnRole,
        FirstOfOrderRole,
        CellsRole,
    };
    Q_ENUM(Role)

    explicit MarChartModel(QObject *parent = nullptr);
    ~MarChartModel() override;

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    int days() const { return m_days; }
    void setDays(int days);
    QDate lastDay() const;
    void setLastDay(const QDate &day);
    QDate firstDay() const { return lastDay().addDays(1 - m_days); }
    QString periodText() const; // "24 November to 30 November 2026"
    QStringList dayLabels() const;
    QString personName() const;
    QString allergyText() const;
    QString summaryText() const; // "2 gaps, 1 late dose, 1 conflict" / "No gaps or conflicts"
    int count() const { return int(m_chart.rows.size()); }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString errorMessage() const { return m_errorMessage; }
    bool exporting() const { return m_exporting; }
    QString exportMessage() const { return m_exportMessage; }
    QString exportedPath() const { return m_exportedPath; }
    const MarChart &chart() const { return m_chart; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    // The full words of one cell (tapped): medicine, time, day, each record, late, conflict.
    Q_INVOKABLE QString cellDetail(int row, int day) const;
    // Writes the PDF off the GUI thread; exportFinished follows. False when there is nothing yet.
    Q_INVOKABLE bool exportPdf();
    Q_INVOKABLE QVariantList periodChoices() const; // [{code: "7", text: "7 days"}, …]

    // Where PDFs go (default: the documents folder's CareRound folder). Tests set their own.
    void setDocumentsFolder(const QString &folder) { m_documentsFolder = folder; }
    QString documentsFolder() const;
    void setNowForTests(const QDateTime &now) { m_nowForTests = now; }

signals:
    void sessionChanged();
    void personIdChanged();
    void periodChanged();
    void chartChanged();
    void loadingChanged();
    void messageChanged();
    void exportChanged();
    void loadFinished();
    void exportFinished(bool ok);

private:
    QDateTime now() const;
    QTimeZone zone() const;
    void clear();
    void setLoading(bool loading);
    void apply(const QList<Record> &records);

    SessionFollower m_follower;
    QString m_personId;
    int m_days = DefaultDays;
    QDate m_lastDay; // invalid: today
    MarChart m_chart;
    QSet<QString> m_flagged;
    QList<Record> m_personVersions;
    QHash<QString, QString> m_names;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0;
    QString m_errorMessage;
    bool m_exporting = false;
    QString m_exportMessage, m_exportedPath, m_documentsFolder;
    QDateTime m_nowForTests;
};

} // namespace careround::ui
