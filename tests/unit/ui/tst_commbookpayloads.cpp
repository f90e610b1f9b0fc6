// CommbookPayloads: what the communication book's forms save — entries, acknowledgements and
// corrections — with errors naming the field, and a family member's entries always shared.
#include "ui/commbook/commbookpayloads.h"

#include <QtTest>

using namespace careround;
using namespace careround::ui;

class TestCommbookPayloads : public QObject
{
    Q_OBJECT
private slots:
    void entry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("errorField"); // empty: saved
        QTest::addColumn<QString>("savedAudience");
        QTest::newRow("worker, team") << "Bruise on the arm"
                                      << "health"
                                      << "care_team"
                                      << "care_worker"
                                      << ""
                                      << "care_team";
        QTest::newRow("worker, family") << "Sang today"
                                        << "wellbeing"
                                        << "family"
                                        << "care_worker"
                                        << ""
                                        << "family";
        QTest::newRow("family is always shared") << "Hello"
                                                 << "general"
                                                 << "care_team"
                                                 << "family_member"
                                                 << ""
                                                 << "family";
        QTest::newRow("family, no audience") << "Hello"
                                             << "general"
                                             << ""
                                             << "family_member"
                                             << ""
                                             << "family";
        QTest::newRow("empty text") << "   "
                                    << "general"
                                    << "family"
                                    << "care_worker"
                                    << "text"
                                    << "";
        QTest::newRow("too long") << QString(CommbookPayloads::MaximumText + 1, QLatin1Char('x'))
                                  << "general"
                                  << "family"
                                  << "care_worker"
                                  << "text"
                                  << "";
        QTest::newRow("unknown category") << "Hi"
                                          << "gossip"
                                          << "family"
                                          << "care_worker"
                                          << "category"
                                          << "";
        QTest::newRow("no audience") << "Hi"
                                     << "general"
                                     << ""
                                     << "supervisor"
                                     << "audience"
                                     << "";
        QTest::newRow("unknown audience") << "Hi"
                                          << "general"
                                          << "everyone"
                                          << "coordinator"
                                          << "audience"
                                          << "";
    }
    void entry()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        QFETCH(QString, audience);
        QFETCH(QString, role);
        QFETCH(QString, errorField);
        QFETCH(QString, savedAudience);
        const Author author {QStringLiteral("Amira Khan"), role};
        const auto payload = CommbookPayloads::entry(text, category, audience, author);
        if (!errorField.isEmpty()) {
            QVERIFY(!payload);
            QCOMPARE(payload.error().field, errorField);
            QVERIFY(!payload.error().message.isEmpty());
            return;
        }
        QVERIFY2(payload, qPrintable(payload.error().toString()));
        QCOMPARE(payload.value().value("text").toString(), text.trimmed());
        QCOMPARE(payload.value().value("category").toString(), category);
        QCOMPARE(payload.value().value("audience").toString(), savedAudience);
        QCOMPARE(payload.value().value("authorName").toString(), author.name);
        QCOMPARE(payload.value().value("authorRole").toString(), role);
    }

    void acknowledgementNamesTheEntry()
    {
        const auto ack = CommbookPayloads::acknowledgement("e1", {"Mary", "family_member"});
        QVERIFY(ack);
        QCOMPARE(ack.value(),
                 (QJsonObject {
                     {"entryId", "e1"}, {"authorName", "Mary"}, {"authorRole", "family_member"}}));
        QCOMPARE(CommbookPayloads::acknowledgement({}, {}).error().field,
                 QStringLiteral("entryId"));
        QCOMPARE(CommbookPayloads::acknowledgement("e1", {}).value(),
                 (QJsonObject {{"entryId", "e1"}}));
    }

    void correctionKeepsTheAudience()
    {
        const QJsonObject current {{"text", "Ate half"},
                                   {"category", "general"},
                                   {"audience", "care_team"},
                                   {"authorName", "Amira Khan"}};
        const auto fixed = CommbookPayloads::correction(current, " Ate all ", "health");
        QVERIFY(fixed);
        QCOMPARE(fixed.value().value("text").toString(), QStringLiteral("Ate all"));
        QCOMPARE(fixed.value().value("category").toString(), QStringLiteral("health"));
        QCOMPARE(fixed.value().value("audience").toString(), QStringLiteral("care_team"));
        QCOMPARE(CommbookPayloads::correction(current, "Ate half", "general").error().field,
                 QString());
        QCOMPARE(CommbookPayloads::correction(current, "", "general").error().field,
                 QStringLiteral("text"));
        QCOMPARE(CommbookPayloads::correction(current, "x", "nope").error().field,
                 QStringLiteral("category"));
    }
};

QTEST_GUILESS_MAIN(TestCommbookPayloads)
#include "tst_commbookpayloads.moc"
