// Which alerts the commissioning council is told about (product.md's list) and what the notice
// holds: the minimum, never the alert's summary or an incident's free text.
#include "core/recordtypes.h"
#include "core/rules/councilnotices.h"

#include <QJsonArray>
#include <QtTest>

using namespace careround;

namespace {

const QDateTime Slot =
    QDateTime::fromString(QStringLiteral("2026-03-29T09:45:00.000Z"), Qt::ISODateWithMs);

Record alert(const QString &rule, const QStringList &related = {})
{
    Record r;
    r.id = QStringLiteral("0190a000-0000-7000-8000-000000000001");
    r.type = QString::fromLatin1(RecordType::Alert);
    r.personId = QStringLiteral("person-1");
    r.visitId = QStringLiteral("visit-1");
    r.deviceTime = Slot;
    r.payload = {{QStringLiteral("rule"), rule},
                 {QStringLiteral("severity"), QStringLiteral("urgent")},
                 {QStringLiteral("summary"), QStringLiteral("Secret words about Edith")},
                 {QStringLiteral("relatedRecordIds"), QJsonArray::fromStringList(related)}};
    return r;
}

Record incident(const QString &kind, const QString &severity)
{
    Record r;
    r.id = QStringLiteral("incident-1");
    r.type = QString::fromLatin1(RecordType::Incident);
    r.personId = QStringLiteral("person-1");
    r.payload = {{QStringLiteral("kind"), kind},
                 {QStringLiteral("severity"), severity},
                 {QStringLiteral("occurredAt"), QStringLiteral("2026-03-29T08:10:00.000Z")},
                 {QStringLiteral("description"), QStringLiteral("Edith fell in the kitchen")},
                 {QStringLiteral("actionTaken"), QStringLiteral("Called her daughter")},
                 {QStringLiteral("reportedTo"),
                  QJsonArray {QJsonObject {{QStringLiteral("who"), QStringLiteral("Mrs Office")},
                                           {QStringLiteral("how"), QStringLiteral("phone")},
                                           {QStringLiteral("at"), QStringLiteral("x")}},
                              QJsonObject {{QStringLiteral("who"), QStringLiteral("Mrs Office")},
                                           {QStringLiteral("how"), QStringLiteral("written")},
                                           {QStringLiteral("at"), QStringLiteral("y")}}}}};
    return r;
}

Record dose(const QString &outcome)
{
    Record r;
    r.id = QStringLiteral("dose-1");
    r.type = QString::fromLatin1(RecordType::MedicationAdministration);
    r.personId = QStringLiteral("person-1");
    r.payload = {{QStringLiteral("outcome"), outcome},
                 {QStringLiteral("reason"), QStringLiteral("Taken to hospital by ambulance")}};
    return r;
}

} // namespace

class TestCouncilNotices : public QObject
{
    Q_OBJECT
private slots:
    void whichAlertsAreNotified_data();
    void whichAlertsAreNotified();
    void noticeHoldsTheMinimumAndNoFreeText();
    void incidentNoticeSaysHowItWasReported();
    void jsonRoundTrips();
};

