#pragma once
// A 32-byte secret (the data key, a PIN-derived key, the platform key) kept out of ordinary
// heap memory: sodium_malloc'd (guard pages, mlock'd so it is not swapped), readable only while
// withBytes() runs (otherwise PROT_NONE), and zeroed on destruction by sodium_free. Move-only.
// One thread at a time: withBytes() toggles page protection on the object's own memory.
#include "core/result.h"
#include <QByteArray>
#include <QByteArrayView>
#include <cstddef>
#include <functional>

namespace careround {

class SecureKey
{
public:
    static constexpr std::size_t Size = 32;

    SecureKey() = default; // null: holds nothing
    SecureKey(SecureKey &&other) noexcept;
    SecureKey &operator=(SecureKey &&other) noexcept;
    SecureKey(const SecureKey &) = delete;
    SecureKey &operator=(const SecureKey &) = delete;
    ~SecureKey();

    // A fresh key from the operating system's CSPRNG (randombytes_buf).
    static SecureKey random();
    // All-zero secure storage that a producer (a KDF, an AEAD open) writes into.
    static SecureKey zeroed();
    // Copies exactly Size bytes into secure memory; the caller wipes its own copy.
    static Result<SecureKey> fromBytes(QByteArrayView bytes);

    bool isNull() const { return m_bytes == nullptr; }

    // The preferred accessor: the bytes are readable only during `use`. Does nothing on a null key.
    void withBytes(const std::function<void(const unsigned char *, std::size_t)> &use) const;
    // For producers that fill the key (KDF output, decrypted key). Does nothing on a null key.
    void withWritableBytes(const std::function<void(unsigned char *, std::size_t)> &fill);

    // THE one place a key leaves secure memory: SQLCipher's open takes the raw key as a
    // QByteArray (sql::Database::open). Call it right before opening the database, and let
    // the copy die right after; QByteArray memory is ordinary heap and is not wiped by Qt.
    QByteArray toRawForDatabaseOpen() const;
    // Same as toRawForDatabaseOpen(); kept for callers written against the first draft of this
    // header (src/ui/sessionworker.cpp). New code uses toRawForDatabaseOpen().
    QByteArray toByteArray() const { return toRawForDatabaseOpen(); }

    // Constant-time comparison (sodium_memcmp). Two null keys are equal.
    bool equals(const SecureKey &other) const;

    // Zeroes and frees now; the key becomes null.
    void clear();

private:
    explicit SecureKey(unsigned char *bytes)
        : m_bytes(bytes)
    { }
    void setReadable(bool readable) const;
    void setWritable(bool writable) const;

    unsigned char *m_bytes = nullptr;
    mutable int m_openCount = 0; // nested withBytes() calls keep the pages readable
};

} // namespace careround
