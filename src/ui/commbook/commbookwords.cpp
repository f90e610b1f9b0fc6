#include "commbookwords.h"

#include <QLocale>

namespace careround::ui {

namespace {

const auto translate = [](const char *text) {
    return CommbookWords::tr(text);
};

constexpr CodeWords Categories[] = {
    {"general", QT_TRANSLATE_NOOP("CommbookWords", "General")},
    {"health", QT_TRANSLATE_NOOP("CommbookWords", "Health")},
    {"wellbeing", QT_TRANSLATE_NOOP("CommbookWords", "Wellbeing")},
    {"medication", QT_TRANSLATE_NOOP("CommbookWords", "Medication")},
    {"appointment", QT_TRANSLATE_NOOP("CommbookWords", "Appointment")},
    {"equipment", QT_TRANSLATE_NOOP("CommbookWords", "Equipment")},
    {"household", QT_TRANSLATE_NOOP("CommbookWords", "Household")},
    {"goal", QT_TRANSLATE_NOOP("CommbookWords", "Goals")},
};
constexpr CodeWords Audiences[] = {
    {"care_team", QT_TRANSLATE_NOOP("CommbookWords", "Care team only")},
    {"family", QT_TRANSLATE_NOOP("CommbookWords", "Shared with family")},
};
constexpr CodeWords Roles[] = {
    {"care_worker", QT_TRANSLATE_NOOP("CommbookWords", "care worker")},
    {"supervisor", QT_TRANSLATE_NOOP("CommbookWords", "supervisor")},
    {"coordinator", QT_TRANSLATE_NOOP("CommbookWords", "office")},
    {"therapist", QT_TRANSLATE_NOOP("CommbookWords", "therapist")},
    {"family_member", QT_TRANSLATE_NOOP("CommbookWords", "family")},
};

} // namespace

const QStringList &CommbookWords::categories()
{
    static const QStringList list = codesOf(Categories);
    return list;
}

const QStringList &CommbookWords::audiences()
{
    static const QStringList list = codesOf(Audiences);
    return list;
}

QString CommbookWords::categoryWords(const QString &category)
{
    return wordsOf(Categories, category, translate);
}

QString CommbookWords::audienceWords(const QString &audience)
{
    return wordsOf(Audiences, audience, translate);
}

QString CommbookWords::roleWords(const QString &role)
{
    return wordsOf(Roles, role, translate);
}

QString CommbookWords::authorText(const QString &name, const QString &role)
{
    const QString who = name.simplified();
    const QString what = roleWords(role);
    if (who.isEmpty())
        return role == familyRole() ? tr("a family member") : tr("someone from the care team");
    if (what.isEmpty())
        return who;
    //: a person and their role, e.g. "Amira Khan (care worker)"
    return tr("%1 (%2)").arg(who, what);
}

QString CommbookWords::when(const QDateTime &instant, const QDateTime &now)
{
    if (!instant.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = instant.toLocalTime();
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    const QString time = locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (day == today)
        //: e.g. "today at 10:15"
        return tr("today at %1").arg(time);
    if (day == today.addDays(-1))
        return tr("yesterday at %1").arg(time);
    if (day.year() == today.year())
        //: e.g. "Tuesday 3 March at 09:10"
        return tr("%1 at %2").arg(locale.toString(day, QStringLiteral("dddd d MMMM")), time);
    return tr("%1 at %2").arg(locale.toString(day, QStringLiteral("d MMMM yyyy")), time);
}

QVariantList CommbookWords::categoryChoices()
{
    return choicesOf(Categories, translate);
}

QVariantList CommbookWords::audienceChoices()
{
    return choicesOf(Audiences, translate);
}

} // namespace careround::ui
