<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AlertWords</name>
        <message>
            <source>Missed visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused at three visits in a row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time-critical medicine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicine not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot check due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records that disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alert</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AlertsSection</name>
        <message>
            <source>Alerts (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppOptionsParser</name>
        <message>
            <source>CareRound: offline-first home-care visits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder for this device's encrypted records and key vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address of the CareRound sync server, e.g. https://care.example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>url</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give a folder path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a server address; use e.g. https://care.example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" must start with https:// (or http:// for a test server)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replay this NMEA log as the device's location (for demos), instead of the platform's position source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a readable file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PEM certificate to trust for the server (e.g. a test server's self-signed certificate) instead of the system's certificate authorities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" holds no PEM certificate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommbookBookPage</name>
        <message>
            <source>Communication book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the person's file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show %1 older</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommbookEntryCard</name>
        <message>
            <source>%1 · %2</source>
            <extracomment>category and audience, e.g. "Health · Shared with family"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved on this phone, not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have read this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have read this entry by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History or correct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommbookEntryPage</name>
        <message>
            <source>Entry history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the communication book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct this entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry is not changed in place: your correction is added with your reason, and everyone sees both. Who may read it stays the same (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it needs correcting (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it is about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the entry should say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the correction</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommbookPayloads</name>
        <message>
            <source>Write the entry first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry is too long (at most %1 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what the entry is about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose who may read it: the care team only, or the family as well</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the entry you have read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommbookSection</name>
        <message>
            <source>Communication book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been shared with you yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries on this phone yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole book and search (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommbookWords</name>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wellbeing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equipment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care team only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>care worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>therapist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a family member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone from the care team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>a person and their role, e.g. "Amira Khan (care worker)"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today at %1</source>
            <extracomment>e.g. "today at 10:15"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at %2</source>
            <extracomment>e.g. "Tuesday 3 March at 09:10"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommbookWritePage</name>
        <message>
            <source>Write an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it is about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who may read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you want to say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the entry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CorrectionPage</name>
        <message>
            <source>Correct an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct amount in pounds, if it was wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw: entered in error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why it needs correcting, for example: wrong person, or pressed the wrong button.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the note should say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrPinPad</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear all digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete last digit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrSyncBar</name>
        <message>
            <source>Offline: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. Last problem: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now with the office</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DurationText</name>
        <message>
            <source>a moment</source>
            <translation type="unfinished" />
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
            <extracomment>e.g. "4 minutes 30 seconds"
----------
e.g. "1 hour 5 minutes"
----------
day and time, e.g. "Tue 14:35"</extracomment>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in to see the key safe and door codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show entry codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide entry codes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FamilyHomePage</name>
        <message>
            <source>CareRound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock CareRound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss this message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is shared with you yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the person you support (or their representative) agrees to share with you, their communication book and the visits delivered appear here after the phone syncs. Ask the office if you expected to see them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose records</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileReadCard</name>
        <message>
            <source>Before you start: read the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is your first visit to %1 with this care plan. Read the care plan and the notes below, then confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have read the file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FinancePage</name>
        <message>
            <source>Money handled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount in pounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example 12.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it was for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example shopping at the village shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the money was for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has checked and confirmed it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receipt kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the person could not confirm it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save money handled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GrabSheetCard</name>
        <message>
            <source>About %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allergies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No particular needs recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attorney or deputy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoverNotesCard</name>
        <message>
            <source>Notes from the last visit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock CareRound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visits today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today's visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading today's round…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your rota for today has no visits on this device. New visits arrive when the phone syncs with the office.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>People: communication books and incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot checks of your workers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My spot checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot checks of your work</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentPage</name>
        <message>
            <source>Report an incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In an emergency call 999 first. Phone the office, then write it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How serious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened, in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the person's file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When it happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time, e.g. 09:30 (empty: now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time, e.g. 21:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who was told: the office by phone first, then anyone else (family, GP, police)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add someone else who was told</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentPayloads</name>
        <message>
            <source>Enter the time, for example 21:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the time as hours and minutes, for example 09:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That time has not come yet: check the time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the day it happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how serious it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe what happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what was done about it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is too long (at most %1 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who was told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it short (at most %1 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how they were told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They cannot have been told before it happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who was told: phone the office first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than %1 hours have passed since it happened: save this written report now and tell the office why it is late.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by %1 today</source>
            <extracomment>the written report deadline, e.g. "by 21:30 today"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by %1 tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office must have this written report %1 (%2 hours after it happened). It is sent when this phone syncs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A safeguarding concern always goes to the office, even if the person asks you not to tell anyone. You cannot hold it back: write down what they said in what was done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentToldRow</name>
        <message>
            <source>Who was told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How they were told</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time told, e.g. 09:45 (empty: now)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IncidentsSection</name>
        <message>
            <source>Incidents and concerns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report an incident or concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None on this phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockedOutPage</name>
        <message>
            <source>CareRound is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong PINs were entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locked until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can try again in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you have recorded is safe on this device and will still be sent to the office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you have forgotten your PIN, phone the office.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>CareRound</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MySpotChecksPage</name>
        <message>
            <source>Spot checks of your work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to today's round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No spot checks of your work on this phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your comment (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I acknowledge this spot check</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoAccessPage</name>
        <message>
            <source>No answer at the door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work through the steps. Tick each one you have done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Called through the letterbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looked through the windows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked the back of the house</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked the neighbours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phoned the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone the office before you leave. No signal? Say so in the outcome and phone as soon as you can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome: what the office advised and what you did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save no access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose records are on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to today's round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one's records are on this phone yet. They arrive when the phone syncs with the office.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing about this person is on this phone. Sync to get the latest.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonSheets</name>
        <message>
            <source>Name not on this device yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>a key contact and how they are related, e.g. "Mary Brown (daughter)"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>health and welfare attorney</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>property and finance attorney</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deputy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attorney</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DNACPR: not recorded on this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DNACPR in place: do not attempt CPR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No DNACPR: attempt CPR if needed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonSummaryCard</name>
        <message>
            <source>At a glance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allergies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No particular needs recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinRules</name>
        <message>
            <source>Enter a PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use digits 0 to 9 only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at least %1 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at most %1 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not repeat one digit (like 111111): it is guessed first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not use digits in a row (like 123456): it is guessed first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use %1 to %2 digits that others would not guess: no repeats like 111111, no runs like 123456, not your birthday.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinSetupPage</name>
        <message>
            <source>Set up your PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protecting your records with this PIN…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a different PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step 1 of 2: choose a PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step 2 of 2: repeat your PIN</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PurgeNotices</name>
        <message>
            <source>The records of the person you were linked to are no longer shared with you: their consent to share them was withdrawn, or the office ended your link. They were removed from this phone %1. Ask the office if you think this is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's records are no longer shared with you: their consent to share them was withdrawn, or the office ended your link. They were removed from this phone %2. Ask the office if you think this is wrong.</source>
            <extracomment>%1 is the person's name, %2 when, e.g. "today at 10:15"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordSummaries</name>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medication order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communication book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reablement episode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reablement review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Money handled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communication book read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot check read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location checked: at the home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location checked: away from the home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No location fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>a care task and its outcome, e.g. "Breakfast: done"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <extracomment>a medication outcome and the dose, e.g. "Given, 2 tablets"</extracomment>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefusalAlerts</name>
        <message>
            <source>a medicine</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 refused %2 at %n visit(s) in a row</source>
            <extracomment>e.g. "Edith refused “personal care” at 3 visits in a row"</extracomment>
            <translation>
                <numerusform>%1 refused %2 at %n visit in a row</numerusform>
                <numerusform>%1 refused %2 at %n visits in a row</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundVisitCard</name>
        <message>
            <source>%1 · %2 · %3</source>
            <extracomment>the kind of call, its planned times and its length, e.g. "Morning call · 08:00 to 08:45 · 45 minutes"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in at %1's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in at %1's visit at %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionWorker</name>
        <message>
            <source>The folder for this device's records (%1) cannot be created. Check the device has free space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Sign in to your office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in once with the login your office gave you. This device is then linked to you, and your PIN unlocks it from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Office server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://care.example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Login name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpotCheckActionRow</name>
        <message>
            <source>What is to be done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due by, e.g. 31/03/2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this action</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpotCheckItemRow</name>
        <message>
            <source>What you saw (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment on %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpotCheckPage</name>
        <message>
            <source>Spot check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at %2's visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worker observed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. %1's consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask %1 whether they agree to you watching %2 at this visit. If they do not, write down why: nothing is observed, and it does not count as %2's yearly observation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why they did not agree (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Overall outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4. Actions (required: something was not met)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4. Actions (if any)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add another action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the refusal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the spot check</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpotCheckPayloads</name>
        <message>
            <source>Arrived on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hygiene and PPE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dignity and choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medication competence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moving and handling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record keeping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrived at the agreed time, or the person was told of a delay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badge on show; introduced themselves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hands washed; gloves and apron used and thrown away properly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked before helping; offered choices; kept privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Followed the MAR: right person, medicine, dose and time; recorded it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used the equipment and method the care plan gives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes factual and timed; tasks and medicines recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Satisfactory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs improvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsatisfactory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed to be observed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not agree</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the date as day/month/year, for example 31/03/2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The due date has passed: choose today or a later day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the worker you observed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You cannot spot check your own practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write down why the person did not agree, in their words if you can</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the person whether they agree to the visit being observed, and record their answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: choose met, not met or not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was not met: say what you saw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer the checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the overall outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what is to be done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something was not met: add at least one action with a due date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpotChecksPage</name>
        <message>
            <source>Spot checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your workers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to today's round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the office again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No workers on this phone's rota. The rota of the workers you supervise arrives when the phone syncs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observe at %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartingPage</name>
        <message>
            <source>CareRound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening CareRound…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskRow</name>
        <message>
            <source>Medication is recorded in the medication (eMAR) screen, which is coming soon. Record doses as you do today until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note about %1 (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Unlock CareRound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your PIN</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgotten your PIN? Phone the office. Do not guess: too many wrong PINs lock the app.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitAlertsCard</name>
        <message>
            <source>Alerts about this visit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitHistory</name>
        <message>
            <source>another worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at %2</source>
            <extracomment>who wrote an entry and when, e.g. "Amira Khan at 08:12"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn: see the correction below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrected: now reads “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn: the %1 entry of %2</source>
            <extracomment>e.g. "Withdrawn: the Task entry of 08:12"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correction of the %1 entry of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now reads “%1”. Reason: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitHistoryPage</name>
        <message>
            <source>Visit history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been recorded at this visit yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct or withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct or withdraw: %1, %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitMoreCard</name>
        <message>
            <source>More for this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer at the door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Money handled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report an incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History and corrections (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitNoteCard</name>
        <message>
            <source>Visit note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened at this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the next worker (shown at the next visit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Significant: the office should know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitPage</name>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to today's round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the visit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This visit is not on this device. It may have been moved by the office; sync to get the latest rota.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are not on the rota for this visit: you can read it, not record on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instructions for this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check out of %1's visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's file: communication book, incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot check at this visit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitPayloads</name>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safeguarding concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medication error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hospital admission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Death</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which task this is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose done, refused or not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is too long (at most %1 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the note first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the amount, for example 12.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the amount in pounds and pence, for example 12.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount must be more than £0.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount must be at most £10,000.00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what the money was for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the purpose short (at most %1 characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person has not confirmed it: say why in the note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how serious it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe what happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what you did about it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say whom you reported it to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how you reported it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what happened: what the office advised, what you did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entry can be withdrawn, not corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This part of the entry cannot be corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This cannot be left empty</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitPresenceCard</name>
        <message>
            <source>Visit finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arriving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in at %1's visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your location is taken once, as evidence of the visit. No signal is fine: the check-in is saved on this phone either way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save now without waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving on this phone…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check out of %1's visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked in at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked out at %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitSummariesSection</name>
        <message>
            <source>Visits delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visits have been shared with you yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show more visits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitTasksCard</name>
        <message>
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in to record the tasks.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitWords</name>
        <message>
            <source>Upcoming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 to %2</source>
            <extracomment>planned start and end of a visit, e.g. "08:00 to 08:45"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 call</source>
            <extracomment>the kind of call on the rota, e.g. "Morning call"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 delivered of %2 planned</source>
            <extracomment>e.g. "42 minutes delivered of 45 minutes planned"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Was due at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running %1 late: not checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked in by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked in at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No access: the no-access steps were recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled by the office: %1</source>
            <translation type="unfinished" />
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
            <extracomment>e.g. "1 hour 15 minutes"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WipedPage</name>
        <message>
            <source>This device has been reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For safety, the care records on this device can no longer be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records you made that had not reached the office yet will still be delivered: they were sealed so that only the office can read them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone the office and ask them to enrol this device again. You will then choose a new PIN.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::AlertListModel</name>
        <message>
            <source>%1: %2</source>
            <extracomment>e.g. "Urgent: Incident reported"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::AppSession</name>
        <message>
            <source>No folder is set for this device's records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PIN could not be set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PIN was not accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your PIN is right, but the records on this device could not be opened: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two PINs do not match. Please choose your PIN again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your PIN is right, but this device's sign-in details could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer could not be used: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in, but this device could not save it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office has withdrawn this device, so its records have been deleted from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealed records refused by the office: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::CommbookFilterModel</name>
        <message>
            <source>No loaded entry matches “%1”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of the %n loaded entries match</source>
            <extracomment>"3 of the 20 loaded entries match"</extracomment>
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
            <extracomment>"The 20 newest of 64 entries"</extracomment>
            <translation>
                <numerusform>The %1 newest of %n entry</numerusform>
                <numerusform>The %1 newest of %n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>Not read by anyone yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <extracomment>who read an entry and when, e.g. "Sam Cole (care worker) today at 10:20"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked as entered in error by %1 %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrected by %1 %2: %3</source>
            <extracomment>e.g. "Corrected by Amira Khan (care worker) today at 10:30: wrong day"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As first written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked as entered in error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correction %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::IncidentForm</name>
        <message>
            <source>Tell the office about an incident by phone: it cannot be reported from a family member's phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are not on the rota for this visit: report it from the person's page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the person first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving this report sends it to the office as soon as this phone syncs, and the office is alerted to it. Until then it is kept safe on this phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareRound is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident report saved on this phone. The office will be alerted as soon as it is sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::IncidentListModel</name>
        <message>
            <source>Saved on this phone, not sent yet: the office will be alerted as soon as it is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office has it and has been alerted (%1).</source>
            <extracomment>e.g. "The office has it and has been alerted (urgent)."</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to the office, which is alerted to every incident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <extracomment>kind and severity, e.g. "Fall · Serious"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Happened %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2 %3</source>
            <extracomment>who was told, how and when, e.g. "The office by phone today at 09:45"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Told: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written by someone from the care team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written by %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::PeopleModel</name>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::PersonController</name>
        <message>
            <source>Could not read this person's records: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareRound is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person you support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you write here is shared with %1's care team and with the family members they have agreed may see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries shared with family are read by the family members %1 has agreed may see them. Care team only entries never leave the care team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry saved on this phone. It is shared with family once it is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry saved on this phone for the care team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That entry is not in this book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You wrote this entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have already said you have read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked as read on this phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries cannot be corrected from a family member's phone: write a new entry to say what was wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only your own entries can be corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why it is corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correction saved on this phone. The entry's history keeps what it said before.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::RoundModel</name>
        <message numerus="yes">
            <source>%1 of %n visit(s) done</source>
            <extracomment>e.g. "2 of 6 visits done"</extracomment>
            <translation>
                <numerusform>%1 of %n visit done</numerusform>
                <numerusform>%1 of %n visits done</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read today's round: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-handed: with a second worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-handed: with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allergies: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::SignInController</name>
        <message>
            <source>Enter the office server's address, starting with https://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareRound on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device was locked while signing in. Unlock it and sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in, but this device could not save it: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::SpotCheckForm</name>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worker %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot checks are recorded by supervisors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This visit is not on this device. Sync to get the latest rota.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody else is on the rota for this visit: there is no one to observe.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %n items answered</source>
            <extracomment>e.g. "4 of 7 items answered"</extracomment>
            <translation>
                <numerusform>%1 of %n item answered</numerusform>
                <numerusform>%1 of %n items answered</numerusform>
            </translation>
        </message>
        <message>
            <source>CareRound is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The refusal is saved on this phone. It is kept on record, but it does not count as this year's observation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot check saved on this phone. %1 is asked to acknowledge it on their own phone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::SpotCheckInbox</name>
        <message>
            <source>That spot check is not on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have already acknowledged this spot check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledged on this phone. Your supervisor sees it once it is sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareRound is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spot check by %1 %2</source>
            <extracomment>e.g. "Spot check by Sam Cole today at 10:15"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At %1's visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person agreed to the visit being observed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person did not agree to be observed: %1. Nothing was observed, so this does not count as your yearly observation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, by %2</source>
            <extracomment>an action and its due date, e.g. "Change gloves between tasks, by 15 December 2026"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You acknowledged it %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::SupervisedWorkers</name>
        <message>
            <source>Observed in the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due a spot check: last observed on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due a spot check: never observed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (the person declined on %1; that does not count)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last observed on %1 (from this phone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No observation on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2 (in progress now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A worker not named on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visits today on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At a visit now: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n visit(s) today</source>
            <translation>
                <numerusform>%n visit today</numerusform>
                <numerusform>%n visits today</numerusform>
            </translation>
        </message>
        <message>
            <source>The office's list of who is due a spot check has not been fetched yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking the office who is due a spot check…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the office at %1: everyone has been observed in the last 12 months.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office's list could not be fetched: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::SyncStatus</name>
        <message>
            <source>Connecting to the office…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending your records…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting updates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing records you no longer need…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will try again shortly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline: everything is saved on this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything is with the office</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last synced just now</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::TodayModel</name>
        <message>
            <source>Could not read today's records: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::VisitController</name>
        <message>
            <source>Could not read this visit: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at %2</source>
            <extracomment>who left a note and when, e.g. "Sam Cole at Tue 20:40"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The second worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 checked out at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 checked in at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for %1: not checked in yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has not checked in yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two check-ins by the same worker are recorded for this visit. Tell the office: they will decide which one stands.</source>
            <translation type="unfinished" />
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
            <extracomment>e.g. "08:03 · At the home (12 m away, accurate to 8 m)"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You were here %1 of %2 planned</source>
            <extracomment>a double-handed call where the other worker is still there</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are not on the rota for this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office has cancelled this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have already checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CareRound is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked in: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked out: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry codes are shown only to the worker on this visit, after checking in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entry codes for this home are on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <extracomment>an entry code and where it is used, e.g. "Key safe by the back door: 4321"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in before recording tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medication is recorded in the medication (eMAR) screen, not as a task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved on this phone: %1, %2</source>
            <extracomment>e.g. "Saved on this phone: Breakfast, done"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note saved on this phone for the next worker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note saved on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in before recording money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Money handled saved on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident report saved on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you: your sign-off is saved on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No access can be recorded only before anyone has checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No access saved on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only your own entries can be withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why it is withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawal saved on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That entry is not part of this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only your own entries can be corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why it is corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correction saved on this phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. The office has been alerted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::VisitSummaryModel</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit finished at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 finished the visit at %2</source>
            <extracomment>e.g. "Amira finished the visit at 08:45"</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>careround::ui::VisitTaskModel</name>
        <message>
            <source>%1: %2 at %3</source>
            <extracomment>a task's outcome, who recorded it and when, e.g. "Done: Amira Khan at 08:12"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another worker</source>
            <translation type="unfinished" />
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
