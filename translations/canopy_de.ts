<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Canopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mqtt://host:1883, mqtts://host:8883, ws://host:8080/mqtt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic to see its last message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Canopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Canopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canopy %1
A native MQTT 3.1.1 and 5.0 explorer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Canopy, a native MQTT explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker to connect to, e.g. mqtt://localhost:1883 or mqtts://host:8883.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window to &lt;file&gt; after a delay, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 3000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canopy: &apos;%1&apos; is not a broker URL; write it as mqtt://host:port (or mqtts://, ws://, wss://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canopy: could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
