<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddSeriesDialog</name>
    <message>
        <source>Add Series</source>
        <translation>Datenreihe hinzufügen</translation>
    </message>
    <message>
        <source>home/+/temperature</source>
        <translation>home/+/temperature</translation>
    </message>
    <message>
        <source>empty for the whole payload, or $.sensors[0].temp</source>
        <translation>leer für den ganzen Payload oder $.sensors[0].temp</translation>
    </message>
    <message>
        <source>One series per matching topic, including topics that appear later. The path picks a number in JSON, CBOR or MessagePack; true/false and on/off count as 1 and 0.</source>
        <translation>Eine Datenreihe pro passendem Topic, auch für Topics, die später erscheinen. Der Pfad wählt eine Zahl in JSON, CBOR oder MessagePack aus; true/false und on/off zählen als 1 und 0.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Topic filter:</source>
        <translation>&amp;Topic-Filter:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Enter a topic, or a filter such as home/+/temperature.</source>
        <translation>Geben Sie ein Topic oder einen Filter wie home/+/temperature ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic filter: &apos;+&apos; must be a whole level and &apos;#&apos; the whole last level.</source>
        <translation>&quot;%1&quot; ist kein Topic-Filter: &apos;+&apos; muss eine ganze Ebene sein und &apos;#&apos; die ganze letzte Ebene.</translation>
    </message>
</context>
<context>
    <name>CborDecoder</name>
    <message>
        <source>Not valid CBOR: %1 at byte %2.</source>
        <translation>Kein gültiges CBOR: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>a map ends after a key, without its value</source>
        <translation>eine Map endet nach einem Schlüssel ohne dessen Wert</translation>
    </message>
    <message>
        <source>the container does not end properly</source>
        <translation>der Container endet nicht ordnungsgemäß</translation>
    </message>
    <message>
        <source>the data ends before the item is complete</source>
        <translation>die Daten enden, bevor das Element vollständig ist</translation>
    </message>
    <message>
        <source>a byte string ends early</source>
        <translation>ein Byte-String endet vorzeitig</translation>
    </message>
    <message>
        <source>a text string ends early</source>
        <translation>ein Text-String endet vorzeitig</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>a container cannot be read</source>
        <translation>ein Container kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>an item of an unknown kind</source>
        <translation>ein Element unbekannter Art</translation>
    </message>
    <message numerus="yes">
        <source>Not valid CBOR: the data item ends at byte %1, and %n more byte(s) follow.</source>
        <translation>
            <numerusform>Kein gültiges CBOR: Das Datenelement endet bei Byte %1, und es folgt %n weiteres Byte.</numerusform>
            <numerusform>Kein gültiges CBOR: Das Datenelement endet bei Byte %1, und es folgen %n weitere Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CBOR: the payload is empty.</source>
        <translation>Kein gültiges CBOR: Der Payload ist leer.</translation>
    </message>
    <message>
        <source>date/time string</source>
        <translation>Datum/Uhrzeit-String</translation>
    </message>
    <message>
        <source>epoch time</source>
        <translation>Epochenzeit</translation>
    </message>
    <message>
        <source>positive bignum</source>
        <translation>positive Bignum</translation>
    </message>
    <message>
        <source>negative bignum</source>
        <translation>negative Bignum</translation>
    </message>
    <message>
        <source>decimal fraction</source>
        <translation>Dezimalbruch</translation>
    </message>
    <message>
        <source>bigfloat</source>
        <translation>Bigfloat</translation>
    </message>
    <message>
        <source>expected encoding</source>
        <translation>erwartete Kodierung</translation>
    </message>
    <message>
        <source>embedded CBOR</source>
        <translation>eingebettetes CBOR</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>base64url text</source>
        <translation>base64url-Text</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>base64-Text</translation>
    </message>
    <message>
        <source>MIME message</source>
        <translation>MIME-Nachricht</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>self-described CBOR</source>
        <translation>selbstbeschreibendes CBOR</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist: check the path.</source>
        <translation>%1 &apos;%2&apos; existiert nicht: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a folder, not a file: choose the file.</source>
        <translation>%1 &apos;%2&apos; ist ein Ordner, keine Datei: Wählen Sie die Datei.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; cannot be read (%3): check its permissions.</source>
        <translation>%1 &apos;%2&apos; kann nicht gelesen werden (%3): Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is larger than 1 MiB, too large for a certificate or key: choose the PEM file.</source>
        <translation>%1 &apos;%2&apos; ist größer als 1 MiB und damit zu groß für ein Zertifikat oder einen Schlüssel: Wählen Sie die PEM-Datei.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; holds no certificate (PEM or DER): choose a certificate file.</source>
        <translation>%1 &apos;%2&apos; enthält kein Zertifikat (PEM oder DER): Wählen Sie eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; is protected by a passphrase: enter the passphrase.</source>
        <translation>Der Client-Schlüssel &apos;%1&apos; ist durch eine Passphrase geschützt: Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; could not be decrypted with this passphrase: check the passphrase.</source>
        <translation>Der Client-Schlüssel &apos;%1&apos; konnte mit dieser Passphrase nicht entschlüsselt werden: Prüfen Sie die Passphrase.</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; holds no PEM private key (RSA or EC): choose the key file that belongs to the client certificate.</source>
        <translation>Der Client-Schlüssel &apos;%1&apos; enthält keinen privaten PEM-Schlüssel (RSA oder EC): Wählen Sie die Schlüsseldatei, die zum Client-Zertifikat gehört.</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; does not belong to the client certificate &apos;%2&apos;: choose the key that was made with this certificate.</source>
        <translation>Der Client-Schlüssel &apos;%1&apos; gehört nicht zum Client-Zertifikat &apos;%2&apos;: Wählen Sie den Schlüssel, mit dem dieses Zertifikat erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>ChartCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The first column is not &quot;time&quot;.</source>
        <translation>Die erste Spalte ist nicht &quot;time&quot;.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields instead of %3.</source>
        <translation>Zeile %1 hat %2 Felder statt %3.</translation>
    </message>
    <message>
        <source>Line %1 does not start with a time.</source>
        <translation>Zeile %1 beginnt nicht mit einer Zeitangabe.</translation>
    </message>
    <message>
        <source>Line %1 has a value that is not a number.</source>
        <translation>Zeile %1 enthält einen Wert, der keine Zahl ist.</translation>
    </message>
</context>
<context>
    <name>ChartFeed</name>
    <message>
        <source>&quot;%1&quot; is not a topic or topic filter: use levels separated by &apos;/&apos;, &apos;+&apos; for one level, &apos;#&apos; at the end.</source>
        <translation>&quot;%1&quot; ist weder ein Topic noch ein Topic-Filter: Verwenden Sie durch &apos;/&apos; getrennte Ebenen, &apos;+&apos; für eine Ebene und &apos;#&apos; am Ende.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>No series yet. Add one with &quot;Add series…&quot;, from the topic tree&apos;s context menu (Chart this topic) or from a value in the inspector&apos;s JSON tree (Chart this value).</source>
        <translation>Noch keine Datenreihe. Fügen Sie eine mit „Datenreihe hinzufügen…“ hinzu, über das Kontextmenü des Topic-Baums („Dieses Topic im Diagramm anzeigen“) oder über einen Wert im JSON-Baum des Inspektors („Diesen Wert im Diagramm anzeigen“).</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Datenreihe</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Rate /s</source>
        <translation>Rate /s</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Untick to hide the series; right-click for its axis or to remove it.</source>
        <translation>Entfernen Sie das Häkchen, um die Datenreihe auszublenden; Rechtsklick, um ihre Achse zu wählen oder sie zu entfernen.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>No topic matches yet: waiting for the first message.</source>
        <translation>Noch kein passendes Topic: Warten auf die erste Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>The path matches nothing in %1 message(s).</source>
        <translation>
            <numerusform>Der Pfad findet in %1 Nachricht nichts.</numerusform>
            <numerusform>Der Pfad findet in %1 Nachrichten nichts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) not JSON, CBOR or MessagePack.</source>
        <translation>
            <numerusform>%1 Nachricht ist kein JSON, CBOR oder MessagePack.</numerusform>
            <numerusform>%1 Nachrichten sind kein JSON, CBOR oder MessagePack.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 value(s) not a number, skipped.</source>
        <translation>
            <numerusform>%1 Wert ist keine Zahl, übersprungen.</numerusform>
            <numerusform>%1 Werte sind keine Zahlen, übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 NaN or infinite value(s) shown as gaps.</source>
        <translation>
            <numerusform>%1 NaN- oder unendlicher Wert als Lücke angezeigt.</numerusform>
            <numerusform>%1 NaN- oder unendliche Werte als Lücken angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 oldest point(s) dropped to stay within %2 points.</source>
        <translation>
            <numerusform>%1 ältester Punkt verworfen, um höchstens %2 Punkte zu behalten.</numerusform>
            <numerusform>%1 älteste Punkte verworfen, um höchstens %2 Punkte zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the Right Axis</source>
        <translation>Rechte Achse verwenden</translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation>Datenreihe entfernen</translation>
    </message>
