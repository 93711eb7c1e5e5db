<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddSeriesDialog</name>
    <message>
        <source>Add Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home/+/temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty for the whole payload, or $.sensors[0].temp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One series per matching topic, including topics that appear later. The path picks a number in JSON, CBOR or MessagePack; true/false and on/off count as 1 and 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a topic, or a filter such as home/+/temperature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic filter: &apos;+&apos; must be a whole level and &apos;#&apos; the whole last level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CborDecoder</name>
    <message>
        <source>Not valid CBOR: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map ends after a key, without its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container does not end properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends before the item is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte string ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text string ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a container cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not valid CBOR: the data item ends at byte %1, and %n more byte(s) follow.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CBOR: the payload is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date/time string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive bignum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative bignum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bigfloat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded CBOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-described CBOR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first column is not &quot;time&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 does not start with a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has a value that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFeed</name>
    <message>
        <source>&quot;%1&quot; is not a topic or topic filter: use levels separated by &apos;/&apos;, &apos;+&apos; for one level, &apos;#&apos; at the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>No series yet. Add one with &quot;Add series…&quot;, from the topic tree&apos;s context menu (Chart this topic) or from a value in the inspector&apos;s JSON tree (Chart this value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to hide the series; right-click for its axis or to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic matches yet: waiting for the first message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The path matches nothing in %1 message(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) not JSON, CBOR or MessagePack.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 value(s) not a number, skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 NaN or infinite value(s) shown as gaps.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 oldest point(s) dropped to stay within %2 points.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use the Right Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsArea</name>
    <message>
        <source>New Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a series in the table below the chart to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window; the chart follows the newest values until you zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the chart; values keep being recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the live time window (wheel zooms, dragging selects a range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each series keeps this many points; older ones are dropped and counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible Range as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart This Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart All Numeric Fields of This JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart This Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the value at this path for the shown topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart already shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last message of %1 has no numeric fields: it is not JSON, CBOR or MessagePack with numbers in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart has no series to export. Add a series first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to export. Add a series first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart data written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
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
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT 3.1.1: the broker does not support MQTT 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s) (attempt %1)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <comment>status bar</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 topic(s)</source>
        <comment>status bar</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>View paused · </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History: %1 oldest message(s) dropped to stay under %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 payload(s) over %2 truncated (their size is kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is hidden by the filter; clear the filter to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” arrived while the view was paused; resume it to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been received on “%1” since the tree was last cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Old offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto compares two JSON documents by structure (key order ignored), text line by line and anything binary as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest vs previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the topic&apos;s newest message with the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic with at least two messages, or two rows in the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: message %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payload was truncated by the store: only its stored bytes are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two payloads are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text, line by line: %1 line(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Structure (key order ignored): %1 path(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bytes: %1 byte(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the text is matched against topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the text in the last payload of each topic instead of in topic names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: text in the last payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: topic filter such as home/+/temperature or sensors/#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: regular expression such as ^home/.*/temp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: text the topic contains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexDiff</name>
    <message numerus="yes">
        <source>… %1 unchanged byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The payloads differ in more than %1: compared byte by byte at the same offsets, not aligned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexModel</name>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Export cancelled: “%1” was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: “%1” has no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics were cleared during the export: “%1” was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) exported to “%2”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(from %Ln topic(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 older message(s) were evicted during the export and are missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown payload encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable MQTT 5 properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or a true/false field does not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(evicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter payloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the messages whose payload contains this text (letters A–Z in any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected messages in the Diff tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages join the table while it shows its top and nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages kept per topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History memory budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this topic&apos;s history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history of this topic and all below it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see that message; select two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 new message(s): show</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No history: select a topic that has messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 evicted to keep all history within its %2 memory budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the limit of %2 messages per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 older message(s) no longer kept: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matching message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(searching, %1 of %2 looked at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is no longer kept: the store evicted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages kept per topic (the last message included). Fewer drops the oldest of every topic now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory for the history of all topics, in MiB. When it is full the oldest messages are evicted, and the History tab says how many.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngestWorker</name>
    <message>
        <source>the connection ended before the broker confirmed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was replaced before the broker confirmed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to a broker before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %1 of %n retained message(s): %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic&apos;s stored messages, newest first, in the inspector&apos;s History tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the stored messages of this topic and of every topic below it to a CSV or JSON Lines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no messages of its own to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic with at least two messages, or two rows in the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one message of “%1” is kept: nothing to compare it with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message to compare is no longer kept: the store evicted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the History of “%1” and Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the history of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not strict JSON: %1 at line %2, column %3 is not a JSON value (shown as written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in a string (it must be escaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing (the document ends here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown word (a string needs quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in quotes or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more data after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Canopy</source>
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
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the tree; messages are still received and counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget all topics and messages received so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canopy — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a tab for another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this tab to the broker in the URL field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now instead of waiting for the countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tab (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tab tooltip: endpoint — state</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDiff</name>
    <message>
        <source>Only the first %1 of each payload are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A structural diff needs two JSON documents. %1 Compared as %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageHeader</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription identifiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (local time, to the millisecond)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cut to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (UTF-8 text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unspecified bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · hex %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Copy payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the payload: as text when it is text, otherwise as hex (and the raw bytes for programs that take them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as mosquitto_pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a mosquitto_pub command line that publishes this message again (safe to paste into a shell; credentials are not included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save payload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the payload&apos;s bytes to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a mosquitto_pub command line for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 topic(s)</source>
        <comment>below a topic</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <comment>below a topic</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message was received on this topic itself. Below it: %1 with %2.</source>
        <comment>%1 is a number of topics, %2 a number of messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic to see its last message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload was truncated: the file holds the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mqtt</name>
    <message>
        <source>reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remaining length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user property value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect with will message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subscription existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implementation specific error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client identifier not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep alive timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic filter invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic name invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet identifier not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive maximum exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic alias invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrative action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retain not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared subscriptions not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection rate exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum connect time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription identifiers not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcard subscriptions not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the reason code 0x%2, which is not defined for that packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose %2 contains the wildcard &apos;%3&apos; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, which the specification forbids (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a packet type that exists only in MQTT 5.0 (type 15 is reserved in MQTT 3.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a packet only a client may send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a packet only a server may send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with both QoS bits set (QoS 3) (MQTT-3.3.1-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the DUP flag set on a QoS 0 message (MQTT-3.3.1-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose fixed header flags are 0x%2 instead of 0x%3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for protocol &quot;%2&quot; level %3, which is not MQTT 3.1 (&quot;MQIsdp&quot; level 3), 3.1.1 (&quot;MQTT&quot; level 4) or 5.0 (&quot;MQTT&quot; level 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the reserved connect flag set (MQTT-3.1.2-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with Will QoS or Will Retain set but no Will Flag (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with Will QoS 3 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with a password but no user name (MQTT-3.1.2-22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carrying Authentication Data without an Authentication Method (MQTT 5.0 section 3.1.2.11.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with an empty will topic (MQTT-4.7.3-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with reserved bits set in its acknowledge flags (MQTT-3.2.2-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the return code %2, which MQTT 3.1.1 does not define (section 3.2.2.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with Session Present set although it refuses the connection (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with an empty topic (MQTT-4.7.3-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with an empty topic and no Topic Alias (MQTT 5.0 section 3.3.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without any topic filter (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with reserved bits set in the options of the topic filter &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asking for QoS 3 on the topic filter &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with Retain Handling 3 on the topic filter &quot;%2&quot; (MQTT 5.0 section 3.8.3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the invalid topic filter &quot;%2&quot; (MQTT-4.7.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with No Local set on the shared subscription &quot;%2&quot; (MQTT-3.8.3-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without any reason codes (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the reason code 0x%2, which is not defined for that packet (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without any topic filter (MQTT-3.10.3-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without an Authentication Method (MQTT 5.0 section 3.15.2.2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, larger than the maximum packet size of %3 accepted on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 property</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 that ends before its %2 (its remaining length is too short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose %2 is a Variable Byte Integer longer than 4 bytes (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose %2 is not encoded in the fewest bytes possible (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with packet identifier 0, which is reserved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose %2 is longer than the rest of the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose %2 is not well-formed UTF-8 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose %2 contains an encoded UTF-16 surrogate (U+D800..U+DFFF) (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose %2 contains the null character U+0000 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n unexpected byte(s) after its contents (its remaining length does not match its contents).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 whose property length (%2) runs past the end of the packet (MQTT 5.0 section 2.2.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 %3, a value the specification does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the unknown property identifier 0x%2 (MQTT 5.0 section 2.2.2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its will properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carrying the %2 property, which may not appear in %3 (MQTT 5.0 section 2.2.2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carrying the %2 property more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose Response Topic contains a wildcard (MQTT-3.3.2-14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carrying a Subscription Identifier, which only a server may send (MQTT-3.3.4-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carrying a Session Expiry Interval, which only a client may send in a DISCONNECT (MQTT-3.14.2-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topic aliases are accepted on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the aliases accepted on this connection are 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with Topic Alias %2, but %3 (MQTT 5.0 section 3.3.2.3.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted QoS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unacceptable protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown return code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal disconnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason code 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mqtt::Client</name>
    <message>
        <source>TLS certificate verification is switched off for %1: the connection is encrypted, but anyone in between can pretend to be the broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 accepted the connection but did not answer the MQTT CONNECT within %2 seconds; check that this port speaks MQTT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection without answering the MQTT 5 CONNECT; connecting again with MQTT 3.1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 does not support MQTT 5; connecting again with MQTT 3.1.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mqtt::ConnectionOptions</name>
    <message>
        <source>No broker address was given: write one such as mqtt://localhost:1883.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in the broker address &apos;%1&apos; is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; is not a valid URL: write it as mqtt://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has no scheme: start it with mqtt://, mqtts://, ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; uses the unknown scheme &apos;%2&apos;: use mqtt://, mqtts://, ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has no host name: write it as %2://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has the path &apos;%2&apos;, but only ws:// and wss:// addresses use a path: remove it or use a WebSocket address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mqtt::ServerLimits</name>
    <message>
        <source>The broker announced a Receive Maximum of 0, which the protocol forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker announced a Maximum Packet Size of 0, which the protocol forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS %1 does not exist; use QoS 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker accepts messages up to QoS %1 only, so this QoS %2 message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support retained messages, so this retained message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message needs a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; contains a wildcard (+ or #), which only subscriptions may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; is not a valid topic name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscribe request needs at least one topic filter [MQTT-3.8.3-2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic filter must not be empty [MQTT-4.7.3-1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid topic filter: + must fill a whole level and # must be the last level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS %1 does not exist; subscribe with QoS 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain handling %1 does not exist; use 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid shared subscription; use $share/group/filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support shared subscriptions, so &quot;%1&quot; was not subscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared subscription &quot;%1&quot; cannot use No Local [MQTT-3.8.3-4].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support wildcard subscriptions, so &quot;%1&quot; was not subscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscribe request can carry only one subscription identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription identifier %1 is out of range; use 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support subscription identifiers, so the subscription was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsubscribe request needs at least one topic filter [MQTT-3.10.3-2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The message would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message would need a packet of %1, but the broker accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscribe request would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsubscribe request would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscribe request would need a packet of %1, but the broker accepts at most %2; subscribe to fewer or shorter topic filters at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsubscribe request would need a packet of %1, but the broker accepts at most %2; unsubscribe from fewer or shorter topic filters at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic alias 0 does not exist; topic aliases start at 1 [MQTT-3.3.2-8].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker accepts no topic aliases, so the message with topic alias %1 was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker accepts topic aliases 1 to %1, so the message with topic alias %2 was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mqtt::Session</name>
    <message>
        <source>The connection closed before the broker answered the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was discarded before the broker confirmed the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was discarded before the request could be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent a malformed packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet, which MQTT %1 does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet before the client connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet although the client did not ask for enhanced authentication [MQTT-4.12.0-6].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent a %1 packet, which only a client may send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent a %1 packet before accepting the connection with CONNACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent a second CONNACK on the same connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent a CONNACK before the client sent CONNECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the connection: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It suggests the server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker reported an existing session although the client asked for a clean start [MQTT-3.2.2-2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the broker, which resumed the previous session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the broker with a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker did not keep the session, so the subscriptions must be made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker used topic alias %1, but the client accepts aliases 1 to %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker used topic alias %1 without ever saying which topic it stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent a PUBLISH packet without a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent more unacknowledged QoS 2 messages than the client&apos;s Receive Maximum of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent a PUBLISH packet with QoS 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent PUBACK for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent PUBACK for packet identifier %1, which is a QoS 2 message and needs PUBREC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the message to &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent PUBREC for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent PUBREC for packet identifier %1, which is a QoS 1 message and needs PUBACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent a second PUBREC for packet identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1, which is a QoS 1 message and needs PUBACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1 before PUBREC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent SUBACK for packet identifier %1, but no subscribe request with that identifier awaits one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the subscription to &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent UNSUBACK for packet identifier %1, but no unsubscribe request with that identifier awaits one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused to remove the subscription to &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker sent a DISCONNECT packet, which only a client may send before MQTT 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker closed the connection: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The broker did not answer the keep-alive ping within %n second(s), so the connection is considered lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The broker answered a subscribe request for %n topic filter(s) with %1 [MQTT-3.9.3-1].</source>
        <comment>%1 is a number of reason codes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reason code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The broker answered an unsubscribe request for %n topic filter(s) with %1 [MQTT-3.11.3-1].</source>
        <comment>%1 is a number of reason codes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the broker does not support MQTT 5; use MQTT 3.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The broker accepts packets of at most %n byte(s), too few for the %1 of %2 bytes that the protocol needs next, so the connection cannot go on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The broker had received the QoS 2 message to &quot;%1&quot;, but the connection ended before the exchange completed and the new connection started a clean session, so it is unknown whether the message was delivered; publish it again if it must arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended before the broker acknowledged the QoS 2 message to &quot;%1&quot; and the new connection started a clean session, so it is unknown whether the broker received it. It was not sent again, because that could deliver it twice; publish it again if it must arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker had received the QoS 2 message to &quot;%1&quot; but did not keep the session, so it is unknown whether the message was delivered; publish it again if it must arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker did not keep the session, so it is unknown whether it received the QoS 2 message to &quot;%1&quot;. It was not sent again, because that could deliver it twice; publish it again if it must arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mqtt::Transport</name>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist: check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a folder, not a file: choose the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; cannot be read (%3): check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; contains no PEM certificate: choose a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; is protected by a passphrase: enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; could not be decrypted: check the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; contains no PEM private key (RSA or EC): choose the key file that belongs to the client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate &apos;%1&apos; needs its private key: set the client key file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; needs its certificate: set the client certificate file too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) is self-signed and not in %3: set the CA certificate file to the broker&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;, issued by &apos;%3&apos;) is not trusted: its CA &apos;%4&apos; is not in %5. Set the CA certificate file to that CA&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS peer verification is off for %1 (insecure mode): the connection is encrypted, but the broker&apos;s identity is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2: check that this port serves MQTT over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 and its WebSocket handshake did not finish within %2: check the host, the port and that it serves MQTT over WebSockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2: the broker did not answer. Check the host, the port and any firewall in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection during the TLS handshake: check that this port serves MQTT over TLS and whether it requires a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection during the WebSocket handshake: it is not a WebSocket endpoint. Check the port and the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection while it was being opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the host &apos;%1&apos;: the name does not resolve. Check the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 refused the connection: nothing accepts connections on that port. Check that the broker is running and that the port is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection to %1 failed (%2): check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is not allowed to connect to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system has no resources left for a connection to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot connect to %1 (%2): the address type may not be supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy for the connection to %1 failed (%2): check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): check that this port serves MQTT over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; does not belong to the client certificate &apos;%2&apos;: use the key that was made with that certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS settings for %1 could not be used (%2): check the client certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS could not be set up for the connection to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 sent no TLS certificate, so its identity cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 is for %2, not for &apos;%3&apos;: connect using a name the certificate lists, or set the name to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) expired on %3: the broker&apos;s operator must renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) is not valid before %3: check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) was rejected: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 requires a TLS client certificate: set a client certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 rejected the client certificate &apos;%2&apos; (%3): use a certificate issued by a CA the broker trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 rejected the TLS handshake (%2): it may require a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 rejected the TLS handshake (%2): it may require a client certificate, or share no TLS version or cipher with this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 supports none of this program&apos;s TLS versions (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 accepts none of the ALPN protocols %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker at %1 ended the TLS session with the alert &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered the WebSocket handshake for &apos;%2&apos; with HTTP %3 %4: it is not a WebSocket endpoint. Check the port and the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket handshake with %1 failed (%2): it is probably not a WebSocket endpoint. Check the port and the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name to verify (&apos;%1&apos;) cannot be checked on the WebSocket connection to %2: clear it, or connect using that name as the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent a WebSocket text frame, but MQTT is only carried in binary frames: the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to %1 from &quot;%2&quot;: the local address to connect from must be an IP address of this machine, such as 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 from the local address %2 (%3); give an address of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSocket connection to %1 cannot choose its local address (%2); connect with mqtt:// or mqtts:// to do so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MsgPackDecoder</name>
    <message>
        <source>Not valid MessagePack: a type byte that MessagePack does not define at byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid MessagePack: the data ends before the object is complete (at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid MessagePack here: nesting deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid MessagePack: the payload is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid MessagePack: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid MessagePack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not valid MessagePack: the object ends at byte %1, and %n more byte(s) follow.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumericPath</name>
    <message>
        <source>The path &quot;%1&quot; is not valid: %2 at character %3. Write it like $.sensors[0].temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is missing after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;]&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index must be digits in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;.&apos; or &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTextView</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the payload before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the payload after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not UTF-8: this byte is shown as its hex value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadDetector</name>
    <message>
        <source>The content type says JSON, but the payload is cut, so it cannot be read as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content type says JSON, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content type says CBOR, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content type says MessagePack, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is cut, so it cannot be read as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadFormat</name>
    <message>
        <source> …(truncated, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message expiry interval: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation data (hex): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription identifiers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic alias: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User property: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 5 properties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload truncated: showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty payload (on a retained message this deletes the retained message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary payload, as a hex dump:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex dump of the first %1 of %2; the rest is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload (JSON, pretty-printed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⟨binary, %1 byte(s)⟩</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadPane</name>
    <message>
        <source>This installation of Qt cannot read WebP images (its image format plugin is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image Qt can read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the payload is shown; the bytes stay as they are whichever you pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the node&apos;s path, such as $.sensors[0].temp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload truncated: the store kept the first %1 of %2; every view shows those bytes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is cut at %1, so it cannot be read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) are not UTF-8: each shows as its hex value in ⟨⟩, highlighted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 of JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 of JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostic notation stops after %1 characters; the tree and hex views show everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 of CBOR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 of MessagePack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding a %1 image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree shows the first %1 values only; the text and hex views show everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadTree</name>
    <message numerus="yes">
        <source>… (%Ln byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadTreeModel</name>
    <message>
        <source>(tagged value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source># mosquitto_pub connects over TCP only; this broker was reached over WebSocket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The payload was cut at %1 of %2: this publishes the stored part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The correlation data holds zero bytes, which a command line cannot pass: it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The payload (%1) is too large for a command line: save it first with “Save payload…” as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetainedDeletion</name>
    <message>
        <source>Delete retained messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the retained message of &quot;%1&quot; from the broker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the retained message of 1 topic in &quot;%1&quot; (%2) from the broker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canopy publishes an empty retained message to each topic. New subscribers will no longer receive them; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting retained messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting retained messages: %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the retained messages of %Ln topic(s) in &quot;%1&quot; from the broker?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StringPager</name>
    <message>
        <source>characters %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructuralDiff</name>
    <message>
        <source>A document has more values than the tree holds: only its first values are compared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>The changed region is too long to align line by line (over %1 lines): it shows as removed, then added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %Ln unchanged line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPager</name>
    <message>
        <source>bytes %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicActions</name>
    <message>
        <source>Copy topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete retained message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete retained messages below…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete retained messages below (%Ln topic(s))…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no retained messages below &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no retained message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicFilter</name>
    <message>
        <source>The regular expression is not valid (%1 at position %2); correct it to filter topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic filter is not valid: &apos;#&apos; may only be the whole last level and &apos;+&apos; only a whole level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicRow</name>
    <message>
        <source>⟨empty level⟩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker holds a retained message for this topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages on this topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second in this subtree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second on this topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Messages in this subtree: %1 (%2 topic(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
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
    <message>
        <source>Expand the first &lt;levels&gt; levels of the topic tree as they appear (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &lt;topic&gt; in the tree as soon as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker to connect to at start, subscribed to &apos;#&apos;, e.g. mqtt://localhost:1883 or mqtts://host:8883. Give it again for more brokers, each in a tab of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canopy: --expand takes a number of levels (0 or more), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canopy: --select takes a topic name, without the wildcards + and #, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
