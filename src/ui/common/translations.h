#pragma once
// Loads the app's compiled translations (embedded at qrc:/i18n/) for the system language, with
// en_GB as the fallback: the source strings are English, and en_GB supplies the plural forms.
#include <QLocale>

class QCoreApplication;

namespace careround::ui {

// The locale the app speaks: the system's, except that a machine with no language set (the "C"
// locale of a bare container or a fresh install) gets en_GB, the app's own language, so times read
// "08:00" rather than "08:00:00". Call before any text is formatted.
void useAppLocale();

// Installs a translator on `app` (parented to it). Returns false if none could be loaded.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace careround::ui
