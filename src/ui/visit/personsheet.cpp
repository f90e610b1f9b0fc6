#include "personsheet.h"

#include "core/recordtypes.h"
#include <QJsonArray>
#include <QJsonObject>

namespace careround::ui {

namespace {

QString text(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString().simplified();
}

QStringList lines(const QJsonObject &object, const char *field)
{
    QStringList out;
    for (const QJsonValue &v : object.value(QLatin1String(field)).toArray()) {
        const QString line = v.toString().simplified();
        if (!line.isEmpty())
            out.append(line);
    }
    return out;
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(separator);
}

} // namespace

QString PersonSheet::displayName() const
{
    if (!preferredName.isEmpty())
        return preferredName;
    if (!name.isEmpty())
        return name;
    return PersonSheets::tr("Name not on this device yet");
}

PersonSheet PersonSheets::unknown(const QString &personId)
{
    PersonSheet sheet;
    sheet.personId = personId;
    return sheet;
}

PersonSheet PersonSheets::fromRecord(const Record &person)
{
    PersonSheet sheet = unknown(person.personId);
    const QJsonObject &p = person.payload;
    sheet.known = true;
    sheet.name = text(p, "name");
    sheet.preferredName = text(p, "preferredName");
    const QJsonObject address = p.value(QLatin1String("address")).toObject();
    QString postcode = text(address, "postcode");
    if (postcode.isEmpty())
        postcode = text(p, "postcode");
    sheet.addressText = joinNonEmpty(
        {text(address, "line1"), text(address, "line2"), text(address, "town"), postcode},
        QStringLiteral(", "));
    sheet.allergies = lines(p, "allergies");
    if (p.value(QLatin1String("dnacpr")).isBool())
        sheet.dnacpr = p.value(QLatin1String("dnacpr")).toBool();
    sheet.communicationNeeds = lines(p, "communicationNeeds");
    sheet.riskFlags = lines(p, "riskFlags");
    for (const QJsonValue &v : p.value(QLatin1String("keyContacts")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString who = text(c, "relationship").isEmpty()
            ? text(c, "name")
            //: a key contact and how they are related, e.g. "Mary Brown (daughter)"
            : tr("%1 (%2)").arg(text(c, "name"), text(c, "relationship"));
        sheet.keyContacts.append(joinNonEmpty({who, text(c, "phone")}, QStringLiteral(", ")));
    }
    const QJsonObject attorney = p.value(QLatin1String("attorney")).toObject();
    if (!attorney.isEmpty()) {
        const QString kind = text(attorney, "kind");
        const QString role = kind == QLatin1String("lpa_health_welfare")
            ? tr("health and welfare attorney")
            : kind == QLatin1String("lpa_property_finance") ? tr("property and finance attorney")
            : kind == QLatin1String("deputy")               ? tr("deputy")
                                                            : tr("attorney");
        sheet.attorneyText = joinNonEmpty({text(attorney, "name"), role, text(attorney, "phone")},
                                          QStringLiteral(", "));
    }
    sheet.dietaryNeeds = text(p, "dietaryNeeds");
    sheet.culturalNeeds = text(p, "culturalNeeds");
    const QJsonObject home = p.value(QLatin1String("homeLocation")).toObject();
    if (home.value(QLatin1String("latitude")).isDouble()
        && home.value(QLatin1String("longitude")).isDouble())
        sheet.home = location::GeoPoint {home.value(QLatin1String("latitude")).toDouble(),
                                         home.value(QLatin1String("longitude")).toDouble()};
    return sheet;
}

QString PersonSheets::dnacprText(const std::optional<bool> &dnacpr)
{
    if (!dnacpr)
        return tr("DNACPR: not recorded on this device");
    return *dnacpr ? tr("DNACPR in place: do not attempt CPR")
                   : tr("No DNACPR: attempt CPR if needed");
}

const Record *PersonSheets::latest(const QList<Record> &versions, const QString &personId,
                                   const QString &type)
{
    const Record *found = nullptr;
    for (const Record &r : versions) {
        if (r.personId == personId && r.type == type && (!found || found->hlc < r.hlc))
            found = &r;
    }
    return found;
}

} // namespace careround::ui
