<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AlertWords</name>
    <message>
        <source>Missed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at three visits in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-critical medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone&apos;s record was refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsSection</name>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptionsParser</name>
    <message>
        <source>CareRound: offline-first home-care visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for this device&apos;s encrypted records and key vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the CareRound sync server, e.g. https://care.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a folder path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; use e.g. https://care.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https:// (or http:// for a test server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay this NMEA log as the device&apos;s location (for demos), instead of the platform&apos;s position source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate to trust for the server (e.g. a test server&apos;s self-signed certificate) instead of the system&apos;s certificate authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <source>Care plan and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the care plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no care plan on this phone yet. Sync to get it from the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommbookBookPage</name>
    <message>
        <source>Communication book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the person&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommbookEntryCard</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>category and audience, e.g. &quot;Health · Shared with family&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this phone, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this entry by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History or correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommbookEntryPage</name>
    <message>
        <source>Entry history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the communication book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not changed in place: your correction is added with your reason, and everyone sees both. Who may read it stays the same (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it needs correcting (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the entry should say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommbookPayloads</name>
    <message>
        <source>Write the entry first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is too long (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the entry is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who may read it: the care team only, or the family as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the entry you have read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommbookSection</name>
    <message>
        <source>Communication book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries on this phone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole book and search (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommbookWords</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone from the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a person and their role, e.g. &quot;Amira Khan (care worker)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <extracomment>e.g. &quot;today at 10:15&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>e.g. &quot;Tuesday 3 March at 09:10&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommbookWritePage</name>
    <message>
        <source>Write an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionPage</name>
    <message>
        <source>Correct an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct amount in pounds, if it was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw: entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it needs correcting, for example: wrong person, or pressed the wrong button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the note should say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrPinPad</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrSyncBar</name>
    <message>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Last problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now with the office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseCard</name>
    <message>
        <source>Instructions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last dose was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseRecordPage</name>
    <message>
        <source>Record a dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose given (as the protocol says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saw it given and signs as the second worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second worker must sign, and this visit has only you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know it is already recorded: record it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what happened with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>e.g. &quot;4 minutes 30 seconds&quot;
----------
e.g. &quot;1 hour 5 minutes&quot;
----------
day and time, e.g. &quot;Tue 14:35&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryCodesCard</name>
    <message>
        <source>Entry codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in to see the key safe and door codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entry codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide entry codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceWords</name>
    <message>
        <source>At the home (%1 m away, accurate to %2 m)</source>
        <extracomment>location evidence, e.g. &quot;At the home (12 m away, accurate to 8 m)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from the home: %1 m from the address (accurate to %2 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location not precise enough to confirm (%1 m from the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location not precise enough to confirm: accurate only to %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No home location on file, so the location could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location found in time; recorded without one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyHomePage</name>
    <message>
        <source>CareRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock CareRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is shared with you yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the person you support (or their representative) agrees to share with you, their communication book and the visits delivered appear here after the phone syncs. Ask the office if you expected to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileReadCard</name>
    <message>
        <source>Before you start: read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first visit to %1 with this care plan. Read the care plan and the notes below, then confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Money handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example shopping at the village shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the money was for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has checked and confirmed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the person could not confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save money handled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Started at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aiming for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalChart</name>
    <message>
        <source>No scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores over time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalListModel</name>
    <message>
        <source>No score recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest %1 of 10 on %2</source>
        <extracomment>a goal&apos;s progress, e.g. &quot;Latest 6 of 10 on 28 November; first 2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 (not in the current plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalPayloads</name>
    <message>
        <source>Choose the goal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a score from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week 3 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week 6 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week 9 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which review this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a score for at least one goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the planned end as a date, for example 12/01/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end cannot be before the start on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reablement lasts at most 6 weeks: the planned end can be %1 at the latest (6 weeks after the start on %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalProgressPage</name>
    <message>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score today, from 0 (not at all) to 10 (the target reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrabSheetCard</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular needs recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney or deputy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverNotesCard</name>
    <message>
        <source>Notes from the last visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock CareRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading today&apos;s round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rota for today has no visits on this device. New visits arrive when the phone syncs with the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spot check(s) of your work wait for you to acknowledge them.</source>
        <translation>
            <numerusform>%n spot check of your work wait for you to acknowledge them.</numerusform>
            <numerusform>%n spot checks of your work wait for you to acknowledge them.</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: communication books and incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks of your workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks of your work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>Report an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency call 999 first. Phone the office, then write it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the person&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, e.g. 09:30 (empty: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, e.g. 21:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was told: the office by phone first, then anyone else (family, GP, police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone else who was told</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPayloads</name>
    <message>
        <source>Enter the time, for example 21:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the time as hours and minutes, for example 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has not come yet: check the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how serious it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it short (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how they were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They cannot have been told before it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who was told: phone the office first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 hours have passed since it happened: save this written report now and tell the office why it is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 today</source>
        <extracomment>the written report deadline, e.g. &quot;by 21:30 today&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office must have this written report %1 (%2 hours after it happened). It is sent when this phone syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safeguarding concern always goes to the office, even if the person asks you not to tell anyone. You cannot hold it back: write down what they said in what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentToldRow</name>
    <message>
        <source>Who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time told, e.g. 09:45 (empty: now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsSection</name>
    <message>
        <source>Incidents and concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report an incident or concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedOutPage</name>
    <message>
        <source>CareRound is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs were entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you have recorded is safe on this device and will still be sent to the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have forgotten your PIN, phone the office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CareRound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarChartPage</name>
    <message>
        <source>MAR chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicines are recorded for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a day to read what was recorded in full. Grey: not due that day. Missing: nothing recorded by the end of the dose&apos;s window. Late: given after its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the MAR chart as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarPdf</name>
    <message>
        <source>No medicines are recorded for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication administration record (MAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine, dose, route, times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1. L = given late (after its window). !! = two records for one dose (conflict: check which stands). — = nothing recorded (gap). Grey = not due that day. Times are UK local times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 from CareRound. Page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAR chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarWords</name>
    <message>
        <source>Not on this device yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <extracomment>the medicine, its time and the day of one MAR cell, e.g. &quot;Metformin 08:00, Tuesday 24 November&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, dose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, second signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late: it was due by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; effect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two records for one dose: the office must check which one stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due, not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded: the dose was due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-critical: within %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationPage</name>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in to record medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No set doses are due at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As needed (PRN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationPayloads</name>
    <message>
        <source>Choose what happened with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the dose that was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second signature must be another worker&apos;s, not yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a second worker to sign that they saw it given. Ask them to confirm below, or record why it was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dose time is not on the order for %1: sync, or ask the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an as-needed (PRN) medicine: record it under As needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given at set times, not as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not for %1: open the dose again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect is recorded only for as-needed (PRN) doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect is recorded only for a dose that was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how well it worked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationWords</name>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the tongue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the cheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a patch on the skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathed in (inhaler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the nose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vaginally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injection under the skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injection into a muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through the feeding tube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another way: see the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a dose and its route, e.g. &quot;1 tablet, by mouth&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: remind them, and see them take it themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assist: help them take it, for example open the pack or pour the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administer: you give the medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %1 between doses; at most %n dose(s) in 24 hours</source>
        <extracomment>e.g. &quot;At least 4 hours between doses; at most 4 doses in 24 hours&quot;</extracomment>
        <translation>
            <numerusform>At least %1 between doses; at most %n dose in 24 hours</numerusform>
            <numerusform>At least %1 between doses; at most %n doses in 24 hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Look for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened (required for Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how much was taken, and why not all (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it was not given (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MySpotChecksPage</name>
    <message>
        <source>Spot checks of your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today&apos;s round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spot checks of your work on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I acknowledge this spot check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoAccessPage</name>
    <message>
        <source>No answer at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through the steps. Tick each one you have done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called through the letterbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked through the windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the back of the house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked the neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phoned the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone the office before you leave. No signal? Say so in the outcome and phone as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: what the office advised and what you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>CareRound locks itself after %n minute(s) without use, and whenever you leave the app. Your organisation sets this.</source>
        <translation>
            <numerusform>CareRound locks itself after %n minute without use, and whenever you leave the app. Your organisation sets this.</numerusform>
            <numerusform>CareRound locks itself after %n minutes without use, and whenever you leave the app. Your organisation sets this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose records are on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today&apos;s round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one&apos;s records are on this phone yet. They arrive when the phone syncs with the office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about this person is on this phone. Sync to get the latest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSheets</name>
    <message>
        <source>Name not on this device yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a key contact and how they are related, e.g. &quot;Mary Brown (daughter)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health and welfare attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property and finance attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNACPR: not recorded on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNACPR in place: do not attempt CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNACPR: attempt CPR if needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSummaryCard</name>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular needs recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <source>Enter a PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits 0 to 9 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not repeat one digit (like 111111): it is guessed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use digits in a row (like 123456): it is guessed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 digits that others would not guess: no repeats like 111111, no runs like 123456, not your birthday.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Set up your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting your records with this PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2: choose a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2: repeat your PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeNotices</name>
    <message>
        <source>The records of the person you were linked to are no longer shared with you: their consent to share them was withdrawn, or the office ended your link. They were removed from this phone %1. Ask the office if you think this is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s records are no longer shared with you: their consent to share them was withdrawn, or the office ended your link. They were removed from this phone %2. Ask the office if you think this is wrong.</source>
        <extracomment>%1 is the person&apos;s name, %2 when, e.g. &quot;today at 10:15&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReablementPage</name>
    <message>
        <source>Reablement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reablement episode is on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hospital: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals being worked towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reablement lasts at most 6 weeks from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New planned end, for example 12/01/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it changes (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new planned end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReablementWords</name>
    <message>
        <source>Independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term care at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reablement ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reablement ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reablement: %n day(s) left</source>
        <translation>
            <numerusform>Reablement: %n day left</numerusform>
            <numerusform>Reablement: %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Reablement: last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reablement: %n day(s) past the planned end</source>
        <translation>
            <numerusform>Reablement: %n day past the planned end</numerusform>
            <numerusform>Reablement: %n days past the planned end</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordSummaries</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reablement episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reablement review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication book read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location checked: at the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location checked: away from the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a care task and its outcome, e.g. &quot;Breakfast: done&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a medication outcome and the dose, e.g. &quot;Given, 2 tablets&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) planned</source>
        <translation>
            <numerusform>%n minute planned</numerusform>
            <numerusform>%n minutes planned</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalAlerts</name>
    <message>
        <source>a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 refused %2 at %n visit(s) in a row</source>
        <extracomment>e.g. &quot;Edith refused “personal care” at 3 visits in a row&quot;</extracomment>
        <translation>
            <numerusform>%1 refused %2 at %n visit in a row</numerusform>
            <numerusform>%1 refused %2 at %n visits in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Reablement review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of progress (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundFlagWords</name>
    <message>
        <source>Time-critical medicine: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundVisitCard</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>the kind of call, its planned times and its length, e.g. &quot;Morning call · 08:00 to 08:45 · 45 minutes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in at %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in at %1&apos;s visit at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWorker</name>
    <message>
        <source>The folder for this device&apos;s records (%1) cannot be created. Check the device has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in once with the login your office gave you. This device is then linked to you, and your PIN unlocks it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://care.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotCheckActionRow</name>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by, e.g. 31/03/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotCheckItemRow</name>
    <message>
        <source>What you saw (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotCheckPage</name>
    <message>
        <source>Spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2&apos;s visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. %1&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 whether they agree to you watching %2 at this visit. If they do not, write down why: nothing is observed, and it does not count as %2&apos;s yearly observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they did not agree (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Overall outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Actions (required: something was not met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Actions (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the spot check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotCheckPayloads</name>
    <message>
        <source>Arrived on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene and PPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dignity and choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving and handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived at the agreed time, or the person was told of a delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge on show; introduced themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands washed; gloves and apron used and thrown away properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked before helping; offered choices; kept privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed the MAR: right person, medicine, dose and time; recorded it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the equipment and method the care plan gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes factual and timed; tasks and medicines recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to be observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n week(s) (%1)</source>
        <translation>
            <numerusform>In %n week (%1)</numerusform>
            <numerusform>In %n weeks (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the date it is due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as day/month/year, for example 31/03/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date has passed: choose today or a later day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the worker you observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot spot check your own practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why the person did not agree, in their words if you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the person whether they agree to the visit being observed, and record their answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose met, not met or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not met: say what you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the overall outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something was not met: add at least one action with a due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotChecksPage</name>
    <message>
        <source>Spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today&apos;s round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the office again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workers on this phone&apos;s rota. The rota of the workers you supervise arrives when the phone syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartingPage</name>
    <message>
        <source>CareRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening CareRound…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWording</name>
    <message>
        <source>The office server&apos;s certificate is not trusted, so nothing was sent. Check the server address, or ask your office about the certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server cannot be reached (%1). Check the server address and that the device is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That login name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled. Ask your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in 1 minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has withdrawn this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in took too long. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server is busy. Will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the office was too slow. Will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server had a problem (HTTP %1). Will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server gave an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>Note about %1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dose is recorded under Medication on this visit page (eMAR), not as a task.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock CareRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left before the app locks for a while.</source>
        <translation>
            <numerusform>%n attempt left before the app locks for a while.</numerusform>
            <numerusform>%n attempts left before the app locks for a while.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your PIN? Phone the office. Do not guess: too many wrong PINs lock the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitAlertsCard</name>
    <message>
        <source>Alerts about this visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDoses</name>
    <message>
        <source>Needs a second worker to sign that they saw it given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>what was recorded for a dose, by whom and when, e.g. &quot;Given: Amira Khan at 08:05&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, signed also by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · effect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · give between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-critical: give between %1 and %2, no later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks go forward tonight, so %1 does not happen: give this dose at %2 by the new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks go back tonight, so %1 happens twice: give this dose once, at the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has flagged this dose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) for this one dose. Was it given twice? Tell the office now; the wrong record must be withdrawn.</source>
        <translation>
            <numerusform>%n record for this one dose. Was it given twice? Tell the office now; the wrong record must be withdrawn.</numerusform>
            <numerusform>%n records for this one dose. Was it given twice? Tell the office now; the wrong record must be withdrawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already recorded on another phone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded on this phone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording it again makes a second record of the same dose, which the office will see as a conflict. To change what was recorded, correct that entry in the visit history instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two records: tell the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: give by %1 was missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given at %1 by %2: how well did it work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be given now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitGoalsCard</name>
    <message>
        <source>Care plan and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reablement summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHistory</name>
    <message>
        <source>another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>who wrote an entry and when, e.g. &quot;Amira Khan at 08:12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: see the correction below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: now reads “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: the %1 entry of %2</source>
        <extracomment>e.g. &quot;Withdrawn: the Task entry of 08:12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of the %1 entry of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now reads “%1”. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitHistoryPage</name>
    <message>
        <source>Visit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded at this visit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or withdraw: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitMedicationCard</name>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the medicines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the medication for %1 (eMAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAR chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the MAR chart of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitMoreCard</name>
    <message>
        <source>More for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and corrections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitNoteCard</name>
    <message>
        <source>Visit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the next worker (shown at the next visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant: the office should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today&apos;s round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is not on this device. It may have been moved by the office; sync to get the latest rota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on the rota for this visit: you can read it, not record on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out of %1&apos;s visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s file: communication book, incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check at this visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPayloads</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which task this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose done, refused or not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount, for example 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in pounds and pence, for example 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than £0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be at most £10,000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the money was for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the purpose short (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has not confirmed it: say why in the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how serious it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you did about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom you reported it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how you reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened: what the office advised, what you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry can be withdrawn, not corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the entry cannot be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be left empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPresenceCard</name>
    <message>
        <source>Visit finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in at %1&apos;s visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your location is taken once, as evidence of the visit. No signal is fine: the check-in is saved on this phone either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now without waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving on this phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out of %1&apos;s visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSummariesSection</name>
    <message>
        <source>Visits delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits have been shared with you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitTasksCard</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in to record the tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitWords</name>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>planned start and end of a visit, e.g. &quot;08:00 to 08:45&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 call</source>
        <extracomment>the kind of call on the rota, e.g. &quot;Morning call&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered of %2 planned</source>
        <extracomment>e.g. &quot;42 minutes delivered of 45 minutes planned&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 late: not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access: the no-access steps were recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>e.g. &quot;1 hour 15 minutes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WipedPage</name>
    <message>
        <source>This device has been reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For safety, the care records on this device can no longer be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records you made that had not reached the office yet will still be delivered: they were sealed so that only the office can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone the office and ask them to enrol this device again. You will then choose a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::sync::Enroller</name>
    <message>
        <source>Enter your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::sync::EscrowSender</name>
    <message>
        <source>Unsent records are sealed on this device, but it does not know its office server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server gave an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::sync::SyncEngine</name>
    <message>
        <source>This device has no sign-in for the office, so nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record was refused by the office and is kept on this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records were refused by the office and are kept on this device: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new sign-in could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record from the office could not be read (%1). Update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates from the office could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records you no longer need could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s answer to the records sent was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, but this device could not note it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the office, but this device could not note it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::AlertListModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>e.g. &quot;Urgent: Incident reported&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::AppSession</name>
    <message>
        <source>No folder is set for this device&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is right, but the records on this device could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs do not match. Please choose your PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is right, but this device&apos;s sign-in details could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but this device could not save it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has withdrawn this device, so its records have been deleted from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed records refused by the office: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::CarePlanController</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statutory review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in at the visit to record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal is not in the current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress saved on this phone: %1 of 10</source>
        <extracomment>e.g. &quot;Progress saved on this phone: 6 of 10&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::CommbookFilterModel</name>
    <message>
        <source>No loaded entry matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n loaded entries match</source>
        <extracomment>&quot;3 of the 20 loaded entries match&quot;</extracomment>
        <translation>
            <numerusform>%1 of the %n loaded entry matches</numerusform>
            <numerusform>%1 of the %n loaded entries match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careround::ui::CommbookModel</name>
    <message numerus="yes">
        <source>All %n entries</source>
        <translation>
            <numerusform>The only entry</numerusform>
            <numerusform>All %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 newest of %n entries</source>
        <extracomment>&quot;The 20 newest of 64 entries&quot;</extracomment>
        <translation>
            <numerusform>The %1 newest of %n entry</numerusform>
            <numerusform>The %1 newest of %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read by anyone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>who read an entry and when, e.g. &quot;Sam Cole (care worker) today at 10:20&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as entered in error by %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by %1 %2: %3</source>
        <extracomment>e.g. &quot;Corrected by Amira Khan (care worker) today at 10:30: wrong day&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As first written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::IncidentForm</name>
    <message>
        <source>Tell the office about an incident by phone: it cannot be reported from a family member&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on the rota for this visit: report it from the person&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving this report sends it to the office as soon as this phone syncs, and the office is alerted to it. Until then it is kept safe on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareRound is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident report saved on this phone. The office will be alerted as soon as it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::IncidentListModel</name>
    <message>
        <source>Saved on this phone, not sent yet: the office will be alerted as soon as it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has it and has been alerted (%1).</source>
        <extracomment>e.g. &quot;The office has it and has been alerted (urgent).&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the office, which is alerted to every incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>kind and severity, e.g. &quot;Fall · Serious&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>who was told, how and when, e.g. &quot;The office by phone today at 09:45&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by someone from the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::MarChartModel</name>
    <message>
        <source>Could not read the MAR chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>the MAR period, e.g. &quot;24 November to 30 November 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps, late doses or conflicts in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late dose(s)</source>
        <translation>
            <numerusform>%n late dose</numerusform>
            <numerusform>%n late doses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved as a PDF (%n page(s)): %1</source>
        <extracomment>where the PDF was saved, e.g. &quot;Saved as a PDF (2 pages) in /home/…/CareRound&quot;</extracomment>
        <translation>
            <numerusform>Saved as a PDF (%n page): %1</numerusform>
            <numerusform>Saved as a PDF (%n pages): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::MedicationController</name>
    <message>
        <source>No set doses are due at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicines are recorded on this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) due at this visit</source>
        <extracomment>e.g. &quot;3 doses due at this visit, 1 recorded&quot;</extracomment>
        <translation>
            <numerusform>%n dose due at this visit</numerusform>
            <numerusform>%n doses due at this visit</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-critical: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) with two records: tell the office</source>
        <translation>
            <numerusform>%n dose with two records: tell the office</numerusform>
            <numerusform>%n doses with two records: tell the office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) past the time they had to be given</source>
        <translation>
            <numerusform>%n dose past the time it had to be given</numerusform>
            <numerusform>%n doses past the time they had to be given</numerusform>
        </translation>
    </message>
    <message>
        <source>The second worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in before recording medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on the rota for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this phone: %1, %2</source>
        <extracomment>e.g. &quot;Saved on this phone: Metformin, Given&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That dose is no longer on this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That medicine is no longer on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last dose is still being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareRound is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose given here is waiting for its effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect of the as-needed dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this phone: %1 was %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::PeopleModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::PersonController</name>
    <message>
        <source>CareRound is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read this person&apos;s records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write here is shared with %1&apos;s care team and with the family members they have agreed may see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries shared with family are read by the family members %1 has agreed may see them. Care team only entries never leave the care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry saved on this phone. It is shared with family once it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry saved on this phone for the care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is not in this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already said you have read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as read on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries cannot be corrected from a family member&apos;s phone: write a new entry to say what was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own entries can be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction saved on this phone. The entry&apos;s history keeps what it said before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::PersonFileController</name>
    <message>
        <source>Could not read the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareRound is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::ReablementController</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 used of %2 planned (%3 of %n visit(s) done)</source>
        <extracomment>e.g. &quot;9 hours 30 minutes used of 21 hours planned (12 of 28 visits done)&quot;</extracomment>
        <translation>
            <numerusform>%1 used of %2 planned (%3 of %n visit done)</numerusform>
            <numerusform>%1 used of %2 planned (%3 of %n visits done)</numerusform>
        </translation>
    </message>
    <message>
        <source>No more reviews are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was due on %2: overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reablement therapist records reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reablement episode on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reablement therapist changes the planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the planned end changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New planned end saved on this phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::RoundModel</name>
    <message numerus="yes">
        <source>Running %n minute(s) late for %1&apos;s %2 visit. The office sees it as late from %3: if you cannot be there by then, call the office.</source>
        <extracomment>&quot;Running 20 minutes late for Edie&apos;s 08:00 visit. The office sees it as late from 08:45: if you cannot be there by then, call the office.&quot;</extracomment>
        <translation>
            <numerusform>Running %n minute late for %1&apos;s %2 visit. The office sees it as late from %3: if you cannot be there by then, call the office.</numerusform>
            <numerusform>Running %n minutes late for %1&apos;s %2 visit. The office sees it as late from %3: if you cannot be there by then, call the office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s %2 visit is %n minute(s) late and the office can see it. Call the office if you cannot get there soon.</source>
        <translation>
            <numerusform>%1&apos;s %2 visit is %n minute late and the office can see it. Call the office if you cannot get there soon.</numerusform>
            <numerusform>%1&apos;s %2 visit is %n minutes late and the office can see it. Call the office if you cannot get there soon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n visit(s) done</source>
        <extracomment>e.g. &quot;2 of 6 visits done&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n visit done</numerusform>
            <numerusform>%1 of %n visits done</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read today&apos;s round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-handed: with a second worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-handed: with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::SignInController</name>
    <message>
        <source>Enter the office server&apos;s address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareRound on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was locked while signing in. Unlock it and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but this device could not save it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::SpotCheckForm</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks are recorded by supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is not on this device. Sync to get the latest rota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else is on the rota for this visit: there is no one to observe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items answered</source>
        <extracomment>e.g. &quot;4 of 7 items answered&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n item answered</numerusform>
            <numerusform>%1 of %n items answered</numerusform>
        </translation>
    </message>
    <message>
        <source>CareRound is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refusal is saved on this phone. It is kept on record, but it does not count as this year&apos;s observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check saved on this phone. %1 is asked to acknowledge it on their own phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::SpotCheckInbox</name>
    <message>
        <source>That spot check is not on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already acknowledged this spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged on this phone. Your supervisor sees it once it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareRound is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check by %1 %2</source>
        <extracomment>e.g. &quot;Spot check by Sam Cole today at 10:15&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1&apos;s visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person agreed to the visit being observed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person did not agree to be observed: %1. Nothing was observed, so this does not count as your yearly observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <extracomment>an action and its due date, e.g. &quot;Change gloves between tasks, by 15 December 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You acknowledged it %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::SupervisedWorkers</name>
    <message>
        <source>Observed in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due a spot check: last observed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due a spot check: never observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the person declined on %1; that does not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last observed on %1 (from this phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observation on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (in progress now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker not named on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits today on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a visit now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>%n visit today</numerusform>
            <numerusform>%n visits today</numerusform>
        </translation>
    </message>
    <message>
        <source>The office&apos;s list of who is due a spot check has not been fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the office who is due a spot check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the office at %1: everyone has been observed in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From the office at %1: %n worker(s) had no observation in the last 12 months. A check the person declined does not count.</source>
        <translation>
            <numerusform>From the office at %1: %n worker had no observation in the last 12 months. A check the person declined does not count.</numerusform>
            <numerusform>From the office at %1: %n workers had no observation in the last 12 months. A check the person declined does not count.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are offline. Who is due a spot check comes from the office: connect and try again. The workers below come from the rota on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s list could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::SyncStatus</name>
    <message>
        <source>Connecting to the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing records you no longer need…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will try again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: everything is saved on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is with the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) saved on this device, not yet sent</source>
        <translation>
            <numerusform>%n record saved on this device, not yet sent</numerusform>
            <numerusform>%n records saved on this device, not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last synced %n minute(s) ago</source>
        <translation>
            <numerusform>Last synced %n minute ago</numerusform>
            <numerusform>Last synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing waiting to be sent; %n refused by the office</source>
        <translation>
            <numerusform>Nothing waiting to be sent; %n refused by the office</numerusform>
            <numerusform>Nothing waiting to be sent; %n refused by the office</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused by the office, kept on this phone (%1). Tell the office; “Sync now” sends them again.</source>
        <extracomment>e.g. &quot;1 record refused by the office, kept on this phone (type: only the office may write alert records). Tell the office; “Sync now” sends it again.&quot;</extracomment>
        <translation>
            <numerusform>%n record refused by the office, kept on this phone (%1). Tell the office; “Sync now” sends it again.</numerusform>
            <numerusform>%n records refused by the office, kept on this phone (%1). Tell the office; “Sync now” sends them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careround::ui::VisitController</name>
    <message>
        <source>Could not read this visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>who left a note and when, e.g. &quot;Sam Cole at Tue 20:40&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked out at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked in at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1: not checked in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not checked in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two check-ins by the same worker are recorded for this visit. Tell the office: they will decide which one stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finding your location. Saving in %n second(s) at most.</source>
        <extracomment>while waiting for a location fix at check-in</extracomment>
        <translation>
            <numerusform>Finding your location. Saving in %n second at most.</numerusform>
            <numerusform>Finding your location. Saving in %n seconds at most.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>e.g. &quot;08:03 · At the home (12 m away, accurate to 8 m)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were here %1 of %2 planned</source>
        <extracomment>a double-handed call where the other worker is still there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on the rota for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has cancelled this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CareRound is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry codes are shown only to the worker on this visit, after checking in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry codes for this home are on this phone. Entry codes reach your phone on the day of the visit, when it syncs with the office: sync now, or ask the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an entry code and where it is used, e.g. &quot;Key safe by the back door: 4321&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in before recording tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication is recorded in the medication (eMAR) screen, not as a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this phone: %1, %2</source>
        <extracomment>e.g. &quot;Saved on this phone: Breakfast, done&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved on this phone for the next worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in before recording money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money handled saved on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident report saved on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: your sign-off is saved on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access can be recorded only before anyone has checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access saved on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own entries can be withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal saved on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is not part of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own entries can be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction saved on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The office is told when this phone syncs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::VisitSummaryModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit finished at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished the visit at %2</source>
        <extracomment>e.g. &quot;Amira finished the visit at 08:45&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>careround::ui::VisitTaskModel</name>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>a task&apos;s outcome, who recorded it and when, e.g. &quot;Done: Amira Khan at 08:12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refused at %n visit(s) in a row</source>
        <translation>
            <numerusform>Refused at %n visit in a row</numerusform>
            <numerusform>Refused at %n visits in a row</numerusform>
        </translation>
    </message>
</context>
</TS>
