#pragma once
// The communication book's words: categories and audiences as people read them, who someone is
// ("care worker", "family"), and when something was written ("today at 10:15"). Screens never
// show a code.
#include "ui/common/uichoices.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace careround::ui {

class CommbookWords
{
    Q_DECLARE_TR_FUNCTIONS(CommbookWords)
public:
    static QString familyAudience() { return QStringLiteral("family"); }
    static QString careTeamAudience() { return QStringLiteral("care_team"); }
    static QString familyRole() { return QStringLiteral("family_member"); }

    static const QStringList &categories(); // general, health, … (docs/domain.md), in form order
    static const QStringList &audiences(); // care_team, family
    static QString categoryWords(const QString &category); // "Health", "Appointment"
    static QString audienceWords(const QString &audience); // "Care team only", "Shared with family"
    // What the role is in a sentence: "care worker", "supervisor", "office", "family"; empty when
    // unknown.
    static QString roleWords(const QString &role);
    // "Amira Khan (care worker)", "Mary (family)", or "someone from the care team" when unknown.
    static QString authorText(const QString &name, const QString &role);
    // "today at 10:15", "yesterday at 18:20", "Tuesday 3 March at 09:10", "3 March 2025 at 09:10"
    // (local time), relative to `now`.
    static QString when(const QDateTime &instant, const QDateTime &now);
    static QVariantList categoryChoices();
    static QVariantList audienceChoices();
};

} // namespace careround::ui
