// GET /v1/office/people/<id>/fhir?from=&to= (docs/interop.md): the person's FHIR R4 Bundle as a
// download from the console's person file — the same bundle as `careround-server export fhir`.
// Coordinators only (it holds every record of the person); the export audits the read of each
// record it holds. Another organisation's person is 404, as in the rest of the person file.
#include "apiserver.h"
#include "officereply.h"

#include "server/export/fhirexport.h"

#include <QJsonDocument>

namespace careround::server::api {

void ApiServer::addOfficeFhirRoutes()
{
    officeRoute(QStringLiteral("/v1/office/people/*/fhir"), "GET",
                [this](const CallContext &c, const auth::Caller &a) { return officeFhir(c, a); });
}

http::ApiResponse ApiServer::officeFhir(const CallContext &ctx, const auth::Caller &caller)
{
    if (caller.user.role != Role::Coordinator)
        return ctx.fail(http::Failure {403,
                                       QStringLiteral("forbidden"),
                                       QStringLiteral("only a coordinator may export a person's "
                                                      "records"),
                                       {},
                                       {},
                                       {}});
    std::optional<QDate> days[2];
    const QString names[2] {QStringLiteral("from"), QStringLiteral("to")};
    for (int i = 0; i < 2; ++i) {
        if (!ctx.request.query.hasQueryItem(names[i]))
            continue; // open: the whole history
        const auto day = dateParameter(ctx.request.query, names[i], ctx.now);
        if (!day)
            return ctx.fail(day.failure());
        days[i] = day.value();
    }
    const QString personId = ctx.request.path.section(QLatin1Char('/'), 4, 4);
    fhir::ExportRequest request {caller.user.orgId,
                                 personId,
                                 days[0].value_or(QDate()),
                                 days[1].value_or(QDate()),
                                 caller.user.id,
                                 caller.device.id,
                                 ctx.now};
    const auto exported = fhir::exportPerson(m_store, request);
    if (!exported) {
        const Error &error = exported.error();
        if (error.field == QLatin1String("storage"))
            return ctx.fail(http::unavailable());
        if (error.field == QLatin1String("person") || error.field == QLatin1String("org"))
            return ctx.fail(http::Failure {404,
                                           QStringLiteral("not_found"),
                                           QStringLiteral("no such person in your scope"),
                                           QStringLiteral("id"),
                                           {},
                                           {}});
        return ctx.fail(badParameter(error.field, error.message));
    }
    http::ApiResponse response;
    response.body = QJsonDocument(exported.value().bundle).toJson(QJsonDocument::Compact);
    response.contentType = "application/fhir+json";
    response.headers.append(
        qMakePair(QByteArray("Content-Disposition"),
                  "attachment; filename=\"careround-fhir-" + personId.toLatin1() + ".json\""));
    return response;
}

} // namespace careround::server::api
