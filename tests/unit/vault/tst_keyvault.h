#pragma once
// KeyVault: set-up, unlock, PIN change (tst_keyvault.cpp); attempts, lockout and wipe
// (tst_keyvault_lockout.cpp); damaged and tampered files (tst_keyvault_corrupt.cpp).
#include <QObject>
#include <QTemporaryDir>

class TestKeyVault : public QObject
{
    Q_OBJECT

private slots:
    // tst_keyvault.cpp
    void setUpThenUnlockGivesTheSameKey();
    void setUpRejectsBadPins_data();
    void setUpRejectsBadPins();
    void setUpTwiceIsRefused();
    void unlockBeforeSetUpSaysSo();
    void emptyPinIsNotCounted();
    void saltNonceAndKeyAreNewAtEverySetUp();
    void changePinKeepsTheDataKey();
    void changePinWithWrongOldPinCountsAnAttempt();
    void changePinRejectsBadNewPin_data();
    void changePinRejectsBadNewPin();
    void fileIsPrivateAndHoldsNoKey();
    void newFolderIsPrivateAndALooseFileIsTightened();

    // tst_keyvault_lockout.cpp
    void wrongPinCountsDown();
    void lockoutDoublesThenWipes();
    void lockedOutAttemptIsNotCheckedOrCounted();
    void rightPinAfterLockoutResetsTheCount();
    void counterSurvivesARestart();
    void interruptedWipeIsCompletedOnNextUnlock();
    void eraseAllowsANewSetUp();

    // tst_keyvault_corrupt.cpp
    void damagedFileIsNamedAndLeftAlone_data();
    void damagedFileIsNamedAndLeftAlone();
    void swappedParametersDoNotUnlock_data();
    void swappedParametersDoNotUnlock();

private:
    QString freshDir();
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_dirCount = 0;
};
