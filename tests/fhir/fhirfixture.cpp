// fhir_fixture: data for the FHIR validation test (run-validation.sh).
//   fhir_fixture edge-cases DIR   writes the edge-case organisation into a new embedded store
//   fhir_fixture people DIR       prints "ORG PERSON" for every person of every organisation
#include "fhiredgecases.h"
#include "server/storage/serverstorefactory.h"
#include <QCoreApplication>
#include <QDir>
#include <cstdio>

using namespace careround::server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3
        || (args[1] != QLatin1String("edge-cases") && args[1] != QLatin1String("people"))) {
        std::fprintf(stderr, "usage: fhir_fixture edge-cases|people DIR\n");
        return 2;
    }
    auto store = openEmbeddedServerStore(EmbeddedStoreOptions {QDir(args[2]).absolutePath(), {}});
    if (!store) {
        std::fprintf(stderr, "fhir_fixture: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    if (args[1] == QLatin1String("edge-cases")) {
        auto cases = test::writeFhirEdgeCases(*store.value(), QStringLiteral("edge-"),
                                              QDateTime::currentDateTimeUtc());
        if (!cases) {
            std::fprintf(stderr, "fhir_fixture: %s\n", qPrintable(cases.error().toString()));
            return 1;
        }
    }
    auto orgs = store.value()->organisations();
    if (!orgs)
        return 1;
    for (const Organisation &org : orgs.value()) {
        const auto people = store.value()->personIds(org.id);
        if (!people)
            return 1;
        for (const QString &person : people.value())
            std::printf("%s %s\n", qPrintable(org.id), qPrintable(person));
    }
    return 0;
}
