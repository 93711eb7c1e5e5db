<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddSeriesDialog</name>
    <message>
        <source>Add Series</source>
        <translation>Añadir serie</translation>
    </message>
    <message>
        <source>home/+/temperature</source>
        <translation>home/+/temperature</translation>
    </message>
    <message>
        <source>empty for the whole payload, or $.sensors[0].temp</source>
        <translation>vacía para toda la carga útil, o $.sensors[0].temp</translation>
    </message>
    <message>
        <source>One series per matching topic, including topics that appear later. The path picks a number in JSON, CBOR or MessagePack; true/false and on/off count as 1 and 0.</source>
        <translation>Una serie por cada tema que coincida, incluidos los temas que aparezcan más tarde. La ruta elige un número en JSON, CBOR o MessagePack; true/false y on/off cuentan como 1 y 0.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&amp;Topic filter:</source>
        <translation>&amp;Filtro de temas:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <source>Enter a topic, or a filter such as home/+/temperature.</source>
        <translation>Escribe un tema o un filtro como home/+/temperature.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic filter: &apos;+&apos; must be a whole level and &apos;#&apos; the whole last level.</source>
        <translation>&quot;%1&quot; no es un filtro de temas: &apos;+&apos; debe ocupar un nivel completo y &apos;#&apos; todo el último nivel.</translation>
    </message>
</context>
<context>
    <name>CborDecoder</name>
    <message>
        <source>Not valid CBOR: %1 at byte %2.</source>
        <translation>CBOR no válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>a map ends after a key, without its value</source>
        <translation>un mapa termina después de una clave, sin su valor</translation>
    </message>
    <message>
        <source>the container does not end properly</source>
        <translation>el contenedor no termina correctamente</translation>
    </message>
    <message>
        <source>the data ends before the item is complete</source>
        <translation>los datos terminan antes de que el elemento esté completo</translation>
    </message>
    <message>
        <source>a byte string ends early</source>
        <translation>una cadena de bytes termina antes de tiempo</translation>
    </message>
    <message>
        <source>a text string ends early</source>
        <translation>una cadena de texto termina antes de tiempo</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <source>a container cannot be read</source>
        <translation>no se puede leer un contenedor</translation>
    </message>
    <message>
        <source>an item of an unknown kind</source>
        <translation>un elemento de tipo desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Not valid CBOR: the data item ends at byte %1, and %n more byte(s) follow.</source>
        <translation>
            <numerusform>CBOR no válido: el elemento de datos termina en el byte %1 y sigue %n byte más.</numerusform>
            <numerusform>CBOR no válido: el elemento de datos termina en el byte %1 y siguen %n bytes más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CBOR: the payload is empty.</source>
        <translation>CBOR no válido: la carga útil está vacía.</translation>
    </message>
    <message>
        <source>date/time string</source>
        <translation>cadena de fecha/hora</translation>
    </message>
    <message>
        <source>epoch time</source>
        <translation>tiempo epoch</translation>
    </message>
    <message>
        <source>positive bignum</source>
        <translation>bignum positivo</translation>
    </message>
    <message>
        <source>negative bignum</source>
        <translation>bignum negativo</translation>
    </message>
    <message>
        <source>decimal fraction</source>
        <translation>fracción decimal</translation>
    </message>
    <message>
        <source>bigfloat</source>
        <translation>bigfloat</translation>
    </message>
    <message>
        <source>expected encoding</source>
        <translation>codificación esperada</translation>
    </message>
    <message>
        <source>embedded CBOR</source>
        <translation>CBOR incrustado</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>base64url text</source>
        <translation>texto base64url</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>texto base64</translation>
    </message>
    <message>
        <source>MIME message</source>
        <translation>mensaje MIME</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>self-described CBOR</source>
        <translation>CBOR autodescrito</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>CA file</source>
        <translation>archivo de CA</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificado de cliente</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>clave de cliente</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist: check the path.</source>
        <translation>El %1 &apos;%2&apos; no existe: comprueba la ruta.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a folder, not a file: choose the file.</source>
        <translation>El %1 &apos;%2&apos; es una carpeta, no un archivo: elige el archivo.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; cannot be read (%3): check its permissions.</source>
        <translation>No se puede leer el %1 &apos;%2&apos; (%3): comprueba sus permisos.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is larger than 1 MiB, too large for a certificate or key: choose the PEM file.</source>
        <translation>El %1 &apos;%2&apos; ocupa más de 1 MiB, demasiado para un certificado o una clave: elige el archivo PEM.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; holds no certificate (PEM or DER): choose a certificate file.</source>
        <translation>El %1 &apos;%2&apos; no contiene ningún certificado (PEM o DER): elige un archivo de certificado.</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; is protected by a passphrase: enter the passphrase.</source>
        <translation>La clave de cliente &apos;%1&apos; está protegida con una frase de contraseña: introduce la frase de contraseña.</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; could not be decrypted with this passphrase: check the passphrase.</source>
        <translation>No se pudo descifrar la clave de cliente &apos;%1&apos; con esta frase de contraseña: comprueba la frase de contraseña.</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; holds no PEM private key (RSA or EC): choose the key file that belongs to the client certificate.</source>
        <translation>La clave de cliente &apos;%1&apos; no contiene ninguna clave privada PEM (RSA o EC): elige el archivo de clave que corresponde al certificado de cliente.</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; does not belong to the client certificate &apos;%2&apos;: choose the key that was made with this certificate.</source>
        <translation>La clave de cliente &apos;%1&apos; no corresponde al certificado de cliente &apos;%2&apos;: elige la clave que se creó con este certificado.</translation>
    </message>
</context>
<context>
    <name>ChartCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The first column is not &quot;time&quot;.</source>
        <translation>La primera columna no es &quot;time&quot;.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields instead of %3.</source>
        <translation>La línea %1 tiene %2 campos en lugar de %3.</translation>
    </message>
    <message>
        <source>Line %1 does not start with a time.</source>
        <translation>La línea %1 no empieza por una marca de tiempo.</translation>
    </message>
    <message>
        <source>Line %1 has a value that is not a number.</source>
        <translation>La línea %1 tiene un valor que no es un número.</translation>
    </message>
</context>
<context>
    <name>ChartFeed</name>
    <message>
        <source>&quot;%1&quot; is not a topic or topic filter: use levels separated by &apos;/&apos;, &apos;+&apos; for one level, &apos;#&apos; at the end.</source>
        <translation>&quot;%1&quot; no es un tema ni un filtro de temas: usa niveles separados por &apos;/&apos;, &apos;+&apos; para un nivel y &apos;#&apos; al final.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>No series yet. Add one with &quot;Add series…&quot;, from the topic tree&apos;s context menu (Chart this topic) or from a value in the inspector&apos;s JSON tree (Chart this value).</source>
        <translation>Todavía no hay series. Añade una con «Añadir serie…», desde el menú contextual del árbol de temas («Crear gráfico de este tema») o desde un valor del árbol JSON del inspector («Crear gráfico de este valor»).</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Eje</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Rate /s</source>
        <translation>Tasa /s</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Untick to hide the series; right-click for its axis or to remove it.</source>
        <translation>Desmarca para ocultar la serie; haz clic con el botón derecho para cambiar su eje o quitarla.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>No topic matches yet: waiting for the first message.</source>
        <translation>Todavía no coincide ningún tema: esperando el primer mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>The path matches nothing in %1 message(s).</source>
        <translation>
            <numerusform>La ruta no coincide con nada en %1 mensaje.</numerusform>
            <numerusform>La ruta no coincide con nada en %1 mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) not JSON, CBOR or MessagePack.</source>
        <translation>
            <numerusform>%1 mensaje no es JSON, CBOR ni MessagePack.</numerusform>
            <numerusform>%1 mensajes no son JSON, CBOR ni MessagePack.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 value(s) not a number, skipped.</source>
        <translation>
            <numerusform>%1 valor no numérico, omitido.</numerusform>
            <numerusform>%1 valores no numéricos, omitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 NaN or infinite value(s) shown as gaps.</source>
        <translation>
            <numerusform>%1 valor NaN o infinito mostrado como hueco.</numerusform>
            <numerusform>%1 valores NaN o infinitos mostrados como huecos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 oldest point(s) dropped to stay within %2 points.</source>
        <translation>
            <numerusform>Se descartó %1 punto más antiguo para no superar %2 puntos.</numerusform>
            <numerusform>Se descartaron %1 puntos más antiguos para no superar %2 puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the Right Axis</source>
        <translation>Usar el eje derecho</translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation>Quitar serie</translation>
    </message>
