<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>&apos;{url}&apos; is not a broker URL; write mqtt://HOST[:PORT]/PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; has a port that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{url}&apos; needs a topic prefix without + or #, as in mqtt://HOST/event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker refused: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost the broker at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the broker at {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Session Runner host console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the clock of the day&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every segment of the day with its planned and actual times and status; Enter starts the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown of the running segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the running segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a note and press Enter to log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen; Enter sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speakers in order; drag one to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown of the speaker&apos;s turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter to add it to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New speaker&apos;s time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: 90s, 3m or 2:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the speaker up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected speaker one place earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the speaker down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the selected speaker one place later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skips the selected speaker, or brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of the console and what it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the alert; the log keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
</context>
<context>
    <name>App</name>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the next start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChairView</name>
    <message>
        <source>Chair — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs now, the time left, and who speaks next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDING SOON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINAL SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over time by %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paused, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>and {count} more (see the details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard stop %1 AT RISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>Chair&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the host&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTroubleBar</name>
    <message>
        <source>THE TIMING LOG CANNOT BE WRITTEN. {reason} The screens show the day as the log has it; free space on the log&apos;s disk: it is retried every {seconds} s. The clock keeps counting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timing log is written again: the {count} events that waited are on disk and shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Session Runner — rooms at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for rooms at {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishControl</name>
    <message>
        <source>Publish to a broker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this room&apos;s state to an MQTT broker, for the overview and remote views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} as {room}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to a broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomTileWidget</name>
    <message>
        <source>last known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO SIGNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerLine</name>
    <message>
        <source>Now: %1 %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 over by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mqtt</name>
    <message>
        <source>connecting to {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why} — check the user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
