#pragma once
// What the eMAR and goals Quick Tests need from C++: a visit for Edie that started ten minutes
// ago with one order per outcome of the fixed list due at it, an as-needed painkiller that Sam
// gave an hour ago on his phone (already synced), and a care plan with a goal.
#include "ui/session/appsession.h"
#include <QObject>
#include <QtQml/qqmlregistration.h>

class EmarTestSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit EmarTestSupport(QObject *parent = nullptr)
        : QObject(parent)
    { }
    Q_INVOKABLE bool seedMedicationVisit(careround::ui::AppSession *session,
                                         const QString &visitId);
    Q_INVOKABLE QStringList outcomeCodes() const;
};
