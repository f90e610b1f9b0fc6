#pragma once
// A visit's history as the worker and the office read it: every entry in clock order — as first
// written — and every correction or withdrawal as an entry of its own, each attributed and timed.
// An original that was corrected says so, and what it now reads.
#include "core/record.h"
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace careround::ui {

struct HistoryEntry
{
    QString recordId;
    QString type; // the record's type ("amendment" for a correction)
    QString title; // "Task", "Visit note", "Correction"
    QString detail; // what it says (originals as first written)
    QString byText; // "Amira Khan at 08:12"
    QString statusText; // "Corrected: now reads …" / "Withdrawn: entered in error", else empty
    QString reason; // a correction's reason
    bool isCorrection = false;
    bool withdrawn = false;
    bool corrected = false;
    bool correctable = false; // this user's own entry that still stands
    QStringList fields; // what a correction may change (VisitPayloads::correctableFields)
    QString currentNote; // the current text of its first text field, to start a correction from
    QString currentOutcome;
};

class VisitHistory
{
    Q_DECLARE_TR_FUNCTIONS(VisitHistory)
public:
    // `records`: the visit's records including amendments (the rota's "visit" versions are left
    // out). `names`: user id → name; unknown authors read "another worker".
    static QList<HistoryEntry> build(const QList<Record> &records,
                                     const QHash<QString, QString> &names, const QString &userId);
};

} // namespace careround::ui
