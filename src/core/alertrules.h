#pragma once
// Every rule an `alert` record may name (docs/alerts.md): one table, read by the record
// validation, the rules and raisers that set it, and the words that show it.
#include <QStringList>

namespace careround::alertrule {

inline constexpr char MissedVisit[] = "missed_visit";
inline constexpr char LateVisit[] = "late_visit";
inline constexpr char NoCheckOut[] = "no_checkout";
inline constexpr char ShortVisit[] = "short_visit";
inline constexpr char VisitLocation[] = "visit_location";
inline constexpr char ThreeRefusals[] = "three_refusals";
inline constexpr char TimeCriticalMedication[] = "time_critical_medication";
inline constexpr char MedicationNotGiven[] = "medication_not_given";
inline constexpr char Incident[] = "incident";
inline constexpr char IncidentReportDue[] = "incident_report_due";
inline constexpr char ReablementExitDue[] = "reablement_exit_due";
inline constexpr char SpotCheckDue[] = "spot_check_due";
inline constexpr char SupervisionDue[] = "supervision_due";
inline constexpr char Conflict[] = "conflict";
inline constexpr char RecordRefused[] = "record_refused";

inline QStringList all()
{
    QStringList rules;
    for (const char *rule :
         {MissedVisit, LateVisit, NoCheckOut, ShortVisit, VisitLocation, ThreeRefusals,
          TimeCriticalMedication, MedicationNotGiven, Incident, IncidentReportDue,
          ReablementExitDue, SpotCheckDue, SupervisionDue, Conflict, RecordRefused})
        rules.append(QString::fromLatin1(rule));
    return rules;
}

} // namespace careround::alertrule
