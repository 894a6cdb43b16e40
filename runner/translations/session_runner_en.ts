<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CountdownWidget</name>
    <message numerus="yes">
        <source>Over time by %n minute(s)</source>
        <translation>
            <numerusform>Over time by %n minute</numerusform>
            <numerusform>Over time by %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message numerus="yes">
        <source>%n delegation(s) added to the floor</source>
        <translation>
            <numerusform>%n delegation added to the floor</numerusform>
            <numerusform>%n delegations added to the floor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Left out: %n</source>
        <translation>
            <numerusform>Left out: %n</numerusform>
            <numerusform>Left out: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut to fit: %n</source>
        <translation>
            <numerusform>Cut to fit: %n</numerusform>
            <numerusform>Cut to fit: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guessed: %n</source>
        <translation>
            <numerusform>Guessed: %n</numerusform>
            <numerusform>Guessed: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
