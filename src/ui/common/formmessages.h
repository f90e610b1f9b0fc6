#pragma once
// What a form says after a verb: an error naming the field it is about, or what was saved —
// never both. Held by the visit, person-file, communication-book, spot-check and incident
// controllers, which emit their messageChanged() when a setter or clear() changes something.
#include <QString>

namespace careround::ui {

struct FormMessages
{
    QString error;
    QString field; // the payload field the error is about; empty for the whole form
    QString saved;

    void setError(const QString &errorField, const QString &message)
    {
        field = errorField;
        error = message;
        saved.clear();
    }
    void setSaved(const QString &message)
    {
        error.clear();
        field.clear();
        saved = message;
    }
    bool clear() // true when something was shown
    {
        if (error.isEmpty() && field.isEmpty() && saved.isEmpty())
            return false;
        *this = {};
        return true;
    }
};

} // namespace careround::ui
