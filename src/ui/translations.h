#pragma once
// Loads the app's compiled translations (embedded at qrc:/i18n/) for the system language, with
// en_GB as the fallback: the source strings are English, and en_GB supplies the plural forms.
#include <QLocale>

class QCoreApplication;

namespace careround::ui {

// Installs a translator on `app` (parented to it). Returns false if none could be loaded.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace careround::ui
