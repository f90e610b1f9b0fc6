#include "benchunlock.h"
#include "vault/keyvault.h"
#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <vector>

// Sets up a vault with parameters calibrated on this machine (as the app does at first run),
// then times unlocks with the right PIN: Argon2id derivation + unwrap + the vault file's fsync.
UnlockFigures measureUnlock(const QString &dir)
{
    UnlockFigures figures;
    const QString vaultDir = QDir(dir).filePath(QStringLiteral("vault"));
    QDir().mkpath(vaultDir);
    careround::KeyVault vault(vaultDir, careround::KeyVault::calibrate(), nullptr);
    const QString pin = QStringLiteral("274915");
    if (auto key = vault.setUp(pin); !key) {
        figures.reason = key.error().toString();
        return figures;
    }
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto key = vault.unlock(pin);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!key) {
            figures.reason = key.error().toString();
            return figures;
        }
        ms.push_back(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    figures.ms = ms[ms.size() / 2];
    figures.measured = true;
    return figures;
}