</context>
<context>
    <name>ChartsArea</name>
    <message>
        <source>New Chart</source>
        <translation>Neues Diagramm</translation>
    </message>
    <message>
        <source>Add Series…</source>
        <translation>Datenreihe hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation>Datenreihe entfernen</translation>
    </message>
    <message>
        <source>Select a series in the table below the chart to remove it.</source>
        <translation>Wählen Sie in der Tabelle unter dem Diagramm eine Datenreihe aus, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Time window; the chart follows the newest values until you zoom</source>
        <translation>Zeitfenster; das Diagramm folgt den neuesten Werten, bis Sie zoomen</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Freeze the chart; values keep being recorded</source>
        <translation>Das Diagramm einfrieren; Werte werden weiterhin aufgezeichnet</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the live time window (wheel zooms, dragging selects a range)</source>
        <translation>Zurück zum laufenden Zeitfenster (das Mausrad zoomt, Ziehen wählt einen Bereich aus)</translation>
    </message>
    <message>
        <source>Points per series:</source>
        <translation>Punkte pro Datenreihe:</translation>
    </message>
    <message>
        <source>Each series keeps this many points; older ones are dropped and counted</source>
        <translation>Jede Datenreihe behält so viele Punkte; ältere werden verworfen und gezählt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Visible Range as CSV…</source>
        <translation>Sichtbaren Bereich als CSV…</translation>
    </message>
    <message>
        <source>Everything as CSV…</source>
        <translation>Alles als CSV…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Diagramm als PNG…</translation>
    </message>
    <message>
        <source>Chart This Topic</source>
        <translation>Dieses Topic im Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Chart All Numeric Fields of This JSON</source>
        <translation>Alle numerischen Felder dieses JSON im Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Chart This Value</source>
        <translation>Diesen Wert im Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Chart the value at this path for the shown topic</source>
        <translation>Den Wert an diesem Pfad für das angezeigte Topic im Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>The chart already shows %1.</source>
        <translation>Das Diagramm zeigt %1 bereits.</translation>
    </message>
    <message>
        <source>The last message of %1 has no numeric fields: it is not JSON, CBOR or MessagePack with numbers in it.</source>
        <translation>Die letzte Nachricht von %1 hat keine numerischen Felder: Sie ist kein JSON, CBOR oder MessagePack mit Zahlen darin.</translation>
    </message>
    <message>
        <source>The chart has no series to export. Add a series first.</source>
        <translation>Das Diagramm hat keine Datenreihe zum Exportieren. Fügen Sie zuerst eine Datenreihe hinzu.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is no chart to export. Add a series first.</source>
        <translation>Es gibt kein Diagramm zum Exportieren. Fügen Sie zuerst eine Datenreihe hinzu.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Chart data written to %1.</source>
        <translation>Diagrammdaten nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>Diagramm nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <source>Double-click a name to rename the collection</source>
        <translation>Doppelklicken Sie auf einen Namen, um die Sammlung umzubenennen</translation>
    </message>
    <message>
        <source>Kept for this connection</source>
        <translation>Für diese Verbindung gespeichert</translation>
    </message>
    <message>
        <source>Kept for all connections</source>
        <translation>Für alle Verbindungen gespeichert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>A new, empty collection</source>
        <translation>Eine neue, leere Sammlung</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>A copy of this collection</source>
        <translation>Eine Kopie dieser Sammlung</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this collection and its file</source>
        <translation>Diese Sammlung und ihre Datei löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add a collection from a file</source>
        <translation>Eine Sammlung aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write this collection to a file</source>
        <translation>Diese Sammlung in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Double-click a message to load it into the editor</source>
        <translation>Doppelklicken Sie auf eine Nachricht, um sie in den Editor zu laden</translation>
    </message>
    <message>
        <source>Add current</source>
        <translation>Aktuelle hinzufügen</translation>
    </message>
    <message>
        <source>Add the message in the editor</source>
        <translation>Die Nachricht im Editor hinzufügen</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Load the selected message into the editor</source>
        <translation>Die ausgewählte Nachricht in den Editor laden</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Send the selected message earlier</source>
        <translation>Die ausgewählte Nachricht früher senden</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Send the selected message later</source>
        <translation>Die ausgewählte Nachricht später senden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected message</source>
        <translation>Die ausgewählte Nachricht entfernen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Pause between two messages when the whole collection is sent</source>
        <translation>Pause zwischen zwei Nachrichten, wenn die ganze Sammlung gesendet wird</translation>
    </message>
    <message>
        <source>Send selected</source>
        <translation>Auswahl senden</translation>
    </message>
    <message>
        <source>Publish the selected message</source>
        <translation>Die ausgewählte Nachricht veröffentlichen</translation>
    </message>
    <message>
        <source>Send all</source>
        <translation>Alle senden</translation>
    </message>
    <message>
        <source>Publish every message, in order</source>
        <translation>Alle Nachrichten der Reihe nach veröffentlichen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop sending this collection</source>
        <translation>Senden dieser Sammlung stoppen</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Verzögerung:</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Import a collection</source>
        <translation>Sammlung importieren</translation>
    </message>
    <message>
        <source>Canopy collections (*.json);;All files (*)</source>
        <translation>Canopy-Sammlungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export a collection</source>
        <translation>Sammlung exportieren</translation>
    </message>
    <message>
        <source>Canopy collections (*.json)</source>
        <translation>Canopy-Sammlungen (*.json)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Eine Sammlung braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a collection named “%1” already; choose another name.</source>
        <translation>Es gibt bereits eine Sammlung namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “%1” with its %n message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Die Sammlung „%1“ mit ihrer %n Nachricht löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die Sammlung „%1“ mit ihren %n Nachrichten löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Connect first: collections of a connection are kept under its broker.</source>
        <translation>Stellen Sie zuerst eine Verbindung her: Die Sammlungen einer Verbindung werden unter ihrem Broker gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Import collection</source>
        <translation>Sammlung importieren</translation>
    </message>
    <message numerus="yes">
        <source>There is a collection named “%1” already. Replace its %n message(s) with the imported ones, or keep both?</source>
        <translation>
            <numerusform>Es gibt bereits eine Sammlung namens „%1“. Ihre %n Nachricht durch die importierten ersetzen oder beide behalten?</numerusform>
            <numerusform>Es gibt bereits eine Sammlung namens „%1“. Ihre %n Nachrichten durch die importierten ersetzen oder beide behalten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” with %n message(s).</source>
        <translation>
            <numerusform>„%1“ mit %n Nachricht importiert.</numerusform>
            <numerusform>„%1“ mit %n Nachrichten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), kept for %1</source>
        <translation>
            <numerusform>%n Nachricht, gespeichert für %1</numerusform>
            <numerusform>%n Nachrichten, gespeichert für %1</numerusform>
        </translation>
    </message>
    <message>
        <source>all connections</source>
        <translation>alle Verbindungen</translation>
    </message>
    <message>
        <source>this connection</source>
        <translation>diese Verbindung</translation>
    </message>
    <message>
        <source>%1 · QoS %2%3</source>
        <translation>%1 · QoS %2%3</translation>
    </message>
    <message>
        <source> · retained</source>
        <translation> · retained</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>Broker:</translation>
    </message>
    <message>
        <source>mqtt://host:1883, mqtts://host:8883, ws://host:8080/mqtt</source>
        <translation>mqtt://host:1883, mqtts://host:8883, ws://host:8080/mqtt</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Verbindung wird getrennt</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <source>Export Connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>A new connection</source>
        <translation>Eine neue Verbindung</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>U&amp;mbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Canopy&apos;s export, MQTTX&apos;s connection export or MQTT Explorer&apos;s settings.json</source>
        <translation>Canopy-Export, Verbindungsexport von MQTTX oder settings.json von MQTT Explorer</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect once with these settings and say what the broker answered</source>
        <translation>Einmal mit diesen Einstellungen verbinden und anzeigen, was der Broker geantwortet hat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Save, and open this connection in a tab</source>
        <translation>Speichern und diese Verbindung in einem Tab öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The connection shown has problems, so its changes cannot be saved. Discard them?</source>
        <translation>Die angezeigte Verbindung hat Fehler, daher können ihre Änderungen nicht gespeichert werden. Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Canopy&apos;s settings.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in den Einstellungen von Canopy.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): the password is kept for this session only and must be entered again after Canopy restarts.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Das Passwort wird nur für diese Sitzung gespeichert und muss nach einem Neustart von Canopy erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>The password goes into the system keychain, never into Canopy&apos;s settings.</source>
        <translation>Das Passwort kommt in den Schlüsselbund des Systems, nie in die Einstellungen von Canopy.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection &apos;%1&apos;? Its settings and its saved password are removed; this cannot be undone.</source>
        <translation>Die Verbindung &apos;%1&apos; löschen? Ihre Einstellungen und ihr gespeichertes Passwort werden entfernt; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Export all %n connection(s) as JSON. Passwords and key passphrases are left out unless you include them; included, they are written in clear text, readable by anyone who gets the file.</source>
        <translation>
            <numerusform>Die %n Verbindung als JSON exportieren. Passwörter und Schlüssel-Passphrasen werden weggelassen, sofern Sie sie nicht einschließen; eingeschlossen werden sie im Klartext geschrieben und sind für jeden lesbar, der die Datei erhält.</numerusform>
            <numerusform>Alle %n Verbindungen als JSON exportieren. Passwörter und Schlüssel-Passphrasen werden weggelassen, sofern Sie sie nicht einschließen; eingeschlossen werden sie im Klartext geschrieben und sind für jeden lesbar, der die Datei erhält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Without Passwords</source>
        <translation>&amp;Ohne Passwörter exportieren</translation>
    </message>
    <message>
        <source>&amp;Include Passwords in Clear Text</source>
        <translation>Passwörter im &amp;Klartext einschließen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT 3.1.1: the broker does not support MQTT 5)</source>
        <translation>Verbunden mit %1 (MQTT 3.1.1: Der Broker unterstützt MQTT 5 nicht)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost.</source>
        <translation>Verbindung zu %1 verloren.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Verbindung wird wiederhergestellt (Versuch %1)…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s) (attempt %1)…</source>
        <translation>
            <numerusform>Neuer Verbindungsversuch in %n Sekunde (Versuch %1)…</numerusform>
            <numerusform>Neuer Verbindungsversuch in %n Sekunden (Versuch %1)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%1 Nachricht</numerusform>
            <numerusform>%1 Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 Nachr./s</translation>
    </message>
    <message numerus="yes">
        <source>%1 topic(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%1 Topic</numerusform>
            <numerusform>%1 Topics</numerusform>
        </translation>
    </message>
    <message>
        <source>View paused · </source>
        <translation>Ansicht angehalten · </translation>
    </message>
    <message numerus="yes">
        <source>History: %1 oldest message(s) dropped to stay under %2</source>
        <translation>
            <numerusform>Verlauf: %1 älteste Nachricht verworfen, um unter %2 zu bleiben</numerusform>
            <numerusform>Verlauf: %1 älteste Nachrichten verworfen, um unter %2 zu bleiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 payload(s) over %2 truncated (their size is kept)</source>
        <translation>
            <numerusform>%1 Payload über %2 gekürzt (die Größe bleibt erhalten)</numerusform>
            <numerusform>%1 Payloads über %2 gekürzt (ihre Größe bleibt erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is hidden by the filter; clear the filter to see it.</source>
        <translation>„%1“ wird durch den Filter ausgeblendet; leeren Sie den Filter, um es zu sehen.</translation>
    </message>
    <message>
        <source>“%1” arrived while the view was paused; resume it to see it.</source>
        <translation>„%1“ ist eingetroffen, während die Ansicht angehalten war; setzen Sie sie fort, um es zu sehen.</translation>
    </message>
    <message>
        <source>Nothing has been received on “%1” since the tree was last cleared.</source>
        <translation>Auf „%1“ wurde nichts empfangen, seit der Baum zuletzt geleert wurde.</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Top topics</source>
        <translation>Top-Topics</translation>
    </message>
    <message>
        <source>$SYS dashboard</source>
        <translation>$SYS-Dashboard</translation>
    </message>
    <message>
        <source>Packet timeline</source>
        <translation>Paket-Zeitleiste</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>No answer from %1 in time: the test was given up.</source>
        <translation>Keine rechtzeitige Antwort von %1: Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connected to %1 with MQTT 5: the broker accepted the connection.</source>
        <translation>Mit %1 über MQTT 5 verbunden: Der Broker hat die Verbindung angenommen.</translation>
    </message>
    <message>
        <source>Connected to %1 with MQTT 3.1.1: the broker does not support MQTT 5.</source>
        <translation>Mit %1 über MQTT 3.1.1 verbunden: Der Broker unterstützt MQTT 5 nicht.</translation>
    </message>
    <message>
        <source>Connected to %1 with MQTT 3.1.1: the broker accepted the connection.</source>
        <translation>Mit %1 über MQTT 3.1.1 verbunden: Der Broker hat die Verbindung angenommen.</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Old offset</source>
        <translation>Alter Offset</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New offset</source>
        <translation>Neuer Offset</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Path: value</source>
        <translation>Pfad: Wert</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Text, line by line</source>
        <translation>Text, zeilenweise</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Newest vs previous</source>
        <translation>Neueste vs. vorherige</translation>
    </message>
    <message>
        <source>Compare the topic&apos;s newest message with the one before it</source>
        <translation>Die neueste Nachricht des Topics mit der davor vergleichen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Select a topic with at least two messages, or two rows in the History tab.</source>
        <translation>Wählen Sie ein Topic mit mindestens zwei Nachrichten oder zwei Zeilen im Tab „Verlauf“.</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>%1: message %2 → %3</source>
        <translation>%1: Nachricht %2 → %3</translation>
    </message>
    <message>
        <source>A payload was truncated by the store: only its stored bytes are compared.</source>
        <translation>Ein Payload wurde vom Speicher gekürzt: Nur seine gespeicherten Bytes werden verglichen.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen…</translation>
    </message>
    <message>
        <source>The two payloads are identical.</source>
        <translation>Die beiden Payloads sind identisch.</translation>
    </message>
    <message numerus="yes">
        <source>Text, line by line: %1 line(s) added</source>
        <translation>
            <numerusform>Text, zeilenweise: %1 Zeile hinzugefügt</numerusform>
            <numerusform>Text, zeilenweise: %1 Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Structure (key order ignored): %1 path(s) added</source>
        <translation>
            <numerusform>Struktur (Reihenfolge der Schlüssel ignoriert): %1 Pfad hinzugefügt</numerusform>
            <numerusform>Struktur (Reihenfolge der Schlüssel ignoriert): %1 Pfade hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message numerus="yes">
        <source>Bytes: %1 byte(s) added</source>
        <translation>
            <numerusform>Bytes: %1 Byte hinzugefügt</numerusform>
            <numerusform>Bytes: %1 Bytes hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Auto compares two documents of one kind by structure (key order ignored): JSON, and binary CBOR, MessagePack, Protocol Buffers or Sparkplug B as the payload view reads them. Text is compared line by line, anything else binary as hex</source>
        <translation>Auto vergleicht zwei Dokumente derselben Art nach ihrer Struktur (Schlüsselreihenfolge ignoriert): JSON sowie binäres CBOR, MessagePack, Protocol Buffers oder Sparkplug B, so wie die Payload-Ansicht sie liest. Text wird Zeile für Zeile verglichen, alles andere Binäre als Hex</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>MQTT wildcard</source>
        <translation>MQTT-Wildcard</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>How the text is matched against topics</source>
        <translation>Wie der Text mit den Topics abgeglichen wird</translation>
    </message>
    <message>
        <source>Search payloads</source>
        <translation>Payloads durchsuchen</translation>
    </message>
    <message>
        <source>Find the text in the last payload of each topic instead of in topic names</source>
        <translation>Den Text im letzten Payload jedes Topics statt in den Topic-Namen suchen</translation>
    </message>
    <message>
        <source>Filter: text in the last payload</source>
        <translation>Filter: Text im letzten Payload</translation>
    </message>
    <message>
        <source>Filter: topic filter such as home/+/temperature or sensors/#</source>
        <translation>Filter: Topic-Filter wie home/+/temperature oder sensors/#</translation>
    </message>
    <message>
        <source>Filter: regular expression such as ^home/.*/temp</source>
        <translation>Filter: regulärer Ausdruck wie ^home/.*/temp</translation>
    </message>
    <message>
        <source>Filter: text the topic contains</source>
        <translation>Filter: Text, den das Topic enthält</translation>
    </message>
</context>
<context>
    <name>HexDiff</name>
    <message numerus="yes">
        <source>… %1 unchanged byte(s)</source>
        <translation>
            <numerusform>… %1 unverändertes Byte</numerusform>
            <numerusform>… %1 unveränderte Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The payloads differ in more than %1: compared byte by byte at the same offsets, not aligned.</source>
        <translation>Die Payloads unterscheiden sich in mehr als %1: Byte für Byte an denselben Offsets verglichen, nicht ausgerichtet.</translation>
    </message>
</context>
<context>
    <name>HexModel</name>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Export cancelled: “%1” was not written.</source>
        <translation>Export abgebrochen: „%1“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to export: “%1” has no messages.</source>
        <translation>Nichts zu exportieren: „%1“ hat keine Nachrichten.</translation>
    </message>
    <message>
        <source>The topics were cleared during the export: “%1” was not written.</source>
        <translation>Die Topics wurden während des Exports geleert: „%1“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) exported to “%2”</source>
        <translation>
            <numerusform>%1 Nachricht nach „%2“ exportiert</numerusform>
            <numerusform>%1 Nachrichten nach „%2“ exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(from %Ln topic(s))</source>
        <translation>
            <numerusform>(aus %Ln Topic)</numerusform>
            <numerusform>(aus %Ln Topics)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 older message(s) were evicted during the export and are missing.</source>
        <translation>
            <numerusform>%1 ältere Nachricht wurde während des Exports verdrängt und fehlt.</numerusform>
            <numerusform>%1 ältere Nachrichten wurden während des Exports verdrängt und fehlen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>unknown payload encoding</source>
        <translation>unbekannte Payload-Kodierung</translation>
    </message>
    <message>
        <source>unreadable MQTT 5 properties</source>
        <translation>unlesbare MQTT-5-Eigenschaften</translation>
    </message>
    <message>
        <source>the header is not %1</source>
        <translation>die Kopfzeile ist nicht %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 Felder statt %2</translation>
    </message>
    <message>
        <source>a number or a true/false field does not read</source>
        <translation>eine Zahl oder ein true/false-Feld ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(evicted)</source>
        <translation>(verdrängt)</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retained</translation>
    </message>
    <message>
        <source>%1 (cut)</source>
        <translation>%1 (gekürzt)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter payloads…</source>
        <translation>Payloads filtern…</translation>
    </message>
    <message>
        <source>Show the messages whose payload contains this text (letters A–Z in any case)</source>
        <translation>Nachrichten anzeigen, deren Payload diesen Text enthält (Buchstaben A–Z ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected messages in the Diff tab</source>
        <translation>Die beiden ausgewählten Nachrichten im Tab „Vergleich“ vergleichen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Follow new messages</source>
        <translation>Neuen Nachrichten folgen</translation>
    </message>
    <message>
        <source>New messages join the table while it shows its top and nothing is selected</source>
        <translation>Neue Nachrichten werden in die Tabelle aufgenommen, solange sie ihren Anfang zeigt und nichts ausgewählt ist</translation>
    </message>
    <message>
        <source>Messages kept per topic…</source>
        <translation>Gespeicherte Nachrichten pro Topic…</translation>
    </message>
    <message>
        <source>History memory budget…</source>
        <translation>Speicherbudget des Verlaufs…</translation>
    </message>
    <message>
        <source>Export this topic&apos;s history…</source>
        <translation>Verlauf dieses Topics exportieren…</translation>
    </message>
    <message>
        <source>Export the history of this topic and all below it…</source>
        <translation>Verlauf dieses Topics und aller darunter exportieren…</translation>
    </message>
    <message>
        <source>Select a row to see that message; select two to compare them.</source>
        <translation>Wählen Sie eine Zeile, um diese Nachricht zu sehen; wählen Sie zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Select a topic to see its history.</source>
        <translation>Wählen Sie ein Topic, um seinen Verlauf zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 new message(s): show</source>
        <translation>
            <numerusform>%1 neue Nachricht: anzeigen</numerusform>
            <numerusform>%1 neue Nachrichten: anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>No history: select a topic that has messages.</source>
        <translation>Kein Verlauf: Wählen Sie ein Topic, das Nachrichten hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) kept</source>
        <translation>
            <numerusform>%1 Nachricht gespeichert</numerusform>
            <numerusform>%1 Nachrichten gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 evicted to keep all history within its %2 memory budget</source>
        <translation>%1 verdrängt, um den gesamten Verlauf innerhalb seines Speicherbudgets von %2 zu halten</translation>
    </message>
    <message>
        <source>%1 over the limit of %2 messages per topic</source>
        <translation>%1 über dem Limit von %2 Nachrichten pro Topic</translation>
    </message>
    <message numerus="yes">
        <source>%1 older message(s) no longer kept: %2</source>
        <translation>
            <numerusform>%1 ältere Nachricht nicht mehr gespeichert: %2</numerusform>
            <numerusform>%1 ältere Nachrichten nicht mehr gespeichert: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matching message(s)</source>
        <translation>
            <numerusform>%1 passende Nachricht</numerusform>
            <numerusform>%1 passende Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>(searching, %1 of %2 looked at)</source>
        <translation>(Suche läuft, %1 von %2 durchgesehen)</translation>
    </message>
    <message>
        <source>This message is no longer kept: the store evicted it.</source>
        <translation>Diese Nachricht ist nicht mehr gespeichert: Der Speicher hat sie verdrängt.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Messages kept per topic (the last message included). Fewer drops the oldest of every topic now.</source>
        <translation>Gespeicherte Nachrichten pro Topic (einschließlich der letzten Nachricht). Ein kleinerer Wert verwirft sofort die ältesten jedes Topics.</translation>
    </message>
    <message>
        <source>Memory for the history of all topics, in MiB. When it is full the oldest messages are evicted, and the History tab says how many.</source>
        <translation>Speicher für den Verlauf aller Topics, in MiB. Wenn er voll ist, werden die ältesten Nachrichten verdrängt, und der Tab „Verlauf“ zeigt, wie viele.</translation>
    </message>
</context>
<context>
    <name>IngestWorker</name>
    <message>
        <source>the connection ended before the broker confirmed them</source>
        <translation>die Verbindung endete, bevor der Broker sie bestätigt hat</translation>
    </message>
    <message>
        <source>the connection was replaced before the broker confirmed them</source>
        <translation>die Verbindung wurde ersetzt, bevor der Broker sie bestätigt hat</translation>
    </message>
    <message>
        <source>Not connected: connect to a broker before publishing.</source>
        <translation>Nicht verbunden: Verbinden Sie sich mit einem Broker, bevor Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>The broker refused the message.</source>
        <translation>Der Broker hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>nicht mit einem Broker verbunden</translation>
    </message>
    <message>
        <source>The broker refused the subscription.</source>
        <translation>Der Broker hat das Abonnement abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %1 of %n retained message(s): %2.</source>
        <translation>
            <numerusform>%1 von %n Retained-Nachricht konnte nicht gelöscht werden: %2.</numerusform>
            <numerusform>%1 von %n Retained-Nachrichten konnten nicht gelöscht werden: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was replaced before the broker answered.</source>
        <translation>Die Verbindung wurde ersetzt, bevor der Broker geantwortet hat.</translation>
    </message>
    <message>
        <source>Not connected: the subscription is made when the tab connects.</source>
        <translation>Nicht verbunden: Das Abonnement wird eingerichtet, wenn der Tab sich verbindet.</translation>
    </message>
    <message>
        <source>The connection ended before the broker answered; the message may not have arrived.</source>
        <translation>Die Verbindung endete, bevor der Broker geantwortet hat; die Nachricht ist möglicherweise nicht angekommen.</translation>
    </message>
    <message>
        <source>The connection was replaced before the broker answered; the message may not have arrived.</source>
        <translation>Die Verbindung wurde ersetzt, bevor der Broker geantwortet hat; die Nachricht ist möglicherweise nicht angekommen.</translation>
    </message>
    <message>
        <source>Not connected: connect to the broker before publishing.</source>
        <translation>Nicht verbunden: Verbinden Sie sich mit dem Broker, bevor Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Not connected (the connection is being re-established): QoS 0 messages are not queued, so it was not sent.</source>
        <translation>Nicht verbunden (die Verbindung wird wiederhergestellt): QoS-0-Nachrichten werden nicht zwischengespeichert, daher wurde sie nicht gesendet.</translation>
    </message>
    <message>
        <source>Not connected (the connection is being re-established): this connection does not keep a session (clean start), so the message was not queued for the reconnect.</source>
        <translation>Nicht verbunden (die Verbindung wird wiederhergestellt): Diese Verbindung behält keine Sitzung (Clean Start), daher wurde die Nachricht nicht für die Wiederverbindung zwischengespeichert.</translation>
    </message>
    <message>
        <source>not connected now; this connection keeps its session, so the message waits for the reconnect.</source>
        <translation>derzeit nicht verbunden; diese Verbindung behält ihre Sitzung, daher wartet die Nachricht auf die Wiederverbindung.</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <source>The topic&apos;s stored messages, newest first, in the inspector&apos;s History tab</source>
        <translation>Die gespeicherten Nachrichten des Topics, neueste zuerst, im Tab „Verlauf“ des Inspektors</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Verlauf exportieren…</translation>
    </message>
    <message>
        <source>Write the stored messages of this topic and of every topic below it to a CSV or JSON Lines file</source>
        <translation>Die gespeicherten Nachrichten dieses Topics und aller Topics darunter in eine CSV- oder JSON-Lines-Datei schreiben</translation>
    </message>
    <message>
        <source>“%1” has no messages of its own to compare.</source>
        <translation>„%1“ hat keine eigenen Nachrichten zum Vergleichen.</translation>
    </message>
    <message>
        <source>Select a topic with at least two messages, or two rows in the History tab.</source>
        <translation>Wählen Sie ein Topic mit mindestens zwei Nachrichten oder zwei Zeilen im Tab „Verlauf“.</translation>
    </message>
    <message>
        <source>Only one message of “%1” is kept: nothing to compare it with yet.</source>
        <translation>Von „%1“ ist nur eine Nachricht gespeichert: Es gibt noch nichts, womit sie verglichen werden kann.</translation>
    </message>
    <message>
        <source>A message to compare is no longer kept: the store evicted it.</source>
        <translation>Eine zu vergleichende Nachricht ist nicht mehr gespeichert: Der Speicher hat sie verdrängt.</translation>
    </message>
    <message>
        <source>An export is running; wait for it or cancel it first.</source>
        <translation>Ein Export läuft; warten Sie darauf oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Export the History of “%1” and Below</source>
        <translation>Verlauf von „%1“ und darunter exportieren</translation>
    </message>
    <message>
        <source>Export the History of “%1”</source>
        <translation>Verlauf von „%1“ exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting the history of “%1”…</source>
        <translation>Verlauf von „%1“ wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing.</source>
        <translation>&apos;%1&apos; fehlt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not %2.</source>
        <translation>&apos;%1&apos; muss Text sein, nicht %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3, not %4.</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl von %2 bis %3 sein, nicht %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2.</source>
        <translation>&apos;%1&apos; muss true oder false sein, nicht %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object ({…}), not %2.</source>
        <translation>&apos;%1&apos; muss ein Objekt ({…}) sein, nicht %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list ([…]), not %2.</source>
        <translation>&apos;%1&apos; muss eine Liste ([…]) sein, nicht %2.</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>Kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>Not strict JSON: %1 at line %2, column %3 is not a JSON value (shown as written).</source>
        <translation>Kein striktes JSON: %1 in Zeile %2, Spalte %3 ist kein JSON-Wert (wie geschrieben angezeigt).</translation>
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation>ungültiges \u-Escape in einem String</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>ungültige Escape-Sequenz in einem String</translation>
    </message>
    <message>
        <source>a control character in a string (it must be escaped)</source>
        <translation>ein Steuerzeichen in einem String (es muss maskiert werden)</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einem String</translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation>ein String ohne schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>eine ungültige Zahl</translation>
    </message>
    <message>
        <source>a value is missing (the document ends here)</source>
        <translation>ein Wert fehlt (das Dokument endet hier)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>an unknown word (a string needs quotes)</source>
        <translation>ein unbekanntes Wort (ein String braucht Anführungszeichen)</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>expected a key in quotes or &apos;}&apos;</source>
        <translation>Schlüssel in Anführungszeichen oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>&apos;:&apos; nach dem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>more data after the end of the document</source>
        <translation>weitere Daten nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Objekteintrag erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Array-Element erwartet</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>The text is empty; JSON needs one value: an object, an array, a string, a number, true, false or null.</source>
        <translation>Der Text ist leer; JSON braucht einen Wert: ein Objekt, ein Array, einen String, eine Zahl, true, false oder null.</translation>
    </message>
    <message>
        <source>%1 after the end of the JSON value; a payload holds one value (put several in an array).</source>
        <translation>%1 nach dem Ende des JSON-Werts; ein Payload enthält einen Wert (fassen Sie mehrere in einem Array zusammen).</translation>
    </message>
    <message>
        <source>The end of the text</source>
        <translation>Das Ende des Texts</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot;</source>
        <translation>Das Zeichen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The character U+%1</source>
        <translation>Das Zeichen U+%1</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>JSON strings need double quotes (&quot;), not single quotes.</source>
        <translation>JSON-Strings brauchen doppelte Anführungszeichen (&quot;), keine einfachen.</translation>
    </message>
    <message>
        <source>%1 where a value was expected; remove the comma before it, or add a value.</source>
        <translation>%1, wo ein Wert erwartet wurde; entfernen Sie das Komma davor oder fügen Sie einen Wert hinzu.</translation>
    </message>
    <message>
        <source>%1 where a value was expected: an object, an array, a string in double quotes, a number, true, false or null.</source>
        <translation>%1, wo ein Wert erwartet wurde: ein Objekt, ein Array, ein String in doppelten Anführungszeichen, eine Zahl, true, false oder null.</translation>
    </message>
    <message>
        <source>A comma must be followed by another member; remove the comma before the &quot;}&quot;.</source>
        <translation>Auf ein Komma muss ein weiterer Eintrag folgen; entfernen Sie das Komma vor der &quot;}&quot;.</translation>
    </message>
    <message>
        <source>%1 where the name of a member was expected: a string in double quotes.</source>
        <translation>%1, wo der Name eines Eintrags erwartet wurde: ein String in doppelten Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1 where a colon (:) was expected after the member name.</source>
        <translation>%1, wo ein Doppelpunkt (:) nach dem Namen des Eintrags erwartet wurde.</translation>
    </message>
    <message>
        <source>%1 where a comma (,) or the end of the object (}) was expected.</source>
        <translation>%1, wo ein Komma (,) oder das Ende des Objekts (}) erwartet wurde.</translation>
    </message>
    <message>
        <source>A comma must be followed by another element; remove the comma before the &quot;]&quot;.</source>
        <translation>Auf ein Komma muss ein weiteres Element folgen; entfernen Sie das Komma vor der &quot;]&quot;.</translation>
    </message>
    <message>
        <source>The text ends inside an array; a &quot;]&quot; is missing.</source>
        <translation>Der Text endet innerhalb eines Arrays; eine &quot;]&quot; fehlt.</translation>
    </message>
    <message>
        <source>%1 where a comma (,) or the end of the array (]) was expected.</source>
        <translation>%1, wo ein Komma (,) oder das Ende des Arrays (]) erwartet wurde.</translation>
    </message>
    <message>
        <source>The string that begins here is not closed: a &quot; is missing.</source>
        <translation>Der hier beginnende String ist nicht geschlossen: Ein &quot; fehlt.</translation>
    </message>
    <message>
        <source>A control character (U+%1) must be escaped inside a string, e.g. as \n for a line break.</source>
        <translation>Ein Steuerzeichen (U+%1) muss innerhalb eines Strings maskiert werden, z. B. als \n für einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits.</source>
        <translation>Auf \u müssen vier Hexadezimalziffern folgen.</translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows; use \&quot; \\ \/ \b \f \n \r \t or \uXXXX.</source>
        <translation>\%1 ist kein Escape, das JSON kennt; verwenden Sie \&quot; \\ \/ \b \f \n \r \t oder \uXXXX.</translation>
    </message>
    <message>
        <source>A number must not begin with 0 unless it is 0 or a fraction like 0.5.</source>
        <translation>Eine Zahl darf nicht mit 0 beginnen, außer sie ist 0 oder ein Bruch wie 0.5.</translation>
    </message>
    <message>
        <source>A digit must follow the minus sign.</source>
        <translation>Nach dem Minuszeichen muss eine Ziffer folgen.</translation>
    </message>
    <message>
        <source>A digit must follow the decimal point.</source>
        <translation>Nach dem Dezimalpunkt muss eine Ziffer folgen.</translation>
    </message>
    <message>
        <source>A digit must follow the exponent (e).</source>
        <translation>Nach dem Exponenten (e) muss eine Ziffer folgen.</translation>
    </message>
    <message>
        <source>%1 where a value was expected; did you mean %2?</source>
        <translation>%1, wo ein Wert erwartet wurde; meinten Sie %2?</translation>
    </message>
</context>
<context>
    <name>LatencyHistogram</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>≤%1</source>
        <translation>≤%1</translation>
    </message>
    <message>
        <source>&gt;%1</source>
        <translation>&gt;%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Canopy</source>
        <translation>Canopy</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Canopy</source>
        <translation>Ü&amp;ber Canopy</translation>
    </message>
    <message>
        <source>About Canopy</source>
        <translation>Über Canopy</translation>
    </message>
    <message>
        <source>Canopy %1
A native MQTT 3.1.1 and 5.0 explorer.</source>
        <translation>Canopy %1
Ein nativer Explorer für MQTT 3.1.1 und 5.0.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Freeze the tree; messages are still received and counted</source>
        <translation>Den Baum einfrieren; Nachrichten werden weiterhin empfangen und gezählt</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Forget all topics and messages received so far</source>
        <translation>Alle bisher empfangenen Topics und Nachrichten verwerfen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Canopy — %1</source>
        <translation>Canopy — %1</translation>
    </message>
    <message>
        <source>&amp;New Tab</source>
        <translation>&amp;Neuer Tab</translation>
    </message>
    <message>
        <source>Open a tab for another connection</source>
        <translation>Einen Tab für eine weitere Verbindung öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Topic</source>
        <translation>Topic &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter Topics</source>
        <translation>Topics &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect this tab to the broker in the URL field</source>
        <translation>Diesen Tab mit dem Broker im URL-Feld verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <source>Try again now instead of waiting for the countdown</source>
        <translation>Jetzt erneut versuchen, statt auf den Countdown zu warten</translation>
    </message>
    <message>
        <source>&amp;Stop Reconnecting</source>
        <translation>Neuverbindung &amp;stoppen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>New tab (%1)</source>
        <translation>Neuer Tab (%1)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tab tooltip: endpoint — state</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connection &amp;Manager…</source>
        <translation>Verbindungs&amp;verwaltung…</translation>
    </message>
    <message>
        <source>Saved connections: add, edit, test, import, export, connect (%1)</source>
        <translation>Gespeicherte Verbindungen: hinzufügen, bearbeiten, testen, importieren, exportieren, verbinden (%1)</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Verbindungen…</translation>
    </message>
    <message>
        <source>Reopen These Tabs at &amp;Start</source>
        <translation>Diese Tabs beim &amp;Start wieder öffnen</translation>
    </message>
    <message>
        <source>At the next start, open the saved connections that are open when Canopy closes</source>
        <translation>Beim nächsten Start die gespeicherten Verbindungen öffnen, die beim Schließen von Canopy geöffnet sind</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published with QoS 1 or 2 on “%1” have not been confirmed by the broker yet. Closing the tab now may lose them.</source>
        <translation>
            <numerusform>%n mit QoS 1 oder 2 auf „%1“ veröffentlichte Nachricht wurde vom Broker noch nicht bestätigt. Wenn Sie den Tab jetzt schließen, kann sie verloren gehen.</numerusform>
            <numerusform>%n mit QoS 1 oder 2 auf „%1“ veröffentlichte Nachrichten wurden vom Broker noch nicht bestätigt. Wenn Sie den Tab jetzt schließen, können sie verloren gehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close &amp;Anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <source>&amp;Keep the Tab</source>
        <translation>Tab &amp;behalten</translation>
    </message>
    <message>
        <source>Quit Canopy</source>
        <translation>Canopy beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published with QoS 1 or 2 have not been confirmed by the broker yet (%1). Quitting now may lose them.</source>
        <translation>
            <numerusform>%n mit QoS 1 oder 2 veröffentlichte Nachricht wurde vom Broker noch nicht bestätigt (%1). Wenn Sie jetzt beenden, kann sie verloren gehen.</numerusform>
            <numerusform>%n mit QoS 1 oder 2 veröffentlichte Nachrichten wurden vom Broker noch nicht bestätigt (%1). Wenn Sie jetzt beenden, können sie verloren gehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep Canopy Open</source>
        <translation>Canopy &amp;geöffnet lassen</translation>
    </message>
    <message>
        <source>&amp;Delete Retained Message…</source>
        <translation>Retained-Nachricht &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected topic&apos;s retained message on the broker (asks first)</source>
        <translation>Die Retained-Nachricht des ausgewählten Topics auf dem Broker löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Reco&amp;nnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Connect this tab again to the same broker, or try now while it waits to reconnect</source>
        <translation>Diesen Tab erneut mit demselben Broker verbinden oder es sofort versuchen, während er auf die Wiederverbindung wartet</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>MessageDiff</name>
    <message>
        <source>Only the first %1 of each payload are compared.</source>
        <translation>Nur die ersten %1 jedes Payloads werden verglichen.</translation>
    </message>
    <message>
        <source>The older payload: %1</source>
        <translation>Der ältere Payload: %1</translation>
    </message>
    <message>
        <source>The newer payload: %1</source>
        <translation>Der neuere Payload: %1</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The older payload reads as %1, the newer as %2.</source>
        <translation>Der ältere Payload liest sich als %1, der neuere als %2.</translation>
    </message>
    <message>
        <source>The newer payload does not read as one of them.</source>
        <translation>Der neuere Payload lässt sich als keines davon lesen.</translation>
    </message>
    <message>
        <source>The older payload does not read as one of them.</source>
        <translation>Der ältere Payload lässt sich als keines davon lesen.</translation>
    </message>
    <message>
        <source>Neither payload reads as one of them.</source>
        <translation>Keiner der beiden Payloads lässt sich als eines davon lesen.</translation>
    </message>
    <message>
        <source>A structural diff needs two documents of one kind: JSON, CBOR, MessagePack, Protocol Buffers or Sparkplug B. %1 Compared as %2 instead.</source>
        <translation>Ein struktureller Vergleich braucht zwei Dokumente derselben Art: JSON, CBOR, MessagePack, Protocol Buffers oder Sparkplug B. %1 Stattdessen als %2 verglichen.</translation>
    </message>