</context>
<context>
    <name>ChartsArea</name>
    <message>
        <source>New Chart</source>
        <translation>Nuevo gráfico</translation>
    </message>
    <message>
        <source>Add Series…</source>
        <translation>Añadir serie…</translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation>Quitar serie</translation>
    </message>
    <message>
        <source>Select a series in the table below the chart to remove it.</source>
        <translation>Selecciona una serie en la tabla bajo el gráfico para quitarla.</translation>
    </message>
    <message>
        <source>Time window; the chart follows the newest values until you zoom</source>
        <translation>Ventana de tiempo; el gráfico sigue los valores más recientes hasta que hagas zoom</translation>
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
        <translation>Todo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Freeze the chart; values keep being recorded</source>
        <translation>Congelar el gráfico; los valores se siguen registrando</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Back to the live time window (wheel zooms, dragging selects a range)</source>
        <translation>Volver a la ventana de tiempo en directo (la rueda hace zoom; arrastrar selecciona un rango)</translation>
    </message>
    <message>
        <source>Points per series:</source>
        <translation>Puntos por serie:</translation>
    </message>
    <message>
        <source>Each series keeps this many points; older ones are dropped and counted</source>
        <translation>Cada serie guarda este número de puntos; los más antiguos se descartan y se cuentan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Visible Range as CSV…</source>
        <translation>Rango visible como CSV…</translation>
    </message>
    <message>
        <source>Everything as CSV…</source>
        <translation>Todo como CSV…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Gráfico como PNG…</translation>
    </message>
    <message>
        <source>Chart This Topic</source>
        <translation>Crear gráfico de este tema</translation>
    </message>
    <message>
        <source>Chart All Numeric Fields of This JSON</source>
        <translation>Crear gráfico de todos los campos numéricos de este JSON</translation>
    </message>
    <message>
        <source>Chart This Value</source>
        <translation>Crear gráfico de este valor</translation>
    </message>
    <message>
        <source>Chart the value at this path for the shown topic</source>
        <translation>Crear un gráfico del valor de esta ruta para el tema mostrado</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Gráfico %1</translation>
    </message>
    <message>
        <source>The chart already shows %1.</source>
        <translation>El gráfico ya muestra %1.</translation>
    </message>
    <message>
        <source>The last message of %1 has no numeric fields: it is not JSON, CBOR or MessagePack with numbers in it.</source>
        <translation>El último mensaje de %1 no tiene campos numéricos: no es JSON, CBOR ni MessagePack con números.</translation>
    </message>
    <message>
        <source>The chart has no series to export. Add a series first.</source>
        <translation>El gráfico no tiene series que exportar. Añade primero una serie.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>No se pudo escribir %1: %2. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>There is no chart to export. Add a series first.</source>
        <translation>No hay ningún gráfico que exportar. Añade primero una serie.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>No se pudo escribir %1. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>Exportar datos del gráfico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Chart data written to %1.</source>
        <translation>Datos del gráfico guardados en %1.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>Gráfico guardado en %1.</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <source>Double-click a name to rename the collection</source>
        <translation>Haz doble clic en un nombre para cambiar el nombre de la colección</translation>
    </message>
    <message>
        <source>Kept for this connection</source>
        <translation>Guardada para esta conexión</translation>
    </message>
    <message>
        <source>Kept for all connections</source>
        <translation>Guardada para todas las conexiones</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>A new, empty collection</source>
        <translation>Una colección nueva y vacía</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>A copy of this collection</source>
        <translation>Una copia de esta colección</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this collection and its file</source>
        <translation>Eliminar esta colección y su archivo</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add a collection from a file</source>
        <translation>Añadir una colección desde un archivo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write this collection to a file</source>
        <translation>Escribir esta colección en un archivo</translation>
    </message>
    <message>
        <source>Double-click a message to load it into the editor</source>
        <translation>Haz doble clic en un mensaje para cargarlo en el editor</translation>
    </message>
    <message>
        <source>Add current</source>
        <translation>Añadir actual</translation>
    </message>
    <message>
        <source>Add the message in the editor</source>
        <translation>Añadir el mensaje del editor</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Load the selected message into the editor</source>
        <translation>Cargar el mensaje seleccionado en el editor</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Send the selected message earlier</source>
        <translation>Enviar antes el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Send the selected message later</source>
        <translation>Enviar después el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected message</source>
        <translation>Quitar el mensaje seleccionado</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Pause between two messages when the whole collection is sent</source>
        <translation>Pausa entre dos mensajes al enviar la colección completa</translation>
    </message>
    <message>
        <source>Send selected</source>
        <translation>Enviar seleccionado</translation>
    </message>
    <message>
        <source>Publish the selected message</source>
        <translation>Publicar el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Send all</source>
        <translation>Enviar todos</translation>
    </message>
    <message>
        <source>Publish every message, in order</source>
        <translation>Publicar todos los mensajes, en orden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop sending this collection</source>
        <translation>Dejar de enviar esta colección</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Retardo:</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Import a collection</source>
        <translation>Importar una colección</translation>
    </message>
    <message>
        <source>Canopy collections (*.json);;All files (*)</source>
        <translation>Colecciones de Canopy (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export a collection</source>
        <translation>Exportar una colección</translation>
    </message>
    <message>
        <source>Canopy collections (*.json)</source>
        <translation>Colecciones de Canopy (*.json)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Una colección necesita un nombre.</translation>
    </message>
    <message>
        <source>There is a collection named “%1” already; choose another name.</source>
        <translation>Ya hay una colección llamada «%1»; elige otro nombre.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Eliminar colección</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “%1” with its %n message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la colección «%1» con su %n mensaje? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar la colección «%1» con sus %n mensajes? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Connect first: collections of a connection are kept under its broker.</source>
        <translation>Conéctate primero: las colecciones de una conexión se guardan bajo su broker.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Import collection</source>
        <translation>Importar colección</translation>
    </message>
    <message numerus="yes">
        <source>There is a collection named “%1” already. Replace its %n message(s) with the imported ones, or keep both?</source>
        <translation>
            <numerusform>Ya hay una colección llamada «%1». ¿Reemplazar su %n mensaje por los importados o conservar ambas?</numerusform>
            <numerusform>Ya hay una colección llamada «%1». ¿Reemplazar sus %n mensajes por los importados o conservar ambas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambas</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” with %n message(s).</source>
        <translation>
            <numerusform>Se importó «%1» con %n mensaje.</numerusform>
            <numerusform>Se importó «%1» con %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportada a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), kept for %1</source>
        <translation>
            <numerusform>%n mensaje, guardada para %1</numerusform>
            <numerusform>%n mensajes, guardada para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>all connections</source>
        <translation>todas las conexiones</translation>
    </message>
    <message>
        <source>this connection</source>
        <translation>esta conexión</translation>
    </message>
    <message>
        <source>%1 · QoS %2%3</source>
        <translation>%1 · QoS %2%3</translation>
    </message>
    <message>
        <source> · retained</source>
        <translation> · retenido</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
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
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Desconectando</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Importar conexiones</translation>
    </message>
    <message>
        <source>Export Connections</source>
        <translation>Exportar conexiones</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>A new connection</source>
        <translation>Una conexión nueva</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Canopy&apos;s export, MQTTX&apos;s connection export or MQTT Explorer&apos;s settings.json</source>
        <translation>Exportación de Canopy, exportación de conexiones de MQTTX o settings.json de MQTT Explorer</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Connect once with these settings and say what the broker answered</source>
        <translation>Conectar una vez con esta configuración y mostrar lo que respondió el broker</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Save, and open this connection in a tab</source>
        <translation>Guardar y abrir esta conexión en una pestaña</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The connection shown has problems, so its changes cannot be saved. Discard them?</source>
        <translation>La conexión mostrada tiene problemas, así que no se pueden guardar sus cambios. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Canopy&apos;s settings.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en la configuración de Canopy.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): the password is kept for this session only and must be entered again after Canopy restarts.</source>
        <translation>No hay ningún llavero disponible (%1): la contraseña se guarda solo para esta sesión y hay que volver a introducirla cuando Canopy se reinicie.</translation>
    </message>
    <message>
        <source>The password goes into the system keychain, never into Canopy&apos;s settings.</source>
        <translation>La contraseña va al llavero del sistema, nunca a la configuración de Canopy.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Delete the connection &apos;%1&apos;? Its settings and its saved password are removed; this cannot be undone.</source>
        <translation>¿Eliminar la conexión &apos;%1&apos;? Se quitan su configuración y su contraseña guardada; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message numerus="yes">
        <source>Export all %n connection(s) as JSON. Passwords and key passphrases are left out unless you include them; included, they are written in clear text, readable by anyone who gets the file.</source>
        <translation>
            <numerusform>Exportar la %n conexión como JSON. Las contraseñas y frases de contraseña de las claves se omiten salvo que las incluyas; si se incluyen, se escriben en texto plano, legibles para cualquiera que obtenga el archivo.</numerusform>
            <numerusform>Exportar las %n conexiones como JSON. Las contraseñas y frases de contraseña de las claves se omiten salvo que las incluyas; si se incluyen, se escriben en texto plano, legibles para cualquiera que obtenga el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Without Passwords</source>
        <translation>Exportar &amp;sin contraseñas</translation>
    </message>
    <message>
        <source>&amp;Include Passwords in Clear Text</source>
        <translation>&amp;Incluir contraseñas en texto plano</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT 3.1.1: the broker does not support MQTT 5)</source>
        <translation>Conectado a %1 (MQTT 3.1.1: el broker no admite MQTT 5)</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost.</source>
        <translation>Se perdió la conexión con %1.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s) (attempt %1)…</source>
        <translation>
            <numerusform>Reconectando en %n segundo (intento %1)…</numerusform>
            <numerusform>Reconectando en %n segundos (intento %1)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Reconectando (intento %1)…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%1 mensaje</numerusform>
            <numerusform>%1 mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 msg/s</translation>
    </message>
    <message numerus="yes">
        <source>%1 topic(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%1 tema</numerusform>
            <numerusform>%1 temas</numerusform>
        </translation>
    </message>
    <message>
        <source>View paused · </source>
        <translation>Vista en pausa · </translation>
    </message>
    <message numerus="yes">
        <source>History: %1 oldest message(s) dropped to stay under %2</source>
        <translation>
            <numerusform>Historial: se descartó %1 mensaje más antiguo para no superar %2</numerusform>
            <numerusform>Historial: se descartaron %1 mensajes más antiguos para no superar %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 payload(s) over %2 truncated (their size is kept)</source>
        <translation>
            <numerusform>%1 carga útil de más de %2 truncada (se conserva su tamaño)</numerusform>
            <numerusform>%1 cargas útiles de más de %2 truncadas (se conserva su tamaño)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is hidden by the filter; clear the filter to see it.</source>
        <translation>«%1» está oculto por el filtro; borra el filtro para verlo.</translation>
    </message>
    <message>
        <source>“%1” arrived while the view was paused; resume it to see it.</source>
        <translation>«%1» llegó mientras la vista estaba en pausa; reanúdala para verlo.</translation>
    </message>
    <message>
        <source>Nothing has been received on “%1” since the tree was last cleared.</source>
        <translation>No se ha recibido nada en «%1» desde la última vez que se vació el árbol.</translation>
    </message>
    <message>
        <source>Top topics</source>
        <translation>Temas más activos</translation>
    </message>
    <message>
        <source>$SYS dashboard</source>
        <translation>Panel de $SYS</translation>
    </message>
    <message>
        <source>Packet timeline</source>
        <translation>Cronología de paquetes</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>No answer from %1 in time: the test was given up.</source>
        <translation>Sin respuesta de %1 a tiempo: se abandonó la prueba.</translation>
    </message>
    <message>
        <source>Connected to %1 with MQTT 5: the broker accepted the connection.</source>
        <translation>Conectado a %1 con MQTT 5: el broker aceptó la conexión.</translation>
    </message>
    <message>
        <source>Connected to %1 with MQTT 3.1.1: the broker does not support MQTT 5.</source>
        <translation>Conectado a %1 con MQTT 3.1.1: el broker no admite MQTT 5.</translation>
    </message>
    <message>
        <source>Connected to %1 with MQTT 3.1.1: the broker accepted the connection.</source>
        <translation>Conectado a %1 con MQTT 3.1.1: el broker aceptó la conexión.</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Old offset</source>
        <translation>Desplazamiento anterior</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>New offset</source>
        <translation>Desplazamiento nuevo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Path: value</source>
        <translation>Ruta: valor</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Text, line by line</source>
        <translation>Texto, línea por línea</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Newest vs previous</source>
        <translation>Más reciente frente a anterior</translation>
    </message>
    <message>
        <source>Compare the topic&apos;s newest message with the one before it</source>
        <translation>Comparar el mensaje más reciente del tema con el anterior</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Select a topic with at least two messages, or two rows in the History tab.</source>
        <translation>Selecciona un tema con al menos dos mensajes, o dos filas en la pestaña Historial.</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>%1: message %2 → %3</source>
        <translation>%1: mensaje %2 → %3</translation>
    </message>
    <message>
        <source>A payload was truncated by the store: only its stored bytes are compared.</source>
        <translation>El almacén truncó una carga útil: solo se comparan sus bytes guardados.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparando %1 con %2…</translation>
    </message>
    <message>
        <source>The two payloads are identical.</source>
        <translation>Las dos cargas útiles son idénticas.</translation>
    </message>
    <message numerus="yes">
        <source>Text, line by line: %1 line(s) added</source>
        <translation>
            <numerusform>Texto, línea por línea: %1 línea añadida</numerusform>
            <numerusform>Texto, línea por línea: %1 líneas añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>eliminaciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>Structure (key order ignored): %1 path(s) added</source>
        <translation>
            <numerusform>Estructura (sin orden de claves): %1 ruta añadida</numerusform>
            <numerusform>Estructura (sin orden de claves): %1 rutas añadidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>cambios: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bytes: %1 byte(s) added</source>
        <translation>
            <numerusform>Bytes: %1 byte añadido</numerusform>
            <numerusform>Bytes: %1 bytes añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Auto compares two documents of one kind by structure (key order ignored): JSON, and binary CBOR, MessagePack, Protocol Buffers or Sparkplug B as the payload view reads them. Text is compared line by line, anything else binary as hex</source>
        <translation>Auto compara por estructura dos documentos del mismo tipo (sin tener en cuenta el orden de las claves): JSON y CBOR, MessagePack, Protocol Buffers o Sparkplug B binarios tal como los lee la vista de la carga útil. El texto se compara línea a línea y cualquier otro contenido binario, en hexadecimal</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Contains</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>MQTT wildcard</source>
        <translation>Comodín MQTT</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>How the text is matched against topics</source>
        <translation>Cómo se compara el texto con los temas</translation>
    </message>
    <message>
        <source>Search payloads</source>
        <translation>Buscar en cargas útiles</translation>
    </message>
    <message>
        <source>Find the text in the last payload of each topic instead of in topic names</source>
        <translation>Buscar el texto en la última carga útil de cada tema en lugar de en los nombres de tema</translation>
    </message>
    <message>
        <source>Filter: text in the last payload</source>
        <translation>Filtro: texto de la última carga útil</translation>
    </message>
    <message>
        <source>Filter: topic filter such as home/+/temperature or sensors/#</source>
        <translation>Filtro: filtro de temas como home/+/temperature o sensors/#</translation>
    </message>
    <message>
        <source>Filter: regular expression such as ^home/.*/temp</source>
        <translation>Filtro: expresión regular como ^home/.*/temp</translation>
    </message>
    <message>
        <source>Filter: text the topic contains</source>
        <translation>Filtro: texto que contiene el tema</translation>
    </message>
</context>
<context>
    <name>HexDiff</name>
    <message numerus="yes">
        <source>… %1 unchanged byte(s)</source>
        <translation>
            <numerusform>… %1 byte sin cambios</numerusform>
            <numerusform>… %1 bytes sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>The payloads differ in more than %1: compared byte by byte at the same offsets, not aligned.</source>
        <translation>Las cargas útiles difieren en más de %1: se comparan byte a byte en los mismos desplazamientos, sin alinear.</translation>
    </message>
</context>
<context>
    <name>HexModel</name>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
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
        <translation>Exportación cancelada: no se escribió «%1».</translation>
    </message>
    <message>
        <source>Nothing to export: “%1” has no messages.</source>
        <translation>Nada que exportar: «%1» no tiene mensajes.</translation>
    </message>
    <message>
        <source>The topics were cleared during the export: “%1” was not written.</source>
        <translation>Los temas se vaciaron durante la exportación: no se escribió «%1».</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) exported to “%2”</source>
        <translation>
            <numerusform>%1 mensaje exportado a «%2»</numerusform>
            <numerusform>%1 mensajes exportados a «%2»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(from %Ln topic(s))</source>
        <translation>
            <numerusform>(de %Ln tema)</numerusform>
            <numerusform>(de %Ln temas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 older message(s) were evicted during the export and are missing.</source>
        <translation>
            <numerusform>%1 mensaje más antiguo se descartó durante la exportación y falta.</numerusform>
            <numerusform>%1 mensajes más antiguos se descartaron durante la exportación y faltan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>unknown payload encoding</source>
        <translation>codificación de carga útil desconocida</translation>
    </message>
    <message>
        <source>unreadable MQTT 5 properties</source>
        <translation>propiedades de MQTT 5 ilegibles</translation>
    </message>
    <message>
        <source>the header is not %1</source>
        <translation>el encabezado no es %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 campos en lugar de %2</translation>
    </message>
    <message>
        <source>a number or a true/false field does not read</source>
        <translation>un número o un campo true/false no se puede leer</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(evicted)</source>
        <translation>(descartado)</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retenido</translation>
    </message>
    <message>
        <source>%1 (cut)</source>
        <translation>%1 (recortado)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter payloads…</source>
        <translation>Filtrar cargas útiles…</translation>
    </message>
    <message>
        <source>Show the messages whose payload contains this text (letters A–Z in any case)</source>
        <translation>Mostrar los mensajes cuya carga útil contiene este texto (letras A–Z sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the two selected messages in the Diff tab</source>
        <translation>Comparar los dos mensajes seleccionados en la pestaña Diferencias</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Follow new messages</source>
        <translation>Seguir los mensajes nuevos</translation>
    </message>
    <message>
        <source>New messages join the table while it shows its top and nothing is selected</source>
        <translation>Los mensajes nuevos se añaden a la tabla mientras muestra su parte superior y no hay nada seleccionado</translation>
    </message>
    <message>
        <source>Messages kept per topic…</source>
        <translation>Mensajes guardados por tema…</translation>
    </message>
    <message>
        <source>History memory budget…</source>
        <translation>Memoria máxima del historial…</translation>
    </message>
    <message>
        <source>Export this topic&apos;s history…</source>
        <translation>Exportar el historial de este tema…</translation>
    </message>
    <message>
        <source>Export the history of this topic and all below it…</source>
        <translation>Exportar el historial de este tema y de todos los que están debajo…</translation>
    </message>
    <message>
        <source>Select a row to see that message; select two to compare them.</source>
        <translation>Selecciona una fila para ver ese mensaje; selecciona dos para compararlos.</translation>
    </message>
    <message>
        <source>Select a topic to see its history.</source>
        <translation>Selecciona un tema para ver su historial.</translation>
    </message>
    <message numerus="yes">
        <source>%1 new message(s): show</source>
        <translation>
            <numerusform>%1 mensaje nuevo: mostrar</numerusform>
            <numerusform>%1 mensajes nuevos: mostrar</numerusform>
        </translation>
    </message>
    <message>
        <source>No history: select a topic that has messages.</source>
        <translation>Sin historial: selecciona un tema que tenga mensajes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) kept</source>
        <translation>
            <numerusform>%1 mensaje guardado</numerusform>
            <numerusform>%1 mensajes guardados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 evicted to keep all history within its %2 memory budget</source>
        <translation>%1 descartados para mantener todo el historial dentro de su memoria máxima de %2</translation>
    </message>
    <message>
        <source>%1 over the limit of %2 messages per topic</source>
        <translation>%1 por encima del límite de %2 mensajes por tema</translation>
    </message>
    <message numerus="yes">
        <source>%1 older message(s) no longer kept: %2</source>
        <translation>
            <numerusform>%1 mensaje más antiguo ya no se guarda: %2</numerusform>
            <numerusform>%1 mensajes más antiguos ya no se guardan: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matching message(s)</source>
        <translation>
            <numerusform>%1 mensaje coincidente</numerusform>
            <numerusform>%1 mensajes coincidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>(searching, %1 of %2 looked at)</source>
        <translation>(buscando, %1 de %2 revisados)</translation>
    </message>
    <message>
        <source>This message is no longer kept: the store evicted it.</source>
        <translation>Este mensaje ya no se guarda: el almacén lo descartó.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Messages kept per topic (the last message included). Fewer drops the oldest of every topic now.</source>
        <translation>Mensajes guardados por tema (incluido el último mensaje). Un número menor descarta ahora los más antiguos de cada tema.</translation>
    </message>
    <message>
        <source>Memory for the history of all topics, in MiB. When it is full the oldest messages are evicted, and the History tab says how many.</source>
        <translation>Memoria para el historial de todos los temas, en MiB. Cuando se llena, se descartan los mensajes más antiguos y la pestaña Historial indica cuántos.</translation>
    </message>
</context>
<context>
    <name>IngestWorker</name>
    <message>
        <source>the connection ended before the broker confirmed them</source>
        <translation>la conexión terminó antes de que el broker los confirmara</translation>
    </message>
    <message>
        <source>The connection ended before the broker answered; the message may not have arrived.</source>
        <translation>La conexión terminó antes de que el broker respondiera; es posible que el mensaje no haya llegado.</translation>
    </message>
    <message>
        <source>the connection was replaced before the broker confirmed them</source>
        <translation>la conexión se reemplazó antes de que el broker los confirmara</translation>
    </message>
    <message>
        <source>The connection was replaced before the broker answered.</source>
        <translation>La conexión se reemplazó antes de que el broker respondiera.</translation>
    </message>
    <message>
        <source>The connection was replaced before the broker answered; the message may not have arrived.</source>
        <translation>La conexión se reemplazó antes de que el broker respondiera; es posible que el mensaje no haya llegado.</translation>
    </message>
    <message>
        <source>Not connected: connect to a broker before publishing.</source>
        <translation>No conectado: conéctate a un broker antes de publicar.</translation>
    </message>
    <message>
        <source>Not connected: connect to the broker before publishing.</source>
        <translation>No conectado: conéctate al broker antes de publicar.</translation>
    </message>
    <message>
        <source>Not connected (the connection is being re-established): QoS 0 messages are not queued, so it was not sent.</source>
        <translation>No conectado (la conexión se está restableciendo): los mensajes QoS 0 no se ponen en cola, así que no se envió.</translation>
    </message>
    <message>
        <source>Not connected (the connection is being re-established): this connection does not keep a session (clean start), so the message was not queued for the reconnect.</source>
        <translation>No conectado (la conexión se está restableciendo): esta conexión no conserva una sesión (inicio limpio), así que el mensaje no se puso en cola para la reconexión.</translation>
    </message>
    <message>
        <source>not connected now; this connection keeps its session, so the message waits for the reconnect.</source>
        <translation>ahora no hay conexión; esta conexión conserva su sesión, así que el mensaje espera a la reconexión.</translation>
    </message>
    <message>
        <source>The broker refused the message.</source>
        <translation>El broker rechazó el mensaje.</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>no conectado a un broker</translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %1 of %n retained message(s): %2.</source>
        <translation>
            <numerusform>No se pudieron eliminar %1 de %n mensaje retenido: %2.</numerusform>
            <numerusform>No se pudieron eliminar %1 de %n mensajes retenidos: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: the subscription is made when the tab connects.</source>
        <translation>No conectado: la suscripción se hace cuando la pestaña se conecte.</translation>
    </message>
    <message>
        <source>The broker refused the subscription.</source>
        <translation>El broker rechazó la suscripción.</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Mostrar historial</translation>
    </message>
    <message>
        <source>The topic&apos;s stored messages, newest first, in the inspector&apos;s History tab</source>
        <translation>Los mensajes guardados del tema, del más reciente al más antiguo, en la pestaña Historial del inspector</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Exportar historial…</translation>
    </message>
    <message>
        <source>Write the stored messages of this topic and of every topic below it to a CSV or JSON Lines file</source>
        <translation>Escribir los mensajes guardados de este tema y de todos los temas que están debajo en un archivo CSV o JSON Lines</translation>
    </message>
    <message>
        <source>“%1” has no messages of its own to compare.</source>
        <translation>«%1» no tiene mensajes propios que comparar.</translation>
    </message>
    <message>
        <source>Select a topic with at least two messages, or two rows in the History tab.</source>
        <translation>Selecciona un tema con al menos dos mensajes, o dos filas en la pestaña Historial.</translation>
    </message>
    <message>
        <source>Only one message of “%1” is kept: nothing to compare it with yet.</source>
        <translation>Solo se guarda un mensaje de «%1»: todavía no hay nada con qué compararlo.</translation>
    </message>
    <message>
        <source>A message to compare is no longer kept: the store evicted it.</source>
        <translation>Un mensaje que comparar ya no se guarda: el almacén lo descartó.</translation>
    </message>
    <message>
        <source>An export is running; wait for it or cancel it first.</source>
        <translation>Hay una exportación en curso; espera a que termine o cancélala primero.</translation>
    </message>
    <message>
        <source>Export the History of “%1” and Below</source>
        <translation>Exportar el historial de «%1» y lo que está debajo</translation>
    </message>
    <message>
        <source>Export the History of “%1”</source>
        <translation>Exportar el historial de «%1»</translation>
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
        <translation>Exportando el historial de «%1»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing.</source>
        <translation>Falta &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not %2.</source>
        <translation>&apos;%1&apos; debe ser texto, no %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3, not %4.</source>
        <translation>&apos;%1&apos; debe ser un número entero de %2 a %3, no %4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2.</source>
        <translation>&apos;%1&apos; debe ser true o false, no %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object ({…}), not %2.</source>
        <translation>&apos;%1&apos; debe ser un objeto ({…}), no %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list ([…]), not %2.</source>
        <translation>&apos;%1&apos; debe ser una lista ([…]), no %2.</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>JSON no válido: %1 en la línea %2, columna %3.</translation>
    </message>
    <message>
        <source>Not strict JSON: %1 at line %2, column %3 is not a JSON value (shown as written).</source>
        <translation>JSON no estricto: %1 en la línea %2, columna %3 no es un valor JSON (se muestra tal como está escrito).</translation>
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation>secuencia de escape \u no válida en una cadena</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>secuencia de escape no válida en una cadena</translation>
    </message>
    <message>
        <source>a control character in a string (it must be escaped)</source>
        <translation>un carácter de control en una cadena (debe ir escapado)</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>UTF-8 no válido en una cadena</translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation>una cadena sin su comilla de cierre</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>un número no válido</translation>
    </message>
    <message>
        <source>a value is missing (the document ends here)</source>
        <translation>falta un valor (el documento termina aquí)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>anidamiento de más de %1 niveles</translation>
    </message>
    <message>
        <source>an unknown word (a string needs quotes)</source>
        <translation>una palabra desconocida (una cadena necesita comillas)</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <source>expected a key in quotes or &apos;}&apos;</source>
        <translation>se esperaba una clave entre comillas o &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>se esperaba una clave entre comillas</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>se esperaba &apos;:&apos; después de la clave</translation>
    </message>
    <message>
        <source>more data after the end of the document</source>
        <translation>más datos después del final del documento</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; después de un miembro del objeto</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; después de un elemento del array</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>The text is empty; JSON needs one value: an object, an array, a string, a number, true, false or null.</source>
        <translation>El texto está vacío; JSON necesita un valor: un objeto, un array, una cadena, un número, true, false o null.</translation>
    </message>
    <message>
        <source>%1 after the end of the JSON value; a payload holds one value (put several in an array).</source>
        <translation>%1 después del final del valor JSON; una carga útil contiene un solo valor (pon varios en un array).</translation>
    </message>
    <message>
        <source>The end of the text</source>
        <translation>El final del texto</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot;</source>
        <translation>El carácter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The character U+%1</source>
        <translation>El carácter U+%1</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>El JSON está anidado a más de %1 niveles de profundidad.</translation>
    </message>
    <message>
        <source>JSON strings need double quotes (&quot;), not single quotes.</source>
        <translation>Las cadenas JSON necesitan comillas dobles (&quot;), no comillas simples.</translation>
    </message>
    <message>
        <source>%1 where a value was expected; remove the comma before it, or add a value.</source>
        <translation>%1 donde se esperaba un valor; quita la coma anterior o añade un valor.</translation>
    </message>
    <message>
        <source>%1 where a value was expected: an object, an array, a string in double quotes, a number, true, false or null.</source>
        <translation>%1 donde se esperaba un valor: un objeto, un array, una cadena entre comillas dobles, un número, true, false o null.</translation>
    </message>
    <message>
        <source>A comma must be followed by another member; remove the comma before the &quot;}&quot;.</source>
        <translation>Una coma debe ir seguida de otro miembro; quita la coma antes de &quot;}&quot;.</translation>
    </message>
    <message>
        <source>%1 where the name of a member was expected: a string in double quotes.</source>
        <translation>%1 donde se esperaba el nombre de un miembro: una cadena entre comillas dobles.</translation>
    </message>
    <message>
        <source>%1 where a colon (:) was expected after the member name.</source>
        <translation>%1 donde se esperaban dos puntos (:) después del nombre del miembro.</translation>
    </message>
    <message>
        <source>%1 where a comma (,) or the end of the object (}) was expected.</source>
        <translation>%1 donde se esperaba una coma (,) o el final del objeto (}).</translation>
    </message>
    <message>
        <source>A comma must be followed by another element; remove the comma before the &quot;]&quot;.</source>
        <translation>Una coma debe ir seguida de otro elemento; quita la coma antes de &quot;]&quot;.</translation>
    </message>
    <message>
        <source>The text ends inside an array; a &quot;]&quot; is missing.</source>
        <translation>El texto termina dentro de un array; falta un &quot;]&quot;.</translation>
    </message>
    <message>
        <source>%1 where a comma (,) or the end of the array (]) was expected.</source>
        <translation>%1 donde se esperaba una coma (,) o el final del array (]).</translation>
    </message>
    <message>
        <source>The string that begins here is not closed: a &quot; is missing.</source>
        <translation>La cadena que empieza aquí no está cerrada: falta un &quot;.</translation>
    </message>
    <message>
        <source>A control character (U+%1) must be escaped inside a string, e.g. as \n for a line break.</source>
        <translation>Un carácter de control (U+%1) debe ir escapado dentro de una cadena, p. ej. como \n para un salto de línea.</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits.</source>
        <translation>\u debe ir seguido de cuatro dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows; use \&quot; \\ \/ \b \f \n \r \t or \uXXXX.</source>
        <translation>\%1 no es una secuencia de escape de JSON; usa \&quot; \\ \/ \b \f \n \r \t o \uXXXX.</translation>
    </message>
    <message>
        <source>A number must not begin with 0 unless it is 0 or a fraction like 0.5.</source>
        <translation>Un número no debe empezar por 0 salvo que sea 0 o una fracción como 0.5.</translation>
    </message>
    <message>
        <source>A digit must follow the minus sign.</source>
        <translation>Después del signo menos debe ir un dígito.</translation>
    </message>
    <message>
        <source>A digit must follow the decimal point.</source>
        <translation>Después del punto decimal debe ir un dígito.</translation>
    </message>
    <message>
        <source>A digit must follow the exponent (e).</source>
        <translation>Después del exponente (e) debe ir un dígito.</translation>
    </message>
    <message>
        <source>%1 where a value was expected; did you mean %2?</source>
        <translation>%1 donde se esperaba un valor; ¿quisiste decir %2?</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Tab</source>
        <translation>&amp;Nueva pestaña</translation>
    </message>
    <message>
        <source>Open a tab for another connection</source>
        <translation>Abrir una pestaña para otra conexión</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy Topic</source>
        <translation>&amp;Copiar tema</translation>
    </message>
    <message>
        <source>&amp;Filter Topics</source>
        <translation>&amp;Filtrar temas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Freeze the tree; messages are still received and counted</source>
        <translation>Congelar el árbol; los mensajes se siguen recibiendo y contando</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Forget all topics and messages received so far</source>
        <translation>Olvidar todos los temas y mensajes recibidos hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect this tab to the broker in the URL field</source>
        <translation>Conectar esta pestaña al broker del campo URL</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Reconectar ahora</translation>
    </message>
    <message>
        <source>Try again now instead of waiting for the countdown</source>
        <translation>Volver a intentarlo ahora en lugar de esperar a la cuenta atrás</translation>
    </message>
    <message>
        <source>&amp;Stop Reconnecting</source>
        <translation>De&amp;tener la reconexión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Canopy</source>
        <translation>&amp;Acerca de Canopy</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>New tab (%1)</source>
        <translation>Nueva pestaña (%1)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Connection &amp;Manager…</source>
        <translation>&amp;Gestor de conexiones…</translation>
    </message>
    <message>
        <source>Saved connections: add, edit, test, import, export, connect (%1)</source>
        <translation>Conexiones guardadas: añadir, editar, probar, importar, exportar, conectar (%1)</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Conexiones…</translation>
    </message>
    <message>
        <source>Reopen These Tabs at &amp;Start</source>
        <translation>Reabrir estas pestañas al &amp;iniciar</translation>
    </message>
    <message>
        <source>At the next start, open the saved connections that are open when Canopy closes</source>
        <translation>En el próximo inicio, abrir las conexiones guardadas que estén abiertas cuando Canopy se cierre</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>About Canopy</source>
        <translation>Acerca de Canopy</translation>
    </message>
    <message>
        <source>Canopy %1
A native MQTT 3.1.1 and 5.0 explorer.</source>
        <translation>Canopy %1
Un explorador nativo de MQTT 3.1.1 y 5.0.</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Cerrar pestaña</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published with QoS 1 or 2 on “%1” have not been confirmed by the broker yet. Closing the tab now may lose them.</source>
        <translation>
            <numerusform>%n mensaje publicado con QoS 1 o 2 en «%1» aún no ha sido confirmado por el broker. Si cierras la pestaña ahora, podría perderse.</numerusform>
            <numerusform>%n mensajes publicados con QoS 1 o 2 en «%1» aún no han sido confirmados por el broker. Si cierras la pestaña ahora, podrían perderse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close &amp;Anyway</source>
        <translation>Cerrar de &amp;todos modos</translation>
    </message>
    <message>
        <source>&amp;Keep the Tab</source>
        <translation>&amp;Mantener la pestaña</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tab tooltip: endpoint — state</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Canopy — %1</source>
        <translation>Canopy — %1</translation>
    </message>
    <message>
        <source>Quit Canopy</source>
        <translation>Salir de Canopy</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published with QoS 1 or 2 have not been confirmed by the broker yet (%1). Quitting now may lose them.</source>
        <translation>
            <numerusform>El broker aún no ha confirmado %n mensaje publicado con QoS 1 o 2 (%1). Si sales ahora, puede perderse.</numerusform>
            <numerusform>El broker aún no ha confirmado %n mensajes publicados con QoS 1 o 2 (%1). Si sales ahora, pueden perderse.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>&amp;Salir de todos modos</translation>
    </message>
    <message>
        <source>&amp;Keep Canopy Open</source>
        <translation>&amp;Mantener Canopy abierto</translation>
    </message>
    <message>
        <source>&amp;Delete Retained Message…</source>
        <translation>&amp;Eliminar mensaje retenido…</translation>
    </message>
    <message>
        <source>Delete the selected topic&apos;s retained message on the broker (asks first)</source>
        <translation>Eliminar del broker el mensaje retenido del tema seleccionado (pide confirmación antes)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Reco&amp;nnect</source>
        <translation>Reco&amp;nectar</translation>
    </message>
    <message>
        <source>Connect this tab again to the same broker, or try now while it waits to reconnect</source>
        <translation>Volver a conectar esta pestaña al mismo broker, o intentarlo ya mientras espera para reconectar</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>MessageDiff</name>
    <message>
        <source>Only the first %1 of each payload are compared.</source>
        <translation>Solo se comparan los primeros %1 de cada carga útil.</translation>
    </message>
    <message>
        <source>The older payload: %1</source>
        <translation>La carga útil más antigua: %1</translation>
    </message>
    <message>
        <source>The newer payload: %1</source>
        <translation>La carga útil más reciente: %1</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The older payload reads as %1, the newer as %2.</source>
        <translation>La carga útil más antigua se lee como %1 y la más reciente como %2.</translation>
    </message>
    <message>
        <source>The newer payload does not read as one of them.</source>
        <translation>La carga útil más reciente no se lee como ninguno de ellos.</translation>
    </message>
    <message>
        <source>The older payload does not read as one of them.</source>
        <translation>La carga útil más antigua no se lee como ninguno de ellos.</translation>
    </message>
    <message>
        <source>Neither payload reads as one of them.</source>
        <translation>Ninguna de las dos cargas útiles se lee como uno de ellos.</translation>
    </message>
    <message>
        <source>A structural diff needs two documents of one kind: JSON, CBOR, MessagePack, Protocol Buffers or Sparkplug B. %1 Compared as %2 instead.</source>
        <translation>Una comparación estructural necesita dos documentos del mismo tipo: JSON, CBOR, MessagePack, Protocol Buffers o Sparkplug B. %1 Se han comparado como %2.</translation>
    </message>
