#pragma once
// Owner-only files and folders for everything that holds records, keys or logins (device and
// server): created 0600 in 0700 folders before any data is written, and an existing one that
// group or others may read is tightened, with a report (a log line), when it is opened.
#include "core/result.h"
#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace careround::files {

inline constexpr unsigned PrivateFileMode = 0600;
inline constexpr unsigned PrivateFolderMode = 0700;

// Creates the folder and any missing parents with mode 0700, or tightens an existing folder that
// group or others may enter. Fails (naming the folder) when it cannot be created or is a file.
Result<void> ensurePrivateFolder(const QString &path);

// Creates an empty file with mode 0600 when none exists, so whatever opens it next (SQLite, whose
// -wal and -shm files copy the database's mode) keeps that mode; tightens an existing one.
Result<void> ensurePrivateFile(const QString &path);

// Replaces the file's content atomically (a temporary beside it renamed over it, which is 0600
// before the first byte is written). Durable also flushes the file and then its folder entry to
// the disk, so a power cut leaves the old content or the new, never neither.
enum class Write { Atomic, Durable };
Result<void> writePrivateFile(const QString &path, const QByteArray &bytes,
                              Write how = Write::Atomic);

// The permission bits (07777) of a file or folder; nullopt when it is missing.
std::optional<unsigned> permissions(const QString &path);

// Takes group and other permissions off an existing file or folder; nothing when it is missing.
void tighten(const QString &path);

// Called with the path and the modes before and after whenever tighten() changed something. The
// default writes a qWarning; the server writes a JSON log line. Not thread-safe: set it at start.
using TightenedReporter =
    std::function<void(const QString &path, unsigned oldMode, unsigned newMode)>;
void setTightenedReporter(TightenedReporter reporter);

} // namespace careround::files