</context>
<context>
    <name>MessageHeader</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the topic</source>
        <translation>Das Topic kopieren</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation>Payload-Format:</translation>
    </message>
    <message>
        <source>Message expiry:</source>
        <translation>Ablauf der Nachricht:</translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation>Antwort-Topic:</translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation>Korrelationsdaten:</translation>
    </message>
    <message>
        <source>Subscription identifiers:</source>
        <translation>Abonnement-IDs:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>Benutzereigenschaften:</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retained</translation>
    </message>
    <message>
        <source>not retained</source>
        <translation>nicht retained</translation>
    </message>
    <message>
        <source>Received (local time, to the millisecond)</source>
        <translation>Empfangen (Ortszeit, auf die Millisekunde)</translation>
    </message>
    <message>
        <source>%1, cut to %2</source>
        <translation>%1, gekürzt auf %2</translation>
    </message>
    <message>
        <source>1 (UTF-8 text)</source>
        <translation>1 (UTF-8-Text)</translation>
    </message>
    <message>
        <source>%1 (unspecified bytes)</source>
        <translation>%1 (unbestimmte Bytes)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>%1 · hex %2</source>
        <translation>%1 · hex %2</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Copy payload</source>
        <translation>Payload kopieren</translation>
    </message>
    <message>
        <source>Copy the payload: as text when it is text, otherwise as hex (and the raw bytes for programs that take them)</source>
        <translation>Den Payload kopieren: als Text, wenn er Text ist, sonst als hex (und die Rohbytes für Programme, die sie annehmen)</translation>
    </message>
    <message>
        <source>Copy as mosquitto_pub</source>
        <translation>Als mosquitto_pub kopieren</translation>
    </message>
    <message>
        <source>Copy a mosquitto_pub command line that publishes this message again (safe to paste into a shell; credentials are not included)</source>
        <translation>Eine mosquitto_pub-Befehlszeile kopieren, die diese Nachricht erneut veröffentlicht (sicher in eine Shell einfügbar; Zugangsdaten sind nicht enthalten)</translation>
    </message>
    <message>
        <source>Save payload…</source>
        <translation>Payload speichern…</translation>
    </message>
    <message>
        <source>Save the payload&apos;s bytes to a file</source>
        <translation>Die Bytes des Payloads in eine Datei speichern</translation>
    </message>
    <message>
        <source>Copied a mosquitto_pub command line for “%1”.</source>
        <translation>mosquitto_pub-Befehlszeile für „%1“ kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 topic(s)</source>
        <comment>below a topic</comment>
        <translation>
            <numerusform>%1 Topic</numerusform>
            <numerusform>%1 Topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <comment>below a topic</comment>
        <translation>
            <numerusform>%1 Nachricht</numerusform>
            <numerusform>%1 Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>No message was received on this topic itself. Below it: %1 with %2.</source>
        <comment>%1 is a number of topics, %2 a number of messages</comment>
        <translation>Auf diesem Topic selbst wurde keine Nachricht empfangen. Darunter: %1 mit %2.</translation>
    </message>
    <message>
        <source>Select a topic to see its last message.</source>
        <translation>Wählen Sie ein Topic, um seine letzte Nachricht zu sehen.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>Payload speichern</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>%1 in „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>The payload was truncated: the file holds the first %1 of %2.</source>
        <translation>Der Payload wurde gekürzt: Die Datei enthält die ersten %1 von %2.</translation>
    </message>