</context>
<context>
    <name>MessageHeader</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the topic</source>
        <translation>Copiar el tema</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Tipo de contenido:</translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation>Formato de carga útil:</translation>
    </message>
    <message>
        <source>Message expiry:</source>
        <translation>Caducidad del mensaje:</translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation>Tema de respuesta:</translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation>Datos de correlación:</translation>
    </message>
    <message>
        <source>Subscription identifiers:</source>
        <translation>Identificadores de suscripción:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>Propiedades de usuario:</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>retenido</translation>
    </message>
    <message>
        <source>not retained</source>
        <translation>no retenido</translation>
    </message>
    <message>
        <source>Received (local time, to the millisecond)</source>
        <translation>Recibido (hora local, al milisegundo)</translation>
    </message>
    <message>
        <source>%1, cut to %2</source>
        <translation>%1, recortado a %2</translation>
    </message>
    <message>
        <source>1 (UTF-8 text)</source>
        <translation>1 (texto UTF-8)</translation>
    </message>
    <message>
        <source>%1 (unspecified bytes)</source>
        <translation>%1 (bytes sin especificar)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(no es texto)</translation>
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
        <translation>Copiar carga útil</translation>
    </message>
    <message>
        <source>Copy the payload: as text when it is text, otherwise as hex (and the raw bytes for programs that take them)</source>
        <translation>Copiar la carga útil: como texto si es texto; si no, como hex (y los bytes sin procesar para los programas que los aceptan)</translation>
    </message>
    <message>
        <source>Copy as mosquitto_pub</source>
        <translation>Copiar como mosquitto_pub</translation>
    </message>
    <message>
        <source>Copy a mosquitto_pub command line that publishes this message again (safe to paste into a shell; credentials are not included)</source>
        <translation>Copiar una línea de comandos mosquitto_pub que vuelve a publicar este mensaje (se puede pegar en un shell sin riesgo; no incluye credenciales)</translation>
    </message>
    <message>
        <source>Save payload…</source>
        <translation>Guardar carga útil…</translation>
    </message>
    <message>
        <source>Save the payload&apos;s bytes to a file</source>
        <translation>Guardar los bytes de la carga útil en un archivo</translation>
    </message>
    <message>
        <source>Copied a mosquitto_pub command line for “%1”.</source>
        <translation>Se copió una línea de comandos mosquitto_pub para «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 topic(s)</source>
        <comment>below a topic</comment>
        <translation>
            <numerusform>%1 tema</numerusform>
            <numerusform>%1 temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <comment>below a topic</comment>
        <translation>
            <numerusform>%1 mensaje</numerusform>
            <numerusform>%1 mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>No message was received on this topic itself. Below it: %1 with %2.</source>
        <comment>%1 is a number of topics, %2 a number of messages</comment>
        <translation>No se recibió ningún mensaje en este mismo tema. Debajo: %1 con %2.</translation>
    </message>
    <message>
        <source>Select a topic to see its last message.</source>
        <translation>Selecciona un tema para ver su último mensaje.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>Guardar carga útil</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>Se guardó %1 en «%2».</translation>
    </message>
    <message>
        <source>The payload was truncated: the file holds the first %1 of %2.</source>
        <translation>La carga útil estaba truncada: el archivo contiene los primeros %1 de %2.</translation>
    </message>
