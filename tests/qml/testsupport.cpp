#include "testsupport.h"
#include "commbookfixtures.h"

QString TestSupport::newDataDirectory()
{
    auto directory = std::make_unique<QTemporaryDir>();
    if (!directory->isValid())
        qFatal("cannot create a temporary directory: %s", qPrintable(directory->errorString()));
    const QString path = directory->path();
    m_directories.push_back(std::move(directory));
    return path;
}

void TestSupport::enrol(careround::ui::AppSession *session)
{
    if (session)
        session->completeEnrolment(careround::ui::testing::testProfile());
}

void TestSupport::enrolAs(careround::ui::AppSession *session, const QString &role)
{
    using namespace careround::ui::testing;
    if (session)
        session->completeEnrolment(role == QLatin1String("family_member") ? familyProfile()
                                                                          : supervisorProfile());
}
