#pragma once
// PIN unlock timing for bench_store, measured through the key vault when it is built.
#include <QString>

struct UnlockFigures
{
    bool measured = false;
    double ms = 0; // median of a few unlocks with the calibrated parameters
    QString reason; // why it was not measured
};

UnlockFigures measureUnlock(const QString &dir);
