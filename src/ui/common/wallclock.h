#pragma once
// The phone's one source of "now" for what it shows: the wall clock, or a moment a test fixes so
// that screens and rules do not change with the hour the tests run (a visit 15 minutes ago is
// yesterday's just after midnight).

#include <QDate>
#include <QDateTime>

namespace careround::ui::wallclock {

QDateTime now(); // local time
QDateTime nowUtc();
QDate today();

// Tests only: every later now()/today() answers this moment; an invalid one restores the clock.
void fixForTests(const QDateTime &moment);

} // namespace careround::ui::wallclock
