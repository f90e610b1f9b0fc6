// The admin subcommands of careround-server, thin wrappers over src/server/admin/.
// Each prints its result as one JSON object on stdout; bad input exits 2.
#include "cli.h"

#include "server/admin/demogenerator.h"
#include "server/admin/importer.h"
#include "server/admin/orgadmin.h"
#include "sql/privatefiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <cstdio>
#include <functional>

namespace careround::server::cli {

namespace {

void printJson(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Errors naming an input (a field or an option) are the caller's: exit 2. Storage errors: exit 1.
int reportError(const Error &error)
{
    if (error.field == QLatin1String("storage"))
        return failure(error.toString());
    return usageError(error.toString());
}

// The demo's logins (with its password) in DATA_DIR/demo-logins.json, owner-only from the first
// byte; replaced whole, so a second demo's logins never mix with the first's.
Result<QString> writeDemoLogins(const Invocation &inv, const QJsonObject &logins)
{
    const QString dataDir = dataDirectory(inv);
    if (auto made = files::ensurePrivateFolder(dataDir); !made)
        return Error {QStringLiteral("--data-dir"), made.error().message};
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(kDemoLoginsFile));
    QSaveFile file(path); // its temporary file is created 0600
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("storage"),
                      QStringLiteral("%1: %2").arg(path, file.errorString())};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(logins).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error {QStringLiteral("storage"),
                      QStringLiteral("%1: %2").arg(path, file.errorString())};
    return path;
}

#define CR_REQUIRE(var, name)                                                                      \
    const auto var##Option = requiredOption(inv, QStringLiteral(name));                            \
    if (!var##Option)                                                                              \
        return usageError(var##Option.error().toString());                                         \
    const QString var = var##Option.value();

int initDemo(const Invocation &inv, ServerStore &store)
{
    DemoOptions options;
    const auto people = intOption(inv, QStringLiteral("people"), options.people, 1, 5000);
    const auto workers = intOption(inv, QStringLiteral("workers"), options.workers, 1, 3000);
    const auto days = intOption(inv, QStringLiteral("days"), options.days, 1, 90);
    const auto seed = intOption(inv, QStringLiteral("seed"), 1, 0, std::numeric_limits<int>::max());
    for (const auto *check : {&people, &workers, &days, &seed}) {
        if (!*check)
            return usageError(check->error().toString());
    }
    const auto startDay = dateOption(inv, QStringLiteral("start-day"), {});
    if (!startDay)
        return usageError(startDay.error().toString());
    options.startDay = startDay.value();
    options.people = people.value();
    options.workers = workers.value();
    options.days = days.value();
    options.seed = static_cast<quint64>(seed.value());
    options.deliveredBefore = QDateTime::currentDateTimeUtc(); // a round already under way today
    options.loginPrefix = inv.value(QStringLiteral("login-prefix"));
    if (inv.isSet(QStringLiteral("name")))
        options.organisationName = inv.value(QStringLiteral("name"));
    DemoGenerator generator(store);
    const auto result = generator.generate(options);
    if (!result)
        return reportError(result.error());
    QJsonArray logins;
    for (const DemoLogin &login : result.value().logins)
        logins.append(QJsonObject {{QStringLiteral("login"), login.loginName},
                                   {QStringLiteral("password"), login.password},
                                   {QStringLiteral("role"), roleName(login.role)},
                                   {QStringLiteral("display_name"), login.displayName}});
    const QJsonObject demo {{QStringLiteral("org_id"), result.value().organisation.id},
                            {QStringLiteral("organisation"), result.value().organisation.name},
                            {QStringLiteral("people"), result.value().people},
                            {QStringLiteral("visits"), result.value().visits},
                            {QStringLiteral("records"), result.value().records},
                            {QStringLiteral("logins"), logins}};
    if (auto written = writeDemoLogins(inv, demo); !written)
        return reportError(written.error());
    printJson(demo);
    return kExitOk;
}

int createOrg(const Invocation &inv, ServerStore &store)
{
    CR_REQUIRE(name, "name");
    const auto org = OrgAdmin(store).createOrganisation(name);
    if (!org)
        return reportError(org.error());
    printJson(
        {{QStringLiteral("org_id"), org.value().id}, {QStringLiteral("name"), org.value().name}});
    return kExitOk;
}

int addUser(const Invocation &inv, ServerStore &store)
{
    CR_REQUIRE(org, "org");
    CR_REQUIRE(roleText, "role");
    CR_REQUIRE(login, "login");
    CR_REQUIRE(name, "name");
    const auto role = roleFromName(roleText);
    if (!role)
        return usageError(QStringLiteral(
            "--role: must be care_worker, supervisor, coordinator, family_member or therapist"));
    QString password = inv.value(QStringLiteral("password"));
    if (password.isEmpty())
        password =
            QProcessEnvironment::systemEnvironment().value(QStringLiteral("CAREROUND_PASSWORD"));
    if (password.isEmpty())
        return usageError(
            QStringLiteral("--password (or CAREROUND_PASSWORD) is required for add-user"));
    const auto user = OrgAdmin(store).createUser(NewUser {org, *role, name, login, password});
    if (!user)
        return reportError(user.error());
    printJson({{QStringLiteral("user_id"), user.value().id},
               {QStringLiteral("login"), user.value().loginName},
               {QStringLiteral("role"), roleName(user.value().role)}});
    return kExitOk;
}

int linkFamily(const Invocation &inv, ServerStore &store)
{
    CR_REQUIRE(org, "org");
    CR_REQUIRE(familyUser, "family-user");
    CR_REQUIRE(person, "person");
    const QString relationship = inv.value(QStringLiteral("relationship"));
    OrgAdmin admin(store);
    const auto link = admin.linkFamily(org, familyUser, person, relationship);
    if (!link)
        return reportError(link.error());
    bool consent = false;
    if (inv.isSet(QStringLiteral("consent"))) {
        CR_REQUIRE(recordedBy, "recorded-by");
        if (auto given = admin.giveConsent(org, link.value().id, recordedBy,
                                           inv.value(QStringLiteral("note")),
                                           QDateTime::currentDateTimeUtc());
            !given)
            return reportError(given.error());
        consent = true;
    }
    printJson({{QStringLiteral("link_id"), link.value().id},
               {QStringLiteral("consent_active"), consent}});
    return kExitOk;
}

int consent(const Invocation &inv, ServerStore &store, bool give)
{
    CR_REQUIRE(org, "org");
    CR_REQUIRE(link, "link");
    CR_REQUIRE(recordedBy, "recorded-by");
    OrgAdmin admin(store);
    const QString note = inv.value(QStringLiteral("note"));
    const auto now = QDateTime::currentDateTimeUtc();
    const auto done = give ? admin.giveConsent(org, link, recordedBy, note, now)
                           : admin.withdrawConsent(org, link, recordedBy, note, now);
    if (!done)
        return reportError(done.error());
    printJson({{QStringLiteral("link_id"), link}, {QStringLiteral("consent_active"), give}});
    return kExitOk;
}

int import(const Invocation &inv, ServerStore &store)
{
    if (inv.positional.size() != 2)
        return usageError(QStringLiteral(
            "usage: import <people|care-plans|medication-orders|rota> <file.json|file.csv>"));
    QString kindName = inv.positional.at(0);
    if (kindName == QLatin1String("careplans"))
        kindName = QStringLiteral("care-plans");
    if (kindName == QLatin1String("medication") || kindName == QLatin1String("medication-orders"))
        kindName = QStringLiteral("medication-orders");
    const auto kind = importKindFromName(kindName);
    if (!kind)
        return usageError(
            QStringLiteral(
                "import: unknown kind \"%1\"; use people, care-plans, medication-orders or rota")
                .arg(inv.positional.at(0)));
    CR_REQUIRE(org, "org");
    CR_REQUIRE(actor, "actor");
    const ImportReport report = Importer(store).importFile(
        *kind, ImportContext {org, actor, QDateTime::currentDateTimeUtc()}, inv.positional.at(1));
    QJsonArray issues;
    for (const ImportIssue &issue : report.issues) {
        issues.append(QJsonObject {{QStringLiteral("line"), issue.line},
                                   {QStringLiteral("field"), issue.field},
                                   {QStringLiteral("message"), issue.message}});
        std::fprintf(stderr, "%s\n", qPrintable(issue.toString()));
    }
    printJson({{QStringLiteral("ok"), report.ok},
               {QStringLiteral("rows"), report.rows},
               {QStringLiteral("written"), report.written},
               {QStringLiteral("created"), report.created},
               {QStringLiteral("changed"), report.changed},
               {QStringLiteral("unchanged"), report.unchanged},
               {QStringLiteral("issues"), issues}});
    return report.ok ? kExitOk : kExitUsage;
}

int setDisabled(const Invocation &inv, ServerStore &store, bool disabled)
{
    QString userId = inv.value(QStringLiteral("user"));
    if (userId.isEmpty() && inv.isSet(QStringLiteral("login"))) {
        const auto user = store.userByLogin(inv.value(QStringLiteral("login")).toLower());
        if (!user)
            return reportError(user.error());
        if (!user.value())
            return usageError(QStringLiteral("--login: no such user"));
        userId = user.value()->id;
    }
    if (userId.isEmpty())
        return usageError(QStringLiteral("--user (or --login) is required"));
    if (auto done = OrgAdmin(store).setDisabled(userId, disabled); !done)
        return reportError(done.error());
    printJson({{QStringLiteral("user_id"), userId}, {QStringLiteral("disabled"), disabled}});
    return kExitOk;
}

int revokeDevice(const Invocation &inv, ServerStore &store)
{
    CR_REQUIRE(deviceId, "device");
    const auto device = store.device(deviceId);
    if (!device)
        return reportError(device.error());
    if (!device.value())
        return usageError(QStringLiteral("--device: no such device"));
    if (auto done = store.revokeDevice(deviceId, QDateTime::currentDateTimeUtc()); !done)
        return reportError(done.error());
    printJson({{QStringLiteral("device_id"), deviceId}, {QStringLiteral("revoked"), true}});
    return kExitOk;
}

// Forgets an office account's authenticator and recovery codes and ends its browser sessions:
// its next sign-in offers a new enrolment (docs/office.md).
int resetOffice2fa(const Invocation &inv, ServerStore &store)
{
    CR_REQUIRE(loginName, "login");
    const auto user = store.userByLogin(loginName.toLower());
    if (!user)
        return reportError(user.error());
    if (!user.value())
        return usageError(QStringLiteral("--login: no such user"));
    if (auto done = store.resetOfficeTotp(user.value()->id); !done)
        return reportError(done.error());
    printJson({{QStringLiteral("user_id"), user.value()->id},
               {QStringLiteral("second_factor_reset"), true}});
    return kExitOk;
}

} // namespace

int runAdmin(const Invocation &inv)
{
    using Command = std::function<int(const Invocation &, ServerStore &)>;
    const QHash<QString, Command> commands {
        {QStringLiteral("init-demo"), initDemo},
        {QStringLiteral("create-org"), createOrg},
        {QStringLiteral("add-user"), addUser},
        {QStringLiteral("link-family"), linkFamily},
        {QStringLiteral("give-consent"),
         [](const Invocation &i, ServerStore &s) {
             return consent(i, s, true);
         }},
        {QStringLiteral("withdraw-consent"),
         [](const Invocation &i, ServerStore &s) {
             return consent(i, s, false);
         }},
        {QStringLiteral("import"), import},
        {QStringLiteral("disable-user"),
         [](const Invocation &i, ServerStore &s) {
             return setDisabled(i, s, true);
         }},
        {QStringLiteral("enable-user"),
         [](const Invocation &i, ServerStore &s) {
             return setDisabled(i, s, false);
         }},
        {QStringLiteral("revoke-device"), revokeDevice},
        {QStringLiteral("reset-office-2fa"), resetOffice2fa},
        {QStringLiteral("report"), runReport},
        {QStringLiteral("export"), runExport},
    };
    const auto command = commands.constFind(inv.command);
    if (command == commands.constEnd())
        return usageError(QStringLiteral("unknown command \"%1\"").arg(inv.command));
    if (inv.command != QLatin1String("import") && inv.command != QLatin1String("report")
        && inv.command != QLatin1String("export") && !inv.positional.isEmpty())
        return usageError(QStringLiteral("%1 takes options only, got \"%2\"")
                              .arg(inv.command, inv.positional.join(QLatin1Char(' '))));
    QString backend;
    auto store = openStore(inv, &backend);
    if (!store)
        return store.error().field.startsWith(QLatin1String("--"))
            ? usageError(store.error().toString())
            : failure(store.error().toString());
    return (*command)(inv, *store.value());
}

} // namespace careround::server::cli
