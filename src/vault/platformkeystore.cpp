#include "platformkeystore.h"

#ifdef CAREROUND_HAVE_QTKEYCHAIN
#include "qtkeychainstore.h"
#endif

namespace careround {

std::shared_ptr<PlatformKeyStore> PlatformKeyStore::systemDefault()
{
#ifdef CAREROUND_HAVE_QTKEYCHAIN
    return std::make_shared<QtKeychainStore>();
#else
    return nullptr;
#endif
}

} // namespace careround
