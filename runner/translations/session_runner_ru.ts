<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERTIME</source>
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
        <source>%1 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min</source>
        <translation type="unfinished"></translation>
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
</TS>
