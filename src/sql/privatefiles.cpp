#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace careround::files {

namespace {

TightenedReporter &reporter()
{
    static TightenedReporter current = [](const QString &path, unsigned oldMode, unsigned newMode) {
        qWarning("careround: %s could be read by other users (mode %03o); tightened to %03o",
                 qPrintable(path), oldMode, newMode);
    };
    return current;
}

Error failed(const QString &path, const QString &what)
{
    return Error {QStringLiteral("files"), QStringLiteral("%1: %2").arg(path, what)};
}

#ifdef Q_OS_UNIX
QString lastErrno()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

} // namespace

void setTightenedReporter(TightenedReporter newReporter)
{
    reporter() = std::move(newReporter);
}

std::optional<unsigned> permissions(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return info.st_mode & 07777;
#else
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

void tighten(const QString &path)
{
#ifdef Q_OS_UNIX
    const std::optional<unsigned> mode = permissions(path);
    if (!mode || (*mode & 077) == 0)
        return;
    const unsigned tightened = *mode & 07700;
    if (::chmod(QFile::encodeName(path).constData(), tightened) == 0 && reporter())
        reporter()(path, *mode, tightened);
#else
    Q_UNUSED(path);
#endif
}

Result<void> ensurePrivateFolder(const QString &path)
{
    if (path.isEmpty())
        return failed(path, QStringLiteral("no folder given"));
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
#ifdef Q_OS_UNIX
    // Each missing component is made 0700 here: QDir::mkpath would make them 0777 less the umask.
    QStringList missing;
    for (QString folder = absolute; !QFileInfo::exists(folder);
         folder = QFileInfo(folder).absolutePath()) {
        missing.prepend(folder);
        if (folder == QFileInfo(folder).absolutePath())
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(folder).constData(), PrivateFolderMode) != 0
            && errno != EEXIST)
            return failed(folder, QStringLiteral("cannot create the folder: %1").arg(lastErrno()));
    }
#else
    if (!QDir().mkpath(absolute))
        return failed(absolute, QStringLiteral("cannot create the folder"));
#endif
    if (!QFileInfo(absolute).isDir())
        return failed(absolute, QStringLiteral("is not a folder"));
    tighten(absolute);
    return {};
}

Result<void> ensurePrivateFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, PrivateFileMode);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno != EEXIST)
        return failed(path, QStringLiteral("cannot create the file: %1").arg(lastErrno()));
#endif
    tighten(path);
    return {};
}

Result<void> writePrivateFile(const QString &path, const QByteArray &bytes, Write how)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failed(path, file.errorString());
#ifdef Q_OS_UNIX
    if (how == Write::Durable && ::fsync(file.handle()) != 0)
        return failed(path, QStringLiteral("could not be synced to disk: %1").arg(lastErrno()));
#endif
    if (!file.commit())
        return failed(path, file.errorString());
#ifdef Q_OS_UNIX
    if (how == Write::Durable) {
        // After the rename the folder entry itself must reach the disk, or a power cut undoes it.
        const QString folder = QFileInfo(path).absolutePath();
        const int fd =
            ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
#else
    Q_UNUSED(how);
#endif
    return {};
}

} // namespace careround::files
