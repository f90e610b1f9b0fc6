#pragma once
// Where the embedded store's key file lives. A key beside server.db means a copy of the data
// folder (a backup, a disk image) decrypts everything, so production keeps it elsewhere.
// Precedence, first that applies:
//   1. --key-file PATH
//   2. $CAREROUND_KEY_FILE (a path)
//   3. the systemd credential $CREDENTIALS_DIRECTORY/careround-server.key, when that file exists
//   4. DATA_DIR/server.key (the default: the demo and development)
#include <QProcessEnvironment>
#include <QString>

namespace careround::server {

inline constexpr char KeyFileEnvironment[] = "CAREROUND_KEY_FILE";
inline constexpr char KeyCredentialName[] = "careround-server.key";
inline constexpr char DataDirKeyFile[] = "server.key";

struct KeyLocation
{
    enum class Source { Option, Environment, Credential, DataDir };
    QString path;
    Source source = Source::DataDir;
    bool insideDataDir = false; // the key file is in the data folder (or a folder below it)
};

KeyLocation resolveKeyLocation(const QString &keyFileOption, const QString &dataDir,
                               const QProcessEnvironment &environment);
QString keySourceName(KeyLocation::Source source); // "--key-file", "CAREROUND_KEY_FILE", …

// True when `path` is `folder` or lies below it, after resolving symbolic links of what exists.
bool isInsideFolder(const QString &path, const QString &folder);

} // namespace careround::server
