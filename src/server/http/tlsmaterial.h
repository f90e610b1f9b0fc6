#pragma once
// TLS certificate and key for the server: a production pair given on the command line, or a
// development pair generated once into the data directory (self-signed, for localhost).
#include "core/result.h"
#include <QSslConfiguration>
#include <QString>

namespace careround::server::http {

struct TlsFiles
{
    QString certificatePath;
    QString privateKeyPath;
    bool generated = false; // true when this call created the development pair
};

// Returns dataDir/tls/dev-cert.pem and dev-key.pem, creating them on first use: an ECDSA P-256
// key and a self-signed certificate for CN=localhost with subjectAltName localhost, 127.0.0.1
// and ::1, valid 825 days. The key file is written with owner-only permissions.
Result<TlsFiles> ensureDevelopmentCertificate(const QString &dataDir);

// Loads a PEM certificate (chain) and PEM private key (EC or RSA) into a server configuration
// that accepts TLS 1.2 or newer.
Result<QSslConfiguration> loadServerTls(const QString &certificatePath,
                                        const QString &privateKeyPath);

} // namespace careround::server::http