void TestCouncilNotices::whichAlertsAreNotified_data()
{
    QTest::addColumn<Record>("alertRecord");
    QTest::addColumn<QList<Record>>("related");
    QTest::addColumn<QString>("kind"); // empty: not notified
    const QList<Record> none;
    QTest::newRow("missed") << alert(QStringLiteral("missed_visit")) << none
                            << QStringLiteral("missed_call");
    QTest::newRow("late") << alert(QStringLiteral("late_visit")) << none
                          << QStringLiteral("late_call");
    QTest::newRow("three refusals")
        << alert(QStringLiteral("three_refusals")) << none << QStringLiteral("three_refusals");
    QTest::newRow("no checkout: not listed")
        << alert(QStringLiteral("no_checkout")) << none << QString();
    QTest::newRow("conflict: internal") << alert(QStringLiteral("conflict")) << none << QString();
    QTest::newRow("supervision due: internal")
        << alert(QStringLiteral("supervision_due")) << none << QString();
    const QStringList inc {QStringLiteral("incident-1")};
    QTest::newRow("safeguarding") << alert(QStringLiteral("incident"), inc)
                                  << QList<Record> {incident(QStringLiteral("safeguarding"),
                                                             QStringLiteral("low"))}
                                  << QStringLiteral("safeguarding_concern");
    QTest::newRow("hospital admission")
        << alert(QStringLiteral("incident"), inc)
        << QList<Record> {incident(QStringLiteral("hospital_admission"),
                                   QStringLiteral("moderate"))}
        << QStringLiteral("hospital_admission");
    QTest::newRow("death") << alert(QStringLiteral("incident"), inc)
                           << QList<Record> {incident(QStringLiteral("death"),
                                                      QStringLiteral("serious"))}
                           << QStringLiteral("death");
    QTest::newRow("serious fall") << alert(QStringLiteral("incident"), inc)
                                  << QList<Record> {incident(QStringLiteral("fall"),
                                                             QStringLiteral("serious"))}
                                  << QStringLiteral("serious_incident");
    QTest::newRow("moderate fall: not serious")
        << alert(QStringLiteral("incident"), inc)
        << QList<Record> {incident(QStringLiteral("fall"), QStringLiteral("moderate"))}
        << QString();
    QTest::newRow("incident record missing")
        << alert(QStringLiteral("incident"), inc) << none << QString();
    const QStringList d {QStringLiteral("dose-1")};
    QTest::newRow("dose: in hospital") << alert(QStringLiteral("medication_not_given"), d)
                                       << QList<Record> {dose(QStringLiteral("in_hospital"))}
                                       << QStringLiteral("hospital_admission");
    QTest::newRow("dose: no visit")
        << alert(QStringLiteral("medication_not_given"), d)
        << QList<Record> {dose(QStringLiteral("no_visit"))} << QStringLiteral("missed_call");
    QTest::newRow("dose: nausea") << alert(QStringLiteral("medication_not_given"), d)
                                  << QList<Record> {dose(QStringLiteral("nausea_vomiting"))}
                                  << QStringLiteral("deterioration");
    QTest::newRow("dose: not available")
        << alert(QStringLiteral("medication_not_given"), d)
        << QList<Record> {dose(QStringLiteral("not_available"))} << QString();
    Record personless = alert(QStringLiteral("missed_visit"));
    personless.personId.clear();
    QTest::newRow("no person") << personless << none << QString();
    Record notAlert = alert(QStringLiteral("missed_visit"));
    notAlert.type = QString::fromLatin1(RecordType::Incident);
    QTest::newRow("not an alert") << notAlert << none << QString();
}

void TestCouncilNotices::whichAlertsAreNotified()
{
    QFETCH(Record, alertRecord);
    QFETCH(QList<Record>, related);
    QFETCH(QString, kind);
    const auto notice = councilNotice(alertRecord, related);
    QCOMPARE(notice.has_value(), !kind.isEmpty());
    if (notice)
        QCOMPARE(notice->kind, kind);
}

void TestCouncilNotices::noticeHoldsTheMinimumAndNoFreeText()
{
    const auto notice = councilNotice(alert(QStringLiteral("missed_visit")), {});
    QVERIFY(notice);
    QCOMPARE(notice->alertId, QStringLiteral("0190a000-0000-7000-8000-000000000001"));
    QCOMPARE(notice->personId, QStringLiteral("person-1"));
    QCOMPARE(notice->visitId, QStringLiteral("visit-1"));
    QCOMPARE(notice->occurredAt, Slot);
    QCOMPARE(notice->severity, QStringLiteral("urgent"));
    QCOMPARE(notice->actionsTaken, QStringList {QStringLiteral("office_alerted")});
    const QByteArray json = QJsonDocument(councilNoticeJson(*notice)).toJson();
    QVERIFY(!json.contains("Secret"));
    QVERIFY(!json.contains("summary"));
}

void TestCouncilNotices::incidentNoticeSaysHowItWasReported()
{
    const auto notice =
        councilNotice(alert(QStringLiteral("incident"), {QStringLiteral("incident-1")}),
                      {incident(QStringLiteral("safeguarding"), QStringLiteral("serious"))});
    QVERIFY(notice);
    QCOMPARE(notice->occurredAt,
             QDateTime::fromString(QStringLiteral("2026-03-29T08:10:00.000Z"), Qt::ISODateWithMs));
    QCOMPARE(notice->actionsTaken,
             (QStringList {QStringLiteral("office_alerted"), QStringLiteral("reported_by_phone"),
                           QStringLiteral("reported_in_writing")}));
    const QByteArray json = QJsonDocument(councilNoticeJson(*notice)).toJson();
    QVERIFY(!json.contains("kitchen"));
    QVERIFY(!json.contains("daughter"));
    QVERIFY(!json.contains("Mrs Office"));
}

void TestCouncilNotices::jsonRoundTrips()
{
    const auto notice =
        councilNotice(alert(QStringLiteral("incident"), {QStringLiteral("incident-1")}),
                      {incident(QStringLiteral("death"), QStringLiteral("serious"))});
    QVERIFY(notice);
    QCOMPARE(councilNoticeFromJson(councilNoticeJson(*notice)), notice);
    QVERIFY(!councilNoticeFromJson(QJsonObject {{QStringLiteral("kind"), QStringLiteral("x")}}));
}

QTEST_GUILESS_MAIN(TestCouncilNotices)
#include "tst_councilnotices.moc"
