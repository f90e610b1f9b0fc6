#pragma once
// What a form's controller says after a verb: the error and the field at fault (shown under that
// field), or what was saved. Shared by VisitController and PersonController; each setter answers
// whether anything changed, so the controller emits its messageChanged only then.
#include <QString>

namespace careround::ui {

struct FormMessages
{
    QString errorMessage;
    QString errorField;
    QString savedMessage;

    bool fail(const QString &field, const QString &message)
    {
        errorField = field;
        errorMessage = message;
        savedMessage.clear();
        return true;
    }
    bool saved(const QString &message)
    {
        errorMessage.clear();
        errorField.clear();
        savedMessage = message;
        return true;
    }
    bool clear()
    {
        if (errorMessage.isEmpty() && savedMessage.isEmpty() && errorField.isEmpty())
            return false;
        *this = {};
        return true;
    }
};

} // namespace careround::ui
