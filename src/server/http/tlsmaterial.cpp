#include "tlsmaterial.h"
#include "sql/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace careround::server::http {

namespace {

template<typename T, void (*Free)(T *)>
struct OsslDeleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, OsslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OsslDeleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, OsslDeleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, OsslDeleter<X509_EXTENSION, X509_EXTENSION_free>>;

constexpr long kValiditySeconds = 825L * 24 * 3600;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

Result<QPair<QByteArray, QByteArray>> generatePemPair()
{
    const Error failed {QStringLiteral("tls"),
                        QStringLiteral("could not generate the development certificate")};
    PKeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert)
        return failed;

    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failed;
    serial[0] &= 0x7f; // positive
    BIGNUM *serialBn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialOk =
        serialBn && BN_to_ASN1_INTEGER(serialBn, X509_get_serialNumber(cert.get()));
    BN_free(serialBn);
    if (!serialOk || X509_set_version(cert.get(), 2) != 1)
        return failed;

    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), kValiditySeconds);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("CareRound development"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1")
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return failed;

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1)
        return failed;
    return qMakePair(bioContents(certBio.get()), bioContents(keyBio.get()));
}

Result<void> writeFile(const QString &path, const QByteArray &data,
                       QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("--data-dir"),
                      QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    file.setPermissions(permissions);
    file.write(data);
    if (!file.commit())
        return Error {QStringLiteral("--data-dir"),
                      QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace

Result<TlsFiles> ensureDevelopmentCertificate(const QString &dataDir)
{
    const QString tlsDir = QDir(dataDir).filePath(QStringLiteral("tls"));
    TlsFiles files {QDir(tlsDir).filePath(QStringLiteral("dev-cert.pem")),
                    QDir(tlsDir).filePath(QStringLiteral("dev-key.pem")), false};
    if (auto made = careround::files::ensurePrivateFolder(tlsDir); !made)
        return Error {QStringLiteral("--data-dir"), made.error().message};
    if (QFile::exists(files.certificatePath) && QFile::exists(files.privateKeyPath)) {
        careround::files::tighten(files.privateKeyPath);
        careround::files::tighten(files.certificatePath);
        return files;
    }

    auto pair = generatePemPair();
    if (!pair)
        return pair.error();
    // Key first: a certificate without its key would be taken as complete on the next start.
    if (auto written = writeFile(files.privateKeyPath, pair.value().second,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !written)
        return written.error();
    // Owner-only like everything in the data folder: clients get a copy, never this file.
    if (auto written = writeFile(files.certificatePath, pair.value().first,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !written)
        return written.error();
    files.generated = true;
    return files;
}

Result<QSslConfiguration> loadServerTls(const QString &certificatePath,
                                        const QString &privateKeyPath)
{
    QFile certFile(certificatePath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("--tls-cert"),
                      QStringLiteral("cannot read %1").arg(certificatePath)};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Error {QStringLiteral("--tls-cert"),
                      QStringLiteral("no PEM certificate in %1").arg(certificatePath)};

    QFile keyFile(privateKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("--tls-key"),
                      QStringLiteral("cannot read %1").arg(privateKeyPath)};
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return Error {
            QStringLiteral("--tls-key"),
            QStringLiteral("no unencrypted PEM EC or RSA private key in %1").arg(privateKeyPath)};

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(
        QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    return config;
}

} // namespace careround::server::http
