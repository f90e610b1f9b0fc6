#pragma once
// A person's "grab sheet" from the office's person record: what a worker (or a paramedic) needs at
// a glance — the name they like to be called, the address, allergies, DNACPR, communication
// needs, key contacts and risk flags. Lists are ready-made lines of text for the screen.
#include "core/record.h"
#include "location/locationfix.h"
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace careround::ui {

struct PersonSheet
{
    QString personId;
    QString name; // full name
    QString preferredName;
    QString addressText; // one line: "3 Mill Lane, Goudhurst, TN17 1AB"
    QStringList allergies;
    std::optional<bool> dnacpr; // unknown when the office has not said
    QStringList communicationNeeds;
    QStringList keyContacts; // "Mary Brown (daughter), 07700 900123"
    QStringList riskFlags;
    QString attorneyText; // "Mary Brown, health and welfare attorney, 07700 900123"
    QString dietaryNeeds;
    QString culturalNeeds;
    std::optional<location::GeoPoint> home;
    bool known = false; // false: no person record on this device yet

    QString displayName() const; // the preferred name, else the name, else a placeholder
};

class PersonSheets
{
    Q_DECLARE_TR_FUNCTIONS(PersonSheets)
public:
    static PersonSheet fromRecord(const Record &person);
    static PersonSheet unknown(const QString &personId);
    // "DNACPR in place: do not attempt resuscitation", "No DNACPR: attempt resuscitation", "…not
    // recorded"
    static QString dnacprText(const std::optional<bool> &dnacpr);
    // The current version of an office-owned record: the last of `versions` in clock order.
    static const Record *latest(const QList<Record> &versions, const QString &personId,
                                const QString &type);
    // The answer points into `versions`: a temporary list would leave it dangling.
    static const Record *latest(QList<Record> &&, const QString &, const QString &) = delete;
};

} // namespace careround::ui
