#pragma once
// What the Quick Tests need from C++: fresh data folders that are removed when the run ends,
// and named timeouts.
#include "ui/session/appsession.h"
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <vector>

class TestSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Fast-KDF vault operations and a store open take well under a second; generous for CI.
    Q_PROPERTY(int vaultTimeoutMs READ vaultTimeoutMs CONSTANT)

public:
    explicit TestSupport(QObject *parent = nullptr)
        : QObject(parent)
    { }
    int vaultTimeoutMs() const { return 10000; }

    // A new empty folder for one session's vault and store.
    Q_INVOKABLE QString newDataDirectory();
    // Enrols a session waiting in NeedsEnrolment with the test profile, as a sign-in would.
    Q_INVOKABLE void enrol(careround::ui::AppSession *session);
    // The same as another user: "supervisor" (Sam Cole, supervisor-1) or "family_member" (Mary
    // Brown, family-1).
    Q_INVOKABLE void enrolAs(careround::ui::AppSession *session, const QString &role);

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_directories;
};
