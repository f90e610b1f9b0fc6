// The FHIR R4 export (src/server/export, docs/interop.md): the mapping of the edge cases, the
// outcome table, NHS numbers, references, amendments, PRN, refusals, double-handed visits and the
// care-day window, the audit and refused input. The round trip: tst_fhirroundtrip.
#include "core/medicationoutcome.h"
#include "core/recordtypes.h"
#include "fhirbundlereader.h"
#include "fhiredgecases.h"
#include "server/admin/demogenerator.h"
#include "server/export/fhirexport.h"
#include "server/export/fhirmappers.h"
#include "server/storage/recordscan.h"
#include "storetestsupport.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace careround;
using namespace careround::server;
using namespace careround::server::test;

class TestFhirExport : public QObject
{
    Q_OBJECT

private:
    test::TestStore m_store;
    test::FhirEdgeCases m_cases;
    QJsonObject m_edith;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

    Result<fhir::ExportResult> exportOf(const QString &personId, const QDate &from = {},
                                        const QDate &to = {})
    {
        return fhir::exportPerson(
            *m_store,
            fhir::ExportRequest {
                m_cases.orgId, personId, from, to, QStringLiteral("tester"), {}, m_now});
    }

private slots:
    void initTestCase()
    {
        CAREROUND_OPEN_TEST_STORE(m_store, QStringLiteral("embedded"));
        auto cases = test::writeFhirEdgeCases(*m_store, QStringLiteral("fhir-"), m_now);
        QVERIFY2(cases, qPrintable(cases ? QString() : cases.error().toString()));
        m_cases = cases.value();
        auto edith = exportOf(m_cases.edith);
        QVERIFY2(edith, qPrintable(edith ? QString() : edith.error().toString()));
        // Through text and back, as a receiver reads it.
        m_edith = QJsonDocument::fromJson(QJsonDocument(edith.value().bundle).toJson()).object();
    }

