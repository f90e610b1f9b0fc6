// Round trip of the FHIR R4 export (docs/interop.md): a demo organisation is exported person by
// person, each bundle written as text and parsed back, and every resource kind counted against
// the records in the store.
#include "core/recordtypes.h"
#include "fhirbundlereader.h"
#include "server/admin/demogenerator.h"
#include "server/export/fhirexport.h"
#include "server/storage/recordscan.h"
#include "storetestsupport.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class TestFhirRoundTrip : public QObject
{
    Q_OBJECT

private:
    TestStore m_store;

private slots:
    void init() { CAREROUND_OPEN_TEST_STORE(m_store, QStringLiteral("embedded")); }
    void cleanup() { m_store.close(); }

    void roundTripOfTheDemoOrganisation()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        DemoOptions options;
        options.people = 6;
        options.days = 7;
        options.loginPrefix = QStringLiteral("fhirdemo-");
        options.deliveredBefore = now;
        auto demo = DemoGenerator(*m_store).generate(options);
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().toString()));
        const QString orgId = demo.value().organisation.id;
        auto people = m_store->personIds(orgId);
        QVERIFY(people);
        QCOMPARE(people.value().size(), 6);
        int encounters = 0;
        for (const QString &personId : people.value()) {
            auto exported = fhir::exportPerson(
                *m_store,
                fhir::ExportRequest {orgId, personId, {}, {}, QStringLiteral("tester"), {}, now});
            QVERIFY(exported);
            const QJsonObject bundle =
                QJsonDocument::fromJson(QJsonDocument(exported.value().bundle).toJson()).object();
            RecordQuery q;
            q.orgId = orgId;
            q.personIds = {personId};
            const QList<Record> stored = recordsOf(scanRecords(*m_store, q).value());
            QHash<QString, int> byType;
            QSet<QString> visitIds;
            for (const Record &r : stored) {
                ++byType[r.type];
                if (r.type == QLatin1String(RecordType::Visit))
                    visitIds.insert(r.visitId);
            }
            const auto count = [&](const char *type) {
                return int(current(bundle, QString::fromLatin1(type)).size());
            };
            QCOMPARE(count("Patient"), 1);
            QCOMPARE(count("Encounter"), int(visitIds.size()));
            QCOMPARE(count("MedicationRequest"),
                     byType.value(QString::fromLatin1(RecordType::MedicationOrder)));
            QCOMPARE(count("MedicationAdministration"),
                     byType.value(QString::fromLatin1(RecordType::MedicationAdministration)));
            QCOMPARE(count("Communication"),
                     byType.value(QString::fromLatin1(RecordType::CommbookEntry)));
            QCOMPARE(count("CarePlan"),
                     (byType.value(QString::fromLatin1(RecordType::CarePlan)) > 0 ? 1 : 0)
                         + byType.value(QString::fromLatin1(RecordType::ReablementEpisode)));
            QCOMPARE(count("Observation"),
                     byType.value(QString::fromLatin1(RecordType::GoalProgress))
                         + byType.value(QString::fromLatin1(RecordType::ReablementReview)));
            QCOMPARE(count("Provenance"), byType.value(QString::fromLatin1(RecordType::Amendment)));
            auto links = m_store->familyLinksForPerson(orgId, personId);
            QCOMPARE(count("Consent"), int(links.value().size()));
            encounters += count("Encounter");
        }
        QVERIFY(encounters > 0);
    }
};

QTEST_GUILESS_MAIN(TestFhirRoundTrip)
#include "tst_fhirroundtrip.moc"
