<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CborDecoder</name>
    <message numerus="yes">
        <source>Not valid CBOR: the data item ends at byte %1, and %n more byte(s) follow.</source>
        <translation>
            <numerusform>Not valid CBOR: the data item ends at byte %1, and %n more byte follows.</numerusform>
            <numerusform>Not valid CBOR: the data item ends at byte %1, and %n more bytes follow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>The path matches nothing in %1 message(s).</source>
        <translation>
            <numerusform>The path matches nothing in %1 message.</numerusform>
            <numerusform>The path matches nothing in %1 messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) not JSON, CBOR or MessagePack.</source>
        <translation>
            <numerusform>%1 message was not JSON, CBOR or MessagePack.</numerusform>
            <numerusform>%1 messages were not JSON, CBOR or MessagePack.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 value(s) not a number, skipped.</source>
        <translation>
            <numerusform>%1 value was not a number, skipped.</numerusform>
            <numerusform>%1 values were not numbers, skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 NaN or infinite value(s) shown as gaps.</source>
        <translation>
            <numerusform>%1 NaN or infinite value shown as a gap.</numerusform>
            <numerusform>%1 NaN or infinite values shown as gaps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 oldest point(s) dropped to stay within %2 points.</source>
        <translation>
            <numerusform>%1 oldest point dropped to stay within %2 points.</numerusform>
            <numerusform>%1 oldest points dropped to stay within %2 points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message numerus="yes">
        <source>Delete the collection “%1” with its %n message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the collection “%1” with its %n message? This cannot be undone.</numerusform>
            <numerusform>Delete the collection “%1” with its %n messages? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is a collection named “%1” already. Replace its %n message(s) with the imported ones, or keep both?</source>
        <translation>
            <numerusform>There is a collection named “%1” already. Replace its %n message with the imported ones, or keep both?</numerusform>
            <numerusform>There is a collection named “%1” already. Replace its %n messages with the imported ones, or keep both?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” with %n message(s).</source>
        <translation>
            <numerusform>Imported “%1” with %n message.</numerusform>
            <numerusform>Imported “%1” with %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), kept for %1</source>
        <translation>
            <numerusform>%n message, kept for %1</numerusform>
            <numerusform>%n messages, kept for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message numerus="yes">
        <source>Export all %n connection(s) as JSON. Passwords and key passphrases are left out unless you include them; included, they are written in clear text, readable by anyone who gets the file.</source>
        <translation>
            <numerusform>Export the connection as JSON. Its password and key passphrase are left out unless you include them; included, they are written in clear text, readable by anyone who gets the file.</numerusform>
            <numerusform>Export all %n connections as JSON. Passwords and key passphrases are left out unless you include them; included, they are written in clear text, readable by anyone who gets the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message numerus="yes">
        <source>Reconnecting in %n second(s) (attempt %1)…</source>
        <translation>
            <numerusform>Reconnecting in %n second (attempt %1)…</numerusform>
            <numerusform>Reconnecting in %n seconds (attempt %1)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%1 message</numerusform>
            <numerusform>%1 messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 topic(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%1 topic</numerusform>
            <numerusform>%1 topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History: %1 oldest message(s) dropped to stay under %2</source>
        <translation>
            <numerusform>History: %1 oldest message dropped to stay under %2</numerusform>
            <numerusform>History: %1 oldest messages dropped to stay under %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 payload(s) over %2 truncated (their size is kept)</source>
        <translation>
            <numerusform>%1 payload over %2 truncated (its size is kept)</numerusform>
            <numerusform>%1 payloads over %2 truncated (their size is kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message numerus="yes">
        <source>Text, line by line: %1 line(s) added</source>
        <translation>
            <numerusform>Text, line by line: %1 line added</numerusform>
            <numerusform>Text, line by line: %1 lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Structure (key order ignored): %1 path(s) added</source>
        <translation>
            <numerusform>Structure (key order ignored): %1 path added</numerusform>
            <numerusform>Structure (key order ignored): %1 paths added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bytes: %1 byte(s) added</source>
        <translation>
            <numerusform>Bytes: %1 byte added</numerusform>
            <numerusform>Bytes: %1 bytes added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HexDiff</name>
    <message numerus="yes">
        <source>… %1 unchanged byte(s)</source>
        <translation>
            <numerusform>… %1 unchanged byte</numerusform>
            <numerusform>… %1 unchanged bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message numerus="yes">
        <source>%1 message(s) exported to “%2”</source>
        <translation>
            <numerusform>%1 message exported to “%2”</numerusform>
            <numerusform>%1 messages exported to “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(from %Ln topic(s))</source>
        <translation>
            <numerusform>(from %Ln topic)</numerusform>
            <numerusform>(from %Ln topics)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 older message(s) were evicted during the export and are missing.</source>
        <translation>
            <numerusform>%1 older message was evicted during the export and is missing.</numerusform>
            <numerusform>%1 older messages were evicted during the export and are missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%1 new message(s): show</source>
        <translation>
            <numerusform>%1 new message: show</numerusform>
            <numerusform>%1 new messages: show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) kept</source>
        <translation>
            <numerusform>%1 message kept</numerusform>
            <numerusform>%1 messages kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 older message(s) no longer kept: %2</source>
        <translation>
            <numerusform>%1 older message no longer kept: %2</numerusform>
            <numerusform>%1 older messages no longer kept: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matching message(s)</source>
        <translation>
            <numerusform>%1 matching message</numerusform>
            <numerusform>%1 matching messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IngestWorker</name>
    <message numerus="yes">
        <source>Could not delete %1 of %n retained message(s): %2.</source>
        <translation>
            <numerusform>Could not delete %1 of %n retained message: %2.</numerusform>
            <numerusform>Could not delete %1 of %n retained messages: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n message(s) published with QoS 1 or 2 on “%1” have not been confirmed by the broker yet. Closing the tab now may lose them.</source>
        <translation>
            <numerusform>%n message published with QoS 1 or 2 on “%1” has not been confirmed by the broker yet. Closing the tab now may lose it.</numerusform>
            <numerusform>%n messages published with QoS 1 or 2 on “%1” have not been confirmed by the broker yet. Closing the tab now may lose them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published with QoS 1 or 2 have not been confirmed by the broker yet (%1). Quitting now may lose them.</source>
        <translation>
            <numerusform>%n message published with QoS 1 or 2 has not been confirmed by the broker yet (%1). Quitting now may lose it.</numerusform>
            <numerusform>%n messages published with QoS 1 or 2 have not been confirmed by the broker yet (%1). Quitting now may lose them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message numerus="yes">
        <source>%1 topic(s)</source>
        <comment>below a topic</comment>
        <translation>
            <numerusform>%1 topic</numerusform>
            <numerusform>%1 topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <comment>below a topic</comment>
        <translation>
            <numerusform>%1 message</numerusform>
            <numerusform>%1 messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mqtt</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n unexpected byte(s) after its contents (its remaining length does not match its contents).</source>
        <translation>
            <numerusform>%1 with %n unexpected byte after its contents (its remaining length does not match its contents).</numerusform>
            <numerusform>%1 with %n unexpected bytes after its contents (its remaining length does not match its contents).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The topic takes %n byte(s) in UTF-8; a topic may take at most 65,535 [MQTT-4.7.3-3].</source>
        <translation>
            <numerusform>The topic takes %n byte in UTF-8; a topic may take at most 65,535 [MQTT-4.7.3-3].</numerusform>
            <numerusform>The topic takes %n bytes in UTF-8; a topic may take at most 65,535 [MQTT-4.7.3-3].</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mqtt::ServerLimits</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mqtt::Session</name>
    <message numerus="yes">
        <source>The broker did not answer the keep-alive ping within %n second(s), so the connection is considered lost.</source>
        <translation>
            <numerusform>The broker did not answer the keep-alive ping within %n second, so the connection is considered lost.</numerusform>
            <numerusform>The broker did not answer the keep-alive ping within %n seconds, so the connection is considered lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The broker answered a subscribe request for %n topic filter(s) with %1 [MQTT-3.9.3-1].</source>
        <comment>%1 is a number of reason codes</comment>
        <translation>
            <numerusform>The broker answered a subscribe request for %n topic filter with %1 [MQTT-3.9.3-1].</numerusform>
            <numerusform>The broker answered a subscribe request for %n topic filters with %1 [MQTT-3.9.3-1].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reason code(s)</source>
        <translation>
            <numerusform>%n reason code</numerusform>
            <numerusform>%n reason codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The broker answered an unsubscribe request for %n topic filter(s) with %1 [MQTT-3.11.3-1].</source>
        <comment>%1 is a number of reason codes</comment>
        <translation>
            <numerusform>The broker answered an unsubscribe request for %n topic filter with %1 [MQTT-3.11.3-1].</numerusform>
            <numerusform>The broker answered an unsubscribe request for %n topic filters with %1 [MQTT-3.11.3-1].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The broker accepts packets of at most %n byte(s), too few for the %1 of %2 bytes that the protocol needs next, so the connection cannot go on.</source>
        <translation>
            <numerusform>The broker accepts packets of at most %n byte, too few for the %1 of %2 bytes that the protocol needs next, so the connection cannot go on.</numerusform>
            <numerusform>The broker accepts packets of at most %n bytes, too few for the %1 of %2 bytes that the protocol needs next, so the connection cannot go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mqtt::Transport</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MsgPackDecoder</name>
    <message numerus="yes">
        <source>Not valid MessagePack: the object ends at byte %1, and %n more byte(s) follow.</source>
        <translation>
            <numerusform>Not valid MessagePack: the object ends at byte %1, and %n more byte follows.</numerusform>
            <numerusform>Not valid MessagePack: the object ends at byte %1, and %n more bytes follow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadFormat</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⟨binary, %1 byte(s)⟩</source>
        <translation>
            <numerusform>⟨binary, %1 byte⟩</numerusform>
            <numerusform>⟨binary, %1 bytes⟩</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadPane</name>
    <message numerus="yes">
        <source>%Ln byte(s) are not UTF-8: each shows as its hex value in ⟨⟩, highlighted.</source>
        <translation>
            <numerusform>%Ln byte is not UTF-8: each shows as its hex value in ⟨⟩, highlighted.</numerusform>
            <numerusform>%Ln bytes are not UTF-8: each shows as its hex value in ⟨⟩, highlighted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadTree</name>
    <message numerus="yes">
        <source>… (%Ln byte(s))</source>
        <translation>
            <numerusform>… (%Ln byte)</numerusform>
            <numerusform>… (%Ln bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message numerus="yes">
        <source>%n stored message(s) of MQTTX&apos;s history were not imported</source>
        <translation>
            <numerusform>%n stored message of MQTTX&apos;s history was not imported</numerusform>
            <numerusform>%n stored messages of MQTTX&apos;s history were not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message numerus="yes">
        <source>%n connection(s) of this file have the name of one you have: %1.

Replace yours, or keep both (the imported ones get a new name)?</source>
        <translation>
            <numerusform>%n connection of this file has the name of one you have: %1.

Replace yours, or keep both (the imported one gets a new name)?</numerusform>
            <numerusform>%n connections of this file have the name of one you have: %1.

Replace yours, or keep both (the imported ones get a new name)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported from %1.</source>
        <translation>
            <numerusform>%n connection imported from %1.</numerusform>
            <numerusform>%n connections imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) exported to %1, with their passwords in clear text: keep the file private.</source>
        <translation>
            <numerusform>%n connection exported to %1, with its password in clear text: keep the file private.</numerusform>
            <numerusform>%n connections exported to %1, with their passwords in clear text: keep the file private.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) exported to %1, without passwords.</source>
        <translation>
            <numerusform>%n connection exported to %1, without its password.</numerusform>
            <numerusform>%n connections exported to %1, without passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishEditor</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetainedDeletion</name>
    <message numerus="yes">
        <source>Delete the retained messages of %Ln topic(s) in &quot;%1&quot; from the broker?</source>
        <translation>
            <numerusform>Delete the retained message of %Ln topic in &quot;%1&quot; from the broker?</numerusform>
            <numerusform>Delete the retained messages of %Ln topics in &quot;%1&quot; from the broker?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message numerus="yes">
        <source>… %Ln unchanged line(s)</source>
        <translation>
            <numerusform>… %Ln unchanged line</numerusform>
            <numerusform>… %Ln unchanged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicActions</name>
    <message numerus="yes">
        <source>Delete retained messages below (%Ln topic(s))…</source>
        <translation>
            <numerusform>Delete retained messages below (%Ln topic)…</numerusform>
            <numerusform>Delete retained messages below (%Ln topics)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicRow</name>
    <message numerus="yes">
        <source>Messages in this subtree: %1 (%2 topic(s))</source>
        <translation>
            <numerusform>Messages in this subtree: %1 (%2 topic)</numerusform>
            <numerusform>Messages in this subtree: %1 (%2 topics)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WillEditor</name>
    <message numerus="yes">
        <source>(%n byte(s) that are not text: kept unless you edit this)</source>
        <translation>
            <numerusform>(%n byte that is not text: kept unless you edit this)</numerusform>
            <numerusform>(%n bytes that are not text: kept unless you edit this)</numerusform>
        </translation>
    </message>
</context>
</TS>
