#pragma once
// The browser side of the office console's sign-in, for integration tests: Origin, session
// cookie and CSRF token as a browser would send them, and TOTP codes computed on the server's
// (test-controlled) clock.
#include "apiclient.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace careround::server::test {

struct BrowserSignIn
{
    QString userId;
    QByteArray cookie; // "__Host-careround_session=…", as a browser sends it back
    QByteArray setCookie; // the Set-Cookie header as the server sent it
    QByteArray csrfToken;
    QString otpauthUri;
    QStringList recoveryCodes;
    ApiReply reply; // the answer that signed in
};

QByteArray originFor(quint16 port); // "https://127.0.0.1:<port>"
// The 6-digit code of the URI's secret at `at`.
QByteArray totpCodeAt(const QString &otpauthUri, const QDateTime &at);
// Cookie + Origin (+ X-CSRF-Token when csrf is set).
ApiClient::Headers browserHeaders(const BrowserSignIn &signIn, quint16 port, bool csrf);

// POST /v1/office/session with Origin.
ApiReply postSignIn(ApiClient &client, quint16 port, const QString &login, const QString &password,
                    const QByteArray &code = {}, const QByteArray &recoveryCode = {});
// First sign-in of an office account: password, enrolment, confirmation with the code at
// `serverNow`. The failing step's reply in *failure.
std::optional<BrowserSignIn> enrolAndSignIn(ApiClient &client, quint16 port, const QString &login,
                                            const QString &password, const QDateTime &serverNow,
                                            QString *failure);
// Later sign-ins with a code at `serverNow`.
std::optional<BrowserSignIn> signInWithCode(ApiClient &client, quint16 port, const QString &login,
                                            const QString &password, const QString &otpauthUri,
                                            const QDateTime &serverNow, QString *failure);

} // namespace careround::server::test
