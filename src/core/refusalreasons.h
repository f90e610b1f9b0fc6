#pragma once
// Why a task or a dose was refused: a short fixed list plus "other" with words (issue 17). The
// record keeps the code ("reasonCode") and, for "other", the words ("reason"); screens show the
// full words. Records made before the list (no reasonCode) stay valid; the app asks for a code on
// every new refusal (requireRefusalReason).
#include "result.h"
#include <QString>
#include <QStringList>

namespace careround {

// In list order: "did_not_want", "unwell", "asleep", "done_by_someone_else", "other".
const QStringList &refusalReasonCodes();
QString
refusalReasonWords(const QString &code); // "Did not want it" (translatable); empty if unknown
inline const QString OtherRefusalReason = QStringLiteral("other");

// A new refusal's reason: a code of the list (error field "reasonCode"), and words when it is
// "other" (error field "reason"). Messages are short and say what to do.
Result<void> requireRefusalReason(const QString &code, const QString &otherWords);

} // namespace careround
