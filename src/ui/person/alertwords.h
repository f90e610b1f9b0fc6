#pragma once
// Alert records in words (docs/domain.md "alert"; docs/server.md "Alerts"): what rule raised it,
// how urgent, and the tone a banner shows it in (CrBanner: 0 info, 1 warning, 2 error).
#include <QCoreApplication>
#include <QString>

namespace careround::ui {

class AlertWords
{
    Q_DECLARE_TR_FUNCTIONS(AlertWords)
public:
    static QString ruleWords(const QString &rule); // "Incident reported", "Records that disagree"
    static QString severityWords(const QString &severity); // "Urgent", "Warning", "For information"
    static int tone(const QString &severity);
};

} // namespace careround::ui