</context>
<context>
    <name>Mqtt</name>
    <message>
        <source>reason code</source>
        <translation>Reason-Code</translation>
    </message>
    <message>
        <source>protocol name</source>
        <translation>Protokollname</translation>
    </message>
    <message>
        <source>protocol level</source>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <source>connect flags</source>
        <translation>Connect-Flags</translation>
    </message>
    <message>
        <source>keep alive</source>
        <translation>Keep-Alive</translation>
    </message>
    <message>
        <source>client identifier</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>will topic</source>
        <translation>Will-Topic</translation>
    </message>
    <message>
        <source>will payload</source>
        <translation>Will-Payload</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>acknowledge flags</source>
        <translation>Acknowledge-Flags</translation>
    </message>
    <message>
        <source>return code</source>
        <translation>Rückgabecode</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>topic filter</source>
        <translation>Topic-Filter</translation>
    </message>
    <message>
        <source>subscription options</source>
        <translation>Abonnementoptionen</translation>
    </message>
    <message>
        <source>remaining length</source>
        <translation>Restlänge</translation>
    </message>
    <message>
        <source>packet identifier</source>
        <translation>Paket-ID</translation>
    </message>
    <message>
        <source>property length</source>
        <translation>Eigenschaftslänge</translation>
    </message>
    <message>
        <source>property identifier</source>
        <translation>Eigenschafts-ID</translation>
    </message>
    <message>
        <source>user property name</source>
        <translation>Name der Benutzereigenschaft</translation>
    </message>
    <message>
        <source>user property value</source>
        <translation>Wert der Benutzereigenschaft</translation>
    </message>
    <message>
        <source>disconnect with will message</source>
        <translation>Trennen mit Will-Nachricht</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>keine passenden Abonnenten</translation>
    </message>
    <message>
        <source>no subscription existed</source>
        <translation>kein Abonnement vorhanden</translation>
    </message>
    <message>
        <source>continue authentication</source>
        <translation>Authentifizierung fortsetzen</translation>
    </message>
    <message>
        <source>re-authenticate</source>
        <translation>erneut authentifizieren</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>nicht näher bestimmter Fehler</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>fehlerhaftes Paket</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>implementation specific error</source>
        <translation>implementierungsspezifischer Fehler</translation>
    </message>
    <message>
        <source>unsupported protocol version</source>
        <translation>nicht unterstützte Protokollversion</translation>
    </message>
    <message>
        <source>client identifier not valid</source>
        <translation>Client-ID ungültig</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation>Server nicht verfügbar</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>Server ausgelastet</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>server shutting down</source>
        <translation>Server wird heruntergefahren</translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation>ungültige Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>keep alive timeout</source>
        <translation>Keep-Alive-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>session taken over</source>
        <translation>Sitzung übernommen</translation>
    </message>
    <message>
        <source>topic filter invalid</source>
        <translation>Topic-Filter ungültig</translation>
    </message>
    <message>
        <source>topic name invalid</source>
        <translation>Topic-Name ungültig</translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation>Paket-ID bereits in Verwendung</translation>
    </message>
    <message>
        <source>packet identifier not found</source>
        <translation>Paket-ID nicht gefunden</translation>
    </message>
    <message>
        <source>receive maximum exceeded</source>
        <translation>Receive Maximum überschritten</translation>
    </message>
    <message>
        <source>topic alias invalid</source>
        <translation>Topic-Alias ungültig</translation>
    </message>
    <message>
        <source>packet too large</source>
        <translation>Paket zu groß</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>Nachrichtenrate zu hoch</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>Kontingent überschritten</translation>
    </message>
    <message>
        <source>administrative action</source>
        <translation>administrative Maßnahme</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>Payload-Format ungültig</translation>
    </message>
    <message>
        <source>retain not supported</source>
        <translation>Retain nicht unterstützt</translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation>QoS nicht unterstützt</translation>
    </message>
    <message>
        <source>use another server</source>
        <translation>anderen Server verwenden</translation>
    </message>
    <message>
        <source>server moved</source>
        <translation>Server umgezogen</translation>
    </message>
    <message>
        <source>shared subscriptions not supported</source>
        <translation>Shared Subscriptions nicht unterstützt</translation>
    </message>
    <message>
        <source>connection rate exceeded</source>
        <translation>Verbindungsrate überschritten</translation>
    </message>
    <message>
        <source>maximum connect time</source>
        <translation>maximale Verbindungsdauer</translation>
    </message>
    <message>
        <source>subscription identifiers not supported</source>
        <translation>Abonnement-IDs nicht unterstützt</translation>
    </message>
    <message>
        <source>wildcard subscriptions not supported</source>
        <translation>Wildcard-Abonnements nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 with the reason code 0x%2, which is not defined for that packet.</source>
        <translation>%1 mit dem Reason-Code 0x%2, der für dieses Paket nicht definiert ist.</translation>
    </message>
    <message>
        <source>%1 whose %2 contains the wildcard &apos;%3&apos; (%4).</source>
        <translation>%1, dessen Feld „%2“ die Wildcard &apos;%3&apos; enthält (%4).</translation>
    </message>
    <message>
        <source>%1, which the specification forbids (%2).</source>
        <translation>%1, was die Spezifikation verbietet (%2).</translation>
    </message>
    <message>
        <source>%1, a packet type that exists only in MQTT 5.0 (type 15 is reserved in MQTT 3.1.1).</source>
        <translation>%1, ein Pakettyp, den es nur in MQTT 5.0 gibt (Typ 15 ist in MQTT 3.1.1 reserviert).</translation>
    </message>
    <message>
        <source>%1, a packet only a client may send.</source>
        <translation>%1, ein Paket, das nur ein Client senden darf.</translation>
    </message>
    <message>
        <source>%1, a packet only a server may send.</source>
        <translation>%1, ein Paket, das nur ein Server senden darf.</translation>
    </message>
    <message>
        <source>%1 with both QoS bits set (QoS 3) (MQTT-3.3.1-4).</source>
        <translation>%1 mit beiden gesetzten QoS-Bits (QoS 3) (MQTT-3.3.1-4).</translation>
    </message>
    <message>
        <source>%1 with the DUP flag set on a QoS 0 message (MQTT-3.3.1-2).</source>
        <translation>%1 mit gesetztem DUP-Flag bei einer QoS-0-Nachricht (MQTT-3.3.1-2).</translation>
    </message>
    <message>
        <source>%1 whose fixed header flags are 0x%2 instead of 0x%3 (%4).</source>
        <translation>%1, dessen Flags im festen Header 0x%2 statt 0x%3 sind (%4).</translation>
    </message>
    <message>
        <source>%1 for protocol &quot;%2&quot; level %3, which is not MQTT 3.1 (&quot;MQIsdp&quot; level 3), 3.1.1 (&quot;MQTT&quot; level 4) or 5.0 (&quot;MQTT&quot; level 5).</source>
        <translation>%1 für das Protokoll &quot;%2&quot; Version %3, das weder MQTT 3.1 (&quot;MQIsdp&quot; Version 3), 3.1.1 (&quot;MQTT&quot; Version 4) noch 5.0 (&quot;MQTT&quot; Version 5) ist.</translation>
    </message>
    <message>
        <source>%1 with the reserved connect flag set (MQTT-3.1.2-3).</source>
        <translation>%1 mit gesetztem reserviertem Connect-Flag (MQTT-3.1.2-3).</translation>
    </message>
    <message>
        <source>%1 with Will QoS or Will Retain set but no Will Flag (%2).</source>
        <translation>%1 mit gesetztem Will QoS oder Will Retain, aber ohne Will Flag (%2).</translation>
    </message>
    <message>
        <source>%1 with Will QoS 3 (%2).</source>
        <translation>%1 mit Will QoS 3 (%2).</translation>
    </message>
    <message>
        <source>%1 with a password but no user name (MQTT-3.1.2-22).</source>
        <translation>%1 mit einem Passwort, aber ohne Benutzernamen (MQTT-3.1.2-22).</translation>
    </message>
    <message>
        <source>%1 carrying Authentication Data without an Authentication Method (MQTT 5.0 section 3.1.2.11.10).</source>
        <translation>%1 mit Authentication Data, aber ohne Authentication Method (MQTT 5.0 Abschnitt 3.1.2.11.10).</translation>
    </message>
    <message>
        <source>%1 with an empty will topic (MQTT-4.7.3-1).</source>
        <translation>%1 mit einem leeren Will-Topic (MQTT-4.7.3-1).</translation>
    </message>
    <message>
        <source>%1 with reserved bits set in its acknowledge flags (MQTT-3.2.2-1).</source>
        <translation>%1 mit gesetzten reservierten Bits in den Acknowledge-Flags (MQTT-3.2.2-1).</translation>
    </message>
    <message>
        <source>%1 with the return code %2, which MQTT 3.1.1 does not define (section 3.2.2.3).</source>
        <translation>%1 mit dem Rückgabecode %2, den MQTT 3.1.1 nicht definiert (Abschnitt 3.2.2.3).</translation>
    </message>
    <message>
        <source>%1 with Session Present set although it refuses the connection (%2).</source>
        <translation>%1 mit gesetztem Session Present, obwohl die Verbindung abgelehnt wird (%2).</translation>
    </message>
    <message>
        <source>%1 with an empty topic (MQTT-4.7.3-1).</source>
        <translation>%1 mit einem leeren Topic (MQTT-4.7.3-1).</translation>
    </message>
    <message>
        <source>%1 with an empty topic and no Topic Alias (MQTT 5.0 section 3.3.2.1).</source>
        <translation>%1 mit einem leeren Topic und ohne Topic Alias (MQTT 5.0 Abschnitt 3.3.2.1).</translation>
    </message>
    <message>
        <source>%1 without any topic filter (%2).</source>
        <translation>%1 ohne Topic-Filter (%2).</translation>
    </message>
    <message>
        <source>%1 with reserved bits set in the options of the topic filter &quot;%2&quot; (%3).</source>
        <translation>%1 mit gesetzten reservierten Bits in den Optionen des Topic-Filters &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>%1 asking for QoS 3 on the topic filter &quot;%2&quot; (%3).</source>
        <translation>%1, das QoS 3 für den Topic-Filter &quot;%2&quot; anfordert (%3).</translation>
    </message>
    <message>
        <source>%1 with Retain Handling 3 on the topic filter &quot;%2&quot; (MQTT 5.0 section 3.8.3.1).</source>
        <translation>%1 mit Retain Handling 3 für den Topic-Filter &quot;%2&quot; (MQTT 5.0 Abschnitt 3.8.3.1).</translation>
    </message>
    <message>
        <source>%1 with the invalid topic filter &quot;%2&quot; (MQTT-4.7.1).</source>
        <translation>%1 mit dem ungültigen Topic-Filter &quot;%2&quot; (MQTT-4.7.1).</translation>
    </message>
    <message>
        <source>%1 with No Local set on the shared subscription &quot;%2&quot; (MQTT-3.8.3-4).</source>
        <translation>%1 mit gesetztem No Local bei der Shared Subscription &quot;%2&quot; (MQTT-3.8.3-4).</translation>
    </message>
    <message>
        <source>%1 without any reason codes (%2).</source>
        <translation>%1 ohne Reason-Codes (%2).</translation>
    </message>
    <message>
        <source>%1 with the reason code 0x%2, which is not defined for that packet (%3).</source>
        <translation>%1 mit dem Reason-Code 0x%2, der für dieses Paket nicht definiert ist (%3).</translation>
    </message>
    <message>
        <source>%1 without any topic filter (MQTT-3.10.3-2).</source>
        <translation>%1 ohne Topic-Filter (MQTT-3.10.3-2).</translation>
    </message>
    <message>
        <source>%1 without an Authentication Method (MQTT 5.0 section 3.15.2.2.2).</source>
        <translation>%1 ohne Authentication Method (MQTT 5.0 Abschnitt 3.15.2.2.2).</translation>
    </message>
    <message>
        <source>%1 of %2, larger than the maximum packet size of %3 accepted on this connection.</source>
        <translation>%1 mit %2, größer als die maximale Paketgröße von %3, die auf dieser Verbindung akzeptiert wird.</translation>
    </message>
    <message>
        <source>%1 property</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 Byte</numerusform>
            <numerusform>%1 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent %1</source>
        <translation>Der Server sendete %1</translation>
    </message>
    <message>
        <source>The client sent %1</source>
        <translation>Der Client sendete %1</translation>
    </message>
    <message>
        <source>%1 that ends before its %2 (its remaining length is too short).</source>
        <translation>%1, das vor dem Feld „%2“ endet (seine Restlänge ist zu kurz).</translation>
    </message>
    <message>
        <source>%1 whose %2 is a Variable Byte Integer longer than 4 bytes (%3).</source>
        <translation>%1, dessen Feld „%2“ eine Variable Byte Integer mit mehr als 4 Bytes ist (%3).</translation>
    </message>
    <message>
        <source>%1 whose %2 is not encoded in the fewest bytes possible (%3).</source>
        <translation>%1, dessen Feld „%2“ nicht mit der kleinstmöglichen Anzahl Bytes kodiert ist (%3).</translation>
    </message>
    <message>
        <source>%1 with packet identifier 0, which is reserved (%2).</source>
        <translation>%1 mit der Paket-ID 0, die reserviert ist (%2).</translation>
    </message>
    <message>
        <source>%1 whose %2 is longer than the rest of the packet.</source>
        <translation>%1, dessen Feld „%2“ länger ist als der Rest des Pakets.</translation>
    </message>
    <message>
        <source>%1 whose %2 is not well-formed UTF-8 (%3).</source>
        <translation>%1, dessen Feld „%2“ kein wohlgeformtes UTF-8 ist (%3).</translation>
    </message>
    <message>
        <source>%1 whose %2 contains an encoded UTF-16 surrogate (U+D800..U+DFFF) (%3).</source>
        <translation>%1, dessen Feld „%2“ ein kodiertes UTF-16-Surrogat (U+D800..U+DFFF) enthält (%3).</translation>
    </message>
    <message>
        <source>%1 whose %2 contains the null character U+0000 (%3).</source>
        <translation>%1, dessen Feld „%2“ das Nullzeichen U+0000 enthält (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n unexpected byte(s) after its contents (its remaining length does not match its contents).</source>
        <translation>
            <numerusform>%1 mit %n unerwarteten Byte nach seinem Inhalt (seine Restlänge passt nicht zum Inhalt).</numerusform>
            <numerusform>%1 mit %n unerwarteten Bytes nach seinem Inhalt (seine Restlänge passt nicht zum Inhalt).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 whose property length (%2) runs past the end of the packet (MQTT 5.0 section 2.2.2.1).</source>
        <translation>%1, dessen Eigenschaftslänge (%2) über das Ende des Pakets hinausreicht (MQTT 5.0 Abschnitt 2.2.2.1).</translation>
    </message>
    <message>
        <source>%1 with %2 %3, a value the specification does not allow.</source>
        <translation>%1 mit %2 %3, einem Wert, den die Spezifikation nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 with the unknown property identifier 0x%2 (MQTT 5.0 section 2.2.2.2).</source>
        <translation>%1 mit der unbekannten Eigenschafts-ID 0x%2 (MQTT 5.0 Abschnitt 2.2.2.2).</translation>
    </message>
    <message>
        <source>its will properties</source>
        <translation>seinen Will-Eigenschaften</translation>
    </message>
    <message>
        <source>that packet</source>
        <translation>diesem Paket</translation>
    </message>
    <message>
        <source>%1 carrying the %2 property, which may not appear in %3 (MQTT 5.0 section 2.2.2.2).</source>
        <translation>%1 mit der Eigenschaft %2, die in %3 nicht vorkommen darf (MQTT 5.0 Abschnitt 2.2.2.2).</translation>
    </message>
    <message>
        <source>%1 carrying the %2 property more than once.</source>
        <translation>%1 mit der Eigenschaft %2 mehr als einmal.</translation>
    </message>
    <message>
        <source>%1 whose Response Topic contains a wildcard (MQTT-3.3.2-14).</source>
        <translation>%1, dessen Response Topic eine Wildcard enthält (MQTT-3.3.2-14).</translation>
    </message>
    <message>
        <source>%1 carrying a Subscription Identifier, which only a server may send (MQTT-3.3.4-6).</source>
        <translation>%1 mit einem Subscription Identifier, den nur ein Server senden darf (MQTT-3.3.4-6).</translation>
    </message>
    <message>
        <source>%1 carrying a Session Expiry Interval, which only a client may send in a DISCONNECT (MQTT-3.14.2-2).</source>
        <translation>%1 mit einem Session Expiry Interval, das nur ein Client in einem DISCONNECT senden darf (MQTT-3.14.2-2).</translation>
    </message>
    <message>
        <source>no topic aliases are accepted on this connection</source>
        <translation>auf dieser Verbindung werden keine Topic-Aliase akzeptiert</translation>
    </message>
    <message>
        <source>the aliases accepted on this connection are 1 to %1</source>
        <translation>auf dieser Verbindung werden die Aliase 1 bis %1 akzeptiert</translation>
    </message>
    <message>
        <source>%1 with Topic Alias %2, but %3 (MQTT 5.0 section 3.3.2.3.4).</source>
        <translation>%1 mit Topic Alias %2, aber %3 (MQTT 5.0 Abschnitt 3.3.2.3.4).</translation>
    </message>
    <message>
        <source>granted QoS %1</source>
        <translation>gewährte QoS %1</translation>
    </message>
    <message>
        <source>connection accepted</source>
        <translation>Verbindung angenommen</translation>
    </message>
    <message>
        <source>unacceptable protocol version</source>
        <translation>inakzeptable Protokollversion</translation>
    </message>
    <message>
        <source>identifier rejected</source>
        <translation>Kennung abgelehnt</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>unknown return code %1</source>
        <translation>unbekannter Rückgabecode %1</translation>
    </message>
    <message>
        <source>normal disconnection</source>
        <translation>normale Trennung</translation>
    </message>
    <message>
        <source>unknown reason code 0x%1</source>
        <translation>unbekannter Reason-Code 0x%1</translation>
    </message>
    <message>
        <source>A message needs a topic: a topic name must not be empty [MQTT-4.7.3-1].</source>
        <translation>Eine Nachricht braucht ein Topic: Ein Topic-Name darf nicht leer sein [MQTT-4.7.3-1].</translation>
    </message>
    <message>
        <source>The topic contains the wildcard %1 at character %2; wildcards (+ and #) are for subscriptions only, a message needs a topic without them [MQTT-3.3.2-2].</source>
        <translation>Das Topic enthält die Wildcard %1 an Zeichen %2; Wildcards (+ und #) gibt es nur für Abonnements, eine Nachricht braucht ein Topic ohne sie [MQTT-3.3.2-2].</translation>
    </message>
    <message>
        <source>The topic contains a NUL character (U+0000) at character %1, which MQTT forbids in topics [MQTT-4.7.3-2].</source>
        <translation>Das Topic enthält an Zeichen %1 ein NUL-Zeichen (U+0000), das MQTT in Topics verbietet [MQTT-4.7.3-2].</translation>
    </message>
    <message>
        <source>The topic contains half of a UTF-16 surrogate pair at character %1, which has no UTF-8 form [MQTT-1.5.4-1].</source>
        <translation>Das Topic enthält an Zeichen %1 die Hälfte eines UTF-16-Surrogatpaars, das keine UTF-8-Form hat [MQTT-1.5.4-1].</translation>
    </message>
    <message numerus="yes">
        <source>The topic takes %n byte(s) in UTF-8; a topic may take at most 65,535 [MQTT-4.7.3-3].</source>
        <translation>
            <numerusform>Das Topic belegt in UTF-8 %n Byte; ein Topic darf höchstens 65.535 belegen [MQTT-4.7.3-3].</numerusform>
            <numerusform>Das Topic belegt in UTF-8 %n Bytes; ein Topic darf höchstens 65.535 belegen [MQTT-4.7.3-3].</numerusform>
        </translation>
    </message>
    <message>
        <source>The topic has an empty level (a leading, trailing or double /): MQTT allows it, but it is another topic than the one without it.</source>
        <translation>Das Topic hat eine leere Ebene (ein / am Anfang, am Ende oder doppelt): MQTT erlaubt das, aber es ist ein anderes Topic als das ohne sie.</translation>
    </message>
    <message>
        <source>The topic begins or ends with a space: MQTT allows it, but it is another topic than the one without it.</source>
        <translation>Das Topic beginnt oder endet mit einem Leerzeichen: MQTT erlaubt das, aber es ist ein anderes Topic als das ohne es.</translation>
    </message>
    <message>
        <source>Topics that begin with $ are reserved for the broker ($SYS); most brokers ignore or refuse messages published to them.</source>
        <translation>Topics, die mit $ beginnen, sind für den Broker reserviert ($SYS); die meisten Broker ignorieren oder verweigern dort veröffentlichte Nachrichten.</translation>
    </message>
    <message>
        <source>a packet of the reserved type 0</source>
        <translation>ein Paket des reservierten Typs 0</translation>
    </message>
    <message>
        <source>a CONNECT</source>
        <translation>ein CONNECT-Paket</translation>
    </message>
    <message>
        <source>a CONNACK</source>
        <translation>ein CONNACK-Paket</translation>
    </message>
    <message>
        <source>a PUBLISH</source>
        <translation>ein PUBLISH-Paket</translation>
    </message>
    <message>
        <source>a PUBACK</source>
        <translation>ein PUBACK-Paket</translation>
    </message>
    <message>
        <source>a PUBREC</source>
        <translation>ein PUBREC-Paket</translation>
    </message>
    <message>
        <source>a PUBREL</source>
        <translation>ein PUBREL-Paket</translation>
    </message>
    <message>
        <source>a PUBCOMP</source>
        <translation>ein PUBCOMP-Paket</translation>
    </message>
    <message>
        <source>a SUBSCRIBE</source>
        <translation>ein SUBSCRIBE-Paket</translation>
    </message>
    <message>
        <source>a SUBACK</source>
        <translation>ein SUBACK-Paket</translation>
    </message>
    <message>
        <source>an UNSUBSCRIBE</source>
        <translation>ein UNSUBSCRIBE-Paket</translation>
    </message>
    <message>
        <source>an UNSUBACK</source>
        <translation>ein UNSUBACK-Paket</translation>
    </message>
    <message>
        <source>a PINGREQ</source>
        <translation>ein PINGREQ-Paket</translation>
    </message>
    <message>
        <source>a PINGRESP</source>
        <translation>ein PINGRESP-Paket</translation>
    </message>
    <message>
        <source>a DISCONNECT</source>
        <translation>ein DISCONNECT-Paket</translation>
    </message>
    <message>
        <source>an AUTH</source>
        <translation>ein AUTH-Paket</translation>
    </message>
    <message>
        <source>a packet</source>
        <translation>ein Paket</translation>
    </message>
</context>
<context>
    <name>Mqtt::Client</name>
    <message>
        <source>TLS certificate verification is switched off for %1: the connection is encrypted, but anyone in between can pretend to be the broker.</source>
        <translation>Die Prüfung des TLS-Zertifikats ist für %1 ausgeschaltet: Die Verbindung ist verschlüsselt, aber jeder dazwischen kann sich als Broker ausgeben.</translation>
    </message>
    <message>
        <source>The broker at %1 accepted the connection but did not answer the MQTT CONNECT within %2 seconds; check that this port speaks MQTT.</source>
        <translation>Der Broker unter %1 hat die Verbindung angenommen, aber nicht innerhalb von %2 Sekunden auf das MQTT-CONNECT geantwortet; prüfen Sie, ob dieser Port MQTT spricht.</translation>
    </message>
    <message>
        <source>The broker refused the subscription.</source>
        <translation>Der Broker hat das Abonnement abgelehnt.</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection without answering the MQTT 5 CONNECT; connecting again with MQTT 3.1.1.</source>
        <translation>Der Broker unter %1 hat die Verbindung geschlossen, ohne auf das MQTT-5-CONNECT zu antworten; neuer Verbindungsversuch mit MQTT 3.1.1.</translation>
    </message>
    <message>
        <source>The broker at %1 does not support MQTT 5; connecting again with MQTT 3.1.1.</source>
        <translation>Der Broker unter %1 unterstützt MQTT 5 nicht; neuer Verbindungsversuch mit MQTT 3.1.1.</translation>
    </message>
</context>
<context>
    <name>Mqtt::ConnectionOptions</name>
    <message>
        <source>No broker address was given: write one such as mqtt://localhost:1883.</source>
        <translation>Es wurde keine Broker-Adresse angegeben: Geben Sie eine wie mqtt://localhost:1883 ein.</translation>
    </message>
    <message>
        <source>The port in the broker address &apos;%1&apos; is not a number from 1 to 65535.</source>
        <translation>Der Port in der Broker-Adresse &apos;%1&apos; ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; is not a valid URL: write it as mqtt://host:port.</source>
        <translation>Die Broker-Adresse &apos;%1&apos; ist keine gültige URL: Schreiben Sie sie als mqtt://host:port.</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has no scheme: start it with mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>Die Broker-Adresse &apos;%1&apos; hat kein Schema: Beginnen Sie sie mit mqtt://, mqtts://, ws:// oder wss://.</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; uses the unknown scheme &apos;%2&apos;: use mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>Die Broker-Adresse &apos;%1&apos; verwendet das unbekannte Schema &apos;%2&apos;: Verwenden Sie mqtt://, mqtts://, ws:// oder wss://.</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has no host name: write it as %2://host:port.</source>
        <translation>Die Broker-Adresse &apos;%1&apos; hat keinen Hostnamen: Schreiben Sie sie als %2://host:port.</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has the path &apos;%2&apos;, but only ws:// and wss:// addresses use a path: remove it or use a WebSocket address.</source>
        <translation>Die Broker-Adresse &apos;%1&apos; hat den Pfad &apos;%2&apos;, aber nur ws://- und wss://-Adressen verwenden einen Pfad: Entfernen Sie ihn oder verwenden Sie eine WebSocket-Adresse.</translation>
    </message>
</context>
<context>
    <name>Mqtt::ServerLimits</name>
    <message>
        <source>The broker announced a Receive Maximum of 0, which the protocol forbids.</source>
        <translation>Der Broker hat ein Receive Maximum von 0 angekündigt, was das Protokoll verbietet.</translation>
    </message>
    <message>
        <source>The broker announced a Maximum Packet Size of 0, which the protocol forbids.</source>
        <translation>Der Broker hat eine Maximum Packet Size von 0 angekündigt, was das Protokoll verbietet.</translation>
    </message>
    <message>
        <source>QoS %1 does not exist; use QoS 0, 1 or 2.</source>
        <translation>QoS %1 gibt es nicht; verwenden Sie QoS 0, 1 oder 2.</translation>
    </message>
    <message>
        <source>The broker accepts messages up to QoS %1 only, so this QoS %2 message was not sent.</source>
        <translation>Der Broker akzeptiert Nachrichten nur bis QoS %1, daher wurde diese Nachricht mit QoS %2 nicht gesendet.</translation>
    </message>
    <message>
        <source>The broker does not support retained messages, so this retained message was not sent.</source>
        <translation>Der Broker unterstützt keine Retained-Nachrichten, daher wurde diese Retained-Nachricht nicht gesendet.</translation>
    </message>
    <message>
        <source>A subscribe request needs at least one topic filter [MQTT-3.8.3-2].</source>
        <translation>Eine Abonnementanfrage braucht mindestens einen Topic-Filter [MQTT-3.8.3-2].</translation>
    </message>
    <message>
        <source>A topic filter must not be empty [MQTT-4.7.3-1].</source>
        <translation>Ein Topic-Filter darf nicht leer sein [MQTT-4.7.3-1].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid topic filter: + must fill a whole level and # must be the last level.</source>
        <translation>&quot;%1&quot; ist kein gültiger Topic-Filter: + muss eine ganze Ebene füllen und # muss die letzte Ebene sein.</translation>
    </message>
    <message>
        <source>QoS %1 does not exist; subscribe with QoS 0, 1 or 2.</source>
        <translation>QoS %1 gibt es nicht; abonnieren Sie mit QoS 0, 1 oder 2.</translation>
    </message>
    <message>
        <source>Retain handling %1 does not exist; use 0, 1 or 2.</source>
        <translation>Retain Handling %1 gibt es nicht; verwenden Sie 0, 1 oder 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid shared subscription; use $share/group/filter.</source>
        <translation>&quot;%1&quot; ist keine gültige Shared Subscription; verwenden Sie $share/group/filter.</translation>
    </message>
    <message>
        <source>The broker does not support shared subscriptions, so &quot;%1&quot; was not subscribed.</source>
        <translation>Der Broker unterstützt keine Shared Subscriptions, daher wurde &quot;%1&quot; nicht abonniert.</translation>
    </message>
    <message>
        <source>The shared subscription &quot;%1&quot; cannot use No Local [MQTT-3.8.3-4].</source>
        <translation>Die Shared Subscription &quot;%1&quot; kann No Local nicht verwenden [MQTT-3.8.3-4].</translation>
    </message>
    <message>
        <source>The broker does not support wildcard subscriptions, so &quot;%1&quot; was not subscribed.</source>
        <translation>Der Broker unterstützt keine Wildcard-Abonnements, daher wurde &quot;%1&quot; nicht abonniert.</translation>
    </message>
    <message>
        <source>A subscribe request can carry only one subscription identifier.</source>
        <translation>Eine Abonnementanfrage kann nur eine Abonnement-ID enthalten.</translation>
    </message>
    <message>
        <source>Subscription identifier %1 is out of range; use 1 to %2.</source>
        <translation>Die Abonnement-ID %1 liegt außerhalb des Bereichs; verwenden Sie 1 bis %2.</translation>
    </message>
    <message>
        <source>The broker does not support subscription identifiers, so the subscription was not sent.</source>
        <translation>Der Broker unterstützt keine Abonnement-IDs, daher wurde das Abonnement nicht gesendet.</translation>
    </message>
    <message>
        <source>An unsubscribe request needs at least one topic filter [MQTT-3.10.3-2].</source>
        <translation>Eine Abbestellungsanfrage braucht mindestens einen Topic-Filter [MQTT-3.10.3-2].</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 Byte</numerusform>
            <numerusform>%1 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The message would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation>Die Nachricht bräuchte ein Paket von %1, mehr als die %2, die MQTT erlaubt.</translation>
    </message>
    <message>
        <source>The message would need a packet of %1, but the broker accepts at most %2.</source>
        <translation>Die Nachricht bräuchte ein Paket von %1, aber der Broker akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The subscribe request would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation>Die Abonnementanfrage bräuchte ein Paket von %1, mehr als die %2, die MQTT erlaubt.</translation>
    </message>
    <message>
        <source>The unsubscribe request would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation>Die Abbestellungsanfrage bräuchte ein Paket von %1, mehr als die %2, die MQTT erlaubt.</translation>
    </message>
    <message>
        <source>The subscribe request would need a packet of %1, but the broker accepts at most %2; subscribe to fewer or shorter topic filters at a time.</source>
        <translation>Die Abonnementanfrage bräuchte ein Paket von %1, aber der Broker akzeptiert höchstens %2; abonnieren Sie weniger oder kürzere Topic-Filter auf einmal.</translation>
    </message>
    <message>
        <source>The unsubscribe request would need a packet of %1, but the broker accepts at most %2; unsubscribe from fewer or shorter topic filters at a time.</source>
        <translation>Die Abbestellungsanfrage bräuchte ein Paket von %1, aber der Broker akzeptiert höchstens %2; bestellen Sie weniger oder kürzere Topic-Filter auf einmal ab.</translation>
    </message>
    <message>
        <source>Topic alias 0 does not exist; topic aliases start at 1 [MQTT-3.3.2-8].</source>
        <translation>Topic-Alias 0 gibt es nicht; Topic-Aliase beginnen bei 1 [MQTT-3.3.2-8].</translation>
    </message>
    <message>
        <source>The broker accepts no topic aliases, so the message with topic alias %1 was not sent.</source>
        <translation>Der Broker akzeptiert keine Topic-Aliase, daher wurde die Nachricht mit Topic-Alias %1 nicht gesendet.</translation>
    </message>
    <message>
        <source>The broker accepts topic aliases 1 to %1, so the message with topic alias %2 was not sent.</source>
        <translation>Der Broker akzeptiert die Topic-Aliase 1 bis %1, daher wurde die Nachricht mit Topic-Alias %2 nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>Mqtt::Session</name>
    <message>
        <source>The connection closed before the broker answered the request.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Broker auf die Anfrage geantwortet hat.</translation>
    </message>
    <message>
        <source>The session was discarded before the broker confirmed the message.</source>
        <translation>Die Sitzung wurde verworfen, bevor der Broker die Nachricht bestätigt hat.</translation>
    </message>
    <message>
        <source>The session was discarded before the request could be sent.</source>
        <translation>Die Sitzung wurde verworfen, bevor die Anfrage gesendet werden konnte.</translation>
    </message>
    <message>
        <source>The broker sent a malformed packet.</source>
        <translation>Der Broker hat ein fehlerhaftes Paket gesendet.</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet, which MQTT %1 does not have.</source>
        <translation>Der Broker hat ein AUTH-Paket gesendet, das es in MQTT %1 nicht gibt.</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet before the client connected.</source>
        <translation>Der Broker hat ein AUTH-Paket gesendet, bevor der Client verbunden war.</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet although the client did not ask for enhanced authentication [MQTT-4.12.0-6].</source>
        <translation>Der Broker hat ein AUTH-Paket gesendet, obwohl der Client keine erweiterte Authentifizierung angefordert hat [MQTT-4.12.0-6].</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet (%1).</source>
        <translation>Der Broker hat ein AUTH-Paket gesendet (%1).</translation>
    </message>
    <message>
        <source>The broker sent a %1 packet, which only a client may send.</source>
        <translation>Der Broker hat ein %1-Paket gesendet, das nur ein Client senden darf.</translation>
    </message>
    <message>
        <source>The broker sent a %1 packet before accepting the connection with CONNACK.</source>
        <translation>Der Broker hat ein %1-Paket gesendet, bevor er die Verbindung mit CONNACK angenommen hat.</translation>
    </message>
    <message>
        <source>The broker sent a second CONNACK on the same connection.</source>
        <translation>Der Broker hat auf derselben Verbindung ein zweites CONNACK gesendet.</translation>
    </message>
    <message>
        <source>The broker sent a CONNACK before the client sent CONNECT.</source>
        <translation>Der Broker hat ein CONNACK gesendet, bevor der Client CONNECT gesendet hat.</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1.</source>
        <translation>Der Broker hat die Verbindung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>It suggests the server %1.</source>
        <translation>Er schlägt den Server %1 vor.</translation>
    </message>
    <message>
        <source>The broker reported an existing session although the client asked for a clean start [MQTT-3.2.2-2].</source>
        <translation>Der Broker hat eine bestehende Sitzung gemeldet, obwohl der Client einen Clean Start angefordert hat [MQTT-3.2.2-2].</translation>
    </message>
    <message>
        <source>Connected to the broker, which resumed the previous session.</source>
        <translation>Mit dem Broker verbunden, der die vorherige Sitzung fortgesetzt hat.</translation>
    </message>
    <message>
        <source>Connected to the broker with a new session.</source>
        <translation>Mit dem Broker in einer neuen Sitzung verbunden.</translation>
    </message>
    <message>
        <source>The broker did not keep the session, so the subscriptions must be made again.</source>
        <translation>Der Broker hat die Sitzung nicht behalten, daher müssen die Abonnements neu eingerichtet werden.</translation>
    </message>
    <message>
        <source>The broker said: &quot;%1&quot;.</source>
        <translation>Der Broker meldete: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The broker used topic alias %1, but the client accepts aliases 1 to %2 only.</source>
        <translation>Der Broker hat Topic-Alias %1 verwendet, aber der Client akzeptiert nur die Aliase 1 bis %2.</translation>
    </message>
    <message>
        <source>The broker used topic alias %1 without ever saying which topic it stands for.</source>
        <translation>Der Broker hat Topic-Alias %1 verwendet, ohne je mitzuteilen, für welches Topic er steht.</translation>
    </message>
    <message>
        <source>The broker sent a PUBLISH packet without a topic.</source>
        <translation>Der Broker hat ein PUBLISH-Paket ohne Topic gesendet.</translation>
    </message>
    <message>
        <source>The broker sent more unacknowledged QoS 2 messages than the client&apos;s Receive Maximum of %1.</source>
        <translation>Der Broker hat mehr unbestätigte QoS-2-Nachrichten gesendet als das Receive Maximum des Clients von %1.</translation>
    </message>
    <message>
        <source>The broker sent a PUBLISH packet with QoS 3.</source>
        <translation>Der Broker hat ein PUBLISH-Paket mit QoS 3 gesendet.</translation>
    </message>
    <message>
        <source>The broker sent PUBACK for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation>Der Broker hat PUBACK für die Paket-ID %1 gesendet, aber keine Nachricht mit dieser ID wartet darauf.</translation>
    </message>
    <message>
        <source>The broker sent PUBACK for packet identifier %1, which is a QoS 2 message and needs PUBREC.</source>
        <translation>Der Broker hat PUBACK für die Paket-ID %1 gesendet, die zu einer QoS-2-Nachricht gehört und PUBREC braucht.</translation>
    </message>
    <message>
        <source>The broker refused the message to &quot;%1&quot;: %2.</source>
        <translation>Der Broker hat die Nachricht an &quot;%1&quot; abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The broker sent PUBREC for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation>Der Broker hat PUBREC für die Paket-ID %1 gesendet, aber keine Nachricht mit dieser ID wartet darauf.</translation>
    </message>
    <message>
        <source>The broker sent PUBREC for packet identifier %1, which is a QoS 1 message and needs PUBACK.</source>
        <translation>Der Broker hat PUBREC für die Paket-ID %1 gesendet, die zu einer QoS-1-Nachricht gehört und PUBACK braucht.</translation>
    </message>
    <message>
        <source>The broker sent a second PUBREC for packet identifier %1.</source>
        <translation>Der Broker hat ein zweites PUBREC für die Paket-ID %1 gesendet.</translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation>Der Broker hat PUBCOMP für die Paket-ID %1 gesendet, aber keine Nachricht mit dieser ID wartet darauf.</translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1, which is a QoS 1 message and needs PUBACK.</source>
        <translation>Der Broker hat PUBCOMP für die Paket-ID %1 gesendet, die zu einer QoS-1-Nachricht gehört und PUBACK braucht.</translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1 before PUBREC.</source>
        <translation>Der Broker hat PUBCOMP für die Paket-ID %1 vor PUBREC gesendet.</translation>
    </message>
    <message>
        <source>The broker sent SUBACK for packet identifier %1, but no subscribe request with that identifier awaits one.</source>
        <translation>Der Broker hat SUBACK für die Paket-ID %1 gesendet, aber keine Abonnementanfrage mit dieser ID wartet darauf.</translation>
    </message>
    <message>
        <source>The broker refused the subscription to &quot;%1&quot;: %2.</source>
        <translation>Der Broker hat das Abonnement von &quot;%1&quot; abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The broker sent UNSUBACK for packet identifier %1, but no unsubscribe request with that identifier awaits one.</source>
        <translation>Der Broker hat UNSUBACK für die Paket-ID %1 gesendet, aber keine Abbestellungsanfrage mit dieser ID wartet darauf.</translation>
    </message>
    <message>
        <source>The broker refused to remove the subscription to &quot;%1&quot;: %2.</source>
        <translation>Der Broker hat das Entfernen des Abonnements von &quot;%1&quot; abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The broker sent a DISCONNECT packet, which only a client may send before MQTT 5.</source>
        <translation>Der Broker hat ein DISCONNECT-Paket gesendet, das vor MQTT 5 nur ein Client senden darf.</translation>
    </message>
    <message>
        <source>The broker closed the connection: %1.</source>
        <translation>Der Broker hat die Verbindung geschlossen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The broker did not answer the keep-alive ping within %n second(s), so the connection is considered lost.</source>
        <translation>
            <numerusform>Der Broker hat nicht innerhalb von %n Sekunde auf den Keep-Alive-Ping geantwortet, daher gilt die Verbindung als verloren.</numerusform>
            <numerusform>Der Broker hat nicht innerhalb von %n Sekunden auf den Keep-Alive-Ping geantwortet, daher gilt die Verbindung als verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The broker answered a subscribe request for %n topic filter(s) with %1 [MQTT-3.9.3-1].</source>
        <comment>%1 is a number of reason codes</comment>
        <translation>
            <numerusform>Der Broker hat eine Abonnementanfrage für %n Topic-Filter mit %1 beantwortet [MQTT-3.9.3-1].</numerusform>
            <numerusform>Der Broker hat eine Abonnementanfrage für %n Topic-Filter mit %1 beantwortet [MQTT-3.9.3-1].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reason code(s)</source>
        <translation>
            <numerusform>%n Reason-Code</numerusform>
            <numerusform>%n Reason-Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The broker answered an unsubscribe request for %n topic filter(s) with %1 [MQTT-3.11.3-1].</source>
        <comment>%1 is a number of reason codes</comment>
        <translation>
            <numerusform>Der Broker hat eine Abbestellungsanfrage für %n Topic-Filter mit %1 beantwortet [MQTT-3.11.3-1].</numerusform>
            <numerusform>Der Broker hat eine Abbestellungsanfrage für %n Topic-Filter mit %1 beantwortet [MQTT-3.11.3-1].</numerusform>
        </translation>
    </message>
    <message>
        <source>the broker does not support MQTT 5; use MQTT 3.1.1</source>
        <translation>der Broker unterstützt MQTT 5 nicht; verwenden Sie MQTT 3.1.1</translation>
    </message>
    <message numerus="yes">
        <source>The broker accepts packets of at most %n byte(s), too few for the %1 of %2 bytes that the protocol needs next, so the connection cannot go on.</source>
        <translation>
            <numerusform>Der Broker akzeptiert Pakete von höchstens %n Byte, zu wenig für das %1 von %2 Bytes, das das Protokoll als Nächstes braucht, daher kann die Verbindung nicht fortgesetzt werden.</numerusform>
            <numerusform>Der Broker akzeptiert Pakete von höchstens %n Bytes, zu wenig für das %1 von %2 Bytes, das das Protokoll als Nächstes braucht, daher kann die Verbindung nicht fortgesetzt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker had received the QoS 2 message to &quot;%1&quot;, but the connection ended before the exchange completed and the new connection started a clean session, so it is unknown whether the message was delivered; publish it again if it must arrive.</source>
        <translation>Der Broker hatte die QoS-2-Nachricht an &quot;%1&quot; empfangen, aber die Verbindung endete vor Abschluss des Austauschs, und die neue Verbindung hat eine neue Sitzung begonnen (Clean Start); daher ist unbekannt, ob die Nachricht zugestellt wurde. Veröffentlichen Sie sie erneut, wenn sie ankommen muss.</translation>
    </message>
    <message>
        <source>The connection ended before the broker acknowledged the QoS 2 message to &quot;%1&quot; and the new connection started a clean session, so it is unknown whether the broker received it. It was not sent again, because that could deliver it twice; publish it again if it must arrive.</source>
        <translation>Die Verbindung endete, bevor der Broker die QoS-2-Nachricht an &quot;%1&quot; bestätigt hat, und die neue Verbindung hat eine neue Sitzung begonnen (Clean Start); daher ist unbekannt, ob der Broker sie empfangen hat. Sie wurde nicht erneut gesendet, weil sie sonst doppelt zugestellt werden könnte; veröffentlichen Sie sie erneut, wenn sie ankommen muss.</translation>
    </message>
    <message>
        <source>The broker had received the QoS 2 message to &quot;%1&quot; but did not keep the session, so it is unknown whether the message was delivered; publish it again if it must arrive.</source>
        <translation>Der Broker hatte die QoS-2-Nachricht an &quot;%1&quot; empfangen, aber die Sitzung nicht behalten; daher ist unbekannt, ob die Nachricht zugestellt wurde. Veröffentlichen Sie sie erneut, wenn sie ankommen muss.</translation>
    </message>
    <message>
        <source>The broker did not keep the session, so it is unknown whether it received the QoS 2 message to &quot;%1&quot;. It was not sent again, because that could deliver it twice; publish it again if it must arrive.</source>
        <translation>Der Broker hat die Sitzung nicht behalten; daher ist unbekannt, ob er die QoS-2-Nachricht an &quot;%1&quot; empfangen hat. Sie wurde nicht erneut gesendet, weil sie sonst doppelt zugestellt werden könnte; veröffentlichen Sie sie erneut, wenn sie ankommen muss.</translation>
    </message>
</context>
<context>
    <name>Mqtt::Transport</name>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>client key file</source>
        <translation>Client-Schlüsseldatei</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist: check the path.</source>
        <translation>%1 &apos;%2&apos; existiert nicht: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a folder, not a file: choose the file.</source>
        <translation>%1 &apos;%2&apos; ist ein Ordner, keine Datei: Wählen Sie die Datei.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; cannot be read (%3): check its permissions.</source>
        <translation>%1 &apos;%2&apos; kann nicht gelesen werden (%3): Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; contains no PEM certificate: choose a certificate file.</source>
        <translation>%1 &apos;%2&apos; enthält kein PEM-Zertifikat: Wählen Sie eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; is protected by a passphrase: enter the passphrase.</source>
        <translation>Die Client-Schlüsseldatei &apos;%1&apos; ist durch eine Passphrase geschützt: Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; could not be decrypted: check the passphrase.</source>
        <translation>Die Client-Schlüsseldatei &apos;%1&apos; konnte nicht entschlüsselt werden: Prüfen Sie die Passphrase.</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; contains no PEM private key (RSA or EC): choose the key file that belongs to the client certificate.</source>
        <translation>Die Client-Schlüsseldatei &apos;%1&apos; enthält keinen privaten PEM-Schlüssel (RSA oder EC): Wählen Sie die Schlüsseldatei, die zum Client-Zertifikat gehört.</translation>
    </message>
    <message>
        <source>The client certificate &apos;%1&apos; needs its private key: set the client key file too.</source>
        <translation>Das Client-Zertifikat &apos;%1&apos; braucht seinen privaten Schlüssel: Legen Sie auch die Client-Schlüsseldatei fest.</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; needs its certificate: set the client certificate file too.</source>
        <translation>Die Client-Schlüsseldatei &apos;%1&apos; braucht ihr Zertifikat: Legen Sie auch die Client-Zertifikatsdatei fest.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation>dem CA-Speicher des Systems</translation>
    </message>
    <message>
        <source>the CA certificate file &apos;%1&apos;</source>
        <translation>der CA-Zertifikatsdatei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) is self-signed and not in %3: set the CA certificate file to the broker&apos;s certificate.</source>
        <translation>Das TLS-Zertifikat des Brokers unter %1 (&apos;%2&apos;) ist selbstsigniert und nicht in %3 enthalten: Legen Sie als CA-Zertifikatsdatei das Zertifikat des Brokers fest.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;, issued by &apos;%3&apos;) is not trusted: its CA &apos;%4&apos; is not in %5. Set the CA certificate file to that CA&apos;s certificate.</source>
        <translation>Das TLS-Zertifikat des Brokers unter %1 (&apos;%2&apos;, ausgestellt von &apos;%3&apos;) ist nicht vertrauenswürdig: Seine CA &apos;%4&apos; ist nicht in %5 enthalten. Legen Sie als CA-Zertifikatsdatei das Zertifikat dieser CA fest.</translation>
    </message>
    <message>
        <source>TLS peer verification is off for %1 (insecure mode): the connection is encrypted, but the broker&apos;s identity is not checked.</source>
        <translation>Die TLS-Gegenstellenprüfung ist für %1 ausgeschaltet (unsicherer Modus): Die Verbindung ist verschlüsselt, aber die Identität des Brokers wird nicht geprüft.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2: check that this port serves MQTT over TLS.</source>
        <translation>Der TLS-Handshake mit %1 wurde nicht innerhalb von %2 abgeschlossen: Prüfen Sie, ob dieser Port MQTT über TLS anbietet.</translation>
    </message>
    <message>
        <source>The connection to %1 and its WebSocket handshake did not finish within %2: check the host, the port and that it serves MQTT over WebSockets.</source>
        <translation>Die Verbindung zu %1 und ihr WebSocket-Handshake wurden nicht innerhalb von %2 abgeschlossen: Prüfen Sie Host und Port und ob dort MQTT über WebSockets angeboten wird.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2: the broker did not answer. Check the host, the port and any firewall in between.</source>
        <translation>Verbindung zu %1 innerhalb von %2 nicht möglich: Der Broker hat nicht geantwortet. Prüfen Sie Host, Port und eventuelle Firewalls dazwischen.</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection during the TLS handshake: check that this port serves MQTT over TLS and whether it requires a client certificate.</source>
        <translation>Der Broker unter %1 hat die Verbindung während des TLS-Handshakes geschlossen: Prüfen Sie, ob dieser Port MQTT über TLS anbietet und ob er ein Client-Zertifikat verlangt.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection during the WebSocket handshake: it is not a WebSocket endpoint. Check the port and the path.</source>
        <translation>Der Server unter %1 hat die Verbindung während des WebSocket-Handshakes geschlossen: Er ist kein WebSocket-Endpunkt. Prüfen Sie Port und Pfad.</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection while it was being opened.</source>
        <translation>Der Broker unter %1 hat die Verbindung beim Öffnen geschlossen.</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection.</source>
        <translation>Der Broker unter %1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Could not find the host &apos;%1&apos;: the name does not resolve. Check the host name.</source>
        <translation>Der Host &apos;%1&apos; wurde nicht gefunden: Der Name lässt sich nicht auflösen. Prüfen Sie den Hostnamen.</translation>
    </message>
    <message>
        <source>The broker at %1 refused the connection: nothing accepts connections on that port. Check that the broker is running and that the port is right.</source>
        <translation>Der Broker unter %1 hat die Verbindung abgelehnt: Auf diesem Port nimmt nichts Verbindungen an. Prüfen Sie, ob der Broker läuft und der Port stimmt.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>The network connection to %1 failed (%2): check the network.</source>
        <translation>Die Netzwerkverbindung zu %1 ist fehlgeschlagen (%2): Prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>This program is not allowed to connect to %1 (%2).</source>
        <translation>Dieses Programm darf keine Verbindung zu %1 herstellen (%2).</translation>
    </message>
    <message>
        <source>The system has no resources left for a connection to %1 (%2).</source>
        <translation>Das System hat keine Ressourcen mehr für eine Verbindung zu %1 (%2).</translation>
    </message>
    <message>
        <source>This system cannot connect to %1 (%2): the address type may not be supported.</source>
        <translation>Dieses System kann keine Verbindung zu %1 herstellen (%2): Der Adresstyp wird möglicherweise nicht unterstützt.</translation>
    </message>
    <message>
        <source>The proxy for the connection to %1 failed (%2): check the proxy settings.</source>
        <translation>Der Proxy für die Verbindung zu %1 ist fehlgeschlagen (%2): Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): check that this port serves MQTT over TLS.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2): Prüfen Sie, ob dieser Port MQTT über TLS anbietet.</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; does not belong to the client certificate &apos;%2&apos;: use the key that was made with that certificate.</source>
        <translation>Die Client-Schlüsseldatei &apos;%1&apos; gehört nicht zum Client-Zertifikat &apos;%2&apos;: Verwenden Sie den Schlüssel, mit dem dieses Zertifikat erstellt wurde.</translation>
    </message>
    <message>
        <source>The TLS settings for %1 could not be used (%2): check the client certificate and key.</source>
        <translation>Die TLS-Einstellungen für %1 konnten nicht verwendet werden (%2): Prüfen Sie Client-Zertifikat und -Schlüssel.</translation>
    </message>
    <message>
        <source>TLS could not be set up for the connection to %1 (%2).</source>
        <translation>TLS konnte für die Verbindung zu %1 nicht eingerichtet werden (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2).</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2).</source>
        <translation>Verbindung zu %1 nicht möglich (%2).</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 was rejected.</source>
        <translation>Das TLS-Zertifikat des Brokers unter %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The broker at %1 sent no TLS certificate, so its identity cannot be checked.</source>
        <translation>Der Broker unter %1 hat kein TLS-Zertifikat gesendet, daher kann seine Identität nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 is for %2, not for &apos;%3&apos;: connect using a name the certificate lists, or set the name to verify.</source>
        <translation>Das TLS-Zertifikat des Brokers unter %1 gilt für %2, nicht für &apos;%3&apos;: Verbinden Sie sich mit einem Namen, den das Zertifikat aufführt, oder legen Sie den zu prüfenden Namen fest.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) expired on %3: the broker&apos;s operator must renew it.</source>
        <translation>Das TLS-Zertifikat des Brokers unter %1 (&apos;%2&apos;) ist am %3 abgelaufen: Der Betreiber des Brokers muss es erneuern.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) is not valid before %3: check this computer&apos;s clock.</source>
        <translation>Das TLS-Zertifikat des Brokers unter %1 (&apos;%2&apos;) ist erst ab %3 gültig: Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) has been revoked.</source>
        <translation>Das TLS-Zertifikat des Brokers unter %1 (&apos;%2&apos;) wurde widerrufen.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) was rejected: %3.</source>
        <translation>Das TLS-Zertifikat des Brokers unter %1 (&apos;%2&apos;) wurde abgelehnt: %3.</translation>
    </message>
    <message>
        <source>The broker at %1 requires a TLS client certificate: set a client certificate and key.</source>
        <translation>Der Broker unter %1 verlangt ein TLS-Client-Zertifikat: Legen Sie ein Client-Zertifikat und einen Schlüssel fest.</translation>
    </message>
    <message>
        <source>The broker at %1 rejected the client certificate &apos;%2&apos; (%3): use a certificate issued by a CA the broker trusts.</source>
        <translation>Der Broker unter %1 hat das Client-Zertifikat &apos;%2&apos; abgelehnt (%3): Verwenden Sie ein Zertifikat, das von einer CA ausgestellt wurde, der der Broker vertraut.</translation>
    </message>
    <message>
        <source>The broker at %1 rejected the TLS handshake (%2): it may require a client certificate.</source>
        <translation>Der Broker unter %1 hat den TLS-Handshake abgelehnt (%2): Möglicherweise verlangt er ein Client-Zertifikat.</translation>
    </message>
    <message>
        <source>The broker at %1 rejected the TLS handshake (%2): it may require a client certificate, or share no TLS version or cipher with this program.</source>
        <translation>Der Broker unter %1 hat den TLS-Handshake abgelehnt (%2): Möglicherweise verlangt er ein Client-Zertifikat oder hat keine TLS-Version bzw. kein Cipher mit diesem Programm gemeinsam.</translation>
    </message>
    <message>
        <source>The broker at %1 supports none of this program&apos;s TLS versions (%2).</source>
        <translation>Der Broker unter %1 unterstützt keine der TLS-Versionen dieses Programms (%2).</translation>
    </message>
    <message>
        <source>The broker at %1 accepts none of the ALPN protocols %2.</source>
        <translation>Der Broker unter %1 akzeptiert keines der ALPN-Protokolle %2.</translation>
    </message>
    <message>
        <source>The broker at %1 ended the TLS session with the alert &apos;%2&apos;.</source>
        <translation>Der Broker unter %1 hat die TLS-Sitzung mit dem Alert &apos;%2&apos; beendet.</translation>
    </message>
    <message>
        <source>The server at %1 answered the WebSocket handshake for &apos;%2&apos; with HTTP %3 %4: it is not a WebSocket endpoint. Check the port and the path.</source>
        <translation>Der Server unter %1 hat den WebSocket-Handshake für &apos;%2&apos; mit HTTP %3 %4 beantwortet: Er ist kein WebSocket-Endpunkt. Prüfen Sie Port und Pfad.</translation>
    </message>
    <message>
        <source>The WebSocket handshake with %1 failed (%2): it is probably not a WebSocket endpoint. Check the port and the path.</source>
        <translation>Der WebSocket-Handshake mit %1 ist fehlgeschlagen (%2): Vermutlich ist dies kein WebSocket-Endpunkt. Prüfen Sie Port und Pfad.</translation>
    </message>
    <message>
        <source>The name to verify (&apos;%1&apos;) cannot be checked on the WebSocket connection to %2: clear it, or connect using that name as the host.</source>
        <translation>Der zu prüfende Name (&apos;%1&apos;) kann auf der WebSocket-Verbindung zu %2 nicht geprüft werden: Leeren Sie ihn oder verbinden Sie sich mit diesem Namen als Host.</translation>
    </message>
    <message>
        <source>The server at %1 sent a WebSocket text frame, but MQTT is only carried in binary frames: the connection was closed.</source>
        <translation>Der Server unter %1 hat einen WebSocket-Textframe gesendet, aber MQTT wird nur in Binärframes übertragen: Die Verbindung wurde geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to %1 from &quot;%2&quot;: the local address to connect from must be an IP address of this machine, such as 192.168.1.20.</source>
        <translation>Verbindung zu %1 von &quot;%2&quot; nicht möglich: Die lokale Quelladresse muss eine IP-Adresse dieses Rechners sein, etwa 192.168.1.20.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 from the local address %2 (%3); give an address of this machine.</source>
        <translation>Verbindung zu %1 von der lokalen Adresse %2 nicht möglich (%3); geben Sie eine Adresse dieses Rechners an.</translation>
    </message>
    <message>
        <source>A WebSocket connection to %1 cannot choose its local address (%2); connect with mqtt:// or mqtts:// to do so.</source>
        <translation>Eine WebSocket-Verbindung zu %1 kann ihre lokale Adresse nicht wählen (%2); verbinden Sie sich dafür mit mqtt:// oder mqtts://.</translation>
    </message>