</context>
<context>
    <name>Mqtt</name>
    <message>
        <source>reason code</source>
        <translation>código de motivo</translation>
    </message>
    <message>
        <source>%1 with the reason code 0x%2, which is not defined for that packet.</source>
        <translation>%1 con el código de motivo 0x%2, que no está definido para ese paquete.</translation>
    </message>
    <message>
        <source>%1 whose %2 contains the wildcard &apos;%3&apos; (%4).</source>
        <translation>%1 con el comodín &apos;%3&apos; en el campo %2 (%4).</translation>
    </message>
    <message>
        <source>%1, which the specification forbids (%2).</source>
        <translation>%1, algo que la especificación prohíbe (%2).</translation>
    </message>
    <message>
        <source>%1, a packet type that exists only in MQTT 5.0 (type 15 is reserved in MQTT 3.1.1).</source>
        <translation>%1, un tipo de paquete que solo existe en MQTT 5.0 (el tipo 15 está reservado en MQTT 3.1.1).</translation>
    </message>
    <message>
        <source>%1, a packet only a client may send.</source>
        <translation>%1, un paquete que solo puede enviar un cliente.</translation>
    </message>
    <message>
        <source>%1, a packet only a server may send.</source>
        <translation>%1, un paquete que solo puede enviar un servidor.</translation>
    </message>
    <message>
        <source>%1 with both QoS bits set (QoS 3) (MQTT-3.3.1-4).</source>
        <translation>%1 con los dos bits de QoS activados (QoS 3) (MQTT-3.3.1-4).</translation>
    </message>
    <message>
        <source>%1 with the DUP flag set on a QoS 0 message (MQTT-3.3.1-2).</source>
        <translation>%1 con el indicador DUP activado en un mensaje QoS 0 (MQTT-3.3.1-2).</translation>
    </message>
    <message>
        <source>%1 whose fixed header flags are 0x%2 instead of 0x%3 (%4).</source>
        <translation>%1 cuyos indicadores de la cabecera fija son 0x%2 en lugar de 0x%3 (%4).</translation>
    </message>
    <message>
        <source>protocol name</source>
        <translation>nombre del protocolo</translation>
    </message>
    <message>
        <source>protocol level</source>
        <translation>nivel del protocolo</translation>
    </message>
    <message>
        <source>%1 for protocol &quot;%2&quot; level %3, which is not MQTT 3.1 (&quot;MQIsdp&quot; level 3), 3.1.1 (&quot;MQTT&quot; level 4) or 5.0 (&quot;MQTT&quot; level 5).</source>
        <translation>%1 para el protocolo &quot;%2&quot; nivel %3, que no es MQTT 3.1 (&quot;MQIsdp&quot; nivel 3), 3.1.1 (&quot;MQTT&quot; nivel 4) ni 5.0 (&quot;MQTT&quot; nivel 5).</translation>
    </message>
    <message>
        <source>connect flags</source>
        <translation>indicadores de conexión</translation>
    </message>
    <message>
        <source>keep alive</source>
        <translation>keep-alive</translation>
    </message>
    <message>
        <source>%1 with the reserved connect flag set (MQTT-3.1.2-3).</source>
        <translation>%1 con el indicador de conexión reservado activado (MQTT-3.1.2-3).</translation>
    </message>
    <message>
        <source>%1 with Will QoS or Will Retain set but no Will Flag (%2).</source>
        <translation>%1 con Will QoS o Will Retain activados pero sin Will Flag (%2).</translation>
    </message>
    <message>
        <source>%1 with Will QoS 3 (%2).</source>
        <translation>%1 con Will QoS 3 (%2).</translation>
    </message>
    <message>
        <source>%1 with a password but no user name (MQTT-3.1.2-22).</source>
        <translation>%1 con una contraseña pero sin nombre de usuario (MQTT-3.1.2-22).</translation>
    </message>
    <message>
        <source>%1 carrying Authentication Data without an Authentication Method (MQTT 5.0 section 3.1.2.11.10).</source>
        <translation>%1 con Authentication Data pero sin Authentication Method (MQTT 5.0 sección 3.1.2.11.10).</translation>
    </message>
    <message>
        <source>client identifier</source>
        <translation>identificador de cliente</translation>
    </message>
    <message>
        <source>will topic</source>
        <translation>tema de última voluntad</translation>
    </message>
    <message>
        <source>%1 with an empty will topic (MQTT-4.7.3-1).</source>
        <translation>%1 con un tema de última voluntad vacío (MQTT-4.7.3-1).</translation>
    </message>
    <message>
        <source>will payload</source>
        <translation>carga útil de última voluntad</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>acknowledge flags</source>
        <translation>indicadores de confirmación</translation>
    </message>
    <message>
        <source>%1 with reserved bits set in its acknowledge flags (MQTT-3.2.2-1).</source>
        <translation>%1 con bits reservados activados en sus indicadores de confirmación (MQTT-3.2.2-1).</translation>
    </message>
    <message>
        <source>return code</source>
        <translation>código de retorno</translation>
    </message>
    <message>
        <source>%1 with the return code %2, which MQTT 3.1.1 does not define (section 3.2.2.3).</source>
        <translation>%1 con el código de retorno %2, que MQTT 3.1.1 no define (sección 3.2.2.3).</translation>
    </message>
    <message>
        <source>%1 with Session Present set although it refuses the connection (%2).</source>
        <translation>%1 con Session Present activado aunque rechaza la conexión (%2).</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>%1 with an empty topic (MQTT-4.7.3-1).</source>
        <translation>%1 con un tema vacío (MQTT-4.7.3-1).</translation>
    </message>
    <message>
        <source>%1 with an empty topic and no Topic Alias (MQTT 5.0 section 3.3.2.1).</source>
        <translation>%1 con un tema vacío y sin Topic Alias (MQTT 5.0 sección 3.3.2.1).</translation>
    </message>
    <message>
        <source>%1 without any topic filter (%2).</source>
        <translation>%1 sin ningún filtro de temas (%2).</translation>
    </message>
    <message>
        <source>topic filter</source>
        <translation>filtro de temas</translation>
    </message>
    <message>
        <source>subscription options</source>
        <translation>opciones de suscripción</translation>
    </message>
    <message>
        <source>%1 with reserved bits set in the options of the topic filter &quot;%2&quot; (%3).</source>
        <translation>%1 con bits reservados activados en las opciones del filtro de temas &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>%1 asking for QoS 3 on the topic filter &quot;%2&quot; (%3).</source>
        <translation>%1 que pide QoS 3 en el filtro de temas &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>%1 with Retain Handling 3 on the topic filter &quot;%2&quot; (MQTT 5.0 section 3.8.3.1).</source>
        <translation>%1 con Retain Handling 3 en el filtro de temas &quot;%2&quot; (MQTT 5.0 sección 3.8.3.1).</translation>
    </message>
    <message>
        <source>%1 with the invalid topic filter &quot;%2&quot; (MQTT-4.7.1).</source>
        <translation>%1 con el filtro de temas no válido &quot;%2&quot; (MQTT-4.7.1).</translation>
    </message>
    <message>
        <source>%1 with No Local set on the shared subscription &quot;%2&quot; (MQTT-3.8.3-4).</source>
        <translation>%1 con No Local activado en la suscripción compartida &quot;%2&quot; (MQTT-3.8.3-4).</translation>
    </message>
    <message>
        <source>%1 without any reason codes (%2).</source>
        <translation>%1 sin ningún código de motivo (%2).</translation>
    </message>
    <message>
        <source>%1 with the reason code 0x%2, which is not defined for that packet (%3).</source>
        <translation>%1 con el código de motivo 0x%2, que no está definido para ese paquete (%3).</translation>
    </message>
    <message>
        <source>%1 without any topic filter (MQTT-3.10.3-2).</source>
        <translation>%1 sin ningún filtro de temas (MQTT-3.10.3-2).</translation>
    </message>
    <message>
        <source>%1 without an Authentication Method (MQTT 5.0 section 3.15.2.2.2).</source>
        <translation>%1 sin Authentication Method (MQTT 5.0 sección 3.15.2.2.2).</translation>
    </message>
    <message>
        <source>remaining length</source>
        <translation>longitud restante</translation>
    </message>
    <message>
        <source>%1 of %2, larger than the maximum packet size of %3 accepted on this connection.</source>
        <translation>%1 de %2, mayor que el tamaño máximo de paquete de %3 aceptado en esta conexión.</translation>
    </message>
    <message>
        <source>%1 property</source>
        <translation>propiedad %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent %1</source>
        <translation>El servidor envió %1</translation>
    </message>
    <message>
        <source>The client sent %1</source>
        <translation>El cliente envió %1</translation>
    </message>
    <message>
        <source>%1 that ends before its %2 (its remaining length is too short).</source>
        <translation>%1 que termina antes del campo %2 (su longitud restante es demasiado corta).</translation>
    </message>
    <message>
        <source>%1 whose %2 is a Variable Byte Integer longer than 4 bytes (%3).</source>
        <translation>%1 cuyo campo %2 es un Variable Byte Integer de más de 4 bytes (%3).</translation>
    </message>
    <message>
        <source>%1 whose %2 is not encoded in the fewest bytes possible (%3).</source>
        <translation>%1 cuyo campo %2 no está codificado con el menor número de bytes posible (%3).</translation>
    </message>
    <message>
        <source>packet identifier</source>
        <translation>identificador de paquete</translation>
    </message>
    <message>
        <source>%1 with packet identifier 0, which is reserved (%2).</source>
        <translation>%1 con el identificador de paquete 0, que está reservado (%2).</translation>
    </message>
    <message>
        <source>%1 whose %2 is longer than the rest of the packet.</source>
        <translation>%1 cuyo campo %2 es más largo que el resto del paquete.</translation>
    </message>
    <message>
        <source>%1 whose %2 is not well-formed UTF-8 (%3).</source>
        <translation>%1 cuyo campo %2 no es UTF-8 bien formado (%3).</translation>
    </message>
    <message>
        <source>%1 whose %2 contains an encoded UTF-16 surrogate (U+D800..U+DFFF) (%3).</source>
        <translation>%1 cuyo campo %2 contiene un sustituto UTF-16 codificado (U+D800..U+DFFF) (%3).</translation>
    </message>
    <message>
        <source>%1 whose %2 contains the null character U+0000 (%3).</source>
        <translation>%1 cuyo campo %2 contiene el carácter nulo U+0000 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n unexpected byte(s) after its contents (its remaining length does not match its contents).</source>
        <translation>
            <numerusform>%1 con %n byte inesperado después de su contenido (su longitud restante no coincide con su contenido).</numerusform>
            <numerusform>%1 con %n bytes inesperados después de su contenido (su longitud restante no coincide con su contenido).</numerusform>
        </translation>
    </message>
    <message>
        <source>property length</source>
        <translation>longitud de propiedades</translation>
    </message>
    <message>
        <source>%1 whose property length (%2) runs past the end of the packet (MQTT 5.0 section 2.2.2.1).</source>
        <translation>%1 cuya longitud de propiedades (%2) sobrepasa el final del paquete (MQTT 5.0 sección 2.2.2.1).</translation>
    </message>
    <message>
        <source>%1 with %2 %3, a value the specification does not allow.</source>
        <translation>%1 con %2 %3, un valor que la especificación no permite.</translation>
    </message>
    <message>
        <source>property identifier</source>
        <translation>identificador de propiedad</translation>
    </message>
    <message>
        <source>%1 with the unknown property identifier 0x%2 (MQTT 5.0 section 2.2.2.2).</source>
        <translation>%1 con el identificador de propiedad desconocido 0x%2 (MQTT 5.0 sección 2.2.2.2).</translation>
    </message>
    <message>
        <source>its will properties</source>
        <translation>sus propiedades de última voluntad</translation>
    </message>
    <message>
        <source>that packet</source>
        <translation>ese paquete</translation>
    </message>
    <message>
        <source>%1 carrying the %2 property, which may not appear in %3 (MQTT 5.0 section 2.2.2.2).</source>
        <translation>%1 con la propiedad %2, que no puede aparecer en %3 (MQTT 5.0 sección 2.2.2.2).</translation>
    </message>
    <message>
        <source>%1 carrying the %2 property more than once.</source>
        <translation>%1 con la propiedad %2 más de una vez.</translation>
    </message>
    <message>
        <source>%1 whose Response Topic contains a wildcard (MQTT-3.3.2-14).</source>
        <translation>%1 cuyo Response Topic contiene un comodín (MQTT-3.3.2-14).</translation>
    </message>
    <message>
        <source>%1 carrying a Subscription Identifier, which only a server may send (MQTT-3.3.4-6).</source>
        <translation>%1 con un Subscription Identifier, que solo puede enviar un servidor (MQTT-3.3.4-6).</translation>
    </message>
    <message>
        <source>%1 carrying a Session Expiry Interval, which only a client may send in a DISCONNECT (MQTT-3.14.2-2).</source>
        <translation>%1 con un Session Expiry Interval, que solo puede enviar un cliente en un DISCONNECT (MQTT-3.14.2-2).</translation>
    </message>
    <message>
        <source>no topic aliases are accepted on this connection</source>
        <translation>esta conexión no acepta alias de tema</translation>
    </message>
    <message>
        <source>the aliases accepted on this connection are 1 to %1</source>
        <translation>esta conexión acepta los alias de 1 a %1</translation>
    </message>
    <message>
        <source>%1 with Topic Alias %2, but %3 (MQTT 5.0 section 3.3.2.3.4).</source>
        <translation>%1 con el Topic Alias %2, pero %3 (MQTT 5.0 sección 3.3.2.3.4).</translation>
    </message>
    <message>
        <source>user property name</source>
        <translation>nombre de propiedad de usuario</translation>
    </message>
    <message>
        <source>user property value</source>
        <translation>valor de propiedad de usuario</translation>
    </message>
    <message>
        <source>granted QoS %1</source>
        <translation>QoS %1 concedido</translation>
    </message>
    <message>
        <source>connection accepted</source>
        <translation>conexión aceptada</translation>
    </message>
    <message>
        <source>unacceptable protocol version</source>
        <translation>versión de protocolo inaceptable</translation>
    </message>
    <message>
        <source>identifier rejected</source>
        <translation>identificador rechazado</translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation>servidor no disponible</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>no autorizado</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>unknown return code %1</source>
        <translation>código de retorno desconocido %1</translation>
    </message>
    <message>
        <source>disconnect with will message</source>
        <translation>desconexión con mensaje de última voluntad</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>no hay suscriptores coincidentes</translation>
    </message>
    <message>
        <source>no subscription existed</source>
        <translation>no existía la suscripción</translation>
    </message>
    <message>
        <source>continue authentication</source>
        <translation>continuar la autenticación</translation>
    </message>
    <message>
        <source>re-authenticate</source>
        <translation>volver a autenticar</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>error no especificado</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>paquete mal formado</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>error de protocolo</translation>
    </message>
    <message>
        <source>implementation specific error</source>
        <translation>error específico de la implementación</translation>
    </message>
    <message>
        <source>unsupported protocol version</source>
        <translation>versión de protocolo no admitida</translation>
    </message>
    <message>
        <source>client identifier not valid</source>
        <translation>identificador de cliente no válido</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>servidor ocupado</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>server shutting down</source>
        <translation>el servidor se está apagando</translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation>método de autenticación incorrecto</translation>
    </message>
    <message>
        <source>keep alive timeout</source>
        <translation>tiempo de keep-alive agotado</translation>
    </message>
    <message>
        <source>session taken over</source>
        <translation>sesión tomada por otro cliente</translation>
    </message>
    <message>
        <source>topic filter invalid</source>
        <translation>filtro de temas no válido</translation>
    </message>
    <message>
        <source>topic name invalid</source>
        <translation>nombre de tema no válido</translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation>identificador de paquete en uso</translation>
    </message>
    <message>
        <source>packet identifier not found</source>
        <translation>identificador de paquete no encontrado</translation>
    </message>
    <message>
        <source>receive maximum exceeded</source>
        <translation>Receive Maximum superado</translation>
    </message>
    <message>
        <source>topic alias invalid</source>
        <translation>alias de tema no válido</translation>
    </message>
    <message>
        <source>packet too large</source>
        <translation>paquete demasiado grande</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>tasa de mensajes demasiado alta</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>cuota superada</translation>
    </message>
    <message>
        <source>administrative action</source>
        <translation>acción administrativa</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>formato de carga útil no válido</translation>
    </message>
    <message>
        <source>retain not supported</source>
        <translation>retención no admitida</translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation>QoS no admitido</translation>
    </message>
    <message>
        <source>use another server</source>
        <translation>usa otro servidor</translation>
    </message>
    <message>
        <source>server moved</source>
        <translation>el servidor se ha trasladado</translation>
    </message>
    <message>
        <source>shared subscriptions not supported</source>
        <translation>suscripciones compartidas no admitidas</translation>
    </message>
    <message>
        <source>connection rate exceeded</source>
        <translation>tasa de conexiones superada</translation>
    </message>
    <message>
        <source>maximum connect time</source>
        <translation>tiempo máximo de conexión</translation>
    </message>
    <message>
        <source>subscription identifiers not supported</source>
        <translation>identificadores de suscripción no admitidos</translation>
    </message>
    <message>
        <source>wildcard subscriptions not supported</source>
        <translation>suscripciones con comodines no admitidas</translation>
    </message>
    <message>
        <source>normal disconnection</source>
        <translation>desconexión normal</translation>
    </message>
    <message>
        <source>unknown reason code 0x%1</source>
        <translation>código de motivo desconocido 0x%1</translation>
    </message>
    <message>
        <source>A message needs a topic: a topic name must not be empty [MQTT-4.7.3-1].</source>
        <translation>Un mensaje necesita un tema: el nombre de un tema no puede estar vacío [MQTT-4.7.3-1].</translation>
    </message>
    <message>
        <source>The topic contains the wildcard %1 at character %2; wildcards (+ and #) are for subscriptions only, a message needs a topic without them [MQTT-3.3.2-2].</source>
        <translation>El tema contiene el comodín %1 en el carácter %2; los comodines (+ y #) son solo para suscripciones, un mensaje necesita un tema sin ellos [MQTT-3.3.2-2].</translation>
    </message>
    <message>
        <source>The topic contains a NUL character (U+0000) at character %1, which MQTT forbids in topics [MQTT-4.7.3-2].</source>
        <translation>El tema contiene un carácter NUL (U+0000) en el carácter %1, algo que MQTT prohíbe en los temas [MQTT-4.7.3-2].</translation>
    </message>
    <message>
        <source>The topic contains half of a UTF-16 surrogate pair at character %1, which has no UTF-8 form [MQTT-1.5.4-1].</source>
        <translation>El tema contiene la mitad de un par sustituto UTF-16 en el carácter %1, que no tiene forma UTF-8 [MQTT-1.5.4-1].</translation>
    </message>
    <message numerus="yes">
        <source>The topic takes %n byte(s) in UTF-8; a topic may take at most 65,535 [MQTT-4.7.3-3].</source>
        <translation>
            <numerusform>El tema ocupa %n byte en UTF-8; un tema puede ocupar como máximo 65.535 [MQTT-4.7.3-3].</numerusform>
            <numerusform>El tema ocupa %n bytes en UTF-8; un tema puede ocupar como máximo 65.535 [MQTT-4.7.3-3].</numerusform>
        </translation>
    </message>
    <message>
        <source>The topic has an empty level (a leading, trailing or double /): MQTT allows it, but it is another topic than the one without it.</source>
        <translation>El tema tiene un nivel vacío (una / al principio, al final o doble): MQTT lo permite, pero es un tema distinto del que no lo tiene.</translation>
    </message>
    <message>
        <source>The topic begins or ends with a space: MQTT allows it, but it is another topic than the one without it.</source>
        <translation>El tema empieza o termina con un espacio: MQTT lo permite, pero es un tema distinto del que no lo tiene.</translation>
    </message>
    <message>
        <source>Topics that begin with $ are reserved for the broker ($SYS); most brokers ignore or refuse messages published to them.</source>
        <translation>Los temas que empiezan por $ están reservados para el broker ($SYS); la mayoría de los brokers ignoran o rechazan los mensajes publicados en ellos.</translation>
    </message>
    <message>
        <source>a packet of the reserved type 0</source>
        <translation>un paquete del tipo reservado 0</translation>
    </message>
    <message>
        <source>a CONNECT</source>
        <translation>un paquete CONNECT</translation>
    </message>
    <message>
        <source>a CONNACK</source>
        <translation>un paquete CONNACK</translation>
    </message>
    <message>
        <source>a PUBLISH</source>
        <translation>un paquete PUBLISH</translation>
    </message>
    <message>
        <source>a PUBACK</source>
        <translation>un paquete PUBACK</translation>
    </message>
    <message>
        <source>a PUBREC</source>
        <translation>un paquete PUBREC</translation>
    </message>
    <message>
        <source>a PUBREL</source>
        <translation>un paquete PUBREL</translation>
    </message>
    <message>
        <source>a PUBCOMP</source>
        <translation>un paquete PUBCOMP</translation>
    </message>
    <message>
        <source>a SUBSCRIBE</source>
        <translation>un paquete SUBSCRIBE</translation>
    </message>
    <message>
        <source>a SUBACK</source>
        <translation>un paquete SUBACK</translation>
    </message>
    <message>
        <source>an UNSUBSCRIBE</source>
        <translation>un paquete UNSUBSCRIBE</translation>
    </message>
    <message>
        <source>an UNSUBACK</source>
        <translation>un paquete UNSUBACK</translation>
    </message>
    <message>
        <source>a PINGREQ</source>
        <translation>un paquete PINGREQ</translation>
    </message>
    <message>
        <source>a PINGRESP</source>
        <translation>un paquete PINGRESP</translation>
    </message>
    <message>
        <source>a DISCONNECT</source>
        <translation>un paquete DISCONNECT</translation>
    </message>
    <message>
        <source>an AUTH</source>
        <translation>un paquete AUTH</translation>
    </message>
    <message>
        <source>a packet</source>
        <translation>un paquete</translation>
    </message>
</context>
<context>
    <name>Mqtt::Client</name>
    <message>
        <source>TLS certificate verification is switched off for %1: the connection is encrypted, but anyone in between can pretend to be the broker.</source>
        <translation>La verificación del certificado TLS está desactivada para %1: la conexión está cifrada, pero cualquiera que esté en medio puede hacerse pasar por el broker.</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection without answering the MQTT 5 CONNECT; connecting again with MQTT 3.1.1.</source>
        <translation>El broker en %1 cerró la conexión sin responder al CONNECT de MQTT 5; se vuelve a conectar con MQTT 3.1.1.</translation>
    </message>
    <message>
        <source>The broker at %1 accepted the connection but did not answer the MQTT CONNECT within %2 seconds; check that this port speaks MQTT.</source>
        <translation>El broker en %1 aceptó la conexión pero no respondió al CONNECT de MQTT en %2 segundos; comprueba que este puerto hable MQTT.</translation>
    </message>
    <message>
        <source>The broker at %1 does not support MQTT 5; connecting again with MQTT 3.1.1.</source>
        <translation>El broker en %1 no admite MQTT 5; se vuelve a conectar con MQTT 3.1.1.</translation>
    </message>
    <message>
        <source>The broker refused the subscription.</source>
        <translation>El broker rechazó la suscripción.</translation>
    </message>
</context>
<context>
    <name>Mqtt::ConnectionOptions</name>
    <message>
        <source>No broker address was given: write one such as mqtt://localhost:1883.</source>
        <translation>No se indicó ninguna dirección de broker: escribe una como mqtt://localhost:1883.</translation>
    </message>
    <message>
        <source>The port in the broker address &apos;%1&apos; is not a number from 1 to 65535.</source>
        <translation>El puerto de la dirección del broker &apos;%1&apos; no es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; is not a valid URL: write it as mqtt://host:port.</source>
        <translation>La dirección del broker &apos;%1&apos; no es una URL válida: escríbela como mqtt://host:port.</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has no scheme: start it with mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>La dirección del broker &apos;%1&apos; no tiene esquema: empiézala por mqtt://, mqtts://, ws:// o wss://.</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; uses the unknown scheme &apos;%2&apos;: use mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>La dirección del broker &apos;%1&apos; usa el esquema desconocido &apos;%2&apos;: usa mqtt://, mqtts://, ws:// o wss://.</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has no host name: write it as %2://host:port.</source>
        <translation>La dirección del broker &apos;%1&apos; no tiene nombre de host: escríbela como %2://host:port.</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has the path &apos;%2&apos;, but only ws:// and wss:// addresses use a path: remove it or use a WebSocket address.</source>
        <translation>La dirección del broker &apos;%1&apos; tiene la ruta &apos;%2&apos;, pero solo las direcciones ws:// y wss:// usan una ruta: quítala o usa una dirección WebSocket.</translation>
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
    <message>
        <source>The broker announced a Receive Maximum of 0, which the protocol forbids.</source>
        <translation>El broker anunció un Receive Maximum de 0, algo que el protocolo prohíbe.</translation>
    </message>
    <message>
        <source>The broker announced a Maximum Packet Size of 0, which the protocol forbids.</source>
        <translation>El broker anunció un Maximum Packet Size de 0, algo que el protocolo prohíbe.</translation>
    </message>
    <message>
        <source>QoS %1 does not exist; use QoS 0, 1 or 2.</source>
        <translation>QoS %1 no existe; usa QoS 0, 1 o 2.</translation>
    </message>
    <message>
        <source>The broker accepts messages up to QoS %1 only, so this QoS %2 message was not sent.</source>
        <translation>El broker solo acepta mensajes hasta QoS %1, así que este mensaje con QoS %2 no se envió.</translation>
    </message>
    <message>
        <source>The broker does not support retained messages, so this retained message was not sent.</source>
        <translation>El broker no admite mensajes retenidos, así que este mensaje retenido no se envió.</translation>
    </message>
    <message>
        <source>Topic alias 0 does not exist; topic aliases start at 1 [MQTT-3.3.2-8].</source>
        <translation>El alias de tema 0 no existe; los alias de tema empiezan en 1 [MQTT-3.3.2-8].</translation>
    </message>
    <message>
        <source>The broker accepts no topic aliases, so the message with topic alias %1 was not sent.</source>
        <translation>El broker no acepta alias de tema, así que el mensaje con el alias de tema %1 no se envió.</translation>
    </message>
    <message>
        <source>The broker accepts topic aliases 1 to %1, so the message with topic alias %2 was not sent.</source>
        <translation>El broker acepta los alias de tema de 1 a %1, así que el mensaje con el alias de tema %2 no se envió.</translation>
    </message>
    <message>
        <source>The subscribe request would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation>La solicitud de suscripción necesitaría un paquete de %1, más de los %2 que permite MQTT.</translation>
    </message>
    <message>
        <source>The unsubscribe request would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation>La solicitud de cancelación de suscripción necesitaría un paquete de %1, más de los %2 que permite MQTT.</translation>
    </message>
    <message>
        <source>The message would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation>El mensaje necesitaría un paquete de %1, más de los %2 que permite MQTT.</translation>
    </message>
    <message>
        <source>The subscribe request would need a packet of %1, but the broker accepts at most %2; subscribe to fewer or shorter topic filters at a time.</source>
        <translation>La solicitud de suscripción necesitaría un paquete de %1, pero el broker acepta como máximo %2; suscríbete a menos filtros de temas o más cortos a la vez.</translation>
    </message>
    <message>
        <source>The unsubscribe request would need a packet of %1, but the broker accepts at most %2; unsubscribe from fewer or shorter topic filters at a time.</source>
        <translation>La solicitud de cancelación de suscripción necesitaría un paquete de %1, pero el broker acepta como máximo %2; cancela la suscripción de menos filtros de temas o más cortos a la vez.</translation>
    </message>
    <message>
        <source>The message would need a packet of %1, but the broker accepts at most %2.</source>
        <translation>El mensaje necesitaría un paquete de %1, pero el broker acepta como máximo %2.</translation>
    </message>
    <message>
        <source>A subscribe request needs at least one topic filter [MQTT-3.8.3-2].</source>
        <translation>Una solicitud de suscripción necesita al menos un filtro de temas [MQTT-3.8.3-2].</translation>
    </message>
    <message>
        <source>A topic filter must not be empty [MQTT-4.7.3-1].</source>
        <translation>Un filtro de temas no puede estar vacío [MQTT-4.7.3-1].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid topic filter: + must fill a whole level and # must be the last level.</source>
        <translation>&quot;%1&quot; no es un filtro de temas válido: + debe ocupar un nivel completo y # debe ser el último nivel.</translation>
    </message>
    <message>
        <source>QoS %1 does not exist; subscribe with QoS 0, 1 or 2.</source>
        <translation>QoS %1 no existe; suscríbete con QoS 0, 1 o 2.</translation>
    </message>
    <message>
        <source>Retain handling %1 does not exist; use 0, 1 or 2.</source>
        <translation>Retain Handling %1 no existe; usa 0, 1 o 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid shared subscription; use $share/group/filter.</source>
        <translation>&quot;%1&quot; no es una suscripción compartida válida; usa $share/group/filter.</translation>
    </message>
    <message>
        <source>The broker does not support shared subscriptions, so &quot;%1&quot; was not subscribed.</source>
        <translation>El broker no admite suscripciones compartidas, así que no se hizo la suscripción a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The shared subscription &quot;%1&quot; cannot use No Local [MQTT-3.8.3-4].</source>
        <translation>La suscripción compartida &quot;%1&quot; no puede usar No Local [MQTT-3.8.3-4].</translation>
    </message>
    <message>
        <source>The broker does not support wildcard subscriptions, so &quot;%1&quot; was not subscribed.</source>
        <translation>El broker no admite suscripciones con comodines, así que no se hizo la suscripción a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A subscribe request can carry only one subscription identifier.</source>
        <translation>Una solicitud de suscripción solo puede llevar un identificador de suscripción.</translation>
    </message>
    <message>
        <source>Subscription identifier %1 is out of range; use 1 to %2.</source>
        <translation>El identificador de suscripción %1 está fuera de rango; usa de 1 a %2.</translation>
    </message>
    <message>
        <source>The broker does not support subscription identifiers, so the subscription was not sent.</source>
        <translation>El broker no admite identificadores de suscripción, así que la suscripción no se envió.</translation>
    </message>
    <message>
        <source>An unsubscribe request needs at least one topic filter [MQTT-3.10.3-2].</source>
        <translation>Una solicitud de cancelación de suscripción necesita al menos un filtro de temas [MQTT-3.10.3-2].</translation>
    </message>
</context>
<context>
    <name>Mqtt::Session</name>
    <message>
        <source>The connection closed before the broker answered the request.</source>
        <translation>La conexión se cerró antes de que el broker respondiera a la solicitud.</translation>
    </message>
    <message>
        <source>The session was discarded before the broker confirmed the message.</source>
        <translation>La sesión se descartó antes de que el broker confirmara el mensaje.</translation>
    </message>
    <message>
        <source>The session was discarded before the request could be sent.</source>
        <translation>La sesión se descartó antes de que se pudiera enviar la solicitud.</translation>
    </message>
    <message>
        <source>The broker sent a malformed packet.</source>
        <translation>El broker envió un paquete mal formado.</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet, which MQTT %1 does not have.</source>
        <translation>El broker envió un paquete AUTH, que MQTT %1 no tiene.</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet before the client connected.</source>
        <translation>El broker envió un paquete AUTH antes de que el cliente se conectara.</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet although the client did not ask for enhanced authentication [MQTT-4.12.0-6].</source>
        <translation>El broker envió un paquete AUTH aunque el cliente no pidió autenticación mejorada [MQTT-4.12.0-6].</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet (%1).</source>
        <translation>El broker envió un paquete AUTH (%1).</translation>
    </message>
    <message>
        <source>The broker sent a %1 packet, which only a client may send.</source>
        <translation>El broker envió un paquete %1, que solo puede enviar un cliente.</translation>
    </message>
    <message>
        <source>The broker sent a %1 packet before accepting the connection with CONNACK.</source>
        <translation>El broker envió un paquete %1 antes de aceptar la conexión con CONNACK.</translation>
    </message>
    <message>
        <source>The broker sent a second CONNACK on the same connection.</source>
        <translation>El broker envió un segundo CONNACK en la misma conexión.</translation>
    </message>
    <message>
        <source>The broker sent a CONNACK before the client sent CONNECT.</source>
        <translation>El broker envió un CONNACK antes de que el cliente enviara CONNECT.</translation>
    </message>
    <message>
        <source>the broker does not support MQTT 5; use MQTT 3.1.1</source>
        <translation>el broker no admite MQTT 5; usa MQTT 3.1.1</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1.</source>
        <translation>El broker rechazó la conexión: %1.</translation>
    </message>
    <message>
        <source>It suggests the server %1.</source>
        <translation>Sugiere el servidor %1.</translation>
    </message>
    <message>
        <source>The broker reported an existing session although the client asked for a clean start [MQTT-3.2.2-2].</source>
        <translation>El broker indicó una sesión existente aunque el cliente pidió un inicio limpio [MQTT-3.2.2-2].</translation>
    </message>
    <message>
        <source>Connected to the broker, which resumed the previous session.</source>
        <translation>Conectado al broker, que reanudó la sesión anterior.</translation>
    </message>
    <message>
        <source>Connected to the broker with a new session.</source>
        <translation>Conectado al broker con una sesión nueva.</translation>
    </message>
    <message numerus="yes">
        <source>The broker did not answer the keep-alive ping within %n second(s), so the connection is considered lost.</source>
        <translation>
            <numerusform>El broker no respondió al ping de keep-alive en %n segundo, así que la conexión se considera perdida.</numerusform>
            <numerusform>El broker no respondió al ping de keep-alive en %n segundos, así que la conexión se considera perdida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The broker accepts packets of at most %n byte(s), too few for the %1 of %2 bytes that the protocol needs next, so the connection cannot go on.</source>
        <translation>
            <numerusform>El broker acepta paquetes de %n byte como máximo, muy poco para el %1 de %2 bytes que el protocolo necesita a continuación, así que la conexión no puede continuar.</numerusform>
            <numerusform>El broker acepta paquetes de %n bytes como máximo, muy pocos para el %1 de %2 bytes que el protocolo necesita a continuación, así que la conexión no puede continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker said: &quot;%1&quot;.</source>
        <translation>El broker dijo: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The broker used topic alias %1, but the client accepts aliases 1 to %2 only.</source>
        <translation>El broker usó el alias de tema %1, pero el cliente solo acepta alias de 1 a %2.</translation>
    </message>
    <message>
        <source>The broker used topic alias %1 without ever saying which topic it stands for.</source>
        <translation>El broker usó el alias de tema %1 sin haber indicado nunca qué tema representa.</translation>
    </message>
    <message>
        <source>The broker sent a PUBLISH packet without a topic.</source>
        <translation>El broker envió un paquete PUBLISH sin tema.</translation>
    </message>
    <message>
        <source>The broker sent more unacknowledged QoS 2 messages than the client&apos;s Receive Maximum of %1.</source>
        <translation>El broker envió más mensajes QoS 2 sin confirmar que el Receive Maximum del cliente de %1.</translation>
    </message>
    <message>
        <source>The broker sent a PUBLISH packet with QoS 3.</source>
        <translation>El broker envió un paquete PUBLISH con QoS 3.</translation>
    </message>
    <message>
        <source>The broker sent PUBACK for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation>El broker envió PUBACK para el identificador de paquete %1, pero ningún mensaje con ese identificador espera uno.</translation>
    </message>
    <message>
        <source>The broker sent PUBACK for packet identifier %1, which is a QoS 2 message and needs PUBREC.</source>
        <translation>El broker envió PUBACK para el identificador de paquete %1, que es un mensaje QoS 2 y necesita PUBREC.</translation>
    </message>
    <message>
        <source>The broker refused the message to &quot;%1&quot;: %2.</source>
        <translation>El broker rechazó el mensaje a &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The broker sent PUBREC for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation>El broker envió PUBREC para el identificador de paquete %1, pero ningún mensaje con ese identificador espera uno.</translation>
    </message>
    <message>
        <source>The broker sent PUBREC for packet identifier %1, which is a QoS 1 message and needs PUBACK.</source>
        <translation>El broker envió PUBREC para el identificador de paquete %1, que es un mensaje QoS 1 y necesita PUBACK.</translation>
    </message>
    <message>
        <source>The broker sent a second PUBREC for packet identifier %1.</source>
        <translation>El broker envió un segundo PUBREC para el identificador de paquete %1.</translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation>El broker envió PUBCOMP para el identificador de paquete %1, pero ningún mensaje con ese identificador espera uno.</translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1, which is a QoS 1 message and needs PUBACK.</source>
        <translation>El broker envió PUBCOMP para el identificador de paquete %1, que es un mensaje QoS 1 y necesita PUBACK.</translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1 before PUBREC.</source>
        <translation>El broker envió PUBCOMP para el identificador de paquete %1 antes de PUBREC.</translation>
    </message>
    <message>
        <source>The broker sent SUBACK for packet identifier %1, but no subscribe request with that identifier awaits one.</source>
        <translation>El broker envió SUBACK para el identificador de paquete %1, pero ninguna solicitud de suscripción con ese identificador espera uno.</translation>
    </message>
    <message numerus="yes">
        <source>The broker answered a subscribe request for %n topic filter(s) with %1 [MQTT-3.9.3-1].</source>
        <comment>%1 is a number of reason codes</comment>
        <translation>
            <numerusform>El broker respondió a una solicitud de suscripción de %n filtro de temas con %1 [MQTT-3.9.3-1].</numerusform>
            <numerusform>El broker respondió a una solicitud de suscripción de %n filtros de temas con %1 [MQTT-3.9.3-1].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reason code(s)</source>
        <translation>
            <numerusform>%n código de motivo</numerusform>
            <numerusform>%n códigos de motivo</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker refused the subscription to &quot;%1&quot;: %2.</source>
        <translation>El broker rechazó la suscripción a &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The broker sent UNSUBACK for packet identifier %1, but no unsubscribe request with that identifier awaits one.</source>
        <translation>El broker envió UNSUBACK para el identificador de paquete %1, pero ninguna solicitud de cancelación de suscripción con ese identificador espera uno.</translation>
    </message>
    <message numerus="yes">
        <source>The broker answered an unsubscribe request for %n topic filter(s) with %1 [MQTT-3.11.3-1].</source>
        <comment>%1 is a number of reason codes</comment>
        <translation>
            <numerusform>El broker respondió a una solicitud de cancelación de suscripción de %n filtro de temas con %1 [MQTT-3.11.3-1].</numerusform>
            <numerusform>El broker respondió a una solicitud de cancelación de suscripción de %n filtros de temas con %1 [MQTT-3.11.3-1].</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker refused to remove the subscription to &quot;%1&quot;: %2.</source>
        <translation>El broker se negó a quitar la suscripción a &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The broker sent a DISCONNECT packet, which only a client may send before MQTT 5.</source>
        <translation>El broker envió un paquete DISCONNECT, que antes de MQTT 5 solo puede enviar un cliente.</translation>
    </message>
    <message>
        <source>The broker closed the connection: %1.</source>
        <translation>El broker cerró la conexión: %1.</translation>
    </message>
    <message>
        <source>The broker did not keep the session, so the subscriptions must be made again.</source>
        <translation>El broker no conservó la sesión, así que hay que volver a hacer las suscripciones.</translation>
    </message>
    <message>
        <source>The broker had received the QoS 2 message to &quot;%1&quot;, but the connection ended before the exchange completed and the new connection started a clean session, so it is unknown whether the message was delivered; publish it again if it must arrive.</source>
        <translation>El broker había recibido el mensaje QoS 2 a &quot;%1&quot;, pero la conexión terminó antes de completar el intercambio y la nueva conexión inició una sesión limpia, así que no se sabe si el mensaje se entregó; vuelve a publicarlo si tiene que llegar.</translation>
    </message>
    <message>
        <source>The connection ended before the broker acknowledged the QoS 2 message to &quot;%1&quot; and the new connection started a clean session, so it is unknown whether the broker received it. It was not sent again, because that could deliver it twice; publish it again if it must arrive.</source>
        <translation>La conexión terminó antes de que el broker confirmara el mensaje QoS 2 a &quot;%1&quot; y la nueva conexión inició una sesión limpia, así que no se sabe si el broker lo recibió. No se volvió a enviar porque podría entregarse dos veces; vuelve a publicarlo si tiene que llegar.</translation>
    </message>
    <message>
        <source>The broker had received the QoS 2 message to &quot;%1&quot; but did not keep the session, so it is unknown whether the message was delivered; publish it again if it must arrive.</source>
        <translation>El broker había recibido el mensaje QoS 2 a &quot;%1&quot; pero no conservó la sesión, así que no se sabe si el mensaje se entregó; vuelve a publicarlo si tiene que llegar.</translation>
    </message>
    <message>
        <source>The broker did not keep the session, so it is unknown whether it received the QoS 2 message to &quot;%1&quot;. It was not sent again, because that could deliver it twice; publish it again if it must arrive.</source>
        <translation>El broker no conservó la sesión, así que no se sabe si recibió el mensaje QoS 2 a &quot;%1&quot;. No se volvió a enviar porque podría entregarse dos veces; vuelve a publicarlo si tiene que llegar.</translation>
    </message>
</context>
<context>
    <name>Mqtt::Transport</name>
    <message>
        <source>CA certificate file</source>
        <translation>archivo de certificado de CA</translation>
    </message>
    <message>
        <source>client certificate file</source>
        <translation>archivo de certificado de cliente</translation>
    </message>
    <message>
        <source>client key file</source>
        <translation>archivo de clave de cliente</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist: check the path.</source>
        <translation>El %1 &apos;%2&apos; no existe: comprueba la ruta.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a folder, not a file: choose the file.</source>
        <translation>El %1 &apos;%2&apos; es una carpeta, no un archivo: elige el archivo.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; cannot be read (%3): check its permissions.</source>
        <translation>No se puede leer el %1 &apos;%2&apos; (%3): comprueba sus permisos.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; contains no PEM certificate: choose a certificate file.</source>
        <translation>El %1 &apos;%2&apos; no contiene ningún certificado PEM: elige un archivo de certificado.</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; is protected by a passphrase: enter the passphrase.</source>
        <translation>El archivo de clave de cliente &apos;%1&apos; está protegido con una frase de contraseña: introduce la frase de contraseña.</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; could not be decrypted: check the passphrase.</source>
        <translation>No se pudo descifrar el archivo de clave de cliente &apos;%1&apos;: comprueba la frase de contraseña.</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; contains no PEM private key (RSA or EC): choose the key file that belongs to the client certificate.</source>
        <translation>El archivo de clave de cliente &apos;%1&apos; no contiene ninguna clave privada PEM (RSA o EC): elige el archivo de clave que corresponde al certificado de cliente.</translation>
    </message>
    <message>
        <source>The client certificate &apos;%1&apos; needs its private key: set the client key file too.</source>
        <translation>El certificado de cliente &apos;%1&apos; necesita su clave privada: indica también el archivo de clave de cliente.</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; needs its certificate: set the client certificate file too.</source>
        <translation>El archivo de clave de cliente &apos;%1&apos; necesita su certificado: indica también el archivo de certificado de cliente.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation>el almacén de CA del sistema</translation>
    </message>
    <message>
        <source>the CA certificate file &apos;%1&apos;</source>
        <translation>el archivo de certificado de CA &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) is self-signed and not in %3: set the CA certificate file to the broker&apos;s certificate.</source>
        <translation>El certificado TLS del broker en %1 (&apos;%2&apos;) está autofirmado y no está en %3: indica como archivo de certificado de CA el certificado del broker.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;, issued by &apos;%3&apos;) is not trusted: its CA &apos;%4&apos; is not in %5. Set the CA certificate file to that CA&apos;s certificate.</source>
        <translation>El certificado TLS del broker en %1 (&apos;%2&apos;, emitido por &apos;%3&apos;) no es de confianza: su CA &apos;%4&apos; no está en %5. Indica como archivo de certificado de CA el certificado de esa CA.</translation>
    </message>
    <message>
        <source>TLS peer verification is off for %1 (insecure mode): the connection is encrypted, but the broker&apos;s identity is not checked.</source>
        <translation>La verificación TLS del par está desactivada para %1 (modo inseguro): la conexión está cifrada, pero no se comprueba la identidad del broker.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2: check that this port serves MQTT over TLS.</source>
        <translation>El protocolo de enlace TLS con %1 no terminó en %2: comprueba que este puerto sirva MQTT sobre TLS.</translation>
    </message>
    <message>
        <source>The connection to %1 and its WebSocket handshake did not finish within %2: check the host, the port and that it serves MQTT over WebSockets.</source>
        <translation>La conexión a %1 y su protocolo de enlace WebSocket no terminaron en %2: comprueba el host, el puerto y que sirva MQTT sobre WebSockets.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2: the broker did not answer. Check the host, the port and any firewall in between.</source>
        <translation>No se pudo conectar a %1 en %2: el broker no respondió. Comprueba el host, el puerto y cualquier cortafuegos intermedio.</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection during the TLS handshake: check that this port serves MQTT over TLS and whether it requires a client certificate.</source>
        <translation>El broker en %1 cerró la conexión durante el protocolo de enlace TLS: comprueba que este puerto sirva MQTT sobre TLS y si requiere un certificado de cliente.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection during the WebSocket handshake: it is not a WebSocket endpoint. Check the port and the path.</source>
        <translation>El servidor en %1 cerró la conexión durante el protocolo de enlace WebSocket: no es un endpoint WebSocket. Comprueba el puerto y la ruta.</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection while it was being opened.</source>
        <translation>El broker en %1 cerró la conexión mientras se abría.</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection.</source>
        <translation>El broker en %1 cerró la conexión.</translation>
    </message>
    <message>
        <source>Could not find the host &apos;%1&apos;: the name does not resolve. Check the host name.</source>
        <translation>No se encontró el host &apos;%1&apos;: el nombre no se resuelve. Comprueba el nombre de host.</translation>
    </message>
    <message>
        <source>The broker at %1 refused the connection: nothing accepts connections on that port. Check that the broker is running and that the port is right.</source>
        <translation>El broker en %1 rechazó la conexión: nada acepta conexiones en ese puerto. Comprueba que el broker esté en ejecución y que el puerto sea correcto.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión a %1.</translation>
    </message>
    <message>
        <source>The network connection to %1 failed (%2): check the network.</source>
        <translation>Falló la conexión de red a %1 (%2): comprueba la red.</translation>
    </message>
    <message>
        <source>This program is not allowed to connect to %1 (%2).</source>
        <translation>Este programa no tiene permiso para conectarse a %1 (%2).</translation>
    </message>
    <message>
        <source>The system has no resources left for a connection to %1 (%2).</source>
        <translation>El sistema no tiene recursos libres para una conexión a %1 (%2).</translation>
    </message>
    <message>
        <source>This system cannot connect to %1 (%2): the address type may not be supported.</source>
        <translation>Este sistema no puede conectarse a %1 (%2): puede que el tipo de dirección no sea compatible.</translation>
    </message>
    <message>
        <source>The proxy for the connection to %1 failed (%2): check the proxy settings.</source>
        <translation>Falló el proxy de la conexión a %1 (%2): comprueba la configuración del proxy.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): check that this port serves MQTT over TLS.</source>
        <translation>Falló el protocolo de enlace TLS con %1 (%2): comprueba que este puerto sirva MQTT sobre TLS.</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; does not belong to the client certificate &apos;%2&apos;: use the key that was made with that certificate.</source>
        <translation>El archivo de clave de cliente &apos;%1&apos; no corresponde al certificado de cliente &apos;%2&apos;: usa la clave que se creó con ese certificado.</translation>
    </message>
    <message>
        <source>The TLS settings for %1 could not be used (%2): check the client certificate and key.</source>
        <translation>No se pudo usar la configuración TLS para %1 (%2): comprueba el certificado y la clave de cliente.</translation>
    </message>
    <message>
        <source>TLS could not be set up for the connection to %1 (%2).</source>
        <translation>No se pudo configurar TLS para la conexión a %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2).</source>
        <translation>Falló la conexión a %1 (%2).</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2).</source>
        <translation>No se pudo conectar a %1 (%2).</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 was rejected.</source>
        <translation>Se rechazó el certificado TLS del broker en %1.</translation>
    </message>
    <message>
        <source>The broker at %1 sent no TLS certificate, so its identity cannot be checked.</source>
        <translation>El broker en %1 no envió ningún certificado TLS, así que no se puede comprobar su identidad.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 is for %2, not for &apos;%3&apos;: connect using a name the certificate lists, or set the name to verify.</source>
        <translation>El certificado TLS del broker en %1 es para %2, no para &apos;%3&apos;: conéctate con un nombre que figure en el certificado o indica el nombre que se debe verificar.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) expired on %3: the broker&apos;s operator must renew it.</source>
        <translation>El certificado TLS del broker en %1 (&apos;%2&apos;) caducó el %3: el operador del broker debe renovarlo.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) is not valid before %3: check this computer&apos;s clock.</source>
        <translation>El certificado TLS del broker en %1 (&apos;%2&apos;) no es válido antes del %3: comprueba el reloj de este equipo.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) has been revoked.</source>
        <translation>El certificado TLS del broker en %1 (&apos;%2&apos;) ha sido revocado.</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) was rejected: %3.</source>
        <translation>Se rechazó el certificado TLS del broker en %1 (&apos;%2&apos;): %3.</translation>
    </message>
    <message>
        <source>The broker at %1 requires a TLS client certificate: set a client certificate and key.</source>
        <translation>El broker en %1 requiere un certificado de cliente TLS: indica un certificado y una clave de cliente.</translation>
    </message>
    <message>
        <source>The broker at %1 rejected the client certificate &apos;%2&apos; (%3): use a certificate issued by a CA the broker trusts.</source>
        <translation>El broker en %1 rechazó el certificado de cliente &apos;%2&apos; (%3): usa un certificado emitido por una CA en la que confíe el broker.</translation>
    </message>
    <message>
        <source>The broker at %1 rejected the TLS handshake (%2): it may require a client certificate.</source>
        <translation>El broker en %1 rechazó el protocolo de enlace TLS (%2): puede que requiera un certificado de cliente.</translation>
    </message>
    <message>
        <source>The broker at %1 rejected the TLS handshake (%2): it may require a client certificate, or share no TLS version or cipher with this program.</source>
        <translation>El broker en %1 rechazó el protocolo de enlace TLS (%2): puede que requiera un certificado de cliente o que no comparta ninguna versión de TLS ni cifrado con este programa.</translation>
    </message>
    <message>
        <source>The broker at %1 supports none of this program&apos;s TLS versions (%2).</source>
        <translation>El broker en %1 no admite ninguna de las versiones de TLS de este programa (%2).</translation>
    </message>
    <message>
        <source>The broker at %1 accepts none of the ALPN protocols %2.</source>
        <translation>El broker en %1 no acepta ninguno de los protocolos ALPN %2.</translation>
    </message>
    <message>
        <source>The broker at %1 ended the TLS session with the alert &apos;%2&apos;.</source>
        <translation>El broker en %1 terminó la sesión TLS con la alerta &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The server at %1 answered the WebSocket handshake for &apos;%2&apos; with HTTP %3 %4: it is not a WebSocket endpoint. Check the port and the path.</source>
        <translation>El servidor en %1 respondió al protocolo de enlace WebSocket para &apos;%2&apos; con HTTP %3 %4: no es un endpoint WebSocket. Comprueba el puerto y la ruta.</translation>
    </message>
    <message>
        <source>The WebSocket handshake with %1 failed (%2): it is probably not a WebSocket endpoint. Check the port and the path.</source>
        <translation>Falló el protocolo de enlace WebSocket con %1 (%2): probablemente no es un endpoint WebSocket. Comprueba el puerto y la ruta.</translation>
    </message>
    <message>
        <source>The name to verify (&apos;%1&apos;) cannot be checked on the WebSocket connection to %2: clear it, or connect using that name as the host.</source>
        <translation>El nombre que se debe verificar (&apos;%1&apos;) no se puede comprobar en la conexión WebSocket a %2: bórralo o conéctate usando ese nombre como host.</translation>
    </message>
    <message>
        <source>The server at %1 sent a WebSocket text frame, but MQTT is only carried in binary frames: the connection was closed.</source>
        <translation>El servidor en %1 envió una trama de texto WebSocket, pero MQTT solo se transporta en tramas binarias: se cerró la conexión.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 from &quot;%2&quot;: the local address to connect from must be an IP address of this machine, such as 192.168.1.20.</source>
        <translation>No se puede conectar a %1 desde &quot;%2&quot;: la dirección local desde la que conectarse debe ser una dirección IP de este equipo, como 192.168.1.20.</translation>
    </message>
    <message>
        <source>Cannot connect to %1 from the local address %2 (%3); give an address of this machine.</source>
        <translation>No se puede conectar a %1 desde la dirección local %2 (%3); indica una dirección de este equipo.</translation>
    </message>
    <message>
        <source>A WebSocket connection to %1 cannot choose its local address (%2); connect with mqtt:// or mqtts:// to do so.</source>
        <translation>Una conexión WebSocket a %1 no puede elegir su dirección local (%2); conéctate con mqtt:// o mqtts:// para hacerlo.</translation>
    </message>
