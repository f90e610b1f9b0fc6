#pragma once
// Small field checks shared by every payload validator. A FieldCheck walks one JSON object; each
// accessor checks one field, records the FIRST problem (with its dotted path) and returns the value
// (or a default). Validators read like a schema and stop at the first error:
//     FieldCheck c(payload, path);
//     c.text("medicine");
//     c.choice("supportLevel", {"prompt", "assist", "administer"});
//     return c.result();
#include "core/result.h"
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <initializer_list>
#include <optional>

namespace careround::validation {

enum class Need { Required, Optional };
constexpr auto Required = Need::Required;
constexpr auto Optional = Need::Optional;

constexpr int ShortText = 200; // names, labels, codes
constexpr int LongText = 10000; // notes, descriptions
constexpr int MaxIdLength = 128;
constexpr int MaxListItems = 500;

// Unknown fields: Keep ignores fields the schema does not name (records read from elsewhere: a
// newer app's optional field is kept); Refuse names the first one as an error (records written
// here or accepted by the server: an unknown field is how a record gets padded).
enum class UnknownFields { Keep, Refuse };

class FieldCheck
{
public:
    FieldCheck(const QJsonObject &object, QString path,
               UnknownFields unknown = UnknownFields::Keep);

    bool has(const char *key) const; // present and not null
    QString path(const char *key) const;

    // Text: trimmed non-empty when required; at most maxLength characters.
    QString text(const char *key, Need need = Required, int maxLength = ShortText);
    QString id(const char *key, Need need = Required) { return text(key, need, MaxIdLength); }
    QString choice(const char *key, const QStringList &allowed, Need need = Required);
    bool boolean(const char *key, Need need = Required);
    qint64 integer(const char *key, qint64 min, qint64 max, Need need = Required);
    double number(const char *key, double min, double max, Need need = Required);
    QDate date(const char *key, Need need = Required); // "yyyy-MM-dd"
    QDateTime dateTime(const char *key, Need need = Required); // ISO 8601 with Z or offset
    QTime timeOfDay(const char *key, Need need = Required); // "HH:mm"
    QStringList textList(const char *key, Need need = Required, int minItems = 0,
                         int maxItems = MaxListItems, int maxLength = ShortText);
    // Nested object / each object of an array, checked by `check` with a FieldCheck of its own.
    void object(const char *key, Need need, const std::function<void(FieldCheck &)> &check);
    int eachObject(const char *key, Need need, int minItems, int maxItems,
                   const std::function<void(FieldCheck &, int)> &check);
    // Each item of an array is a text or an object; the text case is passed on as {textKey: text}.
    int eachTextOrObject(const char *key, const char *textKey, Need need, int minItems,
                         const std::function<void(FieldCheck &, int)> &check);

    // Report a rule that spans fields; the first error is kept.
    void fail(const char *key, const QString &message);
    void failPath(const QString &fullPath, const QString &message);
    void adopt(const Result<void> &result);
    // Fields the schema names but reads only in some cases (cancelReason when cancelled).
    void known(std::initializer_list<const char *> keys);
    // With UnknownFields::Refuse, fails on the first field no accessor, has() or known() asked for.
    // Called once the type's check has run (validatePayload and the nested accessors do).
    void refuseUnknown();
    UnknownFields unknownFields() const { return m_unknown; }
    bool ok() const { return !m_error.has_value(); }
    Result<void> result() const;
    const QJsonObject &json() const { return m_object; }

private:
    QJsonValue present(const char *key,
                       Need need); // the value, or Undefined (error recorded if required)

    void checkChild(FieldCheck &child, const std::function<void(FieldCheck &)> &check);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
    UnknownFields m_unknown = UnknownFields::Keep;
    mutable QSet<QString> m_asked; // keys the schema asked for (only with UnknownFields::Refuse)
};

QString oneOfMessage(const QStringList &allowed); // "must be one of a, b, c"

} // namespace careround::validation
