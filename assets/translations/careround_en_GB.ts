<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <name>HomePage</name>
        <message>
            <source>Today</source>
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
            <source>Today's records</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s) today</source>
            <translation>
                <numerusform>%n record today</numerusform>
                <numerusform>%n records today</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading today's records…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No visits today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been recorded or planned for today on this device.</source>
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
            <source>Step 2 of 2: enter the same PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step 1 of 2: choose a PIN</source>
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
</TS>