</context>
<context>
    <name>MsgPackDecoder</name>
    <message>
        <source>Not valid MessagePack: a type byte that MessagePack does not define at byte %1.</source>
        <translation>MessagePack no válido: un byte de tipo que MessagePack no define en el byte %1.</translation>
    </message>
    <message>
        <source>Not valid MessagePack: the data ends before the object is complete (at byte %1).</source>
        <translation>MessagePack no válido: los datos terminan antes de que el objeto esté completo (en el byte %1).</translation>
    </message>
    <message>
        <source>Not valid MessagePack here: nesting deeper than %1 levels.</source>
        <translation>MessagePack no válido aquí: anidamiento de más de %1 niveles.</translation>
    </message>
    <message>
        <source>Not valid MessagePack: the payload is empty.</source>
        <translation>MessagePack no válido: la carga útil está vacía.</translation>
    </message>
    <message>
        <source>Not valid MessagePack: %1.</source>
        <translation>MessagePack no válido: %1.</translation>
    </message>
    <message>
        <source>Not valid MessagePack.</source>
        <translation>MessagePack no válido.</translation>
    </message>
    <message numerus="yes">
        <source>Not valid MessagePack: the object ends at byte %1, and %n more byte(s) follow.</source>
        <translation>
            <numerusform>MessagePack no válido: el objeto termina en el byte %1 y sigue %n byte más.</numerusform>
            <numerusform>MessagePack no válido: el objeto termina en el byte %1 y siguen %n bytes más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumericPath</name>
    <message>
        <source>The path &quot;%1&quot; is not valid: %2 at character %3. Write it like $.sensors[0].temp.</source>
        <translation>La ruta &quot;%1&quot; no es válida: %2 en el carácter %3. Escríbela como $.sensors[0].temp.</translation>
    </message>
    <message>
        <source>a name is missing after &apos;.&apos;</source>
        <translation>falta un nombre después de &apos;.&apos;</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>una comilla no está cerrada</translation>
    </message>
    <message>
        <source>&apos;]&apos; is missing</source>
        <translation>falta &apos;]&apos;</translation>
    </message>
    <message>
        <source>an index must be digits in brackets</source>
        <translation>un índice debe ser dígitos entre corchetes</translation>
    </message>
    <message>
        <source>the index is too large</source>
        <translation>el índice es demasiado grande</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; or &apos;[&apos;</source>
        <translation>se esperaba &apos;.&apos; o &apos;[&apos;</translation>
    </message>
</context>
<context>
    <name>PacketTimelineModel</name>
    <message>
        <source>Handshake #%1</source>
        <translation>Intercambio n.º %1</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ enviado</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← recibido</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Dir.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
</context>
<context>
    <name>PacketTimelinePanel</name>
    <message>
        <source>All packets</source>
        <translation>Todos los paquetes</translation>
    </message>
    <message>
        <source>PUBLISH and acknowledgements</source>
        <translation>PUBLISH y confirmaciones</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>Confirmaciones</translation>
    </message>
    <message>
        <source>Connection (CONNECT, PING, DISCONNECT, AUTH)</source>
        <translation>Conexión (CONNECT, PING, DISCONNECT, AUTH)</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Topic contains…</source>
        <translation>El tema contiene…</translation>
    </message>
    <message>
        <source>Slow, over</source>
        <translation>Lentos, más de</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>keep </source>
        <translation>conservar </translation>
    </message>
    <message>
        <source>How many packets the timeline keeps; the oldest go first</source>
        <translation>Cuántos paquetes conserva la cronología; los más antiguos se descartan primero</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the packets shown as JSON Lines</source>
        <translation>Guardar los paquetes mostrados como JSON Lines</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Acknowledgement latency</source>
        <translation>Latencia de confirmación</translation>
    </message>
    <message>
        <source>Shown: %1 · kept: %2 · awaiting an answer: %3 · dropped: %4</source>
        <translation>Mostrados: %1 · conservados: %2 · esperando respuesta: %3 · descartados: %4</translation>
    </message>
    <message>
        <source>Export packets</source>
        <translation>Exportar paquetes</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The packets could not be saved to %1: %2. Choose another place.</source>
        <translation>No se pudieron guardar los paquetes en %1: %2. Elige otra ubicación.</translation>
    </message>
</context>
<context>
    <name>PagedTextView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>The part of the payload before this one</source>
        <translation>La parte de la carga útil anterior a esta</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The part of the payload after this one</source>
        <translation>La parte de la carga útil posterior a esta</translation>
    </message>
    <message>
        <source>Not UTF-8: this byte is shown as its hex value</source>
        <translation>No es UTF-8: este byte se muestra con su valor hex</translation>
    </message>
</context>
<context>
    <name>PayloadDetector</name>
    <message>
        <source>The content type says JSON, but the payload is cut, so it cannot be read as JSON.</source>
        <translation>El tipo de contenido dice JSON, pero la carga útil está recortada, así que no se puede leer como JSON.</translation>
    </message>
    <message>
        <source>The content type says JSON, but: %1</source>
        <translation>El tipo de contenido dice JSON, pero: %1</translation>
    </message>
    <message>
        <source>The content type says CBOR, but: %1</source>
        <translation>El tipo de contenido dice CBOR, pero: %1</translation>
    </message>
    <message>
        <source>The content type says MessagePack, but: %1</source>
        <translation>El tipo de contenido dice MessagePack, pero: %1</translation>
    </message>
    <message>
        <source>The payload is cut, so it cannot be read as JSON.</source>
        <translation>La carga útil está recortada, así que no se puede leer como JSON.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Árbol JSON</translation>
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
        <translation>Árbol CBOR</translation>
    </message>
    <message>
        <source>CBOR diagnostic</source>
        <translation>Diagnóstico CBOR</translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>The payload is cut, so it cannot be read as Sparkplug B.</source>
        <translation>La carga útil está cortada, así que no se puede leer como Sparkplug B.</translation>
    </message>
    <message>
        <source>The content type says Protocol Buffers, but: %1</source>
        <translation>El tipo de contenido dice Protocol Buffers, pero: %1</translation>
    </message>
    <message>
        <source>Protocol Buffers (raw)</source>
        <translation>Protocol Buffers (en bruto)</translation>
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
        <translation>%1 en %2 no es un dígito hex; hex usa 0–9 y a–f, dos dígitos por byte.</translation>
    </message>
    <message>
        <source>&quot;0x&quot; at %1 is not followed by hex digits.</source>
        <translation>&quot;0x&quot; en %1 no va seguido de dígitos hex.</translation>
    </message>
    <message>
        <source>The hex group at %1 has an odd number of digits (%2); every byte needs two, e.g. 0f rather than f.</source>
        <translation>El grupo hex en %1 tiene un número impar de dígitos (%2); cada byte necesita dos, p. ej. 0f en lugar de f.</translation>
    </message>
    <message>
        <source>%1 at %2 cannot appear in base64, which uses A–Z, a–z, 0–9, + and / (or - and _), and = only at the end.</source>
        <translation>%1 en %2 no puede aparecer en base64, que usa A–Z, a–z, 0–9, + y / (o - y _), y = solo al final.</translation>
    </message>
    <message>
        <source>%1 at %2 follows the = padding, which may only end base64.</source>
        <translation>%1 en %2 va después del relleno =, que solo puede terminar el base64.</translation>
    </message>
    <message>
        <source>Base64 cannot end with a group of one character (at %1): it comes in groups of four characters, the last one two to four long.</source>
        <translation>Base64 no puede terminar con un grupo de un solo carácter (en %1): va en grupos de cuatro caracteres, y el último tiene de dos a cuatro.</translation>
    </message>
    <message>
        <source>The = padding at %1 does not fit: base64 ends with as many = as its last group of four lacks (%2 here).</source>
        <translation>El relleno = en %1 no encaja: base64 termina con tantos = como le faltan a su último grupo de cuatro (%2 aquí).</translation>
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
            <numerusform>⟨binario, %1 byte⟩</numerusform>
            <numerusform>⟨binario, %1 bytes⟩</numerusform>
        </translation>
    </message>
    <message>
        <source> …(truncated, %1)</source>
        <translation> …(truncado, %1)</translation>
    </message>
    <message>
        <source>Payload format: %1</source>
        <translation>Formato de carga útil: %1</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>texto UTF-8</translation>
    </message>
    <message>
        <source>unspecified bytes</source>
        <translation>bytes sin especificar</translation>
    </message>
    <message>
        <source>Message expiry interval: %1 s</source>
        <translation>Intervalo de caducidad del mensaje: %1 s</translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation>Tipo de contenido: %1</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>Tema de respuesta: %1</translation>
    </message>
    <message>
        <source>Correlation data (hex): %1</source>
        <translation>Datos de correlación (hex): %1</translation>
    </message>
    <message>
        <source>Subscription identifiers: %1</source>
        <translation>Identificadores de suscripción: %1</translation>
    </message>
    <message>
        <source>Topic alias: %1</source>
        <translation>Alias de tema: %1</translation>
    </message>
    <message>
        <source>User property: %1 = %2</source>
        <translation>Propiedad de usuario: %1 = %2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Recibido: %1</translation>
    </message>
    <message>
        <source>QoS: %1</source>
        <translation>QoS: %1</translation>
    </message>
    <message>
        <source>Retain: %1</source>
        <translation>Retener: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <source>MQTT 5 properties:</source>
        <translation>Propiedades de MQTT 5:</translation>
    </message>
    <message>
        <source>Payload truncated: showing the first %1 of %2.</source>
        <translation>Carga útil truncada: se muestran los primeros %1 de %2.</translation>
    </message>
    <message>
        <source>Empty payload (on a retained message this deletes the retained message).</source>
        <translation>Carga útil vacía (en un mensaje retenido, esto elimina el mensaje retenido).</translation>
    </message>
    <message>
        <source>Empty payload.</source>
        <translation>Carga útil vacía.</translation>
    </message>
    <message>
        <source>Binary payload, as a hex dump:</source>
        <translation>Carga útil binaria, como volcado hex:</translation>
    </message>
    <message>
        <source>Hex dump of the first %1 of %2; the rest is not shown.</source>
        <translation>Volcado hex de los primeros %1 de %2; el resto no se muestra.</translation>
    </message>
    <message>
        <source>Payload (JSON, pretty-printed):</source>
        <translation>Carga útil (JSON, con formato):</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Carga útil:</translation>
    </message>
</context>
<context>
    <name>PayloadPane</name>
    <message>
        <source>This installation of Qt cannot read WebP images (its image format plugin is missing).</source>
        <translation>Esta instalación de Qt no puede leer imágenes WebP (falta su complemento de formato de imagen).</translation>
    </message>
    <message>
        <source>Not an image Qt can read: %1.</source>
        <translation>No es una imagen que Qt pueda leer: %1.</translation>
    </message>
    <message>
        <source>How the payload is shown; the bytes stay as they are whichever you pick</source>
        <translation>Cómo se muestra la carga útil; los bytes no cambian sea cual sea la opción que elijas</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Copy the node&apos;s path, such as $.sensors[0].temp</source>
        <translation>Copiar la ruta del nodo, como $.sensors[0].temp</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>Payload truncated: the store kept the first %1 of %2; every view shows those bytes only.</source>
        <translation>Carga útil truncada: el almacén guardó los primeros %1 de %2; todas las vistas muestran solo esos bytes.</translation>
    </message>
    <message>
        <source>The payload is cut at %1, so it cannot be read as %2.</source>
        <translation>La carga útil está recortada en %1, así que no se puede leer como %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) are not UTF-8: each shows as its hex value in ⟨⟩, highlighted.</source>
        <translation>
            <numerusform>%Ln byte no es UTF-8: se muestra con su valor hex entre ⟨⟩, resaltado.</numerusform>
            <numerusform>%Ln bytes no son UTF-8: cada uno se muestra con su valor hex entre ⟨⟩, resaltado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 of JSON…</source>
        <translation>Comprobando %1 de JSON…</translation>
    </message>
    <message>
        <source>Reading %1 of JSON…</source>
        <translation>Leyendo %1 de JSON…</translation>
    </message>
    <message>
        <source>The diagnostic notation stops after %1 characters; the tree and hex views show everything.</source>
        <translation>La notación de diagnóstico se detiene después de %1 caracteres; las vistas de árbol y hex lo muestran todo.</translation>
    </message>
    <message>
        <source>Reading %1 of CBOR…</source>
        <translation>Leyendo %1 de CBOR…</translation>
    </message>
    <message>
        <source>Reading %1 of MessagePack…</source>
        <translation>Leyendo %1 de MessagePack…</translation>
    </message>
    <message>
        <source>Decoding a %1 image…</source>
        <translation>Decodificando una imagen %1…</translation>
    </message>
    <message>
        <source>Shown as %1 instead.</source>
        <translation>Se muestra como %1 en su lugar.</translation>
    </message>
    <message>
        <source>The tree shows the first %1 values only; the text and hex views show everything.</source>
        <translation>El árbol muestra solo los primeros %1 valores; las vistas de texto y hex lo muestran todo.</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels</source>
        <translation>Imagen %1, %2 × %3 píxeles</translation>
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>Leyendo %1 de %2…</translation>
    </message>
</context>
<context>
    <name>PayloadTemplate</name>
    <message>
        <source>{{random}} at %1 needs a range: {{random:min:max}}, e.g. {{random:1:100}}.</source>
        <translation>{{random}} en %1 necesita un rango: {{random:min:max}}, p. ej. {{random:1:100}}.</translation>
    </message>
    <message>
        <source>The range of {{random}} at %1 must be two numbers: {{random:min:max}}.</source>
        <translation>El rango de {{random}} en %1 debe ser dos números: {{random:min:max}}.</translation>
    </message>
    <message>
        <source>The range of {{random}} at %1 is out of reach: use numbers from -10^15 to 10^15 with at most 9 decimals.</source>
        <translation>El rango de {{random}} en %1 está fuera de alcance: usa números de -10^15 a 10^15 con 9 decimales como máximo.</translation>
    </message>
    <message>
        <source>The range of {{random}} at %1 is upside down: the minimum is above the maximum.</source>
        <translation>El rango de {{random}} en %1 está al revés: el mínimo es mayor que el máximo.</translation>
    </message>
    <message>
        <source>{{%1}} at %2 is not a placeholder Canopy knows; use {{counter}}, {{timestamp}}, {{timestamp:iso}} or {{random:min:max}}.</source>
        <translation>{{%1}} en %2 no es un marcador que Canopy conozca; usa {{counter}}, {{timestamp}}, {{timestamp:iso}} o {{random:min:max}}.</translation>
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
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefined</translation>
    </message>
    <message>
        <source>simple value</source>
        <translation>valor simple</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>extensión</translation>
    </message>
</context>
<context>
    <name>PayloadTreeModel</name>
    <message>
        <source>(tagged value)</source>
        <translation>(valor etiquetado)</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>tag (%1)</source>
        <translation>etiqueta (%1)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Keep between 1 and %1 messages per topic.</source>
        <translation>Guarda entre 1 y %1 mensajes por tema.</translation>
    </message>
    <message>
        <source>The history budget must be between 1 MiB and %1.</source>
        <translation>La memoria máxima del historial debe estar entre 1 MiB y %1.</translation>
    </message>
    <message>
        <source>The payload limit must be between 1 KiB and %1.</source>
        <translation>El límite de carga útil debe estar entre 1 KiB y %1.</translation>
    </message>
    <message>
        <source>The payload limit (%1) is larger than the whole history budget (%2): raise the budget or lower the limit, or the history could not keep one full message.</source>
        <translation>El límite de carga útil (%1) es mayor que toda la memoria máxima del historial (%2): aumenta la memoria máxima o reduce el límite; si no, el historial no podría guardar ni un mensaje completo.</translation>
    </message>
    <message>
        <source>A chart keeps between %1 and %2 points per series.</source>
        <translation>Un gráfico guarda entre %1 y %2 puntos por serie.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>How many messages of each topic the history keeps, the last one included</source>
        <translation>Cuántos mensajes de cada tema guarda el historial, incluido el último</translation>
    </message>
    <message>
        <source>&amp;History per topic:</source>
        <translation>&amp;Historial por tema:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory for the history of all topics of a connection; the oldest messages go first</source>
        <translation>Memoria para el historial de todos los temas de una conexión; los mensajes más antiguos se descartan primero</translation>
    </message>
    <message>
        <source>History &amp;budget:</source>
        <translation>&amp;Memoria máxima del historial:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Payloads longer than this are kept and shown cut to it, and marked as truncated</source>
        <translation>Las cargas útiles más largas se guardan y se muestran recortadas a este tamaño, marcadas como truncadas</translation>
    </message>
    <message>
        <source>&amp;Payload display limit:</source>
        <translation>&amp;Límite de carga útil mostrada:</translation>
    </message>
    <message>
        <source>Points a chart keeps per series; the oldest go first</source>
        <translation>Puntos que guarda un gráfico por serie; los más antiguos se descartan primero</translation>
    </message>
    <message>
        <source>&amp;Chart points per series:</source>
        <translation>Puntos de &amp;gráfico por serie:</translation>
    </message>
    <message>
        <source>Appearance and start</source>
        <translation>Apariencia e inicio</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Modo de &amp;color:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language applies the next time Canopy starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Canopy.</translation>
    </message>
    <message>
        <source>&amp;Reopen the saved connections that are open when Canopy closes</source>
        <translation>&amp;Reabrir las conexiones guardadas que estén abiertas cuando Canopy se cierre</translation>
    </message>
    <message>
        <source>At start:</source>
        <translation>Al iniciar:</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>no local</source>
        <translation>no local</translation>
    </message>
    <message>
        <source>retain as published</source>
        <translation>retener como se publicó</translation>
    </message>
    <message>
        <source>retain handling %1</source>
        <translation>Retain Handling %1</translation>
    </message>
    <message>
        <source>identifier %1</source>
        <translation>identificador %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Last Will</source>
        <translation>Última voluntad</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>e.g. local mosquitto</source>
        <translation>p. ej. mosquitto local</translation>
    </message>
    <message>
        <source>broker.example.com, or a URL such as mqtts://host:8883</source>
        <translation>broker.example.com, o una URL como mqtts://host:8883</translation>
    </message>
    <message>
        <source>A host name or IP address; a whole URL pasted here fills in the transport, port and path</source>
        <translation>Un nombre de host o una dirección IP; si pegas aquí una URL completa, se rellenan el transporte, el puerto y la ruta</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Puer&amp;to:</translation>
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
        <translation>WebSocket seguro (wss://)</translation>
    </message>
    <message>
        <source>MQTT 5, else 3.1.1</source>
        <translation>MQTT 5, si no 3.1.1</translation>
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
        <translation>&apos;MQTT 5, si no 3.1.1&apos; vuelve a conectar con 3.1.1 cuando el broker rechaza MQTT 5</translation>
    </message>
    <message>
        <source>MQTT &amp;version:</source>
        <translation>&amp;Versión de MQTT:</translation>
    </message>
    <message>
        <source>empty: the broker assigns one</source>
        <translation>vacío: lo asigna el broker</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Make up a new client id</source>
        <translation>Generar un ID de cliente nuevo</translation>
    </message>
    <message>
        <source>Random suffix</source>
        <translation>Sufijo aleatorio</translation>
    </message>
    <message>
        <source>Append a random suffix at every connection, so that several windows or tabs on the same broker do not take each other&apos;s place</source>
        <translation>Añadir un sufijo aleatorio en cada conexión, para que varias ventanas o pestañas en el mismo broker no se quiten el sitio unas a otras</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Start a new session at every connection</source>
        <translation>Iniciar una sesión nueva en cada conexión</translation>
    </message>
    <message>
        <source>MQTT 5: how long the broker keeps the session after the connection ends, in seconds (0: not at all, 4294967295: for ever)</source>
        <translation>MQTT 5: cuánto tiempo conserva el broker la sesión después de que termine la conexión, en segundos (0: nada, 4294967295: para siempre)</translation>
    </message>
    <message>
        <source>Session &amp;expiry (s):</source>
        <translation>C&amp;aducidad de la sesión (s):</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>&amp;Keep-alive (s):</source>
        <translation>&amp;Keep-alive (s):</translation>
    </message>
    <message>
        <source>Reconnect when the connection is lost, waiting longer after each failure</source>
        <translation>Reconectar cuando se pierda la conexión, esperando más tras cada fallo</translation>
    </message>
    <message>
        <source>&amp;Reconnect:</source>
        <translation>Rec&amp;onectar:</translation>
    </message>
    <message>
        <source>TLS settings apply to the TLS and Secure WebSocket transports.</source>
        <translation>La configuración TLS se aplica a los transportes TLS y WebSocket seguro.</translation>
    </message>
    <message>
        <source>The system&apos;s CAs</source>
        <translation>Las CA del sistema</translation>
    </message>
    <message>
        <source>This CA file:</source>
        <translation>Este archivo de CA:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Confiar en:</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Certificados y claves (*.pem *.crt *.cer *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>Arc&amp;hivo de CA:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;lave de cliente:</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>solo para una clave cifrada</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <source>empty: the host</source>
        <translation>vacío: el host</translation>
    </message>
    <message>
        <source>The name the broker&apos;s certificate must carry, also sent as SNI</source>
        <translation>El nombre que debe llevar el certificado del broker, que también se envía como SNI</translation>
    </message>
    <message>
        <source>e.g. mqtt, or x-amzn-mqtt-ca for AWS IoT on port 443</source>
        <translation>p. ej. mqtt, o x-amzn-mqtt-ca para AWS IoT en el puerto 443</translation>
    </message>
    <message>
        <source>&amp;ALPN:</source>
        <translation>&amp;ALPN:</translation>
    </message>
    <message>
        <source>Skip certificate verification</source>
        <translation>Omitir la verificación del certificado</translation>
    </message>
    <message>
        <source>Anyone between you and the broker can read and change this connection, passwords included: the broker&apos;s identity is not checked. Use this only to try out a broker you control; give its CA file instead.</source>
        <translation>Cualquiera entre tú y el broker puede leer y modificar esta conexión, contraseñas incluidas: no se comprueba la identidad del broker. Úsalo solo para probar un broker que controles; mejor indica su archivo de CA.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Options (MQTT 5)</source>
        <translation>Opciones (MQTT 5)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Subscribed to when the connection opens:</source>
        <translation>Suscripciones al abrir la conexión:</translation>
    </message>
    <message>
        <source>The session expiry is a number of seconds from 0 to 4294967295 (for ever).</source>
        <translation>La caducidad de la sesión es un número de segundos de 0 a 4294967295 (para siempre).</translation>
    </message>
    <message>
        <source>Choose the CA file, or trust the system&apos;s CAs.</source>
        <translation>Elige el archivo de CA o confía en las CA del sistema.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>Tr&amp;ansporte:</translation>
    </message>
    <message>
        <source>&amp;WebSocket path:</source>
        <translation>Ruta de &amp;WebSocket:</translation>
    </message>
    <message>
        <source>Cli&amp;ent id:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Clean st&amp;art:</source>
        <translation>Inicio &amp;limpio:</translation>
    </message>
    <message>
        <source>Connect time&amp;out (s):</source>
        <translation>&amp;Tiempo de espera de conexión (s):</translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation>Cer&amp;tificado de cliente:</translation>
    </message>
    <message>
        <source>Ser&amp;ver name (SNI):</source>
        <translation>Nombre del ser&amp;vidor (SNI):</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>&apos;%1&apos; is not base64.</source>
        <translation>&apos;%1&apos; no es base64.</translation>
    </message>
    <message>
        <source>Each user property is {&quot;name&quot;: …, &quot;value&quot;: …}.</source>
        <translation>Cada propiedad de usuario es {&quot;name&quot;: …, &quot;value&quot;: …}.</translation>
    </message>
    <message>
        <source>&apos;alpn&apos; is a list of protocol names (text).</source>
        <translation>&apos;alpn&apos; es una lista de nombres de protocolo (texto).</translation>
    </message>
    <message>
        <source>Each subscription is an object with a &quot;filter&quot;.</source>
        <translation>Cada suscripción es un objeto con un &quot;filter&quot;.</translation>
    </message>
    <message>
        <source>The file was written by a newer Canopy (format %1); what this version does not know is listed below.</source>
        <translation>El archivo lo escribió un Canopy más reciente (formato %1); lo que esta versión no conoce se indica abajo.</translation>
    </message>
    <message>
        <source>&apos;connections&apos; is missing.</source>
        <translation>Falta &apos;connections&apos;.</translation>
    </message>
    <message>
        <source>Each connection is an object ({…}).</source>
        <translation>Cada conexión es un objeto ({…}).</translation>
    </message>
    <message>
        <source>&apos;transport&apos; is tcp, tls, ws or wss, not &apos;%1&apos;.</source>
        <translation>&apos;transport&apos; es tcp, tls, ws o wss, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;protocol&apos; is 5-else-3.1.1, 5 or 3.1.1, not &apos;%1&apos;.</source>
        <translation>&apos;protocol&apos; es 5-else-3.1.1, 5 o 3.1.1, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>The embedded file &apos;%1&apos; is not base64.</source>
        <translation>El archivo incrustado &apos;%1&apos; no es base64.</translation>
    </message>
    <message>
        <source>&apos;type&apos; is &quot;mqtt&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;type&apos; es &quot;mqtt&quot;, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;protocol&apos; is &quot;mqtt&quot; or &quot;ws&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;protocol&apos; es &quot;mqtt&quot; o &quot;ws&quot;, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The subscription &apos;%1&apos; is not a valid topic filter: %2</source>
        <translation>La suscripción &apos;%1&apos; no es un filtro de temas válido: %2</translation>
    </message>
    <message>
        <source>Each subscription is {&quot;topic&quot;: …, &quot;qos&quot;: …} or a topic.</source>
        <translation>Cada suscripción es {&quot;topic&quot;: …, &quot;qos&quot;: …} o un tema.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object of connections by id.</source>
        <translation>&apos;%1&apos; debe ser un objeto de conexiones por id.</translation>
    </message>
    <message>
        <source>The connection &apos;%1&apos; is not an object ({…}).</source>
        <translation>La conexión &apos;%1&apos; no es un objeto ({…}).</translation>
    </message>
    <message>
        <source>Each subscription is an object with a &quot;topic&quot;.</source>
        <translation>Cada suscripción es un objeto con un &quot;topic&quot;.</translation>
    </message>
    <message>
        <source>the subscription &apos;%1&apos; was disabled in MQTTX and was left out</source>
        <translation>la suscripción &apos;%1&apos; estaba desactivada en MQTTX y se omitió</translation>
    </message>
    <message>
        <source>the subscription&apos;s &apos;%1&apos; (of &apos;%2&apos;) has no equivalent in Canopy</source>
        <translation>el &apos;%1&apos; de la suscripción (de &apos;%2&apos;) no tiene equivalente en Canopy</translation>
    </message>
    <message>
        <source>&apos;protocol&apos; is mqtt, mqtts, ws or wss, not &apos;%1&apos;.</source>
        <translation>&apos;protocol&apos; es mqtt, mqtts, ws o wss, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>MQTT 3.1 is not offered by Canopy; the connection uses 3.1.1</source>
        <translation>Canopy no ofrece MQTT 3.1; la conexión usa 3.1.1</translation>
    </message>
    <message>
        <source>&apos;mqttVersion&apos; is &quot;3.1.1&quot; or &quot;5.0&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;mqttVersion&apos; es &quot;3.1.1&quot; o &quot;5.0&quot;, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;certType&apos; is &quot;self&quot; but &apos;ca&apos; names no CA file.</source>
        <translation>&apos;certType&apos; es &quot;self&quot;, pero &apos;ca&apos; no indica ningún archivo de CA.</translation>
    </message>
    <message>
        <source>&apos;certType&apos; is &quot;&quot;, &quot;server&quot; or &quot;self&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;certType&apos; es &quot;&quot;, &quot;server&quot; o &quot;self&quot;, no &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored message(s) of MQTTX&apos;s history were not imported</source>
        <translation>
            <numerusform>No se importó %n mensaje guardado del historial de MQTTX</numerusform>
            <numerusform>No se importaron %n mensajes guardados del historial de MQTTX</numerusform>
        </translation>
    </message>
    <message>
        <source>Each connection of an MQTTX export is an object ({…}).</source>
        <translation>Cada conexión de una exportación de MQTTX es un objeto ({…}).</translation>
    </message>
    <message>
        <source>This entry is not an MQTTX connection: it has no &apos;host&apos; and &apos;clientId&apos;.</source>
        <translation>Esta entrada no es una conexión de MQTTX: no tiene &apos;host&apos; ni &apos;clientId&apos;.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is not JSON (%1), so it is none of the connection files Canopy reads.</source>
        <translation>Esto no es JSON (%1), así que no es ninguno de los archivos de conexiones que lee Canopy.</translation>
    </message>
    <message>
        <source>The file says its format is &apos;%1&apos;, but Canopy&apos;s connection files say &apos;%2&apos;.</source>
        <translation>El archivo dice que su formato es &apos;%1&apos;, pero los archivos de conexiones de Canopy dicen &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>This JSON is none of the connection files Canopy reads: Canopy&apos;s export, MQTTX&apos;s connection export or MQTT Explorer&apos;s settings file.</source>
        <translation>Este JSON no es ninguno de los archivos de conexiones que lee Canopy: la exportación de Canopy, la exportación de conexiones de MQTTX o el archivo de configuración de MQTT Explorer.</translation>
    </message>
    <message>
        <source>The file holds no connections.</source>
        <translation>El archivo no contiene conexiones.</translation>
    </message>
    <message>
        <source>Canopy connections</source>
        <translation>Conexiones de Canopy</translation>
    </message>
    <message>
        <source>MQTTX connections</source>
        <translation>Conexiones de MQTTX</translation>
    </message>
    <message>
        <source>MQTT Explorer settings</source>
        <translation>Configuración de MQTT Explorer</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; for the imported certificates cannot be created.</source>
        <translation>No se puede crear la carpeta &apos;%1&apos; para los certificados importados.</translation>
    </message>
    <message>
        <source>The imported certificate &apos;%1&apos; cannot be written to &apos;%2&apos; (%3).</source>
        <translation>No se puede escribir el certificado importado &apos;%1&apos; en &apos;%2&apos; (%3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty: every connection needs a name.</source>
        <translation>&apos;%1&apos; está vacío: cada conexión necesita un nombre.</translation>
    </message>
    <message>
        <source>The will topic &apos;%1&apos; cannot be used: %2</source>
        <translation>No se puede usar el tema de última voluntad &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no equivalent in Canopy</source>
        <translation>&apos;%1&apos; no tiene equivalente en Canopy</translation>
    </message>
</context>
<context>
    <name>ProfileLauncher</name>
    <message>
        <source>The connection &apos;%1&apos; cannot be opened as it is: %2</source>
        <translation>La conexión &apos;%1&apos; no se puede abrir tal como está: %2</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>The connections could not be saved to &apos;%1&apos;: check that the folder is writable.</source>
        <translation>No se pudieron guardar las conexiones en &apos;%1&apos;: comprueba que se pueda escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
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
        <translation>%1: &apos;%2&apos; es &apos;%3&apos;, que no es %4; se usa %5 en su lugar.</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Conexión %1</translation>
    </message>
    <message>
        <source>Connection %1 (&apos;%2&apos;)</source>
        <translation>Conexión %1 (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>tcp, tls, ws or wss</source>
        <translation>tcp, tls, ws o wss</translation>
    </message>
    <message>
        <source>5-else-3.1.1, 5 or 3.1.1</source>
        <translation>5-else-3.1.1, 5 o 3.1.1</translation>
    </message>
    <message>
        <source>%1, subscription %2</source>
        <translation>%1, suscripción %2</translation>
    </message>
    <message>
        <source>%1, subscription %2: it has no filter and was left out.</source>
        <translation>%1, suscripción %2: no tiene filtro y se omitió.</translation>
    </message>
    <message>
        <source>The settings file &apos;%1&apos; has lines that could not be read; they were ignored.</source>
        <translation>El archivo de configuración &apos;%1&apos; tiene líneas que no se pudieron leer; se ignoraron.</translation>
    </message>
    <message>
        <source>The settings file &apos;%1&apos; was written by a newer Canopy (format %2); what this version does not know is ignored.</source>
        <translation>El archivo de configuración &apos;%1&apos; lo escribió un Canopy más reciente (formato %2); lo que esta versión no conoce se ignora.</translation>
    </message>
    <message>
        <source>Connection %1 (&apos;%2&apos;) has the id of another one and was given a new id; its saved password may have to be entered again.</source>
        <translation>La conexión %1 (&apos;%2&apos;) tiene el id de otra y se le dio un id nuevo; puede que haya que volver a introducir su contraseña guardada.</translation>
    </message>
    <message>
        <source>Connection %1 has no name and was called &apos;%2&apos;.</source>
        <translation>La conexión %1 no tiene nombre y se llamó &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Two connections are called &apos;%1&apos;; the second is now &apos;%2&apos;.</source>
        <translation>Dos conexiones se llaman &apos;%1&apos;; la segunda ahora es &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>&apos;%1&apos; cannot be read (%2).</source>
        <translation>No se puede leer &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 64 MiB: it is not a connections file.</source>
        <translation>&apos;%1&apos; ocupa más de 64 MiB: no es un archivo de conexiones.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not imported. %2</source>
        <translation>No se importó &apos;%1&apos;. %2</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>Importar conexiones</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) of this file have the name of one you have: %1.

Replace yours, or keep both (the imported ones get a new name)?</source>
        <translation>
            <numerusform>%n conexión de este archivo tiene el nombre de una que ya tienes: %1.

¿Reemplazar la tuya o conservar ambas (las importadas reciben un nombre nuevo)?</numerusform>
            <numerusform>%n conexiones de este archivo tienen el nombre de otras que ya tienes: %1.

¿Reemplazar las tuyas o conservar ambas (las importadas reciben un nombre nuevo)?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace Mine</source>
        <translation>&amp;Reemplazar las mías</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Conservar ambas</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported from %1.</source>
        <translation>
            <numerusform>%n conexión importada de %1.</numerusform>
            <numerusform>%n conexiones importadas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available: their passwords are kept for this session only.</source>
        <translation>No hay ningún llavero disponible: sus contraseñas se guardan solo para esta sesión.</translation>
    </message>
    <message>
        <source>Their passwords went into the system keychain, not into Canopy&apos;s settings.</source>
        <translation>Sus contraseñas se guardaron en el llavero del sistema, no en la configuración de Canopy.</translation>
    </message>
    <message>
        <source>Not imported, for want of an equivalent in Canopy:</source>
        <translation>No importado, por no tener equivalente en Canopy:</translation>
    </message>
    <message>
        <source>The connections could not be written to &apos;%1&apos; (%2).</source>
        <translation>No se pudieron escribir las conexiones en &apos;%1&apos; (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) exported to %1, with their passwords in clear text: keep the file private.</source>
        <translation>
            <numerusform>%n conexión exportada a %1, con su contraseña en texto plano: mantén el archivo en privado.</numerusform>
            <numerusform>%n conexiones exportadas a %1, con sus contraseñas en texto plano: mantén el archivo en privado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) exported to %1, without passwords.</source>
        <translation>
            <numerusform>%n conexión exportada a %1, sin contraseñas.</numerusform>
            <numerusform>%n conexiones exportadas a %1, sin contraseñas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>%1 must not contain the null character U+0000 (MQTT 5.0 [MQTT-1.5.4-2]).</source>
        <translation>%1 no debe contener el carácter nulo U+0000 (MQTT 5.0 [MQTT-1.5.4-2]).</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 (MQTT 5.0 [MQTT-1.5.4-1]).</source>
        <translation>%1 no es UTF-8 válido (MQTT 5.0 [MQTT-1.5.4-1]).</translation>
    </message>
    <message>
        <source>%1 is longer than 65,535 bytes in UTF-8, the most an MQTT string can hold (MQTT 5.0 section 1.5.4).</source>
        <translation>%1 ocupa más de 65.535 bytes en UTF-8, el máximo que puede contener una cadena MQTT (MQTT 5.0 sección 1.5.4).</translation>
    </message>
    <message>
        <source>&apos;#&apos; must be the last level of a filter and fill it alone, as in sensors/# (MQTT 5.0 [MQTT-4.7.1-1]).</source>
        <translation>&apos;#&apos; debe ser el último nivel de un filtro y ocuparlo por sí solo, como en sensors/# (MQTT 5.0 [MQTT-4.7.1-1]).</translation>
    </message>
    <message>
        <source>&apos;+&apos; must fill a whole level of a filter, as in sensors/+/temperature (MQTT 5.0 [MQTT-4.7.1-2]).</source>
        <translation>&apos;+&apos; debe ocupar un nivel completo de un filtro, como en sensors/+/temperature (MQTT 5.0 [MQTT-4.7.1-2]).</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Ponle un nombre a la conexión.</translation>
    </message>
    <message>
        <source>Another connection is already called &apos;%1&apos;: choose another name.</source>
        <translation>Otra conexión ya se llama &apos;%1&apos;: elige otro nombre.</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or IP address, e.g. broker.example.com or 192.168.1.10.</source>
        <translation>Introduce el nombre de host o la dirección IP del broker, p. ej. broker.example.com o 192.168.1.10.</translation>
    </message>
    <message>
        <source>Write the host alone, without a scheme: choose the transport below (or paste the whole URL into this field and leave it).</source>
        <translation>Escribe solo el host, sin esquema: elige el transporte abajo (o pega la URL completa en este campo y sal de él).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: write a name such as broker.example.com or an IP address.</source>
        <translation>&apos;%1&apos; no es un nombre de host: escribe un nombre como broker.example.com o una dirección IP.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (MQTT uses 1883, MQTT over TLS 8883).</source>
        <translation>El puerto debe ser un número de 1 a 65535 (MQTT usa 1883; MQTT sobre TLS, 8883).</translation>
    </message>
    <message>
        <source>A topic filter must not be empty (MQTT 5.0 [MQTT-4.7.3-1]).</source>
        <translation>Un filtro de temas no puede estar vacío (MQTT 5.0 [MQTT-4.7.3-1]).</translation>
    </message>
    <message>
        <source>A topic filter</source>
        <translation>Un filtro de temas</translation>
    </message>
    <message>
        <source>A shared subscription is $share/{group}/{filter}: a group name without &apos;/&apos;, &apos;+&apos; or &apos;#&apos;, then a filter (MQTT 5.0 [MQTT-4.8.2-1], [MQTT-4.8.2-2]).</source>
        <translation>Una suscripción compartida es $share/{group}/{filter}: un nombre de grupo sin &apos;/&apos;, &apos;+&apos; ni &apos;#&apos;, y después un filtro (MQTT 5.0 [MQTT-4.8.2-1], [MQTT-4.8.2-2]).</translation>
    </message>
    <message>
        <source>A topic must not be empty (MQTT 5.0 [MQTT-4.7.3-1]).</source>
        <translation>Un tema no puede estar vacío (MQTT 5.0 [MQTT-4.7.3-1]).</translation>
    </message>
    <message>
        <source>A topic to publish to must not contain the wildcards &apos;+&apos; or &apos;#&apos; (MQTT 5.0 [MQTT-3.3.2-2]).</source>
        <translation>Un tema en el que publicar no puede contener los comodines &apos;+&apos; o &apos;#&apos; (MQTT 5.0 [MQTT-3.3.2-2]).</translation>
    </message>
    <message>
        <source>A topic</source>
        <translation>Un tema</translation>
    </message>
    <message>
        <source>QoS %1 does not exist: subscribe with QoS 0, 1 or 2.</source>
        <translation>QoS %1 no existe: suscríbete con QoS 0, 1 o 2.</translation>
    </message>
    <message>
        <source>Retain handling %1 does not exist: use 0 (send retained messages), 1 (only for a new subscription) or 2 (never).</source>
        <translation>Retain Handling %1 no existe: usa 0 (enviar los mensajes retenidos), 1 (solo para una suscripción nueva) o 2 (nunca).</translation>
    </message>
    <message>
        <source>A subscription identifier goes from 1 to 268,435,455 (0: none).</source>
        <translation>Un identificador de suscripción va de 1 a 268.435.455 (0: ninguno).</translation>
    </message>
    <message>
        <source>A shared subscription cannot use No Local (MQTT 5.0 [MQTT-3.8.3-4]).</source>
        <translation>Una suscripción compartida no puede usar No Local (MQTT 5.0 [MQTT-3.8.3-4]).</translation>
    </message>
    <message>
        <source>The WebSocket path starts with &apos;/&apos;, e.g. /mqtt (mosquitto accepts any path).</source>
        <translation>La ruta de WebSocket empieza por &apos;/&apos;, p. ej. /mqtt (mosquitto acepta cualquier ruta).</translation>
    </message>
    <message>
        <source>The client id</source>
        <translation>El ID de cliente</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 keeps a session only for a client id: enter one, or turn Clean start on (MQTT 3.1.1 [MQTT-3.1.3-7]).</source>
        <translation>MQTT 3.1.1 solo conserva una sesión si hay un ID de cliente: introduce uno o activa Inicio limpio (MQTT 3.1.1 [MQTT-3.1.3-7]).</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 sends a password only with a user name: enter the user name too (MQTT 3.1.1 [MQTT-3.1.2-22]).</source>
        <translation>MQTT 3.1.1 solo envía una contraseña junto con un nombre de usuario: introduce también el nombre de usuario (MQTT 3.1.1 [MQTT-3.1.2-22]).</translation>
    </message>
    <message>
        <source>Keep-alive goes from 0 (off) to 65,535 seconds.</source>
        <translation>El keep-alive va de 0 (desactivado) a 65.535 segundos.</translation>
    </message>
    <message>
        <source>The connect timeout goes from 1 to 600 seconds.</source>
        <translation>El tiempo de espera de conexión va de 1 a 600 segundos.</translation>
    </message>
    <message>
        <source>The client certificate needs its private key: choose the key file too.</source>
        <translation>El certificado de cliente necesita su clave privada: elige también el archivo de clave.</translation>
    </message>
    <message>
        <source>The client key needs its certificate: choose the certificate file too.</source>
        <translation>La clave de cliente necesita su certificado: elige también el archivo de certificado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: the server name is the name in the broker&apos;s certificate, e.g. broker.example.com.</source>
        <translation>&apos;%1&apos; no es un nombre de host: el nombre del servidor es el nombre que figura en el certificado del broker, p. ej. broker.example.com.</translation>
    </message>
    <message>
        <source>Each ALPN protocol name has 1 to 255 bytes, e.g. mqtt or x-amzn-mqtt-ca; separate them with commas.</source>
        <translation>Cada nombre de protocolo ALPN tiene de 1 a 255 bytes, p. ej. mqtt o x-amzn-mqtt-ca; sepáralos con comas.</translation>
    </message>
    <message>
        <source>The will&apos;s QoS is 0, 1 or 2.</source>
        <translation>El QoS de la última voluntad es 0, 1 o 2.</translation>
    </message>
    <message>
        <source>Every user property of the will needs a name.</source>
        <translation>Cada propiedad de usuario de la última voluntad necesita un nombre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice: remove one of them.</source>
        <translation>&apos;%1&apos; aparece dos veces: quita uno de ellos.</translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <source>e.g. application/json</source>
        <translation>p. ej. application/json</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>0 – unspecified bytes</source>
        <translation>0 – bytes sin especificar</translation>
    </message>
    <message>
        <source>1 – UTF-8 text</source>
        <translation>1 – texto UTF-8</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Message Expiry Interval: the broker drops the message if it cannot deliver it within this many seconds</source>
        <translation>Message Expiry Interval: el broker descarta el mensaje si no puede entregarlo en este número de segundos</translation>
    </message>
    <message>
        <source>replies come here; Canopy pairs them with this request</source>
        <translation>las respuestas llegan aquí; Canopy las empareja con esta solicitud</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Tipo de contenido:</translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation>Formato de carga útil:</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>Caduca después de:</translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation>Tema de respuesta:</translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation>Datos de correlación:</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>Propiedades de usuario:</translation>
    </message>
    <message>
        <source>Topic alias:</source>
        <translation>Alias de tema:</translation>
    </message>
    <message>
        <source>the broker says how many it allows when connected</source>
        <translation>el broker indica cuántos permite al conectarse</translation>
    </message>
    <message>
        <source>this broker allows no topic aliases</source>
        <translation>este broker no permite alias de tema</translation>
    </message>
    <message>
        <source>this broker allows 1 to %1</source>
        <translation>este broker permite de 1 a %1</translation>
    </message>
</context>
<context>
    <name>ProtobufDecoder</name>
    <message>
        <source>groups nest deeper than %1 levels</source>
        <translation>los grupos se anidan a más de %1 niveles</translation>
    </message>
    <message>
        <source>field number %1 is not allowed</source>
        <translation>el número de campo %1 no está permitido</translation>
    </message>
    <message>
        <source>a %1-bit value runs past the end</source>
        <translation>un valor de %1 bits sigue más allá del final</translation>
    </message>
    <message>
        <source>field %1 says %2 bytes follow, but only %3 do</source>
        <translation>el campo %1 anuncia %2 bytes, pero solo siguen %3</translation>
    </message>
    <message>
        <source>a group of field %1 ends that never started</source>
        <translation>termina un grupo del campo %1 que nunca empezó</translation>
    </message>
    <message>
        <source>wire type %1 does not exist</source>
        <translation>el tipo de codificación %1 no existe</translation>
    </message>
    <message>
        <source>the group of field %1 never ends</source>
        <translation>el grupo del campo %1 nunca termina</translation>
    </message>
    <message>
        <source>a varint runs past the end</source>
        <translation>un varint sigue más allá del final</translation>
    </message>
    <message>
        <source>a varint is longer than 10 bytes</source>
        <translation>un varint ocupa más de 10 bytes</translation>
    </message>
    <message>
        <source>Not valid Protocol Buffers: %1 at byte %2.</source>
        <translation>No es Protocol Buffers válido: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: its field %1 (%2) at byte %3 has the wrong type.</source>
        <translation>No es una carga útil Sparkplug B: su campo %1 (%2) en el byte %3 tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: the metric at byte %1 is not a message (%2)</source>
        <translation>No es una carga útil Sparkplug B: la métrica en el byte %1 no es un mensaje (%2)</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: field %1 (%2) of the metric at byte %3 has the wrong type.</source>
        <translation>No es una carga útil Sparkplug B: el campo %1 (%2) de la métrica en el byte %3 tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>Not valid Protocol Buffers: messages nest deeper than %1 levels.</source>
        <translation>No es Protocol Buffers válido: los mensajes se anidan a más de %1 niveles.</translation>
    </message>
</context>
<context>
    <name>PublishCollection</name>
    <message>
        <source>Canopy publish collection</source>
        <translation>Colección de publicación de Canopy</translation>
    </message>
    <message>
        <source>A collection needs a &quot;name&quot; that is not empty.</source>
        <translation>Una colección necesita un &quot;name&quot; que no esté vacío.</translation>
    </message>
    <message>
        <source>&quot;delayMs&quot; must be a whole number of milliseconds from 0 to %1.</source>
        <translation>&quot;delayMs&quot; debe ser un número entero de milisegundos de 0 a %1.</translation>
    </message>
    <message>
        <source>A collection needs a &quot;messages&quot; array.</source>
        <translation>Una colección necesita un array &quot;messages&quot;.</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>Mensaje %1: %2</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source># mosquitto_pub connects over TCP only; this broker was reached over WebSocket.</source>
        <translation># mosquitto_pub solo se conecta por TCP; a este broker se llegó por WebSocket.</translation>
    </message>
    <message>
        <source># The payload was cut at %1 of %2: this publishes the stored part.</source>
        <translation># La carga útil se recortó en %1 de %2: esto publica la parte guardada.</translation>
    </message>
    <message>
        <source># The correlation data holds zero bytes, which a command line cannot pass: it is left out.</source>
        <translation># Los datos de correlación contienen bytes cero, que una línea de comandos no puede pasar: se omiten.</translation>
    </message>
    <message>
        <source># The payload (%1) is too large for a command line: save it first with “Save payload…” as %2.</source>
        <translation># La carga útil (%1) es demasiado grande para una línea de comandos: guárdala primero con «Guardar carga útil…» como %2.</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <source>Choose the file whose bytes are the payload.</source>
        <translation>Elige el archivo cuyos bytes son la carga útil.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is %2; an MQTT message can carry at most %3.</source>
        <translation>%1 ocupa %2; un mensaje MQTT puede llevar como máximo %3.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>PublishEditor</name>
    <message>
        <source>Topic, e.g. home/kitchen/light/set</source>
        <translation>Tema, p. ej. home/kitchen/light/set</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>How the payload is written; switching converts what is there when it can</source>
        <translation>Cómo se escribe la carga útil; al cambiar se convierte lo que haya cuando es posible</translation>
    </message>
    <message>
        <source>{{…}}</source>
        <translation>{{…}}</translation>
    </message>
    <message>
        <source>Replace placeholders in text and JSON payloads: {{counter}}, {{timestamp}} (milliseconds), {{timestamp:iso}}, {{random:min:max}}</source>
        <translation>Reemplazar marcadores en cargas útiles de texto y JSON: {{counter}}, {{timestamp}} (milisegundos), {{timestamp:iso}}, {{random:min:max}}</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Con formato</translation>
    </message>
    <message>
        <source>Indent the JSON, one member per line (values and order stay as typed)</source>
        <translation>Sangrar el JSON, un miembro por línea (los valores y el orden quedan como se escribieron)</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <source>Remove the spaces and line breaks between JSON values</source>
        <translation>Quitar los espacios y saltos de línea entre los valores JSON</translation>
    </message>
    <message>
        <source>Payload (empty is allowed: an empty retained message deletes the retained one)</source>
        <translation>Carga útil (se permite vacía: un mensaje retenido vacío elimina el retenido)</translation>
    </message>
    <message>
        <source>The file whose bytes are the payload</source>
        <translation>El archivo cuyos bytes son la carga útil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>QoS 0 – at most once</source>
        <translation>QoS 0 – como máximo una vez</translation>
    </message>
    <message>
        <source>QoS 1 – at least once</source>
        <translation>QoS 1 – al menos una vez</translation>
    </message>
    <message>
        <source>QoS 2 – exactly once</source>
        <translation>QoS 2 – exactamente una vez</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>The broker keeps the message and gives it to every new subscriber</source>
        <translation>El broker guarda el mensaje y se lo entrega a cada suscriptor nuevo</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Carga útil:</translation>
    </message>
    <message>
        <source>Payload from a file</source>
        <translation>Carga útil desde un archivo</translation>
    </message>
    <message>
        <source>Not connected: the broker&apos;s limits are known once it accepts the connection.</source>
        <translation>No conectado: los límites del broker se conocen cuando acepta la conexión.</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 connection: message properties are not sent.</source>
        <translation>Conexión MQTT 3.1.1: no se envían las propiedades del mensaje.</translation>
    </message>
    <message>
        <source>packets of any size</source>
        <translation>paquetes de cualquier tamaño</translation>
    </message>
    <message>
        <source>packets up to %1</source>
        <translation>paquetes de hasta %1</translation>
    </message>
    <message>
        <source>QoS up to %1</source>
        <translation>QoS hasta %1</translation>
    </message>
    <message>
        <source>retain allowed</source>
        <translation>retención permitida</translation>
    </message>
    <message>
        <source>no retained messages</source>
        <translation>sin mensajes retenidos</translation>
    </message>
    <message>
        <source>no topic aliases</source>
        <translation>sin alias de tema</translation>
    </message>
    <message>
        <source>topic aliases 1 to %1</source>
        <translation>alias de tema de 1 a %1</translation>
    </message>
    <message>
        <source>This broker accepts: %1.</source>
        <translation>Este broker acepta: %1.</translation>
    </message>
    <message>
        <source>The payload was left as typed: it was not valid before the switch.</source>
        <translation>La carga útil se dejó como estaba escrita: no era válida antes del cambio.</translation>
    </message>
    <message>
        <source>The payload was left as typed: its bytes are not UTF-8 text.</source>
        <translation>La carga útil se dejó como estaba escrita: sus bytes no son texto UTF-8.</translation>
    </message>
    <message>
        <source>Choose the file whose bytes are the payload.</source>
        <translation>Elige el archivo cuyos bytes son la carga útil.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a file Canopy can read.</source>
        <translation>%1 no es un archivo que Canopy pueda leer.</translation>
    </message>
    <message>
        <source>%1 (%2 bytes), read when the message is sent.</source>
        <translation>%1 (%2 bytes), se lee cuando se envía el mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2 It can still be sent, as text.</source>
        <translation>JSON no válido en %1: %2 Aun así se puede enviar, como texto.</translation>
    </message>
    <message>
        <source>Valid JSON, %1.</source>
        <translation>JSON válido, %1.</translation>
    </message>
    <message>
        <source>Properties (set)</source>
        <translation>Propiedades (definidas)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
</context>
<context>
    <name>PublishFile</name>
    <message>
        <source>The file is larger than %1 MB; it cannot be a %2.</source>
        <translation>El archivo ocupa más de %1 MB; no puede ser un %2.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it cannot be a %1.</source>
        <translation>El archivo no es texto UTF-8, así que no puede ser un %1.</translation>
    </message>
    <message>
        <source>The file is not valid JSON at %1: %2</source>
        <translation>El archivo no es JSON válido en %1: %2</translation>
    </message>
    <message>
        <source>The file holds JSON but not an object, so it is not a %1.</source>
        <translation>El archivo contiene JSON pero no un objeto, así que no es un %1.</translation>
    </message>
    <message>
        <source>The file is not a %1: it lacks &quot;format&quot;: &quot;%2&quot;.</source>
        <translation>El archivo no es un %1: le falta &quot;format&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file has no valid &quot;version&quot; (a whole number from 1).</source>
        <translation>El archivo no tiene una &quot;version&quot; válida (un número entero a partir de 1).</translation>
    </message>
    <message>
        <source>The file was written by a newer Canopy (version %1 of the format; this one reads %2): update Canopy to read it.</source>
        <translation>El archivo lo escribió un Canopy más reciente (versión %1 del formato; esta lee la %2): actualiza Canopy para leerlo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, at %3)</source>
        <translation>%1 (%2, en %3)</translation>
    </message>
</context>
<context>
    <name>PublishHistory</name>
    <message>
        <source>Canopy publish history</source>
        <translation>Historial de publicación de Canopy</translation>
    </message>
    <message>
        <source>The history needs an &quot;entries&quot; array.</source>
        <translation>El historial necesita un array &quot;entries&quot;.</translation>
    </message>
    <message>
        <source>Entry %1 needs a &quot;timeMs&quot; time and a &quot;count&quot; of 1 or more.</source>
        <translation>La entrada %1 necesita una hora &quot;timeMs&quot; y un &quot;count&quot; de 1 o más.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entrada %1: %2</translation>
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
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>awaiting the answer…</source>
        <translation>esperando la respuesta…</translation>
    </message>
    <message>
        <source>%1
QoS %2%3 · %4
Click to load it into the editor.</source>
        <translation>%1
QoS %2%3 · %4
Haz clic para cargarlo en el editor.</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>, retenido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>PublishLibrary</name>
    <message>
        <source>%1 was not loaded: %2</source>
        <translation>No se cargó %1: %2</translation>
    </message>
    <message>
        <source>Collections of a connection can be saved once it has connected; save it for all connections instead.</source>
        <translation>Las colecciones de una conexión se pueden guardar una vez que se ha conectado; guárdala para todas las conexiones en su lugar.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2.</source>
        <translation>No se pudo eliminar %1: %2.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>No se pudo abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a collection.</source>
        <translation>%1 es demasiado grande para ser una colección.</translation>
    </message>
    <message>
        <source>The publish history %1 could not be opened: %2.</source>
        <translation>No se pudo abrir el historial de publicación %1: %2.</translation>
    </message>
    <message>
        <source>The publish history could not be read (%1); it was kept as %2 and a new history begins.</source>
        <translation>No se pudo leer el historial de publicación (%1); se conservó como %2 y empieza un historial nuevo.</translation>
    </message>
    <message>
        <source>The publish history could not be read (%1).</source>
        <translation>No se pudo leer el historial de publicación (%1).</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>PublishMessage</name>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>A message must be a JSON object with at least a &quot;topic&quot;.</source>
        <translation>Un mensaje debe ser un objeto JSON con al menos un &quot;topic&quot;.</translation>
    </message>
    <message>
        <source>A message needs a &quot;topic&quot; string.</source>
        <translation>Un mensaje necesita una cadena &quot;topic&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payload format; use text, json, hex, base64 or file.</source>
        <translation>&quot;%1&quot; no es un formato de carga útil; usa text, json, hex, base64 o file.</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object.</source>
        <translation>&quot;properties&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;correlationDataFormat&quot; must be &quot;text&quot; or &quot;hex&quot;.</source>
        <translation>&quot;correlationDataFormat&quot; debe ser &quot;text&quot; o &quot;hex&quot;.</translation>
    </message>
    <message>
        <source>&quot;userProperties&quot; must be an array.</source>
        <translation>&quot;userProperties&quot; debe ser un array.</translation>
    </message>
    <message>
        <source>Each user property must be an object with a &quot;name&quot; and a &quot;value&quot; string.</source>
        <translation>Cada propiedad de usuario debe ser un objeto con una cadena &quot;name&quot; y una cadena &quot;value&quot;.</translation>
    </message>
</context>
<context>
    <name>PublishOutcome</name>
    <message>
        <source>queued: %1</source>
        <translation>en cola: %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>acknowledged (PUBACK)</source>
        <translation>confirmado (PUBACK)</translation>
    </message>
    <message>
        <source>completed (PUBCOMP)</source>
        <translation>completado (PUBCOMP)</translation>
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
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish the message (Ctrl+Enter)</source>
        <translation>Publicar el mensaje (Ctrl+Intro)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>hasta que se detenga</translation>
    </message>
    <message>
        <source>How many messages; 0 repeats until you stop it</source>
        <translation>Cuántos mensajes; 0 repite hasta que lo detengas</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Publish the message again and again; {{counter}} counts them</source>
        <translation>Publicar el mensaje una y otra vez; {{counter}} los cuenta</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Publish to…</source>
        <translation>Publicar en…</translation>
    </message>
    <message>
        <source>Compose a message to this topic in the publish panel</source>
        <translation>Redactar un mensaje para este tema en el panel de publicación</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 de %2 enviados</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 enviados</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 respondidos</translation>
    </message>
    <message>
        <source>%1 failed (first: %2)</source>
        <translation>%1 fallidos (el primero: %2)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Sent to the connection, waiting for the answer…</source>
        <translation>Enviado a la conexión, esperando la respuesta…</translation>
    </message>
    <message>
        <source>Sent, with a warning: %1</source>
        <translation>Enviado, con una advertencia: %1</translation>
    </message>
    <message>
        <source>(Warning: %1)</source>
        <translation>(Advertencia: %1)</translation>
    </message>
    <message>
        <source>Publish (in the publish panel)</source>
        <translation>Publicar (en el panel de publicación)</translation>
    </message>
</context>
<context>
    <name>PublishPreparation</name>
    <message>
        <source>The payload is not valid JSON (%1): %2 It was sent as text.</source>
        <translation>La carga útil no es JSON válido (%1): %2 Se envió como texto.</translation>
    </message>
    <message>
        <source>This connection speaks MQTT 3.1.1, which has no message properties: they were not sent.</source>
        <translation>Esta conexión usa MQTT 3.1.1, que no tiene propiedades de mensaje: no se enviaron.</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>Tema de respuesta: %1</translation>
    </message>
    <message>
        <source>Correlation data: %1</source>
        <translation>Datos de correlación: %1</translation>
    </message>
    <message>
        <source>The payload format indicator says UTF-8, but the payload is not valid UTF-8; the broker may refuse it (0x99).</source>
        <translation>El indicador de formato de carga útil dice UTF-8, pero la carga útil no es UTF-8 válido; puede que el broker la rechace (0x99).</translation>
    </message>
</context>
<context>
    <name>ReconnectControls</name>
    <message>
        <source>Retry Now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Try to connect now instead of waiting for the countdown</source>
        <translation>Intentar conectar ahora en lugar de esperar a la cuenta atrás</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop reconnecting; the tab stays disconnected</source>
        <translation>Dejar de reconectar; la pestaña queda desconectada</translation>
    </message>
</context>
<context>
    <name>ResponsesView</name>
    <message>
        <source>none: the next reply pairs</source>
        <translation>ninguna: se empareja la siguiente respuesta</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Request → response topic</source>
        <translation>Solicitud → tema de respuesta</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Set a response topic (MQTT 5 properties) and Canopy subscribes to it for the request and pairs each reply with its request by correlation data.</source>
        <translation>Define un tema de respuesta (propiedades de MQTT 5) y Canopy se suscribe a él para la solicitud y empareja cada respuesta con su solicitud mediante los datos de correlación.</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <translation>esperando la respuesta…</translation>
    </message>
    <message>
        <source>reply after %1 ms</source>
        <translation>respuesta tras %1 ms</translation>
    </message>
    <message>
        <source>no reply within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>request not delivered: %1</source>
        <translation>solicitud no entregada: %1</translation>
    </message>
</context>
<context>
    <name>RetainedDeletion</name>
    <message>
        <source>Delete retained messages</source>
        <translation>Eliminar mensajes retenidos</translation>
    </message>
    <message>
        <source>Delete the retained message of &quot;%1&quot; from the broker?</source>
        <translation>¿Eliminar del broker el mensaje retenido de &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Delete the retained message of 1 topic in &quot;%1&quot; (%2) from the broker?</source>
        <translation>¿Eliminar del broker el mensaje retenido de 1 tema en &quot;%1&quot; (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the retained messages of %Ln topic(s) in &quot;%1&quot; from the broker?</source>
        <translation>
            <numerusform>¿Eliminar del broker los mensajes retenidos de %Ln tema en &quot;%1&quot;?</numerusform>
            <numerusform>¿Eliminar del broker los mensajes retenidos de %Ln temas en &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Canopy publishes an empty retained message to each topic. New subscribers will no longer receive them; this cannot be undone.</source>
        <translation>Canopy publica un mensaje retenido vacío en cada tema. Los suscriptores nuevos ya no los recibirán; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Deleting retained messages…</source>
        <translation>Eliminando mensajes retenidos…</translation>
    </message>
    <message>
        <source>Deleting retained messages: %1 of %2 done</source>
        <translation>Eliminando mensajes retenidos: %1 de %2 hechos</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>el llavero no respondió a tiempo</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>In the topic tree, Ctrl+C copies the topic; in the publish panel, Ctrl+Enter publishes. In a chart, the Left and Right keys scroll through time, + and - zoom, and Home follows the newest values again; Shift with the wheel scrolls.</source>
        <translation>En el árbol de temas, Ctrl+C copia el tema; en el panel de publicación, Ctrl+Intro publica. En un gráfico, las teclas Izquierda y Derecha se desplazan en el tiempo, + y - hacen zoom, e Inicio vuelve a seguir los valores más recientes; Mayús con la rueda desplaza.</translation>
    </message>
</context>
<context>
    <name>StringPager</name>
    <message>
        <source>characters %1–%2 of %3</source>
        <translation>caracteres %1–%2 de %3</translation>
    </message>
</context>
<context>
    <name>StructuralDiff</name>
    <message>
        <source>A document has more values than the tree holds: only its first values are compared.</source>
        <translation>Un documento tiene más valores de los que caben en el árbol: solo se comparan sus primeros valores.</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>Añadir suscripción</translation>
    </message>
    <message>
        <source>Edit Subscription</source>
        <translation>Editar suscripción</translation>
    </message>
    <message>
        <source>e.g. sensors/+/temperature or plant/#</source>
        <translation>p. ej. sensors/+/temperature o plant/#</translation>
    </message>
    <message>
        <source>0: at most once</source>
        <translation>0: como máximo una vez</translation>
    </message>
    <message>
        <source>1: at least once</source>
        <translation>1: al menos una vez</translation>
    </message>
    <message>
        <source>2: exactly once</source>
        <translation>2: exactamente una vez</translation>
    </message>
    <message>
        <source>No local: not my own messages</source>
        <translation>No local: no mis propios mensajes</translation>
    </message>
    <message>
        <source>Retain as published</source>
        <translation>Retener como se publicó</translation>
    </message>
    <message>
        <source>0: send retained messages</source>
        <translation>0: enviar los mensajes retenidos</translation>
    </message>
    <message>
        <source>1: only for a new subscription</source>
        <translation>1: solo para una suscripción nueva</translation>
    </message>
    <message>
        <source>2: never send retained messages</source>
        <translation>2: no enviar nunca los mensajes retenidos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>&amp;QoS:</translation>
    </message>
    <message>
        <source>MQTT 5 only:</source>
        <translation>Solo MQTT 5:</translation>
    </message>
    <message>
        <source>Retain &amp;handling:</source>
        <translation>&amp;Retain Handling:</translation>
    </message>
    <message>
        <source>Subscription &amp;identifier:</source>
        <translation>&amp;Identificador de suscripción:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the list.</source>
        <translation>&apos;%1&apos; ya está en la lista.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Broker&apos;s answer</source>
        <translation>Respuesta del broker</translation>
    </message>
    <message>
        <source>waiting for the broker…</source>
        <translation>esperando al broker…</translation>
    </message>
    <message>
        <source>unsubscribing…</source>
        <translation>cancelando la suscripción…</translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation>sin suscripción</translation>
    </message>
    <message>
        <source>%1 (asked for %2)</source>
        <translation>%1 (se pidió %2)</translation>
    </message>
    <message>
        <source>%1 (0x%2)</source>
        <translation>%1 (0x%2)</translation>
    </message>
    <message>
        <source>no local</source>
        <translation>no local</translation>
    </message>
    <message>
        <source>retain as published</source>
        <translation>retener como se publicó</translation>
    </message>
    <message>
        <source>retain handling %1</source>
        <translation>Retain Handling %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>not unsubscribed: %1 (0x%2)</source>
        <translation>no se canceló la suscripción: %1 (0x%2)</translation>
    </message>
    <message>
        <source>not unsubscribed: %1</source>
        <translation>no se canceló la suscripción: %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Cancelar suscripción</translation>
    </message>
    <message>
        <source>Subscribe to the broker&apos;s own statistics ($SYS/#), or stop</source>
        <translation>Suscribirse a las estadísticas propias del broker ($SYS/#), o dejar de hacerlo</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
</context>
<context>
    <name>SysDashboardPanel</name>
    <message>
        <source>This broker has published no $SYS topics to this connection (yet). Brokers publish them every few seconds, or not at all: for mosquitto, add &quot;sys_interval 10&quot; to mosquitto.conf and restart it; EMQX and HiveMQ allow $SYS to local clients or with their $SYS extension only.</source>
        <translation>Este broker no ha publicado (todavía) ningún tema $SYS en esta conexión. Los brokers los publican cada pocos segundos, o nunca: en mosquitto, añade &quot;sys_interval 10&quot; a mosquitto.conf y reinícialo; EMQX y HiveMQ solo permiten $SYS a clientes locales o con su extensión $SYS.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Other $SYS topics</source>
        <translation>Otros temas $SYS</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Clients connected</source>
        <translation>Clientes conectados</translation>
    </message>
    <message>
        <source>Clients maximum</source>
        <translation>Máximo de clientes</translation>
    </message>
    <message>
        <source>Messages in /s</source>
        <translation>Mensajes entrantes /s</translation>
    </message>
    <message>
        <source>Messages out /s</source>
        <translation>Mensajes salientes /s</translation>
    </message>
    <message>
        <source>Bytes in /s</source>
        <translation>Bytes entrantes /s</translation>
    </message>
    <message>
        <source>Bytes out /s</source>
        <translation>Bytes salientes /s</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Mensajes retenidos</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Dropped messages</source>
        <translation>Mensajes descartados</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>no publicado</translation>
    </message>
    <message>
        <source>waiting for a second update</source>
        <translation>esperando una segunda actualización</translation>
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
        <translation>Broker: no reconocido (temas $SYS listados abajo)</translation>
    </message>
</context>
<context>
    <name>SysRawModel</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>The changed region is too long to align line by line (over %1 lines): it shows as removed, then added.</source>
        <translation>La región cambiada es demasiado larga para alinearla línea por línea (más de %1 líneas): se muestra como eliminada y después añadida.</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln unchanged line(s)</source>
        <translation>
            <numerusform>… %Ln línea sin cambios</numerusform>
            <numerusform>… %Ln líneas sin cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPager</name>
    <message>
        <source>bytes %1–%2 of %3</source>
        <translation>bytes %1–%2 de %3</translation>
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
        <translation>Tema</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>mensajes/s</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>bytes/s</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>TopTopicsPanel</name>
    <message>
        <source>last 10 s</source>
        <translation>últimos 10 s</translation>
    </message>
    <message>
        <source>last 60 s</source>
        <translation>últimos 60 s</translation>
    </message>
    <message>
        <source>last second</source>
        <translation>último segundo</translation>
    </message>
    <message>
        <source>The time the rates are averaged over</source>
        <translation>El intervalo en el que se promedian las tasas</translation>
    </message>
    <message>
        <source>by msg/s</source>
        <translation>por mensajes/s</translation>
    </message>
    <message>
        <source>by bytes/s</source>
        <translation>por bytes/s</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>level </source>
        <translation>nivel </translation>
    </message>
    <message>
        <source>Rank topics, or whole subtrees at this level (1: the first level of topics)</source>
        <translation>Clasificar temas, o subárboles enteros en este nivel (1: el primer nivel de temas)</translation>
    </message>
    <message>
        <source>Selected subtree only</source>
        <translation>Solo el subárbol seleccionado</translation>
    </message>
    <message>
        <source>Rank only inside the subtree selected in the tree when this is checked</source>
        <translation>Si está marcado, clasificar solo dentro del subárbol seleccionado en el árbol</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>Dentro de %1</translation>
    </message>
</context>
<context>
    <name>TopicActions</name>
    <message>
        <source>Copy topic</source>
        <translation>Copiar tema</translation>
    </message>
    <message>
        <source>Delete retained message</source>
        <translation>Eliminar mensaje retenido</translation>
    </message>
    <message>
        <source>Delete retained messages below…</source>
        <translation>Eliminar mensajes retenidos debajo…</translation>
    </message>
    <message numerus="yes">
        <source>Delete retained messages below (%Ln topic(s))…</source>
        <translation>
            <numerusform>Eliminar mensajes retenidos debajo (%Ln tema)…</numerusform>
            <numerusform>Eliminar mensajes retenidos debajo (%Ln temas)…</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no retained messages below &quot;%1&quot;.</source>
        <translation>No hay mensajes retenidos debajo de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no retained message.</source>
        <translation>&quot;%1&quot; no tiene ningún mensaje retenido.</translation>
    </message>
</context>
<context>
    <name>TopicFilter</name>
    <message>
        <source>The regular expression is not valid (%1 at position %2); correct it to filter topics.</source>
        <translation>La expresión regular no es válida (%1 en la posición %2); corrígela para filtrar temas.</translation>
    </message>
    <message>
        <source>The topic filter is not valid: &apos;#&apos; may only be the whole last level and &apos;+&apos; only a whole level.</source>
        <translation>El filtro de temas no es válido: &apos;#&apos; solo puede ser el último nivel completo y &apos;+&apos; solo un nivel completo.</translation>
    </message>
</context>
<context>
    <name>TopicRow</name>
    <message>
        <source>⟨empty level⟩</source>
        <translation>⟨nivel vacío⟩</translation>
    </message>
    <message>
        <source>The broker holds a retained message for this topic.</source>
        <translation>El broker tiene un mensaje retenido para este tema.</translation>
    </message>
    <message numerus="yes">
        <source>Messages in this subtree: %1 (%2 topic(s))</source>
        <translation>
            <numerusform>Mensajes en este subárbol: %1 (%2 tema)</numerusform>
            <numerusform>Mensajes en este subárbol: %1 (%2 temas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages on this topic: %1</source>
        <translation>Mensajes en este tema: %1</translation>
    </message>
    <message>
        <source>Messages per second in this subtree: %1</source>
        <translation>Mensajes por segundo en este subárbol: %1</translation>
    </message>
    <message>
        <source>Messages per second on this topic: %1</source>
        <translation>Mensajes por segundo en este tema: %1</translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation>Msgs/s</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
</context>
<context>
    <name>WillEditor</name>
    <message>
        <source>Send a last will when the connection ends unexpectedly</source>
        <translation>Enviar una última voluntad cuando la conexión termine de forma inesperada</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>C&amp;arga útil:</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>&amp;QoS:</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>MQTT 5 will properties:</source>
        <translation>Propiedades de última voluntad de MQTT 5:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>empty: never expires</source>
        <translation>vacío: no caduca nunca</translation>
    </message>
    <message>
        <source>Message &amp;expiry (s):</source>
        <translation>Caducidad del &amp;mensaje (s):</translation>
    </message>
    <message>
        <source>The payload is UTF-8 text</source>
        <translation>La carga útil es texto UTF-8</translation>
    </message>
    <message>
        <source>Content t&amp;ype:</source>
        <translation>Tipo de c&amp;ontenido:</translation>
    </message>
    <message>
        <source>&amp;Response topic:</source>
        <translation>Tema de re&amp;spuesta:</translation>
    </message>
    <message>
        <source>one name=value per line</source>
        <translation>un nombre=valor por línea</translation>
    </message>
    <message>
        <source>&amp;User properties:</source>
        <translation>Propiedades de &amp;usuario:</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) that are not text: kept unless you edit this)</source>
        <translation>
            <numerusform>(%n byte que no es texto: se conserva salvo que edites esto)</numerusform>
            <numerusform>(%n bytes que no son texto: se conservan salvo que edites esto)</numerusform>
        </translation>
    </message>
    <message>
        <source>The will&apos;s message expiry is a number of seconds, or empty for never.</source>
        <translation>La caducidad del mensaje de última voluntad es un número de segundos, o vacío para nunca.</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Will delay (s):</source>
        <translation>Retardo de la última &amp;voluntad (s):</translation>
    </message>
    <message>
        <source>Correlation d&amp;ata:</source>
        <translation>Datos de corre&amp;lación:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Canopy, a native MQTT explorer.</source>
        <translation>Canopy, un explorador nativo de MQTT.</translation>
    </message>
    <message>
        <source>Broker to connect to at start, subscribed to &apos;#&apos;, e.g. mqtt://localhost:1883 or mqtts://host:8883. Give it again for more brokers, each in a tab of its own.</source>
        <translation>Broker al que conectarse al iniciar, suscrito a &apos;#&apos;, p. ej. mqtt://localhost:1883 o mqtts://host:8883. Repítelo para más brokers, cada uno en su propia pestaña.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Saved connection to open at start, by name (see the connection manager, Ctrl+N). Give it again for more, each in a tab of its own.</source>
        <translation>Conexión guardada que abrir al iniciar, por nombre (consulta el gestor de conexiones, Ctrl+N). Repítelo para más, cada una en su propia pestaña.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Open the connection manager at start.</source>
        <translation>Abrir el gestor de conexiones al iniciar.</translation>
    </message>
    <message>
        <source>Save a PNG of the window to &lt;file&gt; after a delay, then quit.</source>
        <translation>Guardar un PNG de la ventana en &lt;archivo&gt; tras una espera y después salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 3000).</source>
        <translation>Milisegundos que esperar antes de --screenshot (3000 de forma predeterminada).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Expand the first &lt;levels&gt; levels of the topic tree as they appear (default 1).</source>
        <translation>Expandir los primeros &lt;niveles&gt; niveles del árbol de temas a medida que aparecen (1 de forma predeterminada).</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>niveles</translation>
    </message>
    <message>
        <source>Select &lt;topic&gt; in the tree as soon as it arrives.</source>
        <translation>Seleccionar &lt;tema&gt; en el árbol en cuanto llegue.</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>canopy: --expand takes a number of levels (0 or more), not &apos;%1&apos;.</source>
        <translation>canopy: --expand admite un número de niveles (0 o más), no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>canopy: --select takes a topic name, without the wildcards + and #, not &apos;%1&apos;.</source>
        <translation>canopy: --select admite un nombre de tema, sin los comodines + y #, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>canopy: &apos;%1&apos; is not a broker URL; write it as mqtt://host:port (or mqtts://, ws://, wss://).</source>
        <translation>canopy: &apos;%1&apos; no es una URL de broker; escríbela como mqtt://host:port (o mqtts://, ws://, wss://).</translation>
    </message>
    <message>
        <source>canopy: there is no saved connection called &apos;%1&apos;; the connection manager (Ctrl+N) lists them.</source>
        <translation>canopy: no hay ninguna conexión guardada llamada &apos;%1&apos;; el gestor de conexiones (Ctrl+N) las muestra.</translation>
    </message>
    <message>
        <source>canopy: could not write the screenshot to %1.</source>
        <translation>canopy: no se pudo escribir la captura de pantalla en %1.</translation>
    </message>
    <message>
        <source>Open the Preferences dialog at start (with --screenshot: grab it).</source>
        <translation>Abrir el diálogo de preferencias al iniciar (con --screenshot: capturarlo).</translation>
    </message>
</context>
</TS>
