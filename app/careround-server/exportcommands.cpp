// `careround-server export fhir --org ORG --person PERSON [--from DATE --to DATE]`: one FHIR R4
// Bundle of the person's records on stdout (docs/interop.md). Nothing is written on bad input.
#include "cli.h"

#include "server/export/fhirexport.h"

#include <QJsonDocument>
#include <cstdio>

namespace careround::server::cli {

int runExport(const Invocation &inv, ServerStore &store)
{
    if (inv.positional != QStringList {QStringLiteral("fhir")})
        return usageError(QStringLiteral(
            "usage: export fhir --org ID --person ID [--from yyyy-MM-dd --to yyyy-MM-dd]"));
    const auto org = requiredOption(inv, QStringLiteral("org"));
    if (!org)
        return usageError(org.error().toString());
    const auto person = requiredOption(inv, QStringLiteral("person"));
    if (!person)
        return usageError(person.error().toString());
    const auto from = dateOption(inv, QStringLiteral("from"), {});
    if (!from)
        return usageError(from.error().toString());
    const auto to = dateOption(inv, QStringLiteral("to"), {});
    if (!to)
        return usageError(to.error().toString());
    fhir::ExportRequest request {org.value(),
                                 person.value(),
                                 from.value(),
                                 to.value(),
                                 QStringLiteral("careround-cli"),
                                 {},
                                 QDateTime::currentDateTimeUtc()};
    const auto exported = fhir::exportPerson(store, request);
    if (!exported) {
        Error error = exported.error();
        if (error.field == QLatin1String("storage"))
            return failure(error.toString());
        error.field = QStringLiteral("--") + error.field; // the option that named it
        return usageError(error.toString());
    }
    const QByteArray json = QJsonDocument(exported.value().bundle).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return kExitOk;
}

} // namespace careround::server::cli