</context>
<context>
    <name>MsgPackDecoder</name>
    <message>
        <source>Not valid MessagePack: a type byte that MessagePack does not define at byte %1.</source>
        <translation>Kein gültiges MessagePack: ein Typ-Byte, das MessagePack nicht definiert, bei Byte %1.</translation>
    </message>
    <message>
        <source>Not valid MessagePack: the data ends before the object is complete (at byte %1).</source>
        <translation>Kein gültiges MessagePack: Die Daten enden, bevor das Objekt vollständig ist (bei Byte %1).</translation>
    </message>
    <message>
        <source>Not valid MessagePack here: nesting deeper than %1 levels.</source>
        <translation>Hier kein gültiges MessagePack: Verschachtelung tiefer als %1 Ebenen.</translation>
    </message>
    <message>
        <source>Not valid MessagePack: the payload is empty.</source>
        <translation>Kein gültiges MessagePack: Der Payload ist leer.</translation>
    </message>
    <message>
        <source>Not valid MessagePack: %1.</source>
        <translation>Kein gültiges MessagePack: %1.</translation>
    </message>
    <message>
        <source>Not valid MessagePack.</source>
        <translation>Kein gültiges MessagePack.</translation>
    </message>
    <message numerus="yes">
        <source>Not valid MessagePack: the object ends at byte %1, and %n more byte(s) follow.</source>
        <translation>
            <numerusform>Kein gültiges MessagePack: Das Objekt endet bei Byte %1, und es folgt %n weiteres Byte.</numerusform>
            <numerusform>Kein gültiges MessagePack: Das Objekt endet bei Byte %1, und es folgen %n weitere Bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumericPath</name>
    <message>
        <source>The path &quot;%1&quot; is not valid: %2 at character %3. Write it like $.sensors[0].temp.</source>
        <translation>Der Pfad &quot;%1&quot; ist ungültig: %2 (bei Zeichen %3). Schreiben Sie ihn etwa so: $.sensors[0].temp.</translation>
    </message>
    <message>
        <source>a name is missing after &apos;.&apos;</source>
        <translation>nach &apos;.&apos; fehlt ein Name</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;]&apos; is missing</source>
        <translation>&apos;]&apos; fehlt</translation>
    </message>
    <message>
        <source>an index must be digits in brackets</source>
        <translation>ein Index muss aus Ziffern in eckigen Klammern bestehen</translation>
    </message>
    <message>
        <source>the index is too large</source>
        <translation>der Index ist zu groß</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; or &apos;[&apos;</source>
        <translation>&apos;.&apos; oder &apos;[&apos; erwartet</translation>
    </message>
</context>
<context>
    <name>PacketTimelineModel</name>
    <message>
        <source>Handshake #%1</source>
        <translation>Handshake #%1</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ aus</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← ein</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason-Code</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>PacketTimelinePanel</name>
    <message>
        <source>All packets</source>
        <translation>Alle Pakete</translation>
    </message>
    <message>
        <source>PUBLISH and acknowledgements</source>
        <translation>PUBLISH und Bestätigungen</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <source>Connection (CONNECT, PING, DISCONNECT, AUTH)</source>
        <translation>Verbindung (CONNECT, PING, DISCONNECT, AUTH)</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Topic contains…</source>
        <translation>Topic enthält…</translation>
    </message>
    <message>
        <source>Slow, over</source>
        <translation>Langsam, über</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>keep </source>
        <translation>höchstens </translation>
    </message>
    <message>
        <source>How many packets the timeline keeps; the oldest go first</source>
        <translation>Wie viele Pakete die Zeitleiste behält; die ältesten werden zuerst entfernt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the packets shown as JSON Lines</source>
        <translation>Die angezeigten Pakete als JSON Lines speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Acknowledgement latency</source>
        <translation>Bestätigungslatenz</translation>
    </message>
    <message>
        <source>Shown: %1 · kept: %2 · awaiting an answer: %3 · dropped: %4</source>
        <translation>Angezeigt: %1 · gespeichert: %2 · warten auf Antwort: %3 · verworfen: %4</translation>
    </message>
    <message>
        <source>Export packets</source>
        <translation>Pakete exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The packets could not be saved to %1: %2. Choose another place.</source>
        <translation>Die Pakete konnten nicht in %1 gespeichert werden: %2. Wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>PagedTextView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>The part of the payload before this one</source>
        <translation>Der Teil des Payloads vor diesem</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The part of the payload after this one</source>
        <translation>Der Teil des Payloads nach diesem</translation>
    </message>
    <message>
        <source>Not UTF-8: this byte is shown as its hex value</source>
        <translation>Kein UTF-8: Dieses Byte wird als Hex-Wert angezeigt</translation>
    </message>
</context>
<context>
    <name>PayloadDetector</name>
    <message>
        <source>The content type says JSON, but the payload is cut, so it cannot be read as JSON.</source>
        <translation>Der Inhaltstyp gibt JSON an, aber der Payload ist gekürzt und kann daher nicht als JSON gelesen werden.</translation>
    </message>
    <message>
        <source>The content type says JSON, but: %1</source>
        <translation>Der Inhaltstyp gibt JSON an, aber: %1</translation>
    </message>
    <message>
        <source>The content type says CBOR, but: %1</source>
        <translation>Der Inhaltstyp gibt CBOR an, aber: %1</translation>
    </message>
    <message>
        <source>The content type says MessagePack, but: %1</source>
        <translation>Der Inhaltstyp gibt MessagePack an, aber: %1</translation>
    </message>
    <message>
        <source>The payload is cut, so it cannot be read as JSON.</source>
        <translation>Der Payload ist gekürzt und kann daher nicht als JSON gelesen werden.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>CBOR tree</source>
        <translation>CBOR-Baum</translation>
    </message>
    <message>
        <source>CBOR diagnostic</source>
        <translation>CBOR-Diagnose</translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>The payload is cut, so it cannot be read as Sparkplug B.</source>
        <translation>Der Payload ist gekürzt und kann daher nicht als Sparkplug B gelesen werden.</translation>
    </message>
    <message>
        <source>The content type says Protocol Buffers, but: %1</source>
        <translation>Der Inhaltstyp gibt Protocol Buffers an, aber: %1</translation>
    </message>
    <message>
        <source>Protocol Buffers (raw)</source>
        <translation>Protocol Buffers (roh)</translation>
    </message>
    <message>
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
</context>
<context>
    <name>PayloadEncoding</name>
    <message>
        <source>%1 at %2 is not a hex digit; hex uses 0–9 and a–f, two digits per byte.</source>
        <translation>%1 an Position %2 ist keine Hex-Ziffer; hex verwendet 0–9 und a–f, zwei Ziffern pro Byte.</translation>
    </message>
    <message>
        <source>&quot;0x&quot; at %1 is not followed by hex digits.</source>
        <translation>Auf &quot;0x&quot; an Position %1 folgen keine Hex-Ziffern.</translation>
    </message>
    <message>
        <source>The hex group at %1 has an odd number of digits (%2); every byte needs two, e.g. 0f rather than f.</source>
        <translation>Die Hex-Gruppe an Position %1 hat eine ungerade Anzahl Ziffern (%2); jedes Byte braucht zwei, z. B. 0f statt f.</translation>
    </message>
    <message>
        <source>%1 at %2 cannot appear in base64, which uses A–Z, a–z, 0–9, + and / (or - and _), and = only at the end.</source>
        <translation>%1 an Position %2 kann in base64 nicht vorkommen; base64 verwendet A–Z, a–z, 0–9, + und / (oder - und _) und = nur am Ende.</translation>
    </message>
    <message>
        <source>%1 at %2 follows the = padding, which may only end base64.</source>
        <translation>%1 an Position %2 folgt auf die =-Auffüllung, die nur am Ende von base64 stehen darf.</translation>
    </message>
    <message>
        <source>Base64 cannot end with a group of one character (at %1): it comes in groups of four characters, the last one two to four long.</source>
        <translation>Base64 kann nicht mit einer Gruppe aus einem Zeichen enden (an Position %1): Es besteht aus Gruppen von vier Zeichen, die letzte ist zwei bis vier Zeichen lang.</translation>
    </message>
    <message>
        <source>The = padding at %1 does not fit: base64 ends with as many = as its last group of four lacks (%2 here).</source>
        <translation>Die =-Auffüllung an Position %1 passt nicht: base64 endet mit so vielen = wie seiner letzten Vierergruppe fehlen (hier %2).</translation>
    </message>
</context>
<context>
    <name>PayloadFormat</name>
    <message>
        <source> …(truncated, %1)</source>
        <translation> …(gekürzt, %1)</translation>
    </message>
    <message>
        <source>Payload format: %1</source>
        <translation>Payload-Format: %1</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8-Text</translation>
    </message>
    <message>
        <source>unspecified bytes</source>
        <translation>unbestimmte Bytes</translation>
    </message>
    <message>
        <source>Message expiry interval: %1 s</source>
        <translation>Ablaufintervall der Nachricht: %1 s</translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation>Inhaltstyp: %1</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>Antwort-Topic: %1</translation>
    </message>
    <message>
        <source>Correlation data (hex): %1</source>
        <translation>Korrelationsdaten (hex): %1</translation>
    </message>
    <message>
        <source>Subscription identifiers: %1</source>
        <translation>Abonnement-IDs: %1</translation>
    </message>
    <message>
        <source>Topic alias: %1</source>
        <translation>Topic-Alias: %1</translation>
    </message>
    <message>
        <source>User property: %1 = %2</source>
        <translation>Benutzereigenschaft: %1 = %2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <source>QoS: %1</source>
        <translation>QoS: %1</translation>
    </message>
    <message>
        <source>Retain: %1</source>
        <translation>Retain: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>MQTT 5 properties:</source>
        <translation>MQTT-5-Eigenschaften:</translation>
    </message>
    <message>
        <source>Payload truncated: showing the first %1 of %2.</source>
        <translation>Payload gekürzt: Die ersten %1 von %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>Empty payload (on a retained message this deletes the retained message).</source>
        <translation>Leerer Payload (bei einer Retained-Nachricht löscht dies die Retained-Nachricht).</translation>
    </message>
    <message>
        <source>Empty payload.</source>
        <translation>Leerer Payload.</translation>
    </message>
    <message>
        <source>Binary payload, as a hex dump:</source>
        <translation>Binärer Payload als Hex-Dump:</translation>
    </message>
    <message>
        <source>Hex dump of the first %1 of %2; the rest is not shown.</source>
        <translation>Hex-Dump der ersten %1 von %2; der Rest wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Payload (JSON, pretty-printed):</source>
        <translation>Payload (JSON, formatiert):</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⟨binary, %1 byte(s)⟩</source>
        <translation>
            <numerusform>⟨binär, %1 Byte⟩</numerusform>
            <numerusform>⟨binär, %1 Bytes⟩</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadPane</name>
    <message>
        <source>This installation of Qt cannot read WebP images (its image format plugin is missing).</source>
        <translation>Diese Qt-Installation kann keine WebP-Bilder lesen (ihr Bildformat-Plugin fehlt).</translation>
    </message>
    <message>
        <source>Not an image Qt can read: %1.</source>
        <translation>Kein Bild, das Qt lesen kann: %1.</translation>
    </message>
    <message>
        <source>How the payload is shown; the bytes stay as they are whichever you pick</source>
        <translation>Wie der Payload angezeigt wird; die Bytes bleiben unverändert, egal was Sie wählen</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the node&apos;s path, such as $.sensors[0].temp</source>
        <translation>Den Pfad des Knotens kopieren, etwa $.sensors[0].temp</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Payload truncated: the store kept the first %1 of %2; every view shows those bytes only.</source>
        <translation>Payload gekürzt: Der Speicher hat die ersten %1 von %2 behalten; jede Ansicht zeigt nur diese Bytes.</translation>
    </message>
    <message>
        <source>The payload is cut at %1, so it cannot be read as %2.</source>
        <translation>Der Payload ist bei %1 gekürzt und kann daher nicht als %2 gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) are not UTF-8: each shows as its hex value in ⟨⟩, highlighted.</source>
        <translation>
            <numerusform>%Ln Byte ist kein UTF-8: Es wird als Hex-Wert in ⟨⟩ hervorgehoben angezeigt.</numerusform>
            <numerusform>%Ln Bytes sind kein UTF-8: Jedes wird als Hex-Wert in ⟨⟩ hervorgehoben angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 of JSON…</source>
        <translation>%1 JSON werden geprüft…</translation>
    </message>
    <message>
        <source>Reading %1 of JSON…</source>
        <translation>%1 JSON werden gelesen…</translation>
    </message>
    <message>
        <source>The diagnostic notation stops after %1 characters; the tree and hex views show everything.</source>
        <translation>Die Diagnosenotation endet nach %1 Zeichen; die Baum- und die Hex-Ansicht zeigen alles.</translation>
    </message>
    <message>
        <source>Reading %1 of CBOR…</source>
        <translation>%1 CBOR werden gelesen…</translation>
    </message>
    <message>
        <source>Reading %1 of MessagePack…</source>
        <translation>%1 MessagePack werden gelesen…</translation>
    </message>
    <message>
        <source>Decoding a %1 image…</source>
        <translation>%1-Bild wird dekodiert…</translation>
    </message>
    <message>
        <source>Shown as %1 instead.</source>
        <translation>Stattdessen als %1 angezeigt.</translation>
    </message>
    <message>
        <source>The tree shows the first %1 values only; the text and hex views show everything.</source>
        <translation>Der Baum zeigt nur die ersten %1 Werte; die Text- und die Hex-Ansicht zeigen alles.</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels</source>
        <translation>%1-Bild, %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>%1 %2 werden gelesen…</translation>
    </message>
</context>
<context>
    <name>PayloadTemplate</name>
    <message>
        <source>{{random}} at %1 needs a range: {{random:min:max}}, e.g. {{random:1:100}}.</source>
        <translation>{{random}} an Position %1 braucht einen Bereich: {{random:min:max}}, z. B. {{random:1:100}}.</translation>
    </message>
    <message>
        <source>The range of {{random}} at %1 must be two numbers: {{random:min:max}}.</source>
        <translation>Der Bereich von {{random}} an Position %1 muss aus zwei Zahlen bestehen: {{random:min:max}}.</translation>
    </message>
    <message>
        <source>The range of {{random}} at %1 is out of reach: use numbers from -10^15 to 10^15 with at most 9 decimals.</source>
        <translation>Der Bereich von {{random}} an Position %1 ist außer Reichweite: Verwenden Sie Zahlen von -10^15 bis 10^15 mit höchstens 9 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The range of {{random}} at %1 is upside down: the minimum is above the maximum.</source>
        <translation>Der Bereich von {{random}} an Position %1 ist verkehrt herum: Das Minimum liegt über dem Maximum.</translation>
    </message>
    <message>
        <source>{{%1}} at %2 is not a placeholder Canopy knows; use {{counter}}, {{timestamp}}, {{timestamp:iso}} or {{random:min:max}}.</source>
        <translation>{{%1}} an Position %2 ist kein Platzhalter, den Canopy kennt; verwenden Sie {{counter}}, {{timestamp}}, {{timestamp:iso}} oder {{random:min:max}}.</translation>
    </message>
</context>
<context>
    <name>PayloadTree</name>
    <message numerus="yes">
        <source>… (%Ln byte(s))</source>
        <translation>
            <numerusform>… (%Ln Byte)</numerusform>
            <numerusform>… (%Ln Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>simple value</source>
        <translation>einfacher Wert</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>Erweiterung</translation>
    </message>
</context>
<context>
    <name>PayloadTreeModel</name>
    <message>
        <source>(tagged value)</source>
        <translation>(getaggter Wert)</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>tag (%1)</source>
        <translation>Tag (%1)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Keep between 1 and %1 messages per topic.</source>
        <translation>Der Verlauf pro Topic muss zwischen 1 und %1 Nachrichten liegen.</translation>
    </message>
    <message>
        <source>The history budget must be between 1 MiB and %1.</source>
        <translation>Das Speicherbudget des Verlaufs muss zwischen 1 MiB und %1 liegen.</translation>
    </message>
    <message>
        <source>The payload limit must be between 1 KiB and %1.</source>
        <translation>Das Payload-Anzeigelimit muss zwischen 1 KiB und %1 liegen.</translation>
    </message>
    <message>
        <source>The payload limit (%1) is larger than the whole history budget (%2): raise the budget or lower the limit, or the history could not keep one full message.</source>
        <translation>Das Payload-Anzeigelimit (%1) ist größer als das gesamte Speicherbudget des Verlaufs (%2): Erhöhen Sie das Budget oder senken Sie das Limit, sonst könnte der Verlauf keine einzige vollständige Nachricht speichern.</translation>
    </message>
    <message>
        <source>A chart keeps between %1 and %2 points per series.</source>
        <translation>Ein Diagramm behält zwischen %1 und %2 Punkte pro Datenreihe.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>How many messages of each topic the history keeps, the last one included</source>
        <translation>Wie viele Nachrichten jedes Topics der Verlauf speichert, einschließlich der letzten</translation>
    </message>
    <message>
        <source>&amp;History per topic:</source>
        <translation>&amp;Verlauf pro Topic:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory for the history of all topics of a connection; the oldest messages go first</source>
        <translation>Speicher für den Verlauf aller Topics einer Verbindung; die ältesten Nachrichten werden zuerst verdrängt</translation>
    </message>
    <message>
        <source>History &amp;budget:</source>
        <translation>Speicher&amp;budget des Verlaufs:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Payloads longer than this are kept and shown cut to it, and marked as truncated</source>
        <translation>Längere Payloads werden auf diese Größe gekürzt gespeichert und angezeigt und als gekürzt markiert</translation>
    </message>
    <message>
        <source>&amp;Payload display limit:</source>
        <translation>&amp;Payload-Anzeigelimit:</translation>
    </message>
    <message>
        <source>Points a chart keeps per series; the oldest go first</source>
        <translation>Punkte, die ein Diagramm pro Datenreihe behält; die ältesten werden zuerst verworfen</translation>
    </message>
    <message>
        <source>&amp;Chart points per series:</source>
        <translation>&amp;Diagrammpunkte pro Datenreihe:</translation>
    </message>
    <message>
        <source>Appearance and start</source>
        <translation>Darstellung und Start</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language applies the next time Canopy starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Canopy.</translation>
    </message>
    <message>
        <source>&amp;Reopen the saved connections that are open when Canopy closes</source>
        <translation>Die beim Schließen von Canopy geöffneten gespeicherten Verbindungen &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>At start:</source>
        <translation>Beim Start:</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>no local</source>
        <translation>No Local</translation>
    </message>
    <message>
        <source>retain as published</source>
        <translation>Retain as Published</translation>
    </message>
    <message>
        <source>retain handling %1</source>
        <translation>Retain Handling %1</translation>
    </message>
    <message>
        <source>identifier %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Last Will</source>
        <translation>Letzter Wille</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>e.g. local mosquitto</source>
        <translation>z. B. lokaler Mosquitto</translation>
    </message>
    <message>
        <source>broker.example.com, or a URL such as mqtts://host:8883</source>
        <translation>broker.example.com oder eine URL wie mqtts://host:8883</translation>
    </message>
    <message>
        <source>A host name or IP address; a whole URL pasted here fills in the transport, port and path</source>
        <translation>Ein Hostname oder eine IP-Adresse; eine hier eingefügte vollständige URL füllt Transport, Port und Pfad aus</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>TCP (mqtt://)</source>
        <translation>TCP (mqtt://)</translation>
    </message>
    <message>
        <source>TLS (mqtts://)</source>
        <translation>TLS (mqtts://)</translation>
    </message>
    <message>
        <source>WebSocket (ws://)</source>
        <translation>WebSocket (ws://)</translation>
    </message>
    <message>
        <source>Secure WebSocket (wss://)</source>
        <translation>Sicherer WebSocket (wss://)</translation>
    </message>
    <message>
        <source>MQTT 5, else 3.1.1</source>
        <translation>MQTT 5, sonst 3.1.1</translation>
    </message>
    <message>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <source>&apos;MQTT 5, else 3.1.1&apos; connects again with 3.1.1 when the broker turns MQTT 5 down</source>
        <translation>„MQTT 5, sonst 3.1.1“ verbindet sich erneut mit 3.1.1, wenn der Broker MQTT 5 ablehnt</translation>
    </message>
    <message>
        <source>MQTT &amp;version:</source>
        <translation>M&amp;QTT-Version:</translation>
    </message>
    <message>
        <source>empty: the broker assigns one</source>
        <translation>leer: Der Broker vergibt eine</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Make up a new client id</source>
        <translation>Eine neue Client-ID erzeugen</translation>
    </message>
    <message>
        <source>Random suffix</source>
        <translation>Zufälliges Suffix</translation>
    </message>
    <message>
        <source>Append a random suffix at every connection, so that several windows or tabs on the same broker do not take each other&apos;s place</source>
        <translation>Bei jeder Verbindung ein zufälliges Suffix anhängen, damit sich mehrere Fenster oder Tabs am selben Broker nicht gegenseitig verdrängen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Start a new session at every connection</source>
        <translation>Bei jeder Verbindung eine neue Sitzung beginnen</translation>
    </message>
    <message>
        <source>MQTT 5: how long the broker keeps the session after the connection ends, in seconds (0: not at all, 4294967295: for ever)</source>
        <translation>MQTT 5: wie lange der Broker die Sitzung nach dem Ende der Verbindung behält, in Sekunden (0: gar nicht, 4294967295: für immer)</translation>
    </message>
    <message>
        <source>Session &amp;expiry (s):</source>
        <translation>Sitzungs&amp;ablauf (s):</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&amp;Keep-alive (s):</source>
        <translation>&amp;Keep-Alive (s):</translation>
    </message>
    <message>
        <source>Reconnect when the connection is lost, waiting longer after each failure</source>
        <translation>Bei Verbindungsverlust neu verbinden und nach jedem Fehlschlag länger warten</translation>
    </message>
    <message>
        <source>&amp;Reconnect:</source>
        <translation>&amp;Wiederverbinden:</translation>
    </message>
    <message>
        <source>TLS settings apply to the TLS and Secure WebSocket transports.</source>
        <translation>TLS-Einstellungen gelten für die Transporte TLS und Sicherer WebSocket.</translation>
    </message>
    <message>
        <source>The system&apos;s CAs</source>
        <translation>Die CAs des Systems</translation>
    </message>
    <message>
        <source>This CA file:</source>
        <translation>Diese CA-Datei:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Vertrauen:</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>nur für einen verschlüsselten Schlüssel</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüssel-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>empty: the host</source>
        <translation>leer: der Host</translation>
    </message>
    <message>
        <source>The name the broker&apos;s certificate must carry, also sent as SNI</source>
        <translation>Der Name, den das Zertifikat des Brokers tragen muss; wird auch als SNI gesendet</translation>
    </message>
    <message>
        <source>e.g. mqtt, or x-amzn-mqtt-ca for AWS IoT on port 443</source>
        <translation>z. B. mqtt oder x-amzn-mqtt-ca für AWS IoT auf Port 443</translation>
    </message>
    <message>
        <source>&amp;ALPN:</source>
        <translation>&amp;ALPN:</translation>
    </message>
    <message>
        <source>Skip certificate verification</source>
        <translation>Zertifikatsprüfung überspringen</translation>
    </message>
    <message>
        <source>Anyone between you and the broker can read and change this connection, passwords included: the broker&apos;s identity is not checked. Use this only to try out a broker you control; give its CA file instead.</source>
        <translation>Jeder zwischen Ihnen und dem Broker kann diese Verbindung mitlesen und verändern, Passwörter eingeschlossen: Die Identität des Brokers wird nicht geprüft. Verwenden Sie dies nur, um einen Broker unter Ihrer Kontrolle auszuprobieren; geben Sie besser seine CA-Datei an.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Options (MQTT 5)</source>
        <translation>Optionen (MQTT 5)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Subscribed to when the connection opens:</source>
        <translation>Beim Öffnen der Verbindung abonniert:</translation>
    </message>
    <message>
        <source>The session expiry is a number of seconds from 0 to 4294967295 (for ever).</source>
        <translation>Der Sitzungsablauf ist eine Anzahl Sekunden von 0 bis 4294967295 (für immer).</translation>
    </message>
    <message>
        <source>Choose the CA file, or trust the system&apos;s CAs.</source>
        <translation>Wählen Sie die CA-Datei, oder vertrauen Sie den CAs des Systems.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>T&amp;ransport:</translation>
    </message>
    <message>
        <source>&amp;WebSocket path:</source>
        <translation>WebSocket-P&amp;fad:</translation>
    </message>
    <message>
        <source>Cli&amp;ent id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Clean st&amp;art:</source>
        <translation>&amp;Clean Start:</translation>
    </message>
    <message>
        <source>Connect time&amp;out (s):</source>
        <translation>Verbindungs-Time&amp;out (s):</translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Ser&amp;ver name (SNI):</source>
        <translation>Se&amp;rvername (SNI):</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>&apos;%1&apos; is not base64.</source>
        <translation>&apos;%1&apos; ist kein base64.</translation>
    </message>
    <message>
        <source>Each user property is {&quot;name&quot;: …, &quot;value&quot;: …}.</source>
        <translation>Jede Benutzereigenschaft ist {&quot;name&quot;: …, &quot;value&quot;: …}.</translation>
    </message>
    <message>
        <source>&apos;alpn&apos; is a list of protocol names (text).</source>
        <translation>&apos;alpn&apos; ist eine Liste von Protokollnamen (Text).</translation>
    </message>
    <message>
        <source>Each subscription is an object with a &quot;filter&quot;.</source>
        <translation>Jedes Abonnement ist ein Objekt mit einem &quot;filter&quot;.</translation>
    </message>
    <message>
        <source>The file was written by a newer Canopy (format %1); what this version does not know is listed below.</source>
        <translation>Die Datei wurde von einem neueren Canopy geschrieben (Format %1); was diese Version nicht kennt, ist unten aufgeführt.</translation>
    </message>
    <message>
        <source>&apos;connections&apos; is missing.</source>
        <translation>&apos;connections&apos; fehlt.</translation>
    </message>
    <message>
        <source>Each connection is an object ({…}).</source>
        <translation>Jede Verbindung ist ein Objekt ({…}).</translation>
    </message>
    <message>
        <source>&apos;transport&apos; is tcp, tls, ws or wss, not &apos;%1&apos;.</source>
        <translation>&apos;transport&apos; ist tcp, tls, ws oder wss, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;protocol&apos; is 5-else-3.1.1, 5 or 3.1.1, not &apos;%1&apos;.</source>
        <translation>&apos;protocol&apos; ist 5-else-3.1.1, 5 oder 3.1.1, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>The embedded file &apos;%1&apos; is not base64.</source>
        <translation>Die eingebettete Datei &apos;%1&apos; ist kein base64.</translation>
    </message>
    <message>
        <source>&apos;type&apos; is &quot;mqtt&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;type&apos; ist &quot;mqtt&quot;, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;protocol&apos; is &quot;mqtt&quot; or &quot;ws&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;protocol&apos; ist &quot;mqtt&quot; oder &quot;ws&quot;, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The subscription &apos;%1&apos; is not a valid topic filter: %2</source>
        <translation>Das Abonnement &apos;%1&apos; ist kein gültiger Topic-Filter: %2</translation>
    </message>
    <message>
        <source>Each subscription is {&quot;topic&quot;: …, &quot;qos&quot;: …} or a topic.</source>
        <translation>Jedes Abonnement ist {&quot;topic&quot;: …, &quot;qos&quot;: …} oder ein Topic.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object of connections by id.</source>
        <translation>&apos;%1&apos; muss ein Objekt von Verbindungen nach ID sein.</translation>
    </message>
    <message>
        <source>The connection &apos;%1&apos; is not an object ({…}).</source>
        <translation>Die Verbindung &apos;%1&apos; ist kein Objekt ({…}).</translation>
    </message>
    <message>
        <source>Each subscription is an object with a &quot;topic&quot;.</source>
        <translation>Jedes Abonnement ist ein Objekt mit einem &quot;topic&quot;.</translation>
    </message>
    <message>
        <source>the subscription &apos;%1&apos; was disabled in MQTTX and was left out</source>
        <translation>das Abonnement &apos;%1&apos; war in MQTTX deaktiviert und wurde ausgelassen</translation>
    </message>
    <message>
        <source>the subscription&apos;s &apos;%1&apos; (of &apos;%2&apos;) has no equivalent in Canopy</source>
        <translation>&apos;%1&apos; des Abonnements (von &apos;%2&apos;) hat keine Entsprechung in Canopy</translation>
    </message>
    <message>
        <source>&apos;protocol&apos; is mqtt, mqtts, ws or wss, not &apos;%1&apos;.</source>
        <translation>&apos;protocol&apos; ist mqtt, mqtts, ws oder wss, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>MQTT 3.1 is not offered by Canopy; the connection uses 3.1.1</source>
        <translation>MQTT 3.1 wird von Canopy nicht angeboten; die Verbindung verwendet 3.1.1</translation>
    </message>
    <message>
        <source>&apos;mqttVersion&apos; is &quot;3.1.1&quot; or &quot;5.0&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;mqttVersion&apos; ist &quot;3.1.1&quot; oder &quot;5.0&quot;, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;certType&apos; is &quot;self&quot; but &apos;ca&apos; names no CA file.</source>
        <translation>&apos;certType&apos; ist &quot;self&quot;, aber &apos;ca&apos; nennt keine CA-Datei.</translation>
    </message>
    <message>
        <source>&apos;certType&apos; is &quot;&quot;, &quot;server&quot; or &quot;self&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;certType&apos; ist &quot;&quot;, &quot;server&quot; oder &quot;self&quot;, nicht &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored message(s) of MQTTX&apos;s history were not imported</source>
        <translation>
            <numerusform>%n gespeicherte Nachricht aus dem Verlauf von MQTTX wurde nicht importiert</numerusform>
            <numerusform>%n gespeicherte Nachrichten aus dem Verlauf von MQTTX wurden nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Each connection of an MQTTX export is an object ({…}).</source>
        <translation>Jede Verbindung eines MQTTX-Exports ist ein Objekt ({…}).</translation>
    </message>
    <message>
        <source>This entry is not an MQTTX connection: it has no &apos;host&apos; and &apos;clientId&apos;.</source>
        <translation>Dieser Eintrag ist keine MQTTX-Verbindung: Er hat kein &apos;host&apos; und &apos;clientId&apos;.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not JSON (%1), so it is none of the connection files Canopy reads.</source>
        <translation>Dies ist kein JSON (%1), also keine der Verbindungsdateien, die Canopy liest.</translation>
    </message>
    <message>
        <source>The file says its format is &apos;%1&apos;, but Canopy&apos;s connection files say &apos;%2&apos;.</source>
        <translation>Die Datei gibt als Format &apos;%1&apos; an, aber die Verbindungsdateien von Canopy geben &apos;%2&apos; an.</translation>
    </message>
    <message>
        <source>This JSON is none of the connection files Canopy reads: Canopy&apos;s export, MQTTX&apos;s connection export or MQTT Explorer&apos;s settings file.</source>
        <translation>Dieses JSON ist keine der Verbindungsdateien, die Canopy liest: Canopy-Export, Verbindungsexport von MQTTX oder Einstellungsdatei von MQTT Explorer.</translation>
    </message>
    <message>
        <source>The file holds no connections.</source>
        <translation>Die Datei enthält keine Verbindungen.</translation>
    </message>
    <message>
        <source>Canopy connections</source>
        <translation>Canopy-Verbindungen</translation>
    </message>
    <message>
        <source>MQTTX connections</source>
        <translation>MQTTX-Verbindungen</translation>
    </message>
    <message>
        <source>MQTT Explorer settings</source>
        <translation>MQTT-Explorer-Einstellungen</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; for the imported certificates cannot be created.</source>
        <translation>Der Ordner &apos;%1&apos; für die importierten Zertifikate kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The imported certificate &apos;%1&apos; cannot be written to &apos;%2&apos; (%3).</source>
        <translation>Das importierte Zertifikat &apos;%1&apos; kann nicht nach &apos;%2&apos; geschrieben werden (%3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty: every connection needs a name.</source>
        <translation>&apos;%1&apos; ist leer: Jede Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The will topic &apos;%1&apos; cannot be used: %2</source>
        <translation>Das Will-Topic &apos;%1&apos; kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no equivalent in Canopy</source>
        <translation>&apos;%1&apos; hat keine Entsprechung in Canopy</translation>
    </message>
</context>
<context>
    <name>ProfileLauncher</name>
    <message>
        <source>The connection &apos;%1&apos; cannot be opened as it is: %2</source>
        <translation>Die Verbindung &apos;%1&apos; kann so nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The connections could not be saved to &apos;%1&apos;: check that the folder is writable.</source>
        <translation>Die Verbindungen konnten nicht in &apos;%1&apos; gespeichert werden: Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is &apos;%3&apos;, which is not %4; %5 is used instead.</source>
        <translation>%1: &apos;%2&apos; ist &apos;%3&apos;, was nicht %4 ist; stattdessen wird %5 verwendet.</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>Connection %1 (&apos;%2&apos;)</source>
        <translation>Verbindung %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>tcp, tls, ws or wss</source>
        <translation>tcp, tls, ws oder wss</translation>
    </message>
    <message>
        <source>5-else-3.1.1, 5 or 3.1.1</source>
        <translation>5-else-3.1.1, 5 oder 3.1.1</translation>
    </message>
    <message>
        <source>%1, subscription %2</source>
        <translation>%1, Abonnement %2</translation>
    </message>
    <message>
        <source>%1, subscription %2: it has no filter and was left out.</source>
        <translation>%1, Abonnement %2: Es hat keinen Filter und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The settings file &apos;%1&apos; has lines that could not be read; they were ignored.</source>
        <translation>Die Einstellungsdatei &apos;%1&apos; enthält Zeilen, die nicht gelesen werden konnten; sie wurden ignoriert.</translation>
    </message>
    <message>
        <source>The settings file &apos;%1&apos; was written by a newer Canopy (format %2); what this version does not know is ignored.</source>
        <translation>Die Einstellungsdatei &apos;%1&apos; wurde von einem neueren Canopy geschrieben (Format %2); was diese Version nicht kennt, wird ignoriert.</translation>
    </message>
    <message>
        <source>Connection %1 (&apos;%2&apos;) has the id of another one and was given a new id; its saved password may have to be entered again.</source>
        <translation>Verbindung %1 (&apos;%2&apos;) hat die ID einer anderen und hat eine neue ID erhalten; ihr gespeichertes Passwort muss eventuell erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Connection %1 has no name and was called &apos;%2&apos;.</source>
        <translation>Verbindung %1 hat keinen Namen und wurde &apos;%2&apos; genannt.</translation>
    </message>
    <message>
        <source>Two connections are called &apos;%1&apos;; the second is now &apos;%2&apos;.</source>
        <translation>Zwei Verbindungen heißen &apos;%1&apos;; die zweite heißt jetzt &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>&apos;%1&apos; cannot be read (%2).</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 64 MiB: it is not a connections file.</source>
        <translation>&apos;%1&apos; ist größer als 64 MiB: Das ist keine Verbindungsdatei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not imported. %2</source>
        <translation>&apos;%1&apos; wurde nicht importiert. %2</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) of this file have the name of one you have: %1.

Replace yours, or keep both (the imported ones get a new name)?</source>
        <translation>
            <numerusform>%n Verbindung dieser Datei trägt den Namen einer vorhandenen: %1.

Ihre ersetzen oder beide behalten (die importierten erhalten einen neuen Namen)?</numerusform>
            <numerusform>%n Verbindungen dieser Datei tragen den Namen vorhandener: %1.

Ihre ersetzen oder beide behalten (die importierten erhalten einen neuen Namen)?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace Mine</source>
        <translation>&amp;Meine ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported from %1.</source>
        <translation>
            <numerusform>%n Verbindung aus %1 importiert.</numerusform>
            <numerusform>%n Verbindungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available: their passwords are kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Ihre Passwörter werden nur für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>Their passwords went into the system keychain, not into Canopy&apos;s settings.</source>
        <translation>Ihre Passwörter wurden im Schlüsselbund des Systems gespeichert, nicht in den Einstellungen von Canopy.</translation>
    </message>
    <message>
        <source>Not imported, for want of an equivalent in Canopy:</source>
        <translation>Nicht importiert, da es in Canopy keine Entsprechung gibt:</translation>
    </message>
    <message>
        <source>The connections could not be written to &apos;%1&apos; (%2).</source>
        <translation>Die Verbindungen konnten nicht in &apos;%1&apos; geschrieben werden (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) exported to %1, with their passwords in clear text: keep the file private.</source>
        <translation>
            <numerusform>%n Verbindung nach %1 exportiert, mit Passwörtern im Klartext: Halten Sie die Datei unter Verschluss.</numerusform>
            <numerusform>%n Verbindungen nach %1 exportiert, mit Passwörtern im Klartext: Halten Sie die Datei unter Verschluss.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) exported to %1, without passwords.</source>
        <translation>
            <numerusform>%n Verbindung ohne Passwörter nach %1 exportiert.</numerusform>
            <numerusform>%n Verbindungen ohne Passwörter nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>%1 must not contain the null character U+0000 (MQTT 5.0 [MQTT-1.5.4-2]).</source>
        <translation>%1 darf das Nullzeichen U+0000 nicht enthalten (MQTT 5.0 [MQTT-1.5.4-2]).</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 (MQTT 5.0 [MQTT-1.5.4-1]).</source>
        <translation>%1 ist kein gültiges UTF-8 (MQTT 5.0 [MQTT-1.5.4-1]).</translation>
    </message>
    <message>
        <source>%1 is longer than 65,535 bytes in UTF-8, the most an MQTT string can hold (MQTT 5.0 section 1.5.4).</source>
        <translation>%1 ist in UTF-8 länger als 65.535 Bytes, das Maximum eines MQTT-Strings (MQTT 5.0 Abschnitt 1.5.4).</translation>
    </message>
    <message>
        <source>&apos;#&apos; must be the last level of a filter and fill it alone, as in sensors/# (MQTT 5.0 [MQTT-4.7.1-1]).</source>
        <translation>&apos;#&apos; muss die letzte Ebene eines Filters sein und sie allein füllen, wie in sensors/# (MQTT 5.0 [MQTT-4.7.1-1]).</translation>
    </message>
    <message>
        <source>&apos;+&apos; must fill a whole level of a filter, as in sensors/+/temperature (MQTT 5.0 [MQTT-4.7.1-2]).</source>
        <translation>&apos;+&apos; muss eine ganze Ebene eines Filters füllen, wie in sensors/+/temperature (MQTT 5.0 [MQTT-4.7.1-2]).</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Another connection is already called &apos;%1&apos;: choose another name.</source>
        <translation>Eine andere Verbindung heißt bereits &apos;%1&apos;: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or IP address, e.g. broker.example.com or 192.168.1.10.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Brokers ein, z. B. broker.example.com oder 192.168.1.10.</translation>
    </message>
    <message>
        <source>Write the host alone, without a scheme: choose the transport below (or paste the whole URL into this field and leave it).</source>
        <translation>Geben Sie nur den Host ein, ohne Schema: Wählen Sie den Transport unten (oder fügen Sie die ganze URL in dieses Feld ein und verlassen Sie es).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: write a name such as broker.example.com or an IP address.</source>
        <translation>&apos;%1&apos; ist kein Hostname: Geben Sie einen Namen wie broker.example.com oder eine IP-Adresse ein.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (MQTT uses 1883, MQTT over TLS 8883).</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein (MQTT verwendet 1883, MQTT über TLS 8883).</translation>
    </message>
    <message>
        <source>A topic filter must not be empty (MQTT 5.0 [MQTT-4.7.3-1]).</source>
        <translation>Ein Topic-Filter darf nicht leer sein (MQTT 5.0 [MQTT-4.7.3-1]).</translation>
    </message>
    <message>
        <source>A topic filter</source>
        <translation>Ein Topic-Filter</translation>
    </message>
    <message>
        <source>A shared subscription is $share/{group}/{filter}: a group name without &apos;/&apos;, &apos;+&apos; or &apos;#&apos;, then a filter (MQTT 5.0 [MQTT-4.8.2-1], [MQTT-4.8.2-2]).</source>
        <translation>Eine Shared Subscription hat die Form $share/{group}/{filter}: ein Gruppenname ohne &apos;/&apos;, &apos;+&apos; oder &apos;#&apos;, dann ein Filter (MQTT 5.0 [MQTT-4.8.2-1], [MQTT-4.8.2-2]).</translation>
    </message>
    <message>
        <source>A topic must not be empty (MQTT 5.0 [MQTT-4.7.3-1]).</source>
        <translation>Ein Topic darf nicht leer sein (MQTT 5.0 [MQTT-4.7.3-1]).</translation>
    </message>
    <message>
        <source>A topic to publish to must not contain the wildcards &apos;+&apos; or &apos;#&apos; (MQTT 5.0 [MQTT-3.3.2-2]).</source>
        <translation>Ein Topic, auf dem veröffentlicht wird, darf die Wildcards &apos;+&apos; oder &apos;#&apos; nicht enthalten (MQTT 5.0 [MQTT-3.3.2-2]).</translation>
    </message>
    <message>
        <source>A topic</source>
        <translation>Ein Topic</translation>
    </message>
    <message>
        <source>QoS %1 does not exist: subscribe with QoS 0, 1 or 2.</source>
        <translation>QoS %1 gibt es nicht: Abonnieren Sie mit QoS 0, 1 oder 2.</translation>
    </message>
    <message>
        <source>Retain handling %1 does not exist: use 0 (send retained messages), 1 (only for a new subscription) or 2 (never).</source>
        <translation>Retain Handling %1 gibt es nicht: Verwenden Sie 0 (Retained-Nachrichten senden), 1 (nur bei einem neuen Abonnement) oder 2 (nie).</translation>
    </message>
    <message>
        <source>A subscription identifier goes from 1 to 268,435,455 (0: none).</source>
        <translation>Eine Abonnement-ID reicht von 1 bis 268.435.455 (0: keine).</translation>
    </message>
    <message>
        <source>A shared subscription cannot use No Local (MQTT 5.0 [MQTT-3.8.3-4]).</source>
        <translation>Eine Shared Subscription kann No Local nicht verwenden (MQTT 5.0 [MQTT-3.8.3-4]).</translation>
    </message>
    <message>
        <source>The WebSocket path starts with &apos;/&apos;, e.g. /mqtt (mosquitto accepts any path).</source>
        <translation>Der WebSocket-Pfad beginnt mit &apos;/&apos;, z. B. /mqtt (mosquitto akzeptiert jeden Pfad).</translation>
    </message>
    <message>
        <source>The client id</source>
        <translation>Die Client-ID</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 keeps a session only for a client id: enter one, or turn Clean start on (MQTT 3.1.1 [MQTT-3.1.3-7]).</source>
        <translation>MQTT 3.1.1 behält eine Sitzung nur für eine Client-ID: Geben Sie eine ein oder schalten Sie Clean Start ein (MQTT 3.1.1 [MQTT-3.1.3-7]).</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 sends a password only with a user name: enter the user name too (MQTT 3.1.1 [MQTT-3.1.2-22]).</source>
        <translation>MQTT 3.1.1 sendet ein Passwort nur mit einem Benutzernamen: Geben Sie auch den Benutzernamen ein (MQTT 3.1.1 [MQTT-3.1.2-22]).</translation>
    </message>
    <message>
        <source>Keep-alive goes from 0 (off) to 65,535 seconds.</source>
        <translation>Keep-Alive reicht von 0 (aus) bis 65.535 Sekunden.</translation>
    </message>
    <message>
        <source>The connect timeout goes from 1 to 600 seconds.</source>
        <translation>Das Verbindungs-Timeout reicht von 1 bis 600 Sekunden.</translation>
    </message>
    <message>
        <source>The client certificate needs its private key: choose the key file too.</source>
        <translation>Das Client-Zertifikat braucht seinen privaten Schlüssel: Wählen Sie auch die Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The client key needs its certificate: choose the certificate file too.</source>
        <translation>Der Client-Schlüssel braucht sein Zertifikat: Wählen Sie auch die Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: the server name is the name in the broker&apos;s certificate, e.g. broker.example.com.</source>
        <translation>&apos;%1&apos; ist kein Hostname: Der Servername ist der Name im Zertifikat des Brokers, z. B. broker.example.com.</translation>
    </message>
    <message>
        <source>Each ALPN protocol name has 1 to 255 bytes, e.g. mqtt or x-amzn-mqtt-ca; separate them with commas.</source>
        <translation>Jeder ALPN-Protokollname hat 1 bis 255 Bytes, z. B. mqtt oder x-amzn-mqtt-ca; trennen Sie sie durch Kommas.</translation>
    </message>
    <message>
        <source>The will&apos;s QoS is 0, 1 or 2.</source>
        <translation>Die QoS des Letzten Willens ist 0, 1 oder 2.</translation>
    </message>
    <message>
        <source>Every user property of the will needs a name.</source>
        <translation>Jede Benutzereigenschaft des Letzten Willens braucht einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice: remove one of them.</source>
        <translation>&apos;%1&apos; ist doppelt aufgeführt: Entfernen Sie einen der Einträge.</translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <source>e.g. application/json</source>
        <translation>z. B. application/json</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>0 – unspecified bytes</source>
        <translation>0 – unbestimmte Bytes</translation>
    </message>
    <message>
        <source>1 – UTF-8 text</source>
        <translation>1 – UTF-8-Text</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Message Expiry Interval: the broker drops the message if it cannot deliver it within this many seconds</source>
        <translation>Message Expiry Interval: Der Broker verwirft die Nachricht, wenn er sie nicht innerhalb so vieler Sekunden zustellen kann</translation>
    </message>
    <message>
        <source>replies come here; Canopy pairs them with this request</source>
        <translation>Antworten kommen hierher; Canopy ordnet sie dieser Anfrage zu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation>Payload-Format:</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>Läuft ab nach:</translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation>Antwort-Topic:</translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation>Korrelationsdaten:</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>Benutzereigenschaften:</translation>
    </message>
    <message>
        <source>Topic alias:</source>
        <translation>Topic-Alias:</translation>
    </message>
    <message>
        <source>the broker says how many it allows when connected</source>
        <translation>der Broker teilt bei der Verbindung mit, wie viele er erlaubt</translation>
    </message>
    <message>
        <source>this broker allows no topic aliases</source>
        <translation>dieser Broker erlaubt keine Topic-Aliase</translation>
    </message>
    <message>
        <source>this broker allows 1 to %1</source>
        <translation>dieser Broker erlaubt 1 bis %1</translation>
    </message>
</context>
<context>
    <name>ProtobufDecoder</name>
    <message>
        <source>groups nest deeper than %1 levels</source>
        <translation>Gruppen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>field number %1 is not allowed</source>
        <translation>die Feldnummer %1 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>a %1-bit value runs past the end</source>
        <translation>ein %1-Bit-Wert reicht über das Ende hinaus</translation>
    </message>
    <message>
        <source>field %1 says %2 bytes follow, but only %3 do</source>
        <translation>Feld %1 kündigt %2 Bytes an, aber es folgen nur %3</translation>
    </message>
    <message>
        <source>a group of field %1 ends that never started</source>
        <translation>eine Gruppe von Feld %1 endet, die nie begonnen hat</translation>
    </message>
    <message>
        <source>wire type %1 does not exist</source>
        <translation>den Wire-Typ %1 gibt es nicht</translation>
    </message>
    <message>
        <source>the group of field %1 never ends</source>
        <translation>die Gruppe von Feld %1 endet nie</translation>
    </message>
    <message>
        <source>a varint runs past the end</source>
        <translation>ein Varint reicht über das Ende hinaus</translation>
    </message>
    <message>
        <source>a varint is longer than 10 bytes</source>
        <translation>ein Varint ist länger als 10 Bytes</translation>
    </message>
    <message>
        <source>Not valid Protocol Buffers: %1 at byte %2.</source>
        <translation>Kein gültiges Protocol Buffers: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: its field %1 (%2) at byte %3 has the wrong type.</source>
        <translation>Kein Sparkplug-B-Payload: Sein Feld %1 (%2) bei Byte %3 hat den falschen Typ.</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: the metric at byte %1 is not a message (%2)</source>
        <translation>Kein Sparkplug-B-Payload: Die Metrik bei Byte %1 ist keine Nachricht (%2)</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: field %1 (%2) of the metric at byte %3 has the wrong type.</source>
        <translation>Kein Sparkplug-B-Payload: Feld %1 (%2) der Metrik bei Byte %3 hat den falschen Typ.</translation>
    </message>
    <message>
        <source>Not valid Protocol Buffers: messages nest deeper than %1 levels.</source>
        <translation>Kein gültiges Protocol Buffers: Nachrichten sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
</context>
<context>
    <name>PublishCollection</name>
    <message>
        <source>Canopy publish collection</source>
        <translation>Canopy-Veröffentlichungssammlung</translation>
    </message>
    <message>
        <source>A collection needs a &quot;name&quot; that is not empty.</source>
        <translation>Eine Sammlung braucht einen &quot;name&quot;, der nicht leer ist.</translation>
    </message>
    <message>
        <source>&quot;delayMs&quot; must be a whole number of milliseconds from 0 to %1.</source>
        <translation>&quot;delayMs&quot; muss eine ganze Zahl von Millisekunden von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>A collection needs a &quot;messages&quot; array.</source>
        <translation>Eine Sammlung braucht ein Array &quot;messages&quot;.</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Nachricht %1: %2</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source># mosquitto_pub connects over TCP only; this broker was reached over WebSocket.</source>
        <translation># mosquitto_pub verbindet sich nur über TCP; dieser Broker wurde über WebSocket erreicht.</translation>
    </message>
    <message>
        <source># The payload was cut at %1 of %2: this publishes the stored part.</source>
        <translation># Der Payload wurde bei %1 von %2 gekürzt: Dies veröffentlicht den gespeicherten Teil.</translation>
    </message>
    <message>
        <source># The correlation data holds zero bytes, which a command line cannot pass: it is left out.</source>
        <translation># Die Korrelationsdaten enthalten Null-Bytes, die eine Befehlszeile nicht übergeben kann: Sie werden ausgelassen.</translation>
    </message>
    <message>
        <source># The payload (%1) is too large for a command line: save it first with “Save payload…” as %2.</source>
        <translation># Der Payload (%1) ist zu groß für eine Befehlszeile: Speichern Sie ihn zuerst mit „Payload speichern…“ als %2.</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <source>Choose the file whose bytes are the payload.</source>
        <translation>Wählen Sie die Datei, deren Bytes der Payload sind.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 is %2; an MQTT message can carry at most %3.</source>
        <translation>%1 ist %2 groß; eine MQTT-Nachricht kann höchstens %3 enthalten.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>PublishEditor</name>
    <message>
        <source>Topic, e.g. home/kitchen/light/set</source>
        <translation>Topic, z. B. home/kitchen/light/set</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>How the payload is written; switching converts what is there when it can</source>
        <translation>Wie der Payload geschrieben wird; beim Umschalten wird der vorhandene Inhalt umgewandelt, wenn möglich</translation>
    </message>
    <message>
        <source>{{…}}</source>
        <translation>{{…}}</translation>
    </message>
    <message>
        <source>Replace placeholders in text and JSON payloads: {{counter}}, {{timestamp}} (milliseconds), {{timestamp:iso}}, {{random:min:max}}</source>
        <translation>Platzhalter in Text- und JSON-Payloads ersetzen: {{counter}}, {{timestamp}} (Millisekunden), {{timestamp:iso}}, {{random:min:max}}</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Indent the JSON, one member per line (values and order stay as typed)</source>
        <translation>Das JSON einrücken, ein Eintrag pro Zeile (Werte und Reihenfolge bleiben wie eingegeben)</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Remove the spaces and line breaks between JSON values</source>
        <translation>Die Leerzeichen und Zeilenumbrüche zwischen JSON-Werten entfernen</translation>
    </message>
    <message>
        <source>Payload (empty is allowed: an empty retained message deletes the retained one)</source>
        <translation>Payload (leer ist erlaubt: Eine leere Retained-Nachricht löscht die gespeicherte)</translation>
    </message>
    <message>
        <source>The file whose bytes are the payload</source>
        <translation>Die Datei, deren Bytes der Payload sind</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>QoS 0 – at most once</source>
        <translation>QoS 0 – höchstens einmal</translation>
    </message>
    <message>
        <source>QoS 1 – at least once</source>
        <translation>QoS 1 – mindestens einmal</translation>
    </message>
    <message>
        <source>QoS 2 – exactly once</source>
        <translation>QoS 2 – genau einmal</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>The broker keeps the message and gives it to every new subscriber</source>
        <translation>Der Broker behält die Nachricht und gibt sie jedem neuen Abonnenten</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <source>Payload from a file</source>
        <translation>Payload aus einer Datei</translation>
    </message>
    <message>
        <source>Not connected: the broker&apos;s limits are known once it accepts the connection.</source>
        <translation>Nicht verbunden: Die Limits des Brokers sind bekannt, sobald er die Verbindung annimmt.</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 connection: message properties are not sent.</source>
        <translation>MQTT-3.1.1-Verbindung: Nachrichteneigenschaften werden nicht gesendet.</translation>
    </message>
    <message>
        <source>packets of any size</source>
        <translation>Pakete beliebiger Größe</translation>
    </message>
    <message>
        <source>packets up to %1</source>
        <translation>Pakete bis %1</translation>
    </message>
    <message>
        <source>QoS up to %1</source>
        <translation>QoS bis %1</translation>
    </message>
    <message>
        <source>retain allowed</source>
        <translation>Retain erlaubt</translation>
    </message>
    <message>
        <source>no retained messages</source>
        <translation>keine Retained-Nachrichten</translation>
    </message>
    <message>
        <source>no topic aliases</source>
        <translation>keine Topic-Aliase</translation>
    </message>
    <message>
        <source>topic aliases 1 to %1</source>
        <translation>Topic-Aliase 1 bis %1</translation>
    </message>
    <message>
        <source>This broker accepts: %1.</source>
        <translation>Dieser Broker akzeptiert: %1.</translation>
    </message>
    <message>
        <source>The payload was left as typed: it was not valid before the switch.</source>
        <translation>Der Payload wurde wie eingegeben belassen: Er war vor dem Umschalten nicht gültig.</translation>
    </message>
    <message>
        <source>The payload was left as typed: its bytes are not UTF-8 text.</source>
        <translation>Der Payload wurde wie eingegeben belassen: Seine Bytes sind kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Choose the file whose bytes are the payload.</source>
        <translation>Wählen Sie die Datei, deren Bytes der Payload sind.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 is not a file Canopy can read.</source>
        <translation>%1 ist keine Datei, die Canopy lesen kann.</translation>
    </message>
    <message>
        <source>%1 (%2 bytes), read when the message is sent.</source>
        <translation>%1 (%2 Bytes), wird beim Senden der Nachricht gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 Byte</numerusform>
            <numerusform>%1 Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2 It can still be sent, as text.</source>
        <translation>Kein gültiges JSON an Position %1: %2 Es kann trotzdem als Text gesendet werden.</translation>
    </message>
    <message>
        <source>Valid JSON, %1.</source>
        <translation>Gültiges JSON, %1.</translation>
    </message>
    <message>
        <source>Properties (set)</source>
        <translation>Eigenschaften (gesetzt)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
</context>
<context>
    <name>PublishFile</name>
    <message>
        <source>The file is larger than %1 MB; it cannot be a %2.</source>
        <translation>Die Datei ist größer als %1 MB; sie kann nicht vom Typ „%2“ sein.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it cannot be a %1.</source>
        <translation>Die Datei ist kein UTF-8-Text, daher kann sie nicht vom Typ „%1“ sein.</translation>
    </message>
    <message>
        <source>The file is not valid JSON at %1: %2</source>
        <translation>Die Datei ist an Position %1 kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The file holds JSON but not an object, so it is not a %1.</source>
        <translation>Die Datei enthält JSON, aber kein Objekt, daher ist sie nicht vom Typ „%1“.</translation>
    </message>
    <message>
        <source>The file is not a %1: it lacks &quot;format&quot;: &quot;%2&quot;.</source>
        <translation>Die Datei ist nicht vom Typ „%1“: Ihr fehlt &quot;format&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file has no valid &quot;version&quot; (a whole number from 1).</source>
        <translation>Die Datei hat keine gültige &quot;version&quot; (eine ganze Zahl ab 1).</translation>
    </message>
    <message>
        <source>The file was written by a newer Canopy (version %1 of the format; this one reads %2): update Canopy to read it.</source>
        <translation>Die Datei wurde von einem neueren Canopy geschrieben (Version %1 des Formats; diese Version liest %2): Aktualisieren Sie Canopy, um sie zu lesen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, at %3)</source>
        <translation>%1 (%2, an Position %3)</translation>
    </message>
</context>
<context>
    <name>PublishHistory</name>
    <message>
        <source>Canopy publish history</source>
        <translation>Canopy-Veröffentlichungsverlauf</translation>
    </message>
    <message>
        <source>The history needs an &quot;entries&quot; array.</source>
        <translation>Der Verlauf braucht ein Array &quot;entries&quot;.</translation>
    </message>
    <message>
        <source>Entry %1 needs a &quot;timeMs&quot; time and a &quot;count&quot; of 1 or more.</source>
        <translation>Eintrag %1 braucht eine Zeit &quot;timeMs&quot; und einen &quot;count&quot; von 1 oder mehr.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
</context>
<context>
    <name>PublishHistoryModel</name>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>awaiting the answer…</source>
        <translation>wartet auf die Antwort…</translation>
    </message>
    <message>
        <source>%1
QoS %2%3 · %4
Click to load it into the editor.</source>
        <translation>%1
QoS %2%3 · %4
Klicken Sie, um sie in den Editor zu laden.</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>, retained</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>PublishLibrary</name>
    <message>
        <source>%1 was not loaded: %2</source>
        <translation>%1 wurde nicht geladen: %2</translation>
    </message>
    <message>
        <source>Collections of a connection can be saved once it has connected; save it for all connections instead.</source>
        <translation>Die Sammlungen einer Verbindung können gespeichert werden, sobald sie verbunden ist; speichern Sie sie stattdessen für alle Verbindungen.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2.</source>
        <translation>%1 konnte nicht gelöscht werden: %2.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a collection.</source>
        <translation>%1 ist zu groß für eine Sammlung.</translation>
    </message>
    <message>
        <source>The publish history %1 could not be opened: %2.</source>
        <translation>Der Veröffentlichungsverlauf %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The publish history could not be read (%1); it was kept as %2 and a new history begins.</source>
        <translation>Der Veröffentlichungsverlauf konnte nicht gelesen werden (%1); er wurde als %2 aufbewahrt, und ein neuer Verlauf beginnt.</translation>
    </message>
    <message>
        <source>The publish history could not be read (%1).</source>
        <translation>Der Veröffentlichungsverlauf konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>PublishMessage</name>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; muss ein String sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>A message must be a JSON object with at least a &quot;topic&quot;.</source>
        <translation>Eine Nachricht muss ein JSON-Objekt mit mindestens einem &quot;topic&quot; sein.</translation>
    </message>
    <message>
        <source>A message needs a &quot;topic&quot; string.</source>
        <translation>Eine Nachricht braucht einen String &quot;topic&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payload format; use text, json, hex, base64 or file.</source>
        <translation>&quot;%1&quot; ist kein Payload-Format; verwenden Sie text, json, hex, base64 oder file.</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object.</source>
        <translation>&quot;properties&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;correlationDataFormat&quot; must be &quot;text&quot; or &quot;hex&quot;.</source>
        <translation>&quot;correlationDataFormat&quot; muss &quot;text&quot; oder &quot;hex&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;userProperties&quot; must be an array.</source>
        <translation>&quot;userProperties&quot; muss ein Array sein.</translation>
    </message>
    <message>
        <source>Each user property must be an object with a &quot;name&quot; and a &quot;value&quot; string.</source>
        <translation>Jede Benutzereigenschaft muss ein Objekt mit den Strings &quot;name&quot; und &quot;value&quot; sein.</translation>
    </message>
</context>
<context>
    <name>PublishOutcome</name>
    <message>
        <source>queued: %1</source>
        <translation>zwischengespeichert: %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>acknowledged (PUBACK)</source>
        <translation>bestätigt (PUBACK)</translation>
    </message>
    <message>
        <source>completed (PUBCOMP)</source>
        <translation>abgeschlossen (PUBCOMP)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the message (Ctrl+Enter)</source>
        <translation>Die Nachricht veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>bis zum Stoppen</translation>
    </message>
    <message>
        <source>How many messages; 0 repeats until you stop it</source>
        <translation>Wie viele Nachrichten; 0 wiederholt, bis Sie stoppen</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Publish the message again and again; {{counter}} counts them</source>
        <translation>Die Nachricht immer wieder veröffentlichen; {{counter}} zählt sie</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Publish to…</source>
        <translation>Veröffentlichen auf…</translation>
    </message>
    <message>
        <source>Compose a message to this topic in the publish panel</source>
        <translation>Eine Nachricht an dieses Topic im Veröffentlichungsbereich verfassen</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 beantwortet</translation>
    </message>
    <message>
        <source>%1 failed (first: %2)</source>
        <translation>%1 fehlgeschlagen (erster: %2)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sent to the connection, waiting for the answer…</source>
        <translation>An die Verbindung gesendet, wartet auf die Antwort…</translation>
    </message>
    <message>
        <source>Sent, with a warning: %1</source>
        <translation>Gesendet, mit einer Warnung: %1</translation>
    </message>
    <message>
        <source>(Warning: %1)</source>
        <translation>(Warnung: %1)</translation>
    </message>
    <message>
        <source>Publish (in the publish panel)</source>
        <translation>Veröffentlichen (im Veröffentlichungsbereich)</translation>
    </message>
</context>
<context>
    <name>PublishPreparation</name>
    <message>
        <source>The payload is not valid JSON (%1): %2 It was sent as text.</source>
        <translation>Der Payload ist kein gültiges JSON (%1): %2 Er wurde als Text gesendet.</translation>
    </message>
    <message>
        <source>This connection speaks MQTT 3.1.1, which has no message properties: they were not sent.</source>
        <translation>Diese Verbindung spricht MQTT 3.1.1, das keine Nachrichteneigenschaften kennt: Sie wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>Antwort-Topic: %1</translation>
    </message>
    <message>
        <source>Correlation data: %1</source>
        <translation>Korrelationsdaten: %1</translation>
    </message>
    <message>
        <source>The payload format indicator says UTF-8, but the payload is not valid UTF-8; the broker may refuse it (0x99).</source>
        <translation>Der Payload-Format-Indikator gibt UTF-8 an, aber der Payload ist kein gültiges UTF-8; der Broker lehnt ihn möglicherweise ab (0x99).</translation>
    </message>
</context>
<context>
    <name>ReconnectControls</name>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to connect now instead of waiting for the countdown</source>
        <translation>Jetzt verbinden, statt auf den Countdown zu warten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop reconnecting; the tab stays disconnected</source>
        <translation>Neuverbindung stoppen; der Tab bleibt getrennt</translation>
    </message>
</context>
<context>
    <name>ResponsesView</name>
    <message>
        <source>none: the next reply pairs</source>
        <translation>keine: die nächste Antwort wird zugeordnet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Request → response topic</source>
        <translation>Anfrage → Antwort-Topic</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Set a response topic (MQTT 5 properties) and Canopy subscribes to it for the request and pairs each reply with its request by correlation data.</source>
        <translation>Legen Sie ein Antwort-Topic fest (MQTT-5-Eigenschaften), dann abonniert Canopy es für die Anfrage und ordnet jede Antwort über die Korrelationsdaten ihrer Anfrage zu.</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <translation>wartet auf die Antwort…</translation>
    </message>
    <message>
        <source>reply after %1 ms</source>
        <translation>Antwort nach %1 ms</translation>
    </message>
    <message>
        <source>no reply within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>request not delivered: %1</source>
        <translation>Anfrage nicht zugestellt: %1</translation>
    </message>
</context>
<context>
    <name>RetainedDeletion</name>
    <message>
        <source>Delete retained messages</source>
        <translation>Retained-Nachrichten löschen</translation>
    </message>
    <message>
        <source>Delete the retained message of &quot;%1&quot; from the broker?</source>
        <translation>Die Retained-Nachricht von &quot;%1&quot; vom Broker löschen?</translation>
    </message>
    <message>
        <source>Delete the retained message of 1 topic in &quot;%1&quot; (%2) from the broker?</source>
        <translation>Die Retained-Nachricht von 1 Topic in &quot;%1&quot; (%2) vom Broker löschen?</translation>
    </message>
    <message>
        <source>Canopy publishes an empty retained message to each topic. New subscribers will no longer receive them; this cannot be undone.</source>
        <translation>Canopy veröffentlicht auf jedem Topic eine leere Retained-Nachricht. Neue Abonnenten erhalten sie dann nicht mehr; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Deleting retained messages…</source>
        <translation>Retained-Nachrichten werden gelöscht…</translation>
    </message>
    <message>
        <source>Deleting retained messages: %1 of %2 done</source>
        <translation>Retained-Nachrichten werden gelöscht: %1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Delete the retained messages of %Ln topic(s) in &quot;%1&quot; from the broker?</source>
        <translation>
            <numerusform>Die Retained-Nachrichten von %Ln Topic in &quot;%1&quot; vom Broker löschen?</numerusform>
            <numerusform>Die Retained-Nachrichten von %Ln Topics in &quot;%1&quot; vom Broker löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In the topic tree, Ctrl+C copies the topic; in the publish panel, Ctrl+Enter publishes. In a chart, the Left and Right keys scroll through time, + and - zoom, and Home follows the newest values again; Shift with the wheel scrolls.</source>
        <translation>Im Topic-Baum kopiert Strg+C das Topic; im Veröffentlichungsbereich veröffentlicht Strg+Eingabe. In einem Diagramm scrollen die Pfeiltasten Links und Rechts durch die Zeit, + und - zoomen, und Pos1 folgt wieder den neuesten Werten; Umschalt mit dem Mausrad scrollt.</translation>
    </message>
</context>
<context>
    <name>StringPager</name>
    <message>
        <source>characters %1–%2 of %3</source>
        <translation>Zeichen %1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>StructuralDiff</name>
    <message>
        <source>A document has more values than the tree holds: only its first values are compared.</source>
        <translation>Ein Dokument hat mehr Werte, als der Baum fasst: Nur seine ersten Werte werden verglichen.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>Abonnement hinzufügen</translation>
    </message>
    <message>
        <source>Edit Subscription</source>
        <translation>Abonnement bearbeiten</translation>
    </message>
    <message>
        <source>e.g. sensors/+/temperature or plant/#</source>
        <translation>z. B. sensors/+/temperature oder plant/#</translation>
    </message>
    <message>
        <source>0: at most once</source>
        <translation>0: höchstens einmal</translation>
    </message>
    <message>
        <source>1: at least once</source>
        <translation>1: mindestens einmal</translation>
    </message>
    <message>
        <source>2: exactly once</source>
        <translation>2: genau einmal</translation>
    </message>
    <message>
        <source>No local: not my own messages</source>
        <translation>No Local: nicht meine eigenen Nachrichten</translation>
    </message>
    <message>
        <source>Retain as published</source>
        <translation>Retain as Published</translation>
    </message>
    <message>
        <source>0: send retained messages</source>
        <translation>0: Retained-Nachrichten senden</translation>
    </message>
    <message>
        <source>1: only for a new subscription</source>
        <translation>1: nur bei einem neuen Abonnement</translation>
    </message>
    <message>
        <source>2: never send retained messages</source>
        <translation>2: nie Retained-Nachrichten senden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>&amp;QoS:</translation>
    </message>
    <message>
        <source>MQTT 5 only:</source>
        <translation>Nur MQTT 5:</translation>
    </message>
    <message>
        <source>Retain &amp;handling:</source>
        <translation>Retain-&amp;Handling:</translation>
    </message>
    <message>
        <source>Subscription &amp;identifier:</source>
        <translation>Abonnement-&amp;ID:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the list.</source>
        <translation>&apos;%1&apos; ist bereits in der Liste.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Broker&apos;s answer</source>
        <translation>Antwort des Brokers</translation>
    </message>
    <message>
        <source>waiting for the broker…</source>
        <translation>wartet auf den Broker…</translation>
    </message>
    <message>
        <source>unsubscribing…</source>
        <translation>wird abbestellt…</translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation>nicht abonniert</translation>
    </message>
    <message>
        <source>%1 (asked for %2)</source>
        <translation>%1 (angefordert: %2)</translation>
    </message>
    <message>
        <source>%1 (0x%2)</source>
        <translation>%1 (0x%2)</translation>
    </message>
    <message>
        <source>no local</source>
        <translation>No Local</translation>
    </message>
    <message>
        <source>retain as published</source>
        <translation>Retain as Published</translation>
    </message>
    <message>
        <source>retain handling %1</source>
        <translation>Retain Handling %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>not unsubscribed: %1 (0x%2)</source>
        <translation>nicht abbestellt: %1 (0x%2)</translation>
    </message>
    <message>
        <source>not unsubscribed: %1</source>
        <translation>nicht abbestellt: %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>Subscribe to the broker&apos;s own statistics ($SYS/#), or stop</source>
        <translation>Die eigenen Statistiken des Brokers ($SYS/#) abonnieren oder beenden</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
</context>
<context>
    <name>SysDashboardPanel</name>
    <message>
        <source>This broker has published no $SYS topics to this connection (yet). Brokers publish them every few seconds, or not at all: for mosquitto, add &quot;sys_interval 10&quot; to mosquitto.conf and restart it; EMQX and HiveMQ allow $SYS to local clients or with their $SYS extension only.</source>
        <translation>Dieser Broker hat an diese Verbindung (noch) keine $SYS-Topics veröffentlicht. Broker veröffentlichen sie alle paar Sekunden oder gar nicht: Fügen Sie bei mosquitto &quot;sys_interval 10&quot; in mosquitto.conf hinzu und starten Sie ihn neu; EMQX und HiveMQ erlauben $SYS nur für lokale Clients oder mit ihrer $SYS-Erweiterung.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Other $SYS topics</source>
        <translation>Weitere $SYS-Topics</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Betriebszeit</translation>
    </message>
    <message>
        <source>Clients connected</source>
        <translation>Verbundene Clients</translation>
    </message>
    <message>
        <source>Clients maximum</source>
        <translation>Clients (Höchstwert)</translation>
    </message>
    <message>
        <source>Messages in /s</source>
        <translation>Eingehende Nachrichten /s</translation>
    </message>
    <message>
        <source>Messages out /s</source>
        <translation>Ausgehende Nachrichten /s</translation>
    </message>
    <message>
        <source>Bytes in /s</source>
        <translation>Eingehende Bytes /s</translation>
    </message>
    <message>
        <source>Bytes out /s</source>
        <translation>Ausgehende Bytes /s</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Retained-Nachrichten</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Dropped messages</source>
        <translation>Verworfene Nachrichten</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>waiting for a second update</source>
        <translation>wartet auf eine zweite Aktualisierung</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min %4 s</source>
        <translation>%1 d %2 h %3 min %4 s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Broker: mosquitto</source>
        <translation>Broker: mosquitto</translation>
    </message>
    <message>
        <source>Broker: EMQX</source>
        <translation>Broker: EMQX</translation>
    </message>
    <message>
        <source>Broker: HiveMQ</source>
        <translation>Broker: HiveMQ</translation>
    </message>
    <message>
        <source>Broker: not recognised ($SYS topics listed below)</source>
        <translation>Broker: nicht erkannt ($SYS-Topics unten aufgeführt)</translation>
    </message>
</context>
<context>
    <name>SysRawModel</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>The changed region is too long to align line by line (over %1 lines): it shows as removed, then added.</source>
        <translation>Der geänderte Bereich ist zu lang, um ihn zeilenweise auszurichten (über %1 Zeilen): Er wird als entfernt und dann als hinzugefügt angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln unchanged line(s)</source>
        <translation>
            <numerusform>… %Ln unveränderte Zeile</numerusform>
            <numerusform>… %Ln unveränderte Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPager</name>
    <message>
        <source>bytes %1–%2 of %3</source>
        <translation>Bytes %1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>TopTopicsModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>TopTopicsPanel</name>
    <message>
        <source>last 10 s</source>
        <translation>letzte 10 s</translation>
    </message>
    <message>
        <source>last 60 s</source>
        <translation>letzte 60 s</translation>
    </message>
    <message>
        <source>last second</source>
        <translation>letzte Sekunde</translation>
    </message>
    <message>
        <source>The time the rates are averaged over</source>
        <translation>Der Zeitraum, über den die Raten gemittelt werden</translation>
    </message>
    <message>
        <source>by msg/s</source>
        <translation>nach Nachr./s</translation>
    </message>
    <message>
        <source>by bytes/s</source>
        <translation>nach Bytes/s</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>level </source>
        <translation>Ebene </translation>
    </message>
    <message>
        <source>Rank topics, or whole subtrees at this level (1: the first level of topics)</source>
        <translation>Rangliste der Topics oder ganzer Teilbäume auf dieser Ebene (1: die erste Topic-Ebene)</translation>
    </message>
    <message>
        <source>Selected subtree only</source>
        <translation>Nur ausgewählter Teilbaum</translation>
    </message>
    <message>
        <source>Rank only inside the subtree selected in the tree when this is checked</source>
        <translation>Wenn aktiviert, nur den im Baum ausgewählten Teilbaum in die Rangliste aufnehmen</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Topics</translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>Innerhalb von %1</translation>
    </message>
</context>
<context>
    <name>TopicActions</name>
    <message>
        <source>Copy topic</source>
        <translation>Topic kopieren</translation>
    </message>
    <message>
        <source>Delete retained message</source>
        <translation>Retained-Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete retained messages below…</source>
        <translation>Retained-Nachrichten darunter löschen…</translation>
    </message>
    <message numerus="yes">
        <source>Delete retained messages below (%Ln topic(s))…</source>
        <translation>
            <numerusform>Retained-Nachrichten darunter löschen (%Ln Topic)…</numerusform>
            <numerusform>Retained-Nachrichten darunter löschen (%Ln Topics)…</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no retained messages below &quot;%1&quot;.</source>
        <translation>Unter &quot;%1&quot; gibt es keine Retained-Nachrichten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no retained message.</source>
        <translation>&quot;%1&quot; hat keine Retained-Nachricht.</translation>
    </message>
</context>
<context>
    <name>TopicFilter</name>
    <message>
        <source>The regular expression is not valid (%1 at position %2); correct it to filter topics.</source>
        <translation>Der reguläre Ausdruck ist ungültig (%1 an Position %2); korrigieren Sie ihn, um Topics zu filtern.</translation>
    </message>
    <message>
        <source>The topic filter is not valid: &apos;#&apos; may only be the whole last level and &apos;+&apos; only a whole level.</source>
        <translation>Der Topic-Filter ist ungültig: &apos;#&apos; darf nur die ganze letzte Ebene sein und &apos;+&apos; nur eine ganze Ebene.</translation>
    </message>
</context>
<context>
    <name>TopicRow</name>
    <message>
        <source>⟨empty level⟩</source>
        <translation>⟨leere Ebene⟩</translation>
    </message>
    <message>
        <source>The broker holds a retained message for this topic.</source>
        <translation>Der Broker hält eine Retained-Nachricht für dieses Topic.</translation>
    </message>
    <message>
        <source>Messages on this topic: %1</source>
        <translation>Nachrichten auf diesem Topic: %1</translation>
    </message>
    <message>
        <source>Messages per second in this subtree: %1</source>
        <translation>Nachrichten pro Sekunde in diesem Teilbaum: %1</translation>
    </message>
    <message>
        <source>Messages per second on this topic: %1</source>
        <translation>Nachrichten pro Sekunde auf diesem Topic: %1</translation>
    </message>
    <message numerus="yes">
        <source>Messages in this subtree: %1 (%2 topic(s))</source>
        <translation>
            <numerusform>Nachrichten in diesem Teilbaum: %1 (%2 Topic)</numerusform>
            <numerusform>Nachrichten in diesem Teilbaum: %1 (%2 Topics)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
</context>
<context>
    <name>WillEditor</name>
    <message>
        <source>Send a last will when the connection ends unexpectedly</source>
        <translation>Einen Letzten Willen senden, wenn die Verbindung unerwartet endet</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>&amp;Payload:</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>&amp;QoS:</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>MQTT 5 will properties:</source>
        <translation>MQTT-5-Eigenschaften des Letzten Willens:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>empty: never expires</source>
        <translation>leer: läuft nie ab</translation>
    </message>
    <message>
        <source>Message &amp;expiry (s):</source>
        <translation>Nachrichten&amp;ablauf (s):</translation>
    </message>
    <message>
        <source>The payload is UTF-8 text</source>
        <translation>Der Payload ist UTF-8-Text</translation>
    </message>
    <message>
        <source>Content t&amp;ype:</source>
        <translation>In&amp;haltstyp:</translation>
    </message>
    <message>
        <source>&amp;Response topic:</source>
        <translation>Antwo&amp;rt-Topic:</translation>
    </message>
    <message>
        <source>one name=value per line</source>
        <translation>ein Name=Wert pro Zeile</translation>
    </message>
    <message>
        <source>&amp;User properties:</source>
        <translation>&amp;Benutzereigenschaften:</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) that are not text: kept unless you edit this)</source>
        <translation>
            <numerusform>(%n Byte, das kein Text ist: bleibt erhalten, sofern Sie dies nicht bearbeiten)</numerusform>
            <numerusform>(%n Bytes, die kein Text sind: bleiben erhalten, sofern Sie dies nicht bearbeiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>The will&apos;s message expiry is a number of seconds, or empty for never.</source>
        <translation>Der Nachrichtenablauf des Letzten Willens ist eine Anzahl Sekunden oder leer für nie.</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>&amp;Will delay (s):</source>
        <translation>&amp;Will-Verzögerung (s):</translation>
    </message>
    <message>
        <source>Correlation d&amp;ata:</source>
        <translation>&amp;Korrelationsdaten:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Canopy, a native MQTT explorer.</source>
        <translation>Canopy, ein nativer MQTT-Explorer.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Save a PNG of the window to &lt;file&gt; after a delay, then quit.</source>
        <translation>Nach einer Wartezeit ein PNG des Fensters in &lt;Datei&gt; speichern und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 3000).</source>
        <translation>Millisekunden, die vor --screenshot gewartet wird (Standard 3000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>canopy: &apos;%1&apos; is not a broker URL; write it as mqtt://host:port (or mqtts://, ws://, wss://).</source>
        <translation>canopy: &apos;%1&apos; ist keine Broker-URL; schreiben Sie sie als mqtt://host:port (oder mqtts://, ws://, wss://).</translation>
    </message>
    <message>
        <source>canopy: could not write the screenshot to %1.</source>
        <translation>canopy: Der Screenshot konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Expand the first &lt;levels&gt; levels of the topic tree as they appear (default 1).</source>
        <translation>Die ersten &lt;Ebenen&gt; Ebenen des Topic-Baums aufklappen, sobald sie erscheinen (Standard 1).</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Select &lt;topic&gt; in the tree as soon as it arrives.</source>
        <translation>&lt;Topic&gt; im Baum auswählen, sobald es eintrifft.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Broker to connect to at start, subscribed to &apos;#&apos;, e.g. mqtt://localhost:1883 or mqtts://host:8883. Give it again for more brokers, each in a tab of its own.</source>
        <translation>Broker, mit dem beim Start verbunden wird, abonniert auf &apos;#&apos;, z. B. mqtt://localhost:1883 oder mqtts://host:8883. Mehrfach angeben für weitere Broker, jeder in einem eigenen Tab.</translation>
    </message>
    <message>
        <source>canopy: --expand takes a number of levels (0 or more), not &apos;%1&apos;.</source>
        <translation>canopy: --expand erwartet eine Anzahl Ebenen (0 oder mehr), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>canopy: --select takes a topic name, without the wildcards + and #, not &apos;%1&apos;.</source>
        <translation>canopy: --select erwartet einen Topic-Namen ohne die Wildcards + und #, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Saved connection to open at start, by name (see the connection manager, Ctrl+N). Give it again for more, each in a tab of its own.</source>
        <translation>Gespeicherte Verbindung, die beim Start geöffnet wird, nach Name (siehe Verbindungsverwaltung, Strg+N). Mehrfach angeben für weitere, jede in einem eigenen Tab.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Open the connection manager at start.</source>
        <translation>Beim Start die Verbindungsverwaltung öffnen.</translation>
    </message>
    <message>
        <source>canopy: there is no saved connection called &apos;%1&apos;; the connection manager (Ctrl+N) lists them.</source>
        <translation>canopy: Es gibt keine gespeicherte Verbindung namens &apos;%1&apos;; die Verbindungsverwaltung (Strg+N) listet sie auf.</translation>
    </message>
    <message>
        <source>Open the Preferences dialog at start (with --screenshot: grab it).</source>
        <translation>Beim Start den Einstellungsdialog öffnen (mit --screenshot: ihn aufnehmen).</translation>
    </message>
</context>
</TS>
