#pragma once
// Argon2id password hashing (libsodium crypto_pwhash_str, interactive limits).
#include "core/result.h"
#include <QString>

namespace careround::server {

// Rejects passwords shorter than 10 or longer than 256 characters (field "password").
Result<QString> hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password); // false for a malformed hash

} // namespace careround::server
