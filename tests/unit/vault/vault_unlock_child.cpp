// Child process for tst_keyvault_crash: unlocks the vault in argv[1] with the PIN in argv[2],
// so the test can kill it with SIGKILL while Argon2id runs.
#include "vault/keyvault.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: vault_unlock_child <directory> <pin>\n", stderr);
        return 2;
    }
    careround::KeyVault vault(QString::fromLocal8Bit(argv[1]), careround::KdfParams::forTests(),
                              nullptr);
    const auto unlocked = vault.unlock(QString::fromLocal8Bit(argv[2]));
    std::printf("%s\n", unlocked.ok() ? "unlocked" : qPrintable(unlocked.error().toString()));
    return unlocked.ok() ? 0 : 1;
}
