#include "keylocation.h"

#include <QDir>
#include <QFileInfo>

namespace careround::server {

namespace {

// The canonical path of the deepest existing ancestor, with the missing rest appended: a key
// file that is about to be created is compared as it will be.
QString resolved(const QString &path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString rest;
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        rest =
            QFileInfo(existing).fileName() + (rest.isEmpty() ? QString() : QLatin1Char('/') + rest);
        existing = parent;
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    const QString base = canonical.isEmpty() ? existing : canonical;
    return rest.isEmpty() ? base : QDir::cleanPath(base + QLatin1Char('/') + rest);
}

} // namespace

bool isInsideFolder(const QString &path, const QString &folder)
{
    const QString file = resolved(path);
    const QString dir = resolved(folder);
    return file == dir
        || file.startsWith(dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/'));
}

KeyLocation resolveKeyLocation(const QString &keyFileOption, const QString &dataDir,
                               const QProcessEnvironment &environment)
{
    KeyLocation location;
    const QString fromEnvironment = environment.value(QString::fromLatin1(KeyFileEnvironment));
    const QString credentials = environment.value(QStringLiteral("CREDENTIALS_DIRECTORY"));
    const QString credential = credentials.isEmpty()
        ? QString()
        : QDir(credentials).filePath(QString::fromLatin1(KeyCredentialName));
    if (!keyFileOption.isEmpty()) {
        location.path = keyFileOption;
        location.source = KeyLocation::Source::Option;
    } else if (!fromEnvironment.isEmpty()) {
        location.path = fromEnvironment;
        location.source = KeyLocation::Source::Environment;
    } else if (!credential.isEmpty() && QFileInfo::exists(credential)) {
        location.path = credential;
        location.source = KeyLocation::Source::Credential;
    } else {
        location.path = QDir(dataDir).filePath(QString::fromLatin1(DataDirKeyFile));
        location.source = KeyLocation::Source::DataDir;
    }
    location.path = QDir::cleanPath(QFileInfo(location.path).absoluteFilePath());
    location.insideDataDir = isInsideFolder(location.path, dataDir);
    return location;
}

QString keySourceName(KeyLocation::Source source)
{
    switch (source) {
    case KeyLocation::Source::Option:
        return QStringLiteral("--key-file");
    case KeyLocation::Source::Environment:
        return QString::fromLatin1(KeyFileEnvironment);
    case KeyLocation::Source::Credential:
        return QStringLiteral("systemd credential");
    case KeyLocation::Source::DataDir:
        break;
    }
    return QStringLiteral("data folder");
}

} // namespace careround::server