    void outcomeTableIsComplete()
    {
        // Every outcome of the fixed list has a status, and docs/interop.md lists every one.
        QFile doc(qEnvironmentVariable("CAREROUND_SOURCE_DIR")
                  + QStringLiteral("/docs/interop.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(doc.readAll());
        for (const QString &code : medicationOutcomeCodes()) {
            const MedicationOutcome outcome = *medicationOutcomeFromCode(code);
            const QString status = fhir::administrationStatus(outcome);
            QCOMPARE(status,
                     isGiven(outcome) ? QStringLiteral("completed") : QStringLiteral("not-done"));
            QVERIFY2(table.contains(QStringLiteral("| `%1` | %2 | `%3` |")
                                        .arg(code, medicationOutcomeWords(outcome), status)),
                     qPrintable(code));
        }
    }

    void everyDoseCarriesItsOutcomeWords()
    {
        const auto doses = current(m_edith, QStringLiteral("MedicationAdministration"));
        QCOMPARE(doses.size(), m_cases.doseIds.size());
        QSet<QString> seen;
        for (const QJsonObject &dose : doses) {
            const QString reason = text(dose, "statusReason");
            for (const QString &code : medicationOutcomeCodes()) {
                const QString words = medicationOutcomeWords(*medicationOutcomeFromCode(code));
                if (reason == words || reason.startsWith(words + QLatin1Char(':')))
                    seen.insert(code);
            }
        }
        // Every outcome (the amended dose now says "Refused"; the PRN dose says "Given"; the
        // withdrawn one keeps its words, with status entered-in-error).
        QVERIFY2(seen.size() == medicationOutcomeCodes().size(),
                 qPrintable(QStringList(seen.values()).join(u',')));
    }

    void refusalIsNotDoneWithItsReason()
    {
        bool found = false;
        for (const QJsonObject &dose :
             current(m_edith, QStringLiteral("MedicationAdministration"))) {
            if (text(dose, "statusReason")
                == QLatin1String("Refused: Said she would take it later")) {
                QCOMPARE(dose[QStringLiteral("status")].toString(), QStringLiteral("not-done"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void prnOrderHasIndicationAndMaximum()
    {
        const QJsonObject prn =
            current(m_edith, QStringLiteral("MedicationRequest")).value(m_cases.prnOrder);
        const QJsonObject dosage =
            prn[QStringLiteral("dosageInstruction")].toArray().first().toObject();
        QCOMPARE(
            dosage[QStringLiteral("asNeededCodeableConcept")][QStringLiteral("text")].toString(),
            QStringLiteral("pain"));
        QCOMPARE(dosage[QStringLiteral("maxDosePerPeriod")][QStringLiteral("numerator")]
                       [QStringLiteral("value")]
                           .toInt(),
                 4);
        QCOMPARE(dosage[QStringLiteral("maxDosePerPeriod")][QStringLiteral("denominator")]
                       [QStringLiteral("value")]
                           .toInt(),
                 24);
        const QJsonObject regular =
            current(m_edith, QStringLiteral("MedicationRequest")).value(m_cases.regularOrder);
        const QJsonObject timing = regular[QStringLiteral("dosageInstruction")]
                                       .toArray()
                                       .first()[QStringLiteral("timing")]
                                       .toObject();
        QCOMPARE(timing[QStringLiteral("repeat")][QStringLiteral("timeOfDay")].toArray(),
                 (QJsonArray {QStringLiteral("08:00:00"), QStringLiteral("18:00:00")}));
        QVERIFY(!regular[QStringLiteral("dosageInstruction")].toArray().first().toObject().contains(
            QStringLiteral("asNeededCodeableConcept")));
    }

    void amendmentsKeepBothVersions()
    {
        QList<QJsonObject> versions;
        for (const QJsonObject &r :
             resources(m_edith, QStringLiteral("MedicationAdministration"))) {
            if (r[QStringLiteral("id")].toString() == m_cases.amendedDose)
                versions.append(r);
        }
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0][QStringLiteral("meta")][QStringLiteral("versionId")].toString(),
                 QStringLiteral("1"));
        QCOMPARE(versions[0][QStringLiteral("status")].toString(), QStringLiteral("completed"));
        QCOMPARE(versions[1][QStringLiteral("meta")][QStringLiteral("versionId")].toString(),
                 QStringLiteral("2"));
        QCOMPARE(versions[1][QStringLiteral("status")].toString(), QStringLiteral("not-done"));
        // A Provenance for the amendment, pointing at the resource it changed.
        bool provenance = false;
        for (const QJsonObject &p : resources(m_edith, QStringLiteral("Provenance"))) {
            if (p[QStringLiteral("target")]
                    .toArray()
                    .first()[QStringLiteral("reference")]
                    .toString()
                == QStringLiteral("urn:uuid:") + m_cases.amendedDose) {
                QCOMPARE(p[QStringLiteral("entity")]
                             .toArray()
                             .first()[QStringLiteral("role")]
                             .toString(),
                         QStringLiteral("revision"));
                QVERIFY(!text(p, "reason").isEmpty());
                provenance = true;
            }
        }
        QVERIFY(provenance);
        // Withdrawn: kept, as entered in error.
        const QJsonObject withdrawn = current(m_edith, QStringLiteral("MedicationAdministration"))
                                          .value(m_cases.withdrawnDose);
        QCOMPARE(withdrawn[QStringLiteral("status")].toString(),
                 QStringLiteral("entered-in-error"));
        const QJsonObject entry =
            current(m_edith, QStringLiteral("Communication")).value(m_cases.amendedEntry);
        QCOMPARE(entry[QStringLiteral("payload")]
                     .toArray()
                     .first()[QStringLiteral("contentString")]
                     .toString(),
                 QStringLiteral("Edith had a fall on Sunday night"));
        QCOMPARE(entry[QStringLiteral("meta")][QStringLiteral("versionId")].toString(),
                 QStringLiteral("2"));
    }

    void doubleHandedVisitHasTwoPerformers()
    {
        const QJsonObject visit =
            current(m_edith, QStringLiteral("Encounter")).value(m_cases.doubleVisit);
        const QJsonArray participants = visit[QStringLiteral("participant")].toArray();
        QCOMPARE(participants.size(), 2);
        QCOMPARE(participants[0][QStringLiteral("type")]
                     .toArray()
                     .first()[QStringLiteral("coding")]
                     .toArray()
                     .first()[QStringLiteral("code")]
                     .toString(),
                 QStringLiteral("PPRF"));
        QCOMPARE(participants[1][QStringLiteral("type")]
                     .toArray()
                     .first()[QStringLiteral("coding")]
                     .toArray()
                     .first()[QStringLiteral("code")]
                     .toString(),
                 QStringLiteral("SPRF"));
        QCOMPARE(visit[QStringLiteral("status")].toString(), QStringLiteral("in-progress"));
        QCOMPARE(visit[QStringLiteral("location")].toArray().size(),
                 1); // the no-fix check-in has none
    }

    void referencesResolveAndTimesCarryTheirZone()
    {
        QSet<QString> urls;
        for (const QJsonValue &e : m_edith[QStringLiteral("entry")].toArray())
            urls.insert(e[QStringLiteral("fullUrl")].toString());
        QStringList refs;
        collect(m_edith, QStringLiteral("reference"), refs);
        QVERIFY(refs.size() > 20);
        for (const QString &ref : refs)
            QVERIFY2(urls.contains(ref), qPrintable(ref));
        const QRegularExpression zoned(QStringLiteral(
            "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)$"));
        QStringList times;
        for (const char *key : {"start", "end", "sent", "recorded", "effectiveDateTime",
                                "authoredOn", "valueDateTime", "dateTime", "timestamp"})
            collect(m_edith, QLatin1String(key), times);
        QVERIFY(times.size() > 10);
        for (const QString &t : times) {
            if (t.contains(QLatin1Char('T')))
                QVERIFY2(zoned.match(t).hasMatch(), qPrintable(t));
        }
        // Ids are the records' UUIDs.
        QVERIFY(
            current(m_edith, QStringLiteral("MedicationRequest")).contains(m_cases.regularOrder));
    }

    void patientAndFlags()
    {
        const QJsonObject patient = resources(m_edith, QStringLiteral("Patient")).first();
        QCOMPARE(patient[QStringLiteral("id")].toString(), m_cases.edith);
        QCOMPARE(patient[QStringLiteral("identifier")]
                     .toArray()
                     .first()[QStringLiteral("value")]
                     .toString(),
                 QStringLiteral("9434765919"));
        QCOMPARE(resources(m_edith, QStringLiteral("AllergyIntolerance")).size(), 2);
        QStringList flags;
        for (const QJsonObject &f : resources(m_edith, QStringLiteral("Flag")))
            flags.append(f[QStringLiteral("code")][QStringLiteral("text")].toString());
        QVERIFY(flags.contains(QStringLiteral("falls risk")));
        QVERIFY(flags.contains(
            QStringLiteral("Do not attempt cardiopulmonary resuscitation (DNACPR)")));
        const QJsonObject consent = resources(m_edith, QStringLiteral("Consent")).first();
        QCOMPARE(consent[QStringLiteral("status")].toString(), QStringLiteral("active"));
        QCOMPARE(resources(m_edith, QStringLiteral("RelatedPerson")).size(), 1);
    }

    void personWithoutNhsNumber()
    {
        auto bundle = exportOf(m_cases.noNumber);
        QVERIFY(bundle);
        const QList<QJsonObject> all = resources(bundle.value().bundle);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first()[QStringLiteral("resourceType")].toString(), QStringLiteral("Patient"));
        QVERIFY(!all.first().contains(QStringLiteral("identifier")));
    }

    void nhsNumberOnlyWhenValid_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("identifier");
        QTest::newRow("valid, spaced")
            << QStringLiteral("943 476 5919") << QStringLiteral("9434765919");
        QTest::newRow("check digit wrong") << QStringLiteral("9434765918") << QString();
        QTest::newRow("dashes") << QStringLiteral("943-476-5919") << QString();
        QTest::newRow("absent") << QString() << QString();
    }
    void nhsNumberOnlyWhenValid()
    {
        QFETCH(QString, number);
        QFETCH(QString, identifier);
        // Built without the store: the store refuses an invalid number, an import might not.
        Record person;
        person.id = QStringLiteral("01900000-0000-7000-8000-000000000001");
        person.type = QString::fromLatin1(RecordType::Person);
        person.personId = person.id;
        person.payload = QJsonObject {{QStringLiteral("name"), QStringLiteral("Test Person")}};
        if (!number.isEmpty())
            person.payload.insert(QStringLiteral("nhsNumber"), number);
        fhir::ExportInput input;
        input.personId = person.id;
        input.records = {person};
        input.now = m_now;
        const QJsonObject patient =
            resources(fhir::buildBundle(input).bundle, QStringLiteral("Patient")).first();
        QCOMPARE(patient[QStringLiteral("identifier")]
                     .toArray()
                     .first()[QStringLiteral("value")]
                     .toString(),
                 identifier);
        if (!identifier.isEmpty())
            QCOMPARE(patient[QStringLiteral("identifier")]
                         .toArray()
                         .first()[QStringLiteral("system")]
                         .toString(),
                     QStringLiteral("https://fhir.nhs.uk/Id/nhs-number"));
    }

    void windowLimitsVisitsAndEvents()
    {
        const QDate tomorrow = m_now.date().addDays(1);
        auto later = exportOf(m_cases.edith, tomorrow, tomorrow.addDays(7));
        QVERIFY(later);
        QCOMPARE(resources(later.value().bundle, QStringLiteral("Encounter")).size(), 0);
        QCOMPARE(resources(later.value().bundle, QStringLiteral("MedicationAdministration")).size(),
                 0);
        QCOMPARE(current(later.value().bundle, QStringLiteral("MedicationRequest")).size(),
                 2); // orders are current
        QVERIFY(!exportOf(m_cases.edith, tomorrow, m_now.date()));
    }

    void readIsAuditedAndBadInputRefused()
    {
        auto exported = exportOf(m_cases.edith);
        QVERIFY(exported);
        AuditQuery query;
        query.orgId = m_cases.orgId;
        query.personId = m_cases.edith;
        query.action = QStringLiteral("record.read");
        auto audit = m_store->queryAudit(query);
        QVERIFY(audit);
        QVERIFY(!audit.value().isEmpty());
        const AuditEntry latest = audit.value().first();
        QCOMPARE(latest.actorUserId, QStringLiteral("tester"));
        QVERIFY(latest.detail.startsWith(QStringLiteral("fhir export")));
        const QStringList coveredIds = latest.coveredRecordIds();
        const QSet<QString> covered(coveredIds.begin(), coveredIds.end());
        for (const QString &id : exported.value().recordIds)
            QVERIFY(covered.contains(id));
        for (const QString &id : m_cases.doseIds)
            QVERIFY(covered.contains(id));
        const int before = int(audit.value().size());
        auto unknownPerson = exportOf(QStringLiteral("nobody"));
        QVERIFY(!unknownPerson);
        QCOMPARE(unknownPerson.error().field, QStringLiteral("person"));
        auto unknownOrg = fhir::exportPerson(*m_store,
                                             fhir::ExportRequest {QStringLiteral("no-org"),
                                                                  m_cases.edith,
                                                                  {},
                                                                  {},
                                                                  QStringLiteral("tester"),
                                                                  {},
                                                                  m_now});
        QVERIFY(!unknownOrg);
        QCOMPARE(unknownOrg.error().field, QStringLiteral("org"));
        QCOMPARE(int(m_store->queryAudit(query).value().size()), before);
    }
};

QTEST_GUILESS_MAIN(TestFhirExport)
#include "tst_fhirexport.moc"
