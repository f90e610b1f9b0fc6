#include "securekey.h"

#include "sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace careround {

namespace {
unsigned char *allocateSecure()
{
    vault::ensureSodium();
    auto *bytes = static_cast<unsigned char *>(sodium_malloc(SecureKey::Size));
    if (!bytes)
        throw std::bad_alloc();
    sodium_memzero(bytes, SecureKey::Size);
    sodium_mprotect_noaccess(bytes);
    return bytes;
}
} // namespace

SecureKey::SecureKey(SecureKey &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, nullptr))
    , m_openCount(std::exchange(other.m_openCount, 0))
{ }

SecureKey &SecureKey::operator=(SecureKey &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, nullptr);
        m_openCount = std::exchange(other.m_openCount, 0);
    }
    return *this;
}

SecureKey::~SecureKey()
{
    clear();
}

void SecureKey::clear()
{
    if (!m_bytes)
        return;
    sodium_free(m_bytes); // makes the pages writable, zeroes them, checks the canary, unmaps
    m_bytes = nullptr;
    m_openCount = 0;
}

SecureKey SecureKey::zeroed()
{
    return SecureKey(allocateSecure());
}

SecureKey SecureKey::random()
{
    SecureKey key = zeroed();
    key.withWritableBytes(
        [](unsigned char *bytes, std::size_t size) { randombytes_buf(bytes, size); });
    return key;
}

Result<SecureKey> SecureKey::fromBytes(QByteArrayView bytes)
{
    if (std::size_t(bytes.size()) != Size)
        return Error {
            QStringLiteral("key"),
            QStringLiteral("A key must be exactly %1 bytes, not %2.").arg(Size).arg(bytes.size())};
    SecureKey key = zeroed();
    key.withWritableBytes(
        [&bytes](unsigned char *out, std::size_t size) { std::memcpy(out, bytes.data(), size); });
    return key;
}

void SecureKey::setReadable(bool readable) const
{
    if (readable)
        sodium_mprotect_readonly(m_bytes);
    else
        sodium_mprotect_noaccess(m_bytes);
}

void SecureKey::setWritable(bool writable) const
{
    if (writable)
        sodium_mprotect_readwrite(m_bytes);
    else
        sodium_mprotect_noaccess(m_bytes);
}

void SecureKey::withBytes(const std::function<void(const unsigned char *, std::size_t)> &use) const
{
    if (!m_bytes)
        return;
    if (m_openCount++ == 0)
        setReadable(true);
    struct Reclose
    {
        const SecureKey *key;
        ~Reclose()
        {
            if (--key->m_openCount == 0)
                key->setReadable(false);
        }
    } reclose {this}; // even if `use` throws
    use(m_bytes, Size);
}

void SecureKey::withWritableBytes(const std::function<void(unsigned char *, std::size_t)> &fill)
{
    if (!m_bytes)
        return;
    setWritable(true);
    fill(m_bytes, Size);
    // Back to whatever an enclosing withBytes() expects.
    if (m_openCount > 0)
        setReadable(true);
    else
        setWritable(false);
}

QByteArray SecureKey::toRawForDatabaseOpen() const
{
    QByteArray raw;
    withBytes([&raw](const unsigned char *bytes, std::size_t size) {
        raw = QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size));
    });
    return raw;
}

bool SecureKey::equals(const SecureKey &other) const
{
    if (isNull() || other.isNull())
        return isNull() && other.isNull();
    bool same = false;
    withBytes([&](const unsigned char *mine, std::size_t size) {
        other.withBytes([&](const unsigned char *theirs, std::size_t) {
            same = sodium_memcmp(mine, theirs, size) == 0;
        });
    });
    return same;
}

} // namespace careround
