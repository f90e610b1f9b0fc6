// Argon2id calibration on this machine: the chosen parameters land in 250-500 ms, a real vault
// set up with the default (calibrating) parameters stores them, and unlock uses them.
// Prints the figures; the range check is on calibrate()'s own confirmed measurement.
#include "vaulttestutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace careround;
using namespace careround::testing;

class TestKdfCalibration : public QObject
{
    Q_OBJECT

private slots:
    void calibrateLandsInRange()
    {
        QElapsedTimer timer;
        timer.start();
        const KdfParams params = KeyVault::calibrate(250, 500);
        const qint64 calibrationMs = timer.elapsed();
        std::printf("vault.kdf_opslimit=%llu memlimit_mib=%zu derive_ms=%.1f calibration_ms=%lld\n",
                    static_cast<unsigned long long>(params.opslimit), params.memlimit >> 20,
                    params.measuredMs, calibrationMs);
        QVERIFY(params.isValid());
        QCOMPARE(params.memlimit, KdfParams::DefaultMemlimit);
        QVERIFY2(params.measuredMs >= 250 && params.measuredMs <= 500,
                 qPrintable(QString::number(params.measuredMs)));
    }

    void defaultVaultCalibratesAtSetUpAndUnlocksWithStoredParams()
    {
        QTemporaryDir dir;
        KeyVault vault(dir.path(), KdfParams {}, nullptr); // the real-use default
        auto created = vault.setUp(GoodPin);
        QVERIFY(created.ok());
        const vault::VaultState state = readVaultState(vault.filePath());
        QVERIFY(state.kdf.isValid());
        QVERIFY(state.kdf.opslimit > KdfParams::forTests().opslimit
                || state.kdf.memlimit > KdfParams::forTests().memlimit);
        QVERIFY(state.kdf.measuredMs >= 250 && state.kdf.measuredMs <= 500);

        // A vault object built with other parameters still unlocks with the stored ones.
        KeyVault reopened(dir.path(), KdfParams::forTests(), nullptr);
        std::vector<double> times;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto unlocked = reopened.unlock(GoodPin);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            QVERIFY(unlocked.ok());
            QVERIFY(unlocked.value().equals(created.value()));
        }
        std::sort(times.begin(), times.end());
        std::printf("vault.unlock_ms=%.1f (median of 3; opslimit=%llu memlimit_mib=%zu)\n",
                    times[1], static_cast<unsigned long long>(state.kdf.opslimit),
                    state.kdf.memlimit >> 20);
    }
};

QTEST_GUILESS_MAIN(TestKdfCalibration)
#include "tst_kdfcalibration.moc"
