#include "curltransport.h"

#include <algorithm>
#include <cstring>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace careround::server::notify {

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};
using CurlHandle = std::unique_ptr<CURL, CurlDeleter>;
using CurlList = std::unique_ptr<curl_slist, ListDeleter>;

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = std::min(room, upload->data.size() - upload->offset);
    std::memcpy(buffer, upload->data.constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

size_t discard(char *, size_t size, size_t count, void *)
{
    return size * count;
}

CurlList append(CurlList list, const QByteArray &line)
{
    curl_slist *head = list.release();
    curl_slist *grown = curl_slist_append(head, line.constData());
    return CurlList(grown ? grown : head);
}

void commonOptions(CURL *curl, const QString &caFile, char *errorBuffer)
{
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(SendTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.toLocal8Bit().constData());
}

Result<void> perform(CURL *curl, const char *errorBuffer, const QString &what)
{
    const CURLcode code = curl_easy_perform(curl);
    if (code == CURLE_OK)
        return {};
    QString detail = errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                                    : QString::fromUtf8(curl_easy_strerror(code));
    // The server's last reply code (SMTP 451, HTTP 401…) says more than libcurl's words.
    long reply = 0;
    if (curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply) == CURLE_OK && reply > 0)
        detail += QStringLiteral(" (reply %1)").arg(reply);
    return Error {what, detail};
}

} // namespace

Result<void> sendMail(const SmtpSettings &smtp, const QString &recipient, const QByteArray &message)
{
    globalInit();
    CurlHandle curl(curl_easy_init());
    if (!curl)
        return Error {QStringLiteral("smtp"), QStringLiteral("libcurl could not start")};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    commonOptions(curl.get(), smtp.caFile, errorBuffer);
    const QByteArray url = smtp.url.toUtf8();
    const QByteArray from = ('<' + smtp.from + '>').toUtf8();
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.constData());
    // STARTTLS is required: a server that does not offer it gets nothing.
    curl_easy_setopt(curl.get(), CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(curl.get(), CURLOPT_MAIL_FROM, from.constData());
    const QByteArray user = smtp.username.toUtf8();
    const QByteArray password = smtp.password.toUtf8();
    if (!smtp.username.isEmpty()) {
        curl_easy_setopt(curl.get(), CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl.get(), CURLOPT_PASSWORD, password.constData());
    }
    CurlList recipients = append(nullptr, ('<' + recipient + '>').toUtf8());
    curl_easy_setopt(curl.get(), CURLOPT_MAIL_RCPT, recipients.get());
    Upload upload {message, 0};
    curl_easy_setopt(curl.get(), CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl.get(), CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl.get(), CURLOPT_UPLOAD, 1L);
    return perform(curl.get(), errorBuffer, QStringLiteral("smtp"));
}

Result<void> postWebhook(const QString &url, const QString &caFile,
                         const QList<QPair<QByteArray, QByteArray>> &headers,
                         const QByteArray &body)
{
    globalInit();
    CurlHandle curl(curl_easy_init());
    if (!curl)
        return Error {QStringLiteral("webhook"), QStringLiteral("libcurl could not start")};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    commonOptions(curl.get(), caFile, errorBuffer);
    const QByteArray target = url.toUtf8();
    curl_easy_setopt(curl.get(), CURLOPT_URL, target.constData());
    curl_easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "https");
    CurlList list = append(nullptr, QByteArrayLiteral("Content-Type: application/json"));
    for (const auto &[name, value] : headers)
        list = append(std::move(list), name + ": " + value);
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, list.get());
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE, long(body.size()));
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl.get(), CURLOPT_FAILONERROR, 1L); // a 4xx/5xx is a failed attempt
    return perform(curl.get(), errorBuffer, QStringLiteral("webhook"));
}

} // namespace careround::server::notify
