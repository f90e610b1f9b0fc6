#include "officebrowser.h"

#include "server/auth/totp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace careround::server::test {

namespace {

std::optional<BrowserSignIn> fromSignedIn(const ApiReply &reply, QString *failure)
{
    if (reply.status != 200 || !reply.json.value(QStringLiteral("signed_in")).toBool()) {
        *failure = reply.describe();
        return std::nullopt;
    }
    BrowserSignIn signIn;
    signIn.reply = reply;
    signIn.userId =
        reply.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    signIn.setCookie = reply.header("Set-Cookie");
    signIn.cookie = signIn.setCookie.left(signIn.setCookie.indexOf(';'));
    signIn.csrfToken = reply.json.value(QStringLiteral("csrf_token")).toString().toLatin1();
    for (const QJsonValue &code : reply.json.value(QStringLiteral("recovery_codes")).toArray())
        signIn.recoveryCodes.append(code.toString());
    return signIn;
}

} // namespace

QByteArray originFor(quint16 port)
{
    return "https://127.0.0.1:" + QByteArray::number(port);
}

QByteArray totpCodeAt(const QString &otpauthUri, const QDateTime &at)
{
    const auto secret = auth::fromBase32(
        QUrlQuery(QUrl(otpauthUri)).queryItemValue(QStringLiteral("secret")).toLatin1());
    return auth::hotp(secret.value_or(QByteArray()),
                      quint64(auth::totpStep(at.toSecsSinceEpoch())));
}

ApiClient::Headers browserHeaders(const BrowserSignIn &signIn, quint16 port, bool csrf)
{
    ApiClient::Headers headers {{"Cookie", signIn.cookie}, {"Origin", originFor(port)}};
    if (csrf)
        headers.append({"X-CSRF-Token", signIn.csrfToken});
    return headers;
}

ApiReply postSignIn(ApiClient &client, quint16 port, const QString &login, const QString &password,
                    const QByteArray &code, const QByteArray &recoveryCode)
{
    QJsonObject body {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    if (!code.isEmpty())
        body.insert(QStringLiteral("code"), QString::fromLatin1(code));
    if (!recoveryCode.isEmpty())
        body.insert(QStringLiteral("recovery_code"), QString::fromLatin1(recoveryCode));
    return client.send("POST", QStringLiteral("/v1/office/session"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact),
                       {{"Origin", originFor(port)}});
}

std::optional<BrowserSignIn> enrolAndSignIn(ApiClient &client, quint16 port, const QString &login,
                                            const QString &password, const QDateTime &serverNow,
                                            QString *failure)
{
    const ApiReply offer = postSignIn(client, port, login, password);
    if (offer.status != 200
        || offer.json.value(QStringLiteral("next")).toString() != QLatin1String("confirm_totp")) {
        *failure = QStringLiteral("sign-in: ") + offer.describe();
        return std::nullopt;
    }
    const QString uri = offer.json.value(QStringLiteral("otpauth_uri")).toString();
    const QJsonObject confirm {
        {QStringLiteral("enrolment_token"), offer.json.value(QStringLiteral("enrolment_token"))},
        {QStringLiteral("code"), QString::fromLatin1(totpCodeAt(uri, serverNow))}};
    const ApiReply confirmed = client.send(
        "POST", QStringLiteral("/v1/office/session/totp/confirm"),
        QJsonDocument(confirm).toJson(QJsonDocument::Compact), {{"Origin", originFor(port)}});
    auto signIn = fromSignedIn(confirmed, failure);
    if (signIn)
        signIn->otpauthUri = uri;
    else
        failure->prepend(QStringLiteral("confirm: "));
    return signIn;
}

std::optional<BrowserSignIn> signInWithCode(ApiClient &client, quint16 port, const QString &login,
                                            const QString &password, const QString &otpauthUri,
                                            const QDateTime &serverNow, QString *failure)
{
    auto signIn = fromSignedIn(
        postSignIn(client, port, login, password, totpCodeAt(otpauthUri, serverNow)), failure);
    if (signIn)
        signIn->otpauthUri = otpauthUri;
    return signIn;
}

} // namespace careround::server::test
