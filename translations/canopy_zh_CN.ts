<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddSeriesDialog</name>
    <message>
        <source>Add Series</source>
        <translation>添加数据系列</translation>
    </message>
    <message>
        <source>home/+/temperature</source>
        <translation>home/+/temperature</translation>
    </message>
    <message>
        <source>empty for the whole payload, or $.sensors[0].temp</source>
        <translation>留空表示整个载荷，或如 $.sensors[0].temp</translation>
    </message>
    <message>
        <source>One series per matching topic, including topics that appear later. The path picks a number in JSON, CBOR or MessagePack; true/false and on/off count as 1 and 0.</source>
        <translation>每个匹配的主题对应一个数据系列，包括之后出现的主题。路径用于从 JSON、CBOR 或 MessagePack 中选取一个数值；true/false 和 on/off 分别计为 1 和 0。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>&amp;Topic filter:</source>
        <translation>主题过滤器(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter a topic, or a filter such as home/+/temperature.</source>
        <translation>请输入一个主题，或 home/+/temperature 这样的过滤器。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic filter: &apos;+&apos; must be a whole level and &apos;#&apos; the whole last level.</source>
        <translation>&quot;%1&quot; 不是主题过滤器：&apos;+&apos; 必须占据一个完整层级，&apos;#&apos; 必须占据整个最后一个层级。</translation>
    </message>
</context>
<context>
    <name>CborDecoder</name>
    <message>
        <source>Not valid CBOR: %1 at byte %2.</source>
        <translation>无效的 CBOR：%1，位于第 %2 字节。</translation>
    </message>
    <message>
        <source>a map ends after a key, without its value</source>
        <translation>映射在某个键之后结束，缺少其值</translation>
    </message>
    <message>
        <source>the container does not end properly</source>
        <translation>容器未正确结束</translation>
    </message>
    <message>
        <source>the data ends before the item is complete</source>
        <translation>数据在数据项完整之前结束</translation>
    </message>
    <message>
        <source>a byte string ends early</source>
        <translation>字节串提前结束</translation>
    </message>
    <message>
        <source>a text string ends early</source>
        <translation>文本串提前结束</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a container cannot be read</source>
        <translation>无法读取容器</translation>
    </message>
    <message>
        <source>an item of an unknown kind</source>
        <translation>未知类型的数据项</translation>
    </message>
    <message numerus="yes">
        <source>Not valid CBOR: the data item ends at byte %1, and %n more byte(s) follow.</source>
        <translation>
            <numerusform>无效的 CBOR：数据项在第 %1 字节结束，其后还有 %n 个字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid CBOR: the payload is empty.</source>
        <translation>无效的 CBOR：载荷为空。</translation>
    </message>
    <message>
        <source>date/time string</source>
        <translation>日期/时间字符串</translation>
    </message>
    <message>
        <source>epoch time</source>
        <translation>纪元时间</translation>
    </message>
    <message>
        <source>positive bignum</source>
        <translation>正大整数</translation>
    </message>
    <message>
        <source>negative bignum</source>
        <translation>负大整数</translation>
    </message>
    <message>
        <source>decimal fraction</source>
        <translation>十进制分数</translation>
    </message>
    <message>
        <source>bigfloat</source>
        <translation>大浮点数</translation>
    </message>
    <message>
        <source>expected encoding</source>
        <translation>预期编码</translation>
    </message>
    <message>
        <source>embedded CBOR</source>
        <translation>嵌入的 CBOR</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>base64url text</source>
        <translation>base64url 文本</translation>
    </message>
    <message>
        <source>base64 text</source>
        <translation>base64 文本</translation>
    </message>
    <message>
        <source>MIME message</source>
        <translation>MIME 消息</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>self-described CBOR</source>
        <translation>自描述 CBOR</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist: check the path.</source>
        <translation>%1 &apos;%2&apos; 不存在：请检查路径。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a folder, not a file: choose the file.</source>
        <translation>%1 &apos;%2&apos; 是文件夹而不是文件：请选择文件。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; cannot be read (%3): check its permissions.</source>
        <translation>无法读取%1 &apos;%2&apos;（%3）：请检查其权限。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is larger than 1 MiB, too large for a certificate or key: choose the PEM file.</source>
        <translation>%1 &apos;%2&apos; 大于 1 MiB，对于证书或密钥来说太大：请选择 PEM 文件。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; holds no certificate (PEM or DER): choose a certificate file.</source>
        <translation>%1 &apos;%2&apos; 不包含证书（PEM 或 DER）：请选择证书文件。</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; is protected by a passphrase: enter the passphrase.</source>
        <translation>客户端密钥 &apos;%1&apos; 受口令保护：请输入口令。</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; could not be decrypted with this passphrase: check the passphrase.</source>
        <translation>无法用此口令解密客户端密钥 &apos;%1&apos;：请检查口令。</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; holds no PEM private key (RSA or EC): choose the key file that belongs to the client certificate.</source>
        <translation>客户端密钥 &apos;%1&apos; 不包含 PEM 私钥（RSA 或 EC）：请选择与客户端证书配套的密钥文件。</translation>
    </message>
    <message>
        <source>The client key &apos;%1&apos; does not belong to the client certificate &apos;%2&apos;: choose the key that was made with this certificate.</source>
        <translation>客户端密钥 &apos;%1&apos; 与客户端证书 &apos;%2&apos; 不匹配：请选择与该证书一同生成的密钥。</translation>
    </message>
</context>
<context>
    <name>ChartCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The first column is not &quot;time&quot;.</source>
        <translation>第一列不是 &quot;time&quot;。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields instead of %3.</source>
        <translation>第 %1 行有 %2 个字段，而不是 %3 个。</translation>
    </message>
    <message>
        <source>Line %1 does not start with a time.</source>
        <translation>第 %1 行不是以时间开头。</translation>
    </message>
    <message>
        <source>Line %1 has a value that is not a number.</source>
        <translation>第 %1 行有一个不是数字的值。</translation>
    </message>
</context>
<context>
    <name>ChartFeed</name>
    <message>
        <source>&quot;%1&quot; is not a topic or topic filter: use levels separated by &apos;/&apos;, &apos;+&apos; for one level, &apos;#&apos; at the end.</source>
        <translation>&quot;%1&quot; 不是主题或主题过滤器：层级之间用 &apos;/&apos; 分隔，&apos;+&apos; 表示一个层级，&apos;#&apos; 只能位于末尾。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>No series yet. Add one with &quot;Add series…&quot;, from the topic tree&apos;s context menu (Chart this topic) or from a value in the inspector&apos;s JSON tree (Chart this value).</source>
        <translation>尚无数据系列。可通过“添加数据系列…”、主题树的右键菜单（绘制此主题的图表）或检查器 JSON 树中的某个值（绘制此值的图表）来添加。</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>数据系列</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>坐标轴</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Rate /s</source>
        <translation>速率 /s</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Untick to hide the series; right-click for its axis or to remove it.</source>
        <translation>取消勾选可隐藏该数据系列；右键单击可设置其坐标轴或将其移除。</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>No topic matches yet: waiting for the first message.</source>
        <translation>尚无匹配的主题：正在等待第一条消息。</translation>
    </message>
    <message numerus="yes">
        <source>The path matches nothing in %1 message(s).</source>
        <translation>
            <numerusform>路径在 %1 条消息中均未匹配到任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) not JSON, CBOR or MessagePack.</source>
        <translation>
            <numerusform>%1 条消息不是 JSON、CBOR 或 MessagePack。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 value(s) not a number, skipped.</source>
        <translation>
            <numerusform>%1 个值不是数字，已跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 NaN or infinite value(s) shown as gaps.</source>
        <translation>
            <numerusform>%1 个 NaN 或无穷大的值显示为空缺。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 oldest point(s) dropped to stay within %2 points.</source>
        <translation>
            <numerusform>已丢弃 %1 个最旧的点，以保持在 %2 个点以内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the Right Axis</source>
        <translation>使用右侧坐标轴</translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation>移除数据系列</translation>
    </message>
</context>
<context>
    <name>ChartsArea</name>
    <message>
        <source>New Chart</source>
        <translation>新建图表</translation>
    </message>
    <message>
        <source>Add Series…</source>
        <translation>添加数据系列…</translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation>移除数据系列</translation>
    </message>
    <message>
        <source>Select a series in the table below the chart to remove it.</source>
        <translation>请在图表下方的表格中选择一个数据系列以将其移除。</translation>
    </message>
    <message>
        <source>Time window; the chart follows the newest values until you zoom</source>
        <translation>时间窗口；在您缩放之前，图表会跟随最新的值</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Freeze the chart; values keep being recorded</source>
        <translation>冻结图表；数值仍会继续记录</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Back to the live time window (wheel zooms, dragging selects a range)</source>
        <translation>返回实时时间窗口（滚轮可缩放，拖动可选择范围）</translation>
    </message>
    <message>
        <source>Points per series:</source>
        <translation>每个数据系列的点数：</translation>
    </message>
    <message>
        <source>Each series keeps this many points; older ones are dropped and counted</source>
        <translation>每个数据系列保留这么多个点；更旧的点会被丢弃并计数</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Visible Range as CSV…</source>
        <translation>可见范围导出为 CSV…</translation>
    </message>
    <message>
        <source>Everything as CSV…</source>
        <translation>全部导出为 CSV…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Chart This Topic</source>
        <translation>绘制此主题的图表</translation>
    </message>
    <message>
        <source>Chart All Numeric Fields of This JSON</source>
        <translation>绘制此 JSON 中所有数值字段的图表</translation>
    </message>
    <message>
        <source>Chart This Value</source>
        <translation>绘制此值的图表</translation>
    </message>
    <message>
        <source>Chart the value at this path for the shown topic</source>
        <translation>为当前显示的主题绘制此路径上的值的图表</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>绘制 %1 的图表</translation>
    </message>
    <message>
        <source>The chart already shows %1.</source>
        <translation>图表已显示 %1。</translation>
    </message>
    <message>
        <source>The last message of %1 has no numeric fields: it is not JSON, CBOR or MessagePack with numbers in it.</source>
        <translation>%1 的最新一条消息没有数值字段：它不是包含数字的 JSON、CBOR 或 MessagePack。</translation>
    </message>
    <message>
        <source>The chart has no series to export. Add a series first.</source>
        <translation>图表中没有可导出的数据系列。请先添加一个数据系列。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>There is no chart to export. Add a series first.</source>
        <translation>没有可导出的图表。请先添加一个数据系列。</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>无法写入 %1。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Export Chart Data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Chart data written to %1.</source>
        <translation>图表数据已写入 %1。</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>图表已写入 %1。</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <source>Double-click a name to rename the collection</source>
        <translation>双击名称可重命名集合</translation>
    </message>
    <message>
        <source>Kept for this connection</source>
        <translation>仅为此连接保存</translation>
    </message>
    <message>
        <source>Kept for all connections</source>
        <translation>为所有连接保存</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>A new, empty collection</source>
        <translation>新的空集合</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>A copy of this collection</source>
        <translation>此集合的副本</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete this collection and its file</source>
        <translation>删除此集合及其文件</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add a collection from a file</source>
        <translation>从文件添加集合</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write this collection to a file</source>
        <translation>将此集合写入文件</translation>
    </message>
    <message>
        <source>Double-click a message to load it into the editor</source>
        <translation>双击消息可将其载入编辑器</translation>
    </message>
    <message>
        <source>Add current</source>
        <translation>添加当前消息</translation>
    </message>
    <message>
        <source>Add the message in the editor</source>
        <translation>添加编辑器中的消息</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>载入</translation>
    </message>
    <message>
        <source>Load the selected message into the editor</source>
        <translation>将所选消息载入编辑器</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Send the selected message earlier</source>
        <translation>将所选消息提前发送</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Send the selected message later</source>
        <translation>将所选消息推后发送</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected message</source>
        <translation>移除所选消息</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Pause between two messages when the whole collection is sent</source>
        <translation>发送整个集合时两条消息之间的间隔</translation>
    </message>
    <message>
        <source>Send selected</source>
        <translation>发送所选</translation>
    </message>
    <message>
        <source>Publish the selected message</source>
        <translation>发布所选消息</translation>
    </message>
    <message>
        <source>Send all</source>
        <translation>全部发送</translation>
    </message>
    <message>
        <source>Publish every message, in order</source>
        <translation>按顺序发布每条消息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop sending this collection</source>
        <translation>停止发送此集合</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建集合</translation>
    </message>
    <message>
        <source>Import a collection</source>
        <translation>导入集合</translation>
    </message>
    <message>
        <source>Canopy collections (*.json);;All files (*)</source>
        <translation>Canopy 集合 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export a collection</source>
        <translation>导出集合</translation>
    </message>
    <message>
        <source>Canopy collections (*.json)</source>
        <translation>Canopy 集合 (*.json)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>集合需要名称。</translation>
    </message>
    <message>
        <source>There is a collection named “%1” already; choose another name.</source>
        <translation>已存在名为“%1”的集合，请换一个名称。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>删除集合</translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “%1” with its %n message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除集合“%1”及其 %n 条消息？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Connect first: collections of a connection are kept under its broker.</source>
        <translation>请先连接：连接的集合保存在其 Broker 名下。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Import collection</source>
        <translation>导入集合</translation>
    </message>
    <message numerus="yes">
        <source>There is a collection named “%1” already. Replace its %n message(s) with the imported ones, or keep both?</source>
        <translation>
            <numerusform>已存在名为“%1”的集合。要用导入的消息替换其 %n 条消息，还是保留两者？</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>保留两者</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” with %n message(s).</source>
        <translation>
            <numerusform>已导入“%1”，共 %n 条消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), kept for %1</source>
        <translation>
            <numerusform>%n 条消息，适用于%1</numerusform>
        </translation>
    </message>
    <message>
        <source>all connections</source>
        <translation>所有连接</translation>
    </message>
    <message>
        <source>this connection</source>
        <translation>此连接</translation>
    </message>
    <message>
        <source>%1 · QoS %2%3</source>
        <translation>%1 · QoS %2%3</translation>
    </message>
    <message>
        <source> · retained</source>
        <translation> · 保留</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Broker:</source>
        <translation>Broker：</translation>
    </message>
    <message>
        <source>mqtt://host:1883, mqtts://host:8883, ws://host:8080/mqtt</source>
        <translation>mqtt://host:1883, mqtts://host:8883, ws://host:8080/mqtt</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>正在断开连接</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>导入连接</translation>
    </message>
    <message>
        <source>Export Connections</source>
        <translation>导出连接</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>A new connection</source>
        <translation>新的连接</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>重命名(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Canopy&apos;s export, MQTTX&apos;s connection export or MQTT Explorer&apos;s settings.json</source>
        <translation>Canopy 导出的文件、MQTTX 的连接导出文件或 MQTT Explorer 的 settings.json</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connect once with these settings and say what the broker answered</source>
        <translation>使用这些设置连接一次，并显示 Broker 的应答</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Save, and open this connection in a tab</source>
        <translation>保存，并在标签页中打开此连接</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The connection shown has problems, so its changes cannot be saved. Discard them?</source>
        <translation>当前显示的连接存在问题，因此无法保存其更改。要放弃这些更改吗？</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Canopy&apos;s settings.</source>
        <translation>密码保存在系统密钥链中，绝不会保存在 Canopy 的设置中。</translation>
    </message>
    <message>
        <source>No keychain is available (%1): the password is kept for this session only and must be entered again after Canopy restarts.</source>
        <translation>没有可用的密钥链（%1）：密码仅在本次会话中保留，Canopy 重启后必须重新输入。</translation>
    </message>
    <message>
        <source>The password goes into the system keychain, never into Canopy&apos;s settings.</source>
        <translation>密码将存入系统密钥链，绝不会存入 Canopy 的设置中。</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Delete the connection &apos;%1&apos;? Its settings and its saved password are removed; this cannot be undone.</source>
        <translation>删除连接 &apos;%1&apos;？其设置和已保存的密码将被移除；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Export all %n connection(s) as JSON. Passwords and key passphrases are left out unless you include them; included, they are written in clear text, readable by anyone who gets the file.</source>
        <translation>
            <numerusform>将全部 %n 个连接导出为 JSON。除非你选择包含，否则密码和密钥口令不会导出；若包含，它们将以明文写入，任何拿到该文件的人都能读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Without Passwords</source>
        <translation>导出但不含密码(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Include Passwords in Clear Text</source>
        <translation>以明文包含密码(&amp;I)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>复制(&amp;L)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT 3.1.1: the broker does not support MQTT 5)</source>
        <translation>已连接到 %1（MQTT 3.1.1：该 Broker 不支持 MQTT 5）</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Connection to %1 lost.</source>
        <translation>与 %1 的连接已断开。</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s) (attempt %1)…</source>
        <translation>
            <numerusform>%n 秒后重新连接（第 %1 次尝试）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>正在重新连接（第 %1 次尝试）…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>正在断开连接…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%1 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 条消息/秒</translation>
    </message>
    <message numerus="yes">
        <source>%1 topic(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%1 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>View paused · </source>
        <translation>视图已暂停 · </translation>
    </message>
    <message numerus="yes">
        <source>History: %1 oldest message(s) dropped to stay under %2</source>
        <translation>
            <numerusform>历史记录：为保持在 %2 以内，已丢弃 %1 条最旧的消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 payload(s) over %2 truncated (their size is kept)</source>
        <translation>
            <numerusform>%1 个超过 %2 的载荷已截断（保留其大小信息）</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is hidden by the filter; clear the filter to see it.</source>
        <translation>“%1”被过滤器隐藏；清除过滤器即可看到。</translation>
    </message>
    <message>
        <source>“%1” arrived while the view was paused; resume it to see it.</source>
        <translation>“%1”在视图暂停期间到达；恢复视图即可看到。</translation>
    </message>
    <message>
        <source>Nothing has been received on “%1” since the tree was last cleared.</source>
        <translation>自上次清空主题树以来，“%1”上未收到任何消息。</translation>
    </message>
    <message>
        <source>Top topics</source>
        <translation>热门主题</translation>
    </message>
    <message>
        <source>$SYS dashboard</source>
        <translation>$SYS 仪表板</translation>
    </message>
    <message>
        <source>Packet timeline</source>
        <translation>报文时间线</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>No answer from %1 in time: the test was given up.</source>
        <translation>%1 未及时应答：测试已放弃。</translation>
    </message>
    <message>
        <source>Connected to %1 with MQTT 5: the broker accepted the connection.</source>
        <translation>已使用 MQTT 5 连接到 %1：Broker 接受了连接。</translation>
    </message>
    <message>
        <source>Connected to %1 with MQTT 3.1.1: the broker does not support MQTT 5.</source>
        <translation>已使用 MQTT 3.1.1 连接到 %1：该 Broker 不支持 MQTT 5。</translation>
    </message>
    <message>
        <source>Connected to %1 with MQTT 3.1.1: the broker accepted the connection.</source>
        <translation>已使用 MQTT 3.1.1 连接到 %1：Broker 接受了连接。</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Old offset</source>
        <translation>旧偏移</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>New offset</source>
        <translation>新偏移</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Path: value</source>
        <translation>路径：值</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Text, line by line</source>
        <translation>文本，逐行</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Newest vs previous</source>
        <translation>最新与上一条</translation>
    </message>
    <message>
        <source>Compare the topic&apos;s newest message with the one before it</source>
        <translation>将该主题的最新消息与其前一条消息进行比较</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Select a topic with at least two messages, or two rows in the History tab.</source>
        <translation>请选择至少有两条消息的主题，或在“历史记录”标签页中选择两行。</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1（%2）</translation>
    </message>
    <message>
        <source>%1: message %2 → %3</source>
        <translation>%1：消息 %2 → %3</translation>
    </message>
    <message>
        <source>A payload was truncated by the store: only its stored bytes are compared.</source>
        <translation>有载荷被存储截断：仅比较其已存储的字节。</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>正在比较 %1 与 %2…</translation>
    </message>
    <message>
        <source>The two payloads are identical.</source>
        <translation>两个载荷完全相同。</translation>
    </message>
    <message numerus="yes">
        <source>Text, line by line: %1 line(s) added</source>
        <translation>
            <numerusform>文本，逐行：新增 %1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Structure (key order ignored): %1 path(s) added</source>
        <translation>
            <numerusform>结构（忽略键的顺序）：新增 %1 条路径</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>更改 %1</translation>
    </message>
    <message numerus="yes">
        <source>Bytes: %1 byte(s) added</source>
        <translation>
            <numerusform>字节：新增 %1 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Auto compares two documents of one kind by structure (key order ignored): JSON, and binary CBOR, MessagePack, Protocol Buffers or Sparkplug B as the payload view reads them. Text is compared line by line, anything else binary as hex</source>
        <translation>自动：按结构比较两个同类文档（忽略键的顺序）：JSON，以及载荷视图读出的二进制 CBOR、MessagePack、Protocol Buffers 或 Sparkplug B。文本逐行比较，其他二进制内容按十六进制比较</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>MQTT wildcard</source>
        <translation>MQTT 通配符</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>How the text is matched against topics</source>
        <translation>文本与主题的匹配方式</translation>
    </message>
    <message>
        <source>Search payloads</source>
        <translation>搜索载荷</translation>
    </message>
    <message>
        <source>Find the text in the last payload of each topic instead of in topic names</source>
        <translation>在每个主题的最新载荷中查找文本，而不是在主题名称中查找</translation>
    </message>
    <message>
        <source>Filter: text in the last payload</source>
        <translation>筛选：最新载荷中的文本</translation>
    </message>
    <message>
        <source>Filter: topic filter such as home/+/temperature or sensors/#</source>
        <translation>筛选：主题过滤器，如 home/+/temperature 或 sensors/#</translation>
    </message>
    <message>
        <source>Filter: regular expression such as ^home/.*/temp</source>
        <translation>筛选：正则表达式，如 ^home/.*/temp</translation>
    </message>
    <message>
        <source>Filter: text the topic contains</source>
        <translation>筛选：主题包含的文本</translation>
    </message>
</context>
<context>
    <name>HexDiff</name>
    <message numerus="yes">
        <source>… %1 unchanged byte(s)</source>
        <translation>
            <numerusform>… %1 个未更改的字节</numerusform>
        </translation>
    </message>
    <message>
        <source>The payloads differ in more than %1: compared byte by byte at the same offsets, not aligned.</source>
        <translation>两个载荷的差异超过 %1：已按相同偏移逐字节比较，未做对齐。</translation>
    </message>
</context>
<context>
    <name>HexModel</name>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
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
        <translation>导出已取消：未写入“%1”。</translation>
    </message>
    <message>
        <source>Nothing to export: “%1” has no messages.</source>
        <translation>没有可导出的内容：“%1”没有消息。</translation>
    </message>
    <message>
        <source>The topics were cleared during the export: “%1” was not written.</source>
        <translation>导出期间主题已被清空：未写入“%1”。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) exported to “%2”</source>
        <translation>
            <numerusform>已将 %1 条消息导出到“%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(from %Ln topic(s))</source>
        <translation>
            <numerusform>（来自 %Ln 个主题）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 older message(s) were evicted during the export and are missing.</source>
        <translation>
            <numerusform>导出期间有 %1 条较旧的消息被淘汰，已缺失。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>unknown payload encoding</source>
        <translation>未知的载荷编码</translation>
    </message>
    <message>
        <source>unreadable MQTT 5 properties</source>
        <translation>无法读取的 MQTT 5 属性</translation>
    </message>
    <message>
        <source>the header is not %1</source>
        <translation>表头不是 %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>字段数为 %1，应为 %2</translation>
    </message>
    <message>
        <source>a number or a true/false field does not read</source>
        <translation>某个数字或 true/false 字段无法读取</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(evicted)</source>
        <translation>（已淘汰）</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>%1 (cut)</source>
        <translation>%1（已截断）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Filter payloads…</source>
        <translation>筛选载荷…</translation>
    </message>
    <message>
        <source>Show the messages whose payload contains this text (letters A–Z in any case)</source>
        <translation>显示载荷包含此文本的消息（字母 A–Z 不区分大小写）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare the two selected messages in the Diff tab</source>
        <translation>在“差异”标签页中比较所选的两条消息</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Follow new messages</source>
        <translation>跟随新消息</translation>
    </message>
    <message>
        <source>New messages join the table while it shows its top and nothing is selected</source>
        <translation>当表格显示在顶部且未选中任何内容时，新消息会加入表格</translation>
    </message>
    <message>
        <source>Messages kept per topic…</source>
        <translation>每个主题保留的消息数…</translation>
    </message>
    <message>
        <source>History memory budget…</source>
        <translation>历史记录内存预算…</translation>
    </message>
    <message>
        <source>Export this topic&apos;s history…</source>
        <translation>导出此主题的历史记录…</translation>
    </message>
    <message>
        <source>Export the history of this topic and all below it…</source>
        <translation>导出此主题及其下所有主题的历史记录…</translation>
    </message>
    <message>
        <source>Select a row to see that message; select two to compare them.</source>
        <translation>选择一行可查看该消息；选择两行可进行比较。</translation>
    </message>
    <message>
        <source>Select a topic to see its history.</source>
        <translation>选择一个主题以查看其历史记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1 new message(s): show</source>
        <translation>
            <numerusform>%1 条新消息：显示</numerusform>
        </translation>
    </message>
    <message>
        <source>No history: select a topic that has messages.</source>
        <translation>没有历史记录：请选择有消息的主题。</translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s) kept</source>
        <translation>
            <numerusform>已保留 %1 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 evicted to keep all history within its %2 memory budget</source>
        <translation>%1 条被淘汰，以使所有历史记录保持在 %2 的内存预算之内</translation>
    </message>
    <message>
        <source>%1 over the limit of %2 messages per topic</source>
        <translation>%1 条超出每个主题 %2 条消息的上限</translation>
    </message>
    <message numerus="yes">
        <source>%1 older message(s) no longer kept: %2</source>
        <translation>
            <numerusform>%1 条较旧的消息已不再保留：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matching message(s)</source>
        <translation>
            <numerusform>%1 条匹配的消息</numerusform>
        </translation>
    </message>
    <message>
        <source>(searching, %1 of %2 looked at)</source>
        <translation>（正在搜索，已查看 %1 / %2）</translation>
    </message>
    <message>
        <source>This message is no longer kept: the store evicted it.</source>
        <translation>此消息已不再保留：存储已将其淘汰。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Messages kept per topic (the last message included). Fewer drops the oldest of every topic now.</source>
        <translation>每个主题保留的消息数（包括最新一条）。调小后会立即丢弃每个主题中最旧的消息。</translation>
    </message>
    <message>
        <source>Memory for the history of all topics, in MiB. When it is full the oldest messages are evicted, and the History tab says how many.</source>
        <translation>所有主题历史记录的内存，单位为 MiB。内存用满时最旧的消息会被淘汰，“历史记录”标签页会显示淘汰的数量。</translation>
    </message>
</context>
<context>
    <name>IngestWorker</name>
    <message>
        <source>the connection ended before the broker confirmed them</source>
        <translation>连接在 Broker 确认之前已结束</translation>
    </message>
    <message>
        <source>The connection ended before the broker answered; the message may not have arrived.</source>
        <translation>连接在 Broker 应答之前已结束；消息可能未送达。</translation>
    </message>
    <message>
        <source>the connection was replaced before the broker confirmed them</source>
        <translation>连接在 Broker 确认之前已被替换</translation>
    </message>
    <message>
        <source>The connection was replaced before the broker answered.</source>
        <translation>连接在 Broker 应答之前已被替换。</translation>
    </message>
    <message>
        <source>The connection was replaced before the broker answered; the message may not have arrived.</source>
        <translation>连接在 Broker 应答之前已被替换；消息可能未送达。</translation>
    </message>
    <message>
        <source>Not connected: connect to a broker before publishing.</source>
        <translation>未连接：发布前请先连接到 Broker。</translation>
    </message>
    <message>
        <source>Not connected: connect to the broker before publishing.</source>
        <translation>未连接：发布前请先连接到该 Broker。</translation>
    </message>
    <message>
        <source>Not connected (the connection is being re-established): QoS 0 messages are not queued, so it was not sent.</source>
        <translation>未连接（正在重新建立连接）：QoS 0 消息不会排队，因此未发送。</translation>
    </message>
    <message>
        <source>Not connected (the connection is being re-established): this connection does not keep a session (clean start), so the message was not queued for the reconnect.</source>
        <translation>未连接（正在重新建立连接）：此连接不保留会话（Clean Start），因此消息未排队等待重新连接。</translation>
    </message>
    <message>
        <source>not connected now; this connection keeps its session, so the message waits for the reconnect.</source>
        <translation>当前未连接；此连接会保留其会话，因此消息将等待重新连接后发送。</translation>
    </message>
    <message>
        <source>The broker refused the message.</source>
        <translation>Broker 拒绝了该消息。</translation>
    </message>
    <message>
        <source>not connected to a broker</source>
        <translation>未连接到 Broker</translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %1 of %n retained message(s): %2.</source>
        <translation>
            <numerusform>%n 条保留消息中有 %1 条无法删除：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: the subscription is made when the tab connects.</source>
        <translation>未连接：标签页连接后将创建订阅。</translation>
    </message>
    <message>
        <source>The broker refused the subscription.</source>
        <translation>Broker 拒绝了该订阅。</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>显示历史记录</translation>
    </message>
    <message>
        <source>The topic&apos;s stored messages, newest first, in the inspector&apos;s History tab</source>
        <translation>该主题已存储的消息，按从新到旧排列，显示在检查器的“历史记录”标签页中</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>导出历史记录…</translation>
    </message>
    <message>
        <source>Write the stored messages of this topic and of every topic below it to a CSV or JSON Lines file</source>
        <translation>将此主题及其下每个主题的已存储消息写入 CSV 或 JSON Lines 文件</translation>
    </message>
    <message>
        <source>“%1” has no messages of its own to compare.</source>
        <translation>“%1”本身没有可比较的消息。</translation>
    </message>
    <message>
        <source>Select a topic with at least two messages, or two rows in the History tab.</source>
        <translation>请选择至少有两条消息的主题，或在“历史记录”标签页中选择两行。</translation>
    </message>
    <message>
        <source>Only one message of “%1” is kept: nothing to compare it with yet.</source>
        <translation>“%1”仅保留了一条消息：暂时没有可与之比较的消息。</translation>
    </message>
    <message>
        <source>A message to compare is no longer kept: the store evicted it.</source>
        <translation>要比较的某条消息已不再保留：存储已将其淘汰。</translation>
    </message>
    <message>
        <source>An export is running; wait for it or cancel it first.</source>
        <translation>正在进行导出；请等待其完成或先取消。</translation>
    </message>
    <message>
        <source>Export the History of “%1” and Below</source>
        <translation>导出“%1”及其下主题的历史记录</translation>
    </message>
    <message>
        <source>Export the History of “%1”</source>
        <translation>导出“%1”的历史记录</translation>
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
        <translation>正在导出“%1”的历史记录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing.</source>
        <translation>缺少 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not %2.</source>
        <translation>&apos;%1&apos; 必须是文本，而不是%2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3, not %4.</source>
        <translation>&apos;%1&apos; 必须是 %2 到 %3 之间的整数，而不是 %4。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2.</source>
        <translation>&apos;%1&apos; 必须是 true 或 false，而不是 %2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object ({…}), not %2.</source>
        <translation>&apos;%1&apos; 必须是对象（{…}），而不是%2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list ([…]), not %2.</source>
        <translation>&apos;%1&apos; 必须是列表（[…]），而不是%2。</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>无效的 JSON：%1，位于第 %2 行，第 %3 列。</translation>
    </message>
    <message>
        <source>Not strict JSON: %1 at line %2, column %3 is not a JSON value (shown as written).</source>
        <translation>非严格 JSON：第 %2 行第 %3 列的 %1 不是 JSON 值（按原样显示）。</translation>
    </message>
    <message>
        <source>invalid \u escape in a string</source>
        <translation>字符串中有无效的 \u 转义</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>字符串中有无效的转义序列</translation>
    </message>
    <message>
        <source>a control character in a string (it must be escaped)</source>
        <translation>字符串中有控制字符（必须转义）</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>字符串中有无效的 UTF-8</translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation>字符串缺少结束引号</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <source>a value is missing (the document ends here)</source>
        <translation>缺少值（文档在此处结束）</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>an unknown word (a string needs quotes)</source>
        <translation>未知的单词（字符串需要加引号）</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>应为一个值</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>expected a key in quotes or &apos;}&apos;</source>
        <translation>应为带引号的键或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>应为带引号的键</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>键之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>more data after the end of the document</source>
        <translation>文档结束后还有多余数据</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>对象成员之后应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>数组元素之后应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>The text is empty; JSON needs one value: an object, an array, a string, a number, true, false or null.</source>
        <translation>文本为空；JSON 需要一个值：对象、数组、字符串、数字、true、false 或 null。</translation>
    </message>
    <message>
        <source>%1 after the end of the JSON value; a payload holds one value (put several in an array).</source>
        <translation>JSON 值结束后出现%1；一个载荷只包含一个值（多个值请放入数组）。</translation>
    </message>
    <message>
        <source>The end of the text</source>
        <translation>文本结尾</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot;</source>
        <translation>字符 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The character U+%1</source>
        <translation>字符 U+%1</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>JSON 嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>JSON strings need double quotes (&quot;), not single quotes.</source>
        <translation>JSON 字符串需要使用双引号（&quot;），而不是单引号。</translation>
    </message>
    <message>
        <source>%1 where a value was expected; remove the comma before it, or add a value.</source>
        <translation>此处应为一个值，却出现%1；请删除它前面的逗号，或添加一个值。</translation>
    </message>
    <message>
        <source>%1 where a value was expected: an object, an array, a string in double quotes, a number, true, false or null.</source>
        <translation>此处应为一个值（对象、数组、双引号字符串、数字、true、false 或 null），却出现%1。</translation>
    </message>
    <message>
        <source>A comma must be followed by another member; remove the comma before the &quot;}&quot;.</source>
        <translation>逗号后面必须跟另一个成员；请删除 &quot;}&quot; 前面的逗号。</translation>
    </message>
    <message>
        <source>%1 where the name of a member was expected: a string in double quotes.</source>
        <translation>此处应为成员名称（双引号字符串），却出现%1。</translation>
    </message>
    <message>
        <source>%1 where a colon (:) was expected after the member name.</source>
        <translation>成员名称之后应为冒号（:），却出现%1。</translation>
    </message>
    <message>
        <source>%1 where a comma (,) or the end of the object (}) was expected.</source>
        <translation>此处应为逗号（,）或对象结尾（}），却出现%1。</translation>
    </message>
    <message>
        <source>A comma must be followed by another element; remove the comma before the &quot;]&quot;.</source>
        <translation>逗号后面必须跟另一个元素；请删除 &quot;]&quot; 前面的逗号。</translation>
    </message>
    <message>
        <source>The text ends inside an array; a &quot;]&quot; is missing.</source>
        <translation>文本在数组内部结束；缺少 &quot;]&quot;。</translation>
    </message>
    <message>
        <source>%1 where a comma (,) or the end of the array (]) was expected.</source>
        <translation>此处应为逗号（,）或数组结尾（]），却出现%1。</translation>
    </message>
    <message>
        <source>The string that begins here is not closed: a &quot; is missing.</source>
        <translation>从此处开始的字符串未闭合：缺少一个 &quot;。</translation>
    </message>
    <message>
        <source>A control character (U+%1) must be escaped inside a string, e.g. as \n for a line break.</source>
        <translation>字符串中的控制字符（U+%1）必须转义，例如换行写作 \n。</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits.</source>
        <translation>\u 后面必须跟四位十六进制数字。</translation>
    </message>
    <message>
        <source>\%1 is not an escape JSON knows; use \&quot; \\ \/ \b \f \n \r \t or \uXXXX.</source>
        <translation>\%1 不是 JSON 支持的转义；请使用 \&quot; \\ \/ \b \f \n \r \t 或 \uXXXX。</translation>
    </message>
    <message>
        <source>A number must not begin with 0 unless it is 0 or a fraction like 0.5.</source>
        <translation>数字不能以 0 开头，除非它就是 0 或 0.5 这样的小数。</translation>
    </message>
    <message>
        <source>A digit must follow the minus sign.</source>
        <translation>负号后面必须跟数字。</translation>
    </message>
    <message>
        <source>A digit must follow the decimal point.</source>
        <translation>小数点后面必须跟数字。</translation>
    </message>
    <message>
        <source>A digit must follow the exponent (e).</source>
        <translation>指数（e）后面必须跟数字。</translation>
    </message>
    <message>
        <source>%1 where a value was expected; did you mean %2?</source>
        <translation>此处应为一个值，却出现%1；你是不是想输入 %2？</translation>
    </message>
</context>
<context>
    <name>LatencyHistogram</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Tab</source>
        <translation>新建标签页(&amp;N)</translation>
    </message>
    <message>
        <source>Open a tab for another connection</source>
        <translation>为另一个连接打开标签页</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Topic</source>
        <translation>复制主题(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Filter Topics</source>
        <translation>筛选主题(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Freeze the tree; messages are still received and counted</source>
        <translation>冻结主题树；消息仍会被接收和计数</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
    <message>
        <source>Forget all topics and messages received so far</source>
        <translation>清除目前为止收到的所有主题和消息</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Tab</source>
        <translation>上一个标签页(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect this tab to the broker in the URL field</source>
        <translation>将此标签页连接到地址栏中的 Broker</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>立即重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Try again now instead of waiting for the countdown</source>
        <translation>立即重试，而不是等待倒计时结束</translation>
    </message>
    <message>
        <source>&amp;Stop Reconnecting</source>
        <translation>停止重新连接(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Canopy</source>
        <translation>关于 Canopy(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>New tab (%1)</source>
        <translation>新建标签页（%1）</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Connection &amp;Manager…</source>
        <translation>连接管理器(&amp;M)…</translation>
    </message>
    <message>
        <source>Saved connections: add, edit, test, import, export, connect (%1)</source>
        <translation>已保存的连接：添加、编辑、测试、导入、导出、连接（%1）</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Reopen These Tabs at &amp;Start</source>
        <translation>启动时重新打开这些标签页(&amp;S)</translation>
    </message>
    <message>
        <source>At the next start, open the saved connections that are open when Canopy closes</source>
        <translation>下次启动时，打开 Canopy 关闭时处于打开状态的已保存连接</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>About Canopy</source>
        <translation>关于 Canopy</translation>
    </message>
    <message>
        <source>Canopy %1
A native MQTT 3.1.1 and 5.0 explorer.</source>
        <translation>Canopy %1
原生的 MQTT 3.1.1 和 5.0 浏览器。</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published with QoS 1 or 2 on “%1” have not been confirmed by the broker yet. Closing the tab now may lose them.</source>
        <translation>
            <numerusform>在“%1”上以 QoS 1 或 2 发布的 %n 条消息尚未得到 Broker 确认。现在关闭标签页可能会丢失这些消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close &amp;Anyway</source>
        <translation>仍然关闭(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep the Tab</source>
        <translation>保留标签页(&amp;K)</translation>
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
        <translation>退出 Canopy</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) published with QoS 1 or 2 have not been confirmed by the broker yet (%1). Quitting now may lose them.</source>
        <translation>
            <numerusform>有 %n 条以 QoS 1 或 2 发布的消息尚未得到 Broker 确认（%1）。现在退出可能会丢失这些消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>仍然退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep Canopy Open</source>
        <translation>保持 Canopy 打开(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete Retained Message…</source>
        <translation>删除保留消息(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected topic&apos;s retained message on the broker (asks first)</source>
        <translation>删除 Broker 上所选主题的保留消息（会先询问）</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Reco&amp;nnect</source>
        <translation>重新连接(&amp;N)</translation>
    </message>
    <message>
        <source>Connect this tab again to the same broker, or try now while it waits to reconnect</source>
        <translation>将此标签页重新连接到同一 Broker，或在等待重连期间立即尝试连接</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>MessageDiff</name>
    <message>
        <source>Only the first %1 of each payload are compared.</source>
        <translation>每个载荷仅比较前 %1。</translation>
    </message>
    <message>
        <source>The older payload: %1</source>
        <translation>较旧的载荷：%1</translation>
    </message>
    <message>
        <source>The newer payload: %1</source>
        <translation>较新的载荷：%1</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The older payload reads as %1, the newer as %2.</source>
        <translation>较早的载荷读作 %1，较新的读作 %2。</translation>
    </message>
    <message>
        <source>The newer payload does not read as one of them.</source>
        <translation>较新的载荷不能读作其中任何一种。</translation>
    </message>
    <message>
        <source>The older payload does not read as one of them.</source>
        <translation>较早的载荷不能读作其中任何一种。</translation>
    </message>
    <message>
        <source>Neither payload reads as one of them.</source>
        <translation>两个载荷都不能读作其中任何一种。</translation>
    </message>
    <message>
        <source>A structural diff needs two documents of one kind: JSON, CBOR, MessagePack, Protocol Buffers or Sparkplug B. %1 Compared as %2 instead.</source>
        <translation>结构比较需要两个同类文档：JSON、CBOR、MessagePack、Protocol Buffers 或 Sparkplug B。%1 已改为按%2比较。</translation>
    </message>
</context>
<context>
    <name>MessageHeader</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the topic</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>内容类型：</translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation>载荷格式：</translation>
    </message>
    <message>
        <source>Message expiry:</source>
        <translation>消息过期：</translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation>响应主题：</translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation>关联数据：</translation>
    </message>
    <message>
        <source>Subscription identifiers:</source>
        <translation>订阅标识符：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>用户属性：</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>retained</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>not retained</source>
        <translation>非保留</translation>
    </message>
    <message>
        <source>Received (local time, to the millisecond)</source>
        <translation>接收时间（本地时间，精确到毫秒）</translation>
    </message>
    <message>
        <source>%1, cut to %2</source>
        <translation>%1，截断为 %2</translation>
    </message>
    <message>
        <source>1 (UTF-8 text)</source>
        <translation>1（UTF-8 文本）</translation>
    </message>
    <message>
        <source>%1 (unspecified bytes)</source>
        <translation>%1（未指定的字节）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>（非文本）</translation>
    </message>
    <message>
        <source>%1 · hex %2</source>
        <translation>%1 · 十六进制 %2</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Copy payload</source>
        <translation>复制载荷</translation>
    </message>
    <message>
        <source>Copy the payload: as text when it is text, otherwise as hex (and the raw bytes for programs that take them)</source>
        <translation>复制载荷：若为文本则复制为文本，否则复制为十六进制（同时为接受原始字节的程序提供原始字节）</translation>
    </message>
    <message>
        <source>Copy as mosquitto_pub</source>
        <translation>复制为 mosquitto_pub 命令</translation>
    </message>
    <message>
        <source>Copy a mosquitto_pub command line that publishes this message again (safe to paste into a shell; credentials are not included)</source>
        <translation>复制一条可再次发布此消息的 mosquitto_pub 命令行（可安全粘贴到 shell 中；不包含凭据）</translation>
    </message>
    <message>
        <source>Save payload…</source>
        <translation>保存载荷…</translation>
    </message>
    <message>
        <source>Save the payload&apos;s bytes to a file</source>
        <translation>将载荷的字节保存到文件</translation>
    </message>
    <message>
        <source>Copied a mosquitto_pub command line for “%1”.</source>
        <translation>已复制“%1”的 mosquitto_pub 命令行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 topic(s)</source>
        <comment>below a topic</comment>
        <translation>
            <numerusform>%1 个主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <comment>below a topic</comment>
        <translation>
            <numerusform>%1 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>No message was received on this topic itself. Below it: %1 with %2.</source>
        <comment>%1 is a number of topics, %2 a number of messages</comment>
        <translation>此主题本身未收到任何消息。其下有：%1，共 %2。</translation>
    </message>
    <message>
        <source>Select a topic to see its last message.</source>
        <translation>选择一个主题以查看其最新消息。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>保存载荷</translation>
    </message>
    <message>
        <source>Saved %1 to “%2”.</source>
        <translation>已将 %1 保存到“%2”。</translation>
    </message>
    <message>
        <source>The payload was truncated: the file holds the first %1 of %2.</source>
        <translation>载荷已被截断：文件中只有 %2 中的前 %1。</translation>
    </message>
</context>
<context>
    <name>Mqtt</name>
    <message>
        <source>reason code</source>
        <translation>原因码</translation>
    </message>
    <message>
        <source>%1 with the reason code 0x%2, which is not defined for that packet.</source>
        <translation>%1，其原因码为 0x%2，该报文未定义此原因码。</translation>
    </message>
    <message>
        <source>%1 whose %2 contains the wildcard &apos;%3&apos; (%4).</source>
        <translation>%1，其%2中含有通配符 &apos;%3&apos;（%4）。</translation>
    </message>
    <message>
        <source>%1, which the specification forbids (%2).</source>
        <translation>%1，这是规范所禁止的（%2）。</translation>
    </message>
    <message>
        <source>%1, a packet type that exists only in MQTT 5.0 (type 15 is reserved in MQTT 3.1.1).</source>
        <translation>%1，这种报文类型仅存在于 MQTT 5.0 中（在 MQTT 3.1.1 中类型 15 为保留值）。</translation>
    </message>
    <message>
        <source>%1, a packet only a client may send.</source>
        <translation>%1，这种报文只能由客户端发送。</translation>
    </message>
    <message>
        <source>%1, a packet only a server may send.</source>
        <translation>%1，这种报文只能由服务端发送。</translation>
    </message>
    <message>
        <source>%1 with both QoS bits set (QoS 3) (MQTT-3.3.1-4).</source>
        <translation>%1，其两个 QoS 位均被置位（QoS 3）（MQTT-3.3.1-4）。</translation>
    </message>
    <message>
        <source>%1 with the DUP flag set on a QoS 0 message (MQTT-3.3.1-2).</source>
        <translation>%1，在 QoS 0 消息上设置了 DUP 标志（MQTT-3.3.1-2）。</translation>
    </message>
    <message>
        <source>%1 whose fixed header flags are 0x%2 instead of 0x%3 (%4).</source>
        <translation>%1，其固定报头标志为 0x%2，而不是 0x%3（%4）。</translation>
    </message>
    <message>
        <source>protocol name</source>
        <translation>协议名</translation>
    </message>
    <message>
        <source>protocol level</source>
        <translation>协议级别</translation>
    </message>
    <message>
        <source>%1 for protocol &quot;%2&quot; level %3, which is not MQTT 3.1 (&quot;MQIsdp&quot; level 3), 3.1.1 (&quot;MQTT&quot; level 4) or 5.0 (&quot;MQTT&quot; level 5).</source>
        <translation>%1，其协议为 &quot;%2&quot;、级别为 %3，既不是 MQTT 3.1（&quot;MQIsdp&quot; 级别 3）、3.1.1（&quot;MQTT&quot; 级别 4），也不是 5.0（&quot;MQTT&quot; 级别 5）。</translation>
    </message>
    <message>
        <source>connect flags</source>
        <translation>连接标志</translation>
    </message>
    <message>
        <source>keep alive</source>
        <translation>保活时间</translation>
    </message>
    <message>
        <source>%1 with the reserved connect flag set (MQTT-3.1.2-3).</source>
        <translation>%1，设置了保留的连接标志位（MQTT-3.1.2-3）。</translation>
    </message>
    <message>
        <source>%1 with Will QoS or Will Retain set but no Will Flag (%2).</source>
        <translation>%1，设置了 Will QoS 或 Will Retain，但未设置 Will Flag（%2）。</translation>
    </message>
    <message>
        <source>%1 with Will QoS 3 (%2).</source>
        <translation>%1，Will QoS 为 3（%2）。</translation>
    </message>
    <message>
        <source>%1 with a password but no user name (MQTT-3.1.2-22).</source>
        <translation>%1，带有密码但没有用户名（MQTT-3.1.2-22）。</translation>
    </message>
    <message>
        <source>%1 carrying Authentication Data without an Authentication Method (MQTT 5.0 section 3.1.2.11.10).</source>
        <translation>%1，携带了 Authentication Data 但没有 Authentication Method（MQTT 5.0 第 3.1.2.11.10 节）。</translation>
    </message>
    <message>
        <source>client identifier</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>will topic</source>
        <translation>遗嘱主题</translation>
    </message>
    <message>
        <source>%1 with an empty will topic (MQTT-4.7.3-1).</source>
        <translation>%1，其遗嘱主题为空（MQTT-4.7.3-1）。</translation>
    </message>
    <message>
        <source>will payload</source>
        <translation>遗嘱载荷</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>acknowledge flags</source>
        <translation>确认标志</translation>
    </message>
    <message>
        <source>%1 with reserved bits set in its acknowledge flags (MQTT-3.2.2-1).</source>
        <translation>%1，其确认标志中设置了保留位（MQTT-3.2.2-1）。</translation>
    </message>
    <message>
        <source>return code</source>
        <translation>返回码</translation>
    </message>
    <message>
        <source>%1 with the return code %2, which MQTT 3.1.1 does not define (section 3.2.2.3).</source>
        <translation>%1，其返回码为 %2，MQTT 3.1.1 未定义此返回码（第 3.2.2.3 节）。</translation>
    </message>
    <message>
        <source>%1 with Session Present set although it refuses the connection (%2).</source>
        <translation>%1，拒绝了连接却设置了 Session Present（%2）。</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>%1 with an empty topic (MQTT-4.7.3-1).</source>
        <translation>%1，其主题为空（MQTT-4.7.3-1）。</translation>
    </message>
    <message>
        <source>%1 with an empty topic and no Topic Alias (MQTT 5.0 section 3.3.2.1).</source>
        <translation>%1，其主题为空且没有 Topic Alias（MQTT 5.0 第 3.3.2.1 节）。</translation>
    </message>
    <message>
        <source>%1 without any topic filter (%2).</source>
        <translation>%1，不含任何主题过滤器（%2）。</translation>
    </message>
    <message>
        <source>topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <source>subscription options</source>
        <translation>订阅选项</translation>
    </message>
    <message>
        <source>%1 with reserved bits set in the options of the topic filter &quot;%2&quot; (%3).</source>
        <translation>%1，主题过滤器 &quot;%2&quot; 的选项中设置了保留位（%3）。</translation>
    </message>
    <message>
        <source>%1 asking for QoS 3 on the topic filter &quot;%2&quot; (%3).</source>
        <translation>%1，为主题过滤器 &quot;%2&quot; 请求 QoS 3（%3）。</translation>
    </message>
    <message>
        <source>%1 with Retain Handling 3 on the topic filter &quot;%2&quot; (MQTT 5.0 section 3.8.3.1).</source>
        <translation>%1，主题过滤器 &quot;%2&quot; 的 Retain Handling 为 3（MQTT 5.0 第 3.8.3.1 节）。</translation>
    </message>
    <message>
        <source>%1 with the invalid topic filter &quot;%2&quot; (MQTT-4.7.1).</source>
        <translation>%1，含有无效的主题过滤器 &quot;%2&quot;（MQTT-4.7.1）。</translation>
    </message>
    <message>
        <source>%1 with No Local set on the shared subscription &quot;%2&quot; (MQTT-3.8.3-4).</source>
        <translation>%1，在共享订阅 &quot;%2&quot; 上设置了 No Local（MQTT-3.8.3-4）。</translation>
    </message>
    <message>
        <source>%1 without any reason codes (%2).</source>
        <translation>%1，不含任何原因码（%2）。</translation>
    </message>
    <message>
        <source>%1 with the reason code 0x%2, which is not defined for that packet (%3).</source>
        <translation>%1，其原因码为 0x%2，该报文未定义此原因码（%3）。</translation>
    </message>
    <message>
        <source>%1 without any topic filter (MQTT-3.10.3-2).</source>
        <translation>%1，不含任何主题过滤器（MQTT-3.10.3-2）。</translation>
    </message>
    <message>
        <source>%1 without an Authentication Method (MQTT 5.0 section 3.15.2.2.2).</source>
        <translation>%1，没有 Authentication Method（MQTT 5.0 第 3.15.2.2.2 节）。</translation>
    </message>
    <message>
        <source>remaining length</source>
        <translation>剩余长度</translation>
    </message>
    <message>
        <source>%1 of %2, larger than the maximum packet size of %3 accepted on this connection.</source>
        <translation>%1，大小为 %2，超过了此连接接受的最大报文大小 %3。</translation>
    </message>
    <message>
        <source>%1 property</source>
        <translation>%1 属性</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent %1</source>
        <translation>服务端发送了 %1</translation>
    </message>
    <message>
        <source>The client sent %1</source>
        <translation>客户端发送了 %1</translation>
    </message>
    <message>
        <source>%1 that ends before its %2 (its remaining length is too short).</source>
        <translation>%1，但在其%2之前就已结束（其剩余长度过短）。</translation>
    </message>
    <message>
        <source>%1 whose %2 is a Variable Byte Integer longer than 4 bytes (%3).</source>
        <translation>%1，其%2是长度超过 4 字节的变长字节整数（%3）。</translation>
    </message>
    <message>
        <source>%1 whose %2 is not encoded in the fewest bytes possible (%3).</source>
        <translation>%1，其%2未使用尽可能少的字节编码（%3）。</translation>
    </message>
    <message>
        <source>packet identifier</source>
        <translation>报文标识符</translation>
    </message>
    <message>
        <source>%1 with packet identifier 0, which is reserved (%2).</source>
        <translation>%1，其报文标识符为保留值 0（%2）。</translation>
    </message>
    <message>
        <source>%1 whose %2 is longer than the rest of the packet.</source>
        <translation>%1，其%2比报文的剩余部分还长。</translation>
    </message>
    <message>
        <source>%1 whose %2 is not well-formed UTF-8 (%3).</source>
        <translation>%1，其%2不是格式正确的 UTF-8（%3）。</translation>
    </message>
    <message>
        <source>%1 whose %2 contains an encoded UTF-16 surrogate (U+D800..U+DFFF) (%3).</source>
        <translation>%1，其%2包含已编码的 UTF-16 代理项（U+D800..U+DFFF）（%3）。</translation>
    </message>
    <message>
        <source>%1 whose %2 contains the null character U+0000 (%3).</source>
        <translation>%1，其%2包含空字符 U+0000（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n unexpected byte(s) after its contents (its remaining length does not match its contents).</source>
        <translation>
            <numerusform>%1，其内容之后有 %n 个意外字节（其剩余长度与内容不符）。</numerusform>
        </translation>
    </message>
    <message>
        <source>property length</source>
        <translation>属性长度</translation>
    </message>
    <message>
        <source>%1 whose property length (%2) runs past the end of the packet (MQTT 5.0 section 2.2.2.1).</source>
        <translation>%1，其属性长度（%2）超出了报文末尾（MQTT 5.0 第 2.2.2.1 节）。</translation>
    </message>
    <message>
        <source>%1 with %2 %3, a value the specification does not allow.</source>
        <translation>%1，其%2为 %3，规范不允许该值。</translation>
    </message>
    <message>
        <source>property identifier</source>
        <translation>属性标识符</translation>
    </message>
    <message>
        <source>%1 with the unknown property identifier 0x%2 (MQTT 5.0 section 2.2.2.2).</source>
        <translation>%1，含有未知的属性标识符 0x%2（MQTT 5.0 第 2.2.2.2 节）。</translation>
    </message>
    <message>
        <source>its will properties</source>
        <translation>其遗嘱属性</translation>
    </message>
    <message>
        <source>that packet</source>
        <translation>该报文</translation>
    </message>
    <message>
        <source>%1 carrying the %2 property, which may not appear in %3 (MQTT 5.0 section 2.2.2.2).</source>
        <translation>%1，携带了 %2 属性，该属性不得出现在%3中（MQTT 5.0 第 2.2.2.2 节）。</translation>
    </message>
    <message>
        <source>%1 carrying the %2 property more than once.</source>
        <translation>%1，多次携带了 %2 属性。</translation>
    </message>
    <message>
        <source>%1 whose Response Topic contains a wildcard (MQTT-3.3.2-14).</source>
        <translation>%1，其 Response Topic 含有通配符（MQTT-3.3.2-14）。</translation>
    </message>
    <message>
        <source>%1 carrying a Subscription Identifier, which only a server may send (MQTT-3.3.4-6).</source>
        <translation>%1，携带了 Subscription Identifier，该属性只能由服务端发送（MQTT-3.3.4-6）。</translation>
    </message>
    <message>
        <source>%1 carrying a Session Expiry Interval, which only a client may send in a DISCONNECT (MQTT-3.14.2-2).</source>
        <translation>%1，携带了 Session Expiry Interval，只有客户端可以在 DISCONNECT 中发送该属性（MQTT-3.14.2-2）。</translation>
    </message>
    <message>
        <source>no topic aliases are accepted on this connection</source>
        <translation>此连接不接受任何主题别名</translation>
    </message>
    <message>
        <source>the aliases accepted on this connection are 1 to %1</source>
        <translation>此连接接受的别名为 1 到 %1</translation>
    </message>
    <message>
        <source>%1 with Topic Alias %2, but %3 (MQTT 5.0 section 3.3.2.3.4).</source>
        <translation>%1，其 Topic Alias 为 %2，但%3（MQTT 5.0 第 3.3.2.3.4 节）。</translation>
    </message>
    <message>
        <source>user property name</source>
        <translation>用户属性名</translation>
    </message>
    <message>
        <source>user property value</source>
        <translation>用户属性值</translation>
    </message>
    <message>
        <source>granted QoS %1</source>
        <translation>授予 QoS %1</translation>
    </message>
    <message>
        <source>connection accepted</source>
        <translation>接受连接</translation>
    </message>
    <message>
        <source>unacceptable protocol version</source>
        <translation>不可接受的协议版本</translation>
    </message>
    <message>
        <source>identifier rejected</source>
        <translation>标识符被拒绝</translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation>服务端不可用</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>unknown return code %1</source>
        <translation>未知返回码 %1</translation>
    </message>
    <message>
        <source>disconnect with will message</source>
        <translation>断开连接并发送遗嘱消息</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>没有匹配的订阅者</translation>
    </message>
    <message>
        <source>no subscription existed</source>
        <translation>订阅不存在</translation>
    </message>
    <message>
        <source>continue authentication</source>
        <translation>继续认证</translation>
    </message>
    <message>
        <source>re-authenticate</source>
        <translation>重新认证</translation>
    </message>
    <message>
        <source>unspecified error</source>
        <translation>未指明的错误</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>报文格式错误</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>implementation specific error</source>
        <translation>实现特定错误</translation>
    </message>
    <message>
        <source>unsupported protocol version</source>
        <translation>不支持的协议版本</translation>
    </message>
    <message>
        <source>client identifier not valid</source>
        <translation>客户端 ID 无效</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>服务端繁忙</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>已被禁止</translation>
    </message>
    <message>
        <source>server shutting down</source>
        <translation>服务端正在关闭</translation>
    </message>
    <message>
        <source>bad authentication method</source>
        <translation>认证方法错误</translation>
    </message>
    <message>
        <source>keep alive timeout</source>
        <translation>保活超时</translation>
    </message>
    <message>
        <source>session taken over</source>
        <translation>会话被接管</translation>
    </message>
    <message>
        <source>topic filter invalid</source>
        <translation>主题过滤器无效</translation>
    </message>
    <message>
        <source>topic name invalid</source>
        <translation>主题名无效</translation>
    </message>
    <message>
        <source>packet identifier in use</source>
        <translation>报文标识符已被占用</translation>
    </message>
    <message>
        <source>packet identifier not found</source>
        <translation>未找到报文标识符</translation>
    </message>
    <message>
        <source>receive maximum exceeded</source>
        <translation>超出接收最大值</translation>
    </message>
    <message>
        <source>topic alias invalid</source>
        <translation>主题别名无效</translation>
    </message>
    <message>
        <source>packet too large</source>
        <translation>报文过大</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>消息速率过高</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <source>administrative action</source>
        <translation>管理操作</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>载荷格式无效</translation>
    </message>
    <message>
        <source>retain not supported</source>
        <translation>不支持保留消息</translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation>不支持该 QoS</translation>
    </message>
    <message>
        <source>use another server</source>
        <translation>请使用其他服务端</translation>
    </message>
    <message>
        <source>server moved</source>
        <translation>服务端已迁移</translation>
    </message>
    <message>
        <source>shared subscriptions not supported</source>
        <translation>不支持共享订阅</translation>
    </message>
    <message>
        <source>connection rate exceeded</source>
        <translation>超出连接速率</translation>
    </message>
    <message>
        <source>maximum connect time</source>
        <translation>超出最长连接时间</translation>
    </message>
    <message>
        <source>subscription identifiers not supported</source>
        <translation>不支持订阅标识符</translation>
    </message>
    <message>
        <source>wildcard subscriptions not supported</source>
        <translation>不支持通配符订阅</translation>
    </message>
    <message>
        <source>normal disconnection</source>
        <translation>正常断开连接</translation>
    </message>
    <message>
        <source>unknown reason code 0x%1</source>
        <translation>未知原因码 0x%1</translation>
    </message>
    <message>
        <source>A message needs a topic: a topic name must not be empty [MQTT-4.7.3-1].</source>
        <translation>消息需要主题：主题名不能为空 [MQTT-4.7.3-1]。</translation>
    </message>
    <message>
        <source>The topic contains the wildcard %1 at character %2; wildcards (+ and #) are for subscriptions only, a message needs a topic without them [MQTT-3.3.2-2].</source>
        <translation>主题的第 %2 个字符处含有通配符 %1；通配符（+ 和 #）只能用于订阅，消息的主题中不能含有通配符 [MQTT-3.3.2-2]。</translation>
    </message>
    <message>
        <source>The topic contains a NUL character (U+0000) at character %1, which MQTT forbids in topics [MQTT-4.7.3-2].</source>
        <translation>主题的第 %1 个字符处含有 NUL 字符（U+0000），MQTT 禁止在主题中使用该字符 [MQTT-4.7.3-2]。</translation>
    </message>
    <message>
        <source>The topic contains half of a UTF-16 surrogate pair at character %1, which has no UTF-8 form [MQTT-1.5.4-1].</source>
        <translation>主题的第 %1 个字符处含有半个 UTF-16 代理对，它没有对应的 UTF-8 形式 [MQTT-1.5.4-1]。</translation>
    </message>
    <message numerus="yes">
        <source>The topic takes %n byte(s) in UTF-8; a topic may take at most 65,535 [MQTT-4.7.3-3].</source>
        <translation>
            <numerusform>该主题的 UTF-8 编码占用 %n 个字节；主题最多只能占用 65,535 个字节 [MQTT-4.7.3-3]。</numerusform>
        </translation>
    </message>
    <message>
        <source>The topic has an empty level (a leading, trailing or double /): MQTT allows it, but it is another topic than the one without it.</source>
        <translation>该主题含有空层级（开头、结尾或连续的 /）：MQTT 允许这样做，但它与不含空层级的主题是不同的主题。</translation>
    </message>
    <message>
        <source>The topic begins or ends with a space: MQTT allows it, but it is another topic than the one without it.</source>
        <translation>该主题以空格开头或结尾：MQTT 允许这样做，但它与不含空格的主题是不同的主题。</translation>
    </message>
    <message>
        <source>Topics that begin with $ are reserved for the broker ($SYS); most brokers ignore or refuse messages published to them.</source>
        <translation>以 $ 开头的主题为 Broker 保留（$SYS）；大多数 Broker 会忽略或拒绝发布到这些主题的消息。</translation>
    </message>
    <message>
        <source>a packet of the reserved type 0</source>
        <translation>保留类型 0 的报文</translation>
    </message>
    <message>
        <source>a CONNECT</source>
        <translation>CONNECT 报文</translation>
    </message>
    <message>
        <source>a CONNACK</source>
        <translation>CONNACK 报文</translation>
    </message>
    <message>
        <source>a PUBLISH</source>
        <translation>PUBLISH 报文</translation>
    </message>
    <message>
        <source>a PUBACK</source>
        <translation>PUBACK 报文</translation>
    </message>
    <message>
        <source>a PUBREC</source>
        <translation>PUBREC 报文</translation>
    </message>
    <message>
        <source>a PUBREL</source>
        <translation>PUBREL 报文</translation>
    </message>
    <message>
        <source>a PUBCOMP</source>
        <translation>PUBCOMP 报文</translation>
    </message>
    <message>
        <source>a SUBSCRIBE</source>
        <translation>SUBSCRIBE 报文</translation>
    </message>
    <message>
        <source>a SUBACK</source>
        <translation>SUBACK 报文</translation>
    </message>
    <message>
        <source>an UNSUBSCRIBE</source>
        <translation>UNSUBSCRIBE 报文</translation>
    </message>
    <message>
        <source>an UNSUBACK</source>
        <translation>UNSUBACK 报文</translation>
    </message>
    <message>
        <source>a PINGREQ</source>
        <translation>PINGREQ 报文</translation>
    </message>
    <message>
        <source>a PINGRESP</source>
        <translation>PINGRESP 报文</translation>
    </message>
    <message>
        <source>a DISCONNECT</source>
        <translation>DISCONNECT 报文</translation>
    </message>
    <message>
        <source>an AUTH</source>
        <translation>AUTH 报文</translation>
    </message>
    <message>
        <source>a packet</source>
        <translation>报文</translation>
    </message>
</context>
<context>
    <name>Mqtt::Client</name>
    <message>
        <source>TLS certificate verification is switched off for %1: the connection is encrypted, but anyone in between can pretend to be the broker.</source>
        <translation>%1 的 TLS 证书验证已关闭：连接虽已加密，但任何中间人都可以冒充 Broker。</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection without answering the MQTT 5 CONNECT; connecting again with MQTT 3.1.1.</source>
        <translation>位于 %1 的 Broker 未应答 MQTT 5 CONNECT 就关闭了连接；正在使用 MQTT 3.1.1 重新连接。</translation>
    </message>
    <message>
        <source>The broker at %1 accepted the connection but did not answer the MQTT CONNECT within %2 seconds; check that this port speaks MQTT.</source>
        <translation>位于 %1 的 Broker 接受了连接，但未在 %2 秒内应答 MQTT CONNECT；请检查此端口是否使用 MQTT 协议。</translation>
    </message>
    <message>
        <source>The broker at %1 does not support MQTT 5; connecting again with MQTT 3.1.1.</source>
        <translation>位于 %1 的 Broker 不支持 MQTT 5；正在使用 MQTT 3.1.1 重新连接。</translation>
    </message>
    <message>
        <source>The broker refused the subscription.</source>
        <translation>Broker 拒绝了该订阅。</translation>
    </message>
</context>
<context>
    <name>Mqtt::ConnectionOptions</name>
    <message>
        <source>No broker address was given: write one such as mqtt://localhost:1883.</source>
        <translation>未提供 Broker 地址：请填写一个地址，如 mqtt://localhost:1883。</translation>
    </message>
    <message>
        <source>The port in the broker address &apos;%1&apos; is not a number from 1 to 65535.</source>
        <translation>Broker 地址 &apos;%1&apos; 中的端口不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; is not a valid URL: write it as mqtt://host:port.</source>
        <translation>Broker 地址 &apos;%1&apos; 不是有效的 URL：请写成 mqtt://host:port 的形式。</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has no scheme: start it with mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>Broker 地址 &apos;%1&apos; 没有协议方案：请以 mqtt://、mqtts://、ws:// 或 wss:// 开头。</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; uses the unknown scheme &apos;%2&apos;: use mqtt://, mqtts://, ws:// or wss://.</source>
        <translation>Broker 地址 &apos;%1&apos; 使用了未知的协议方案 &apos;%2&apos;：请使用 mqtt://、mqtts://、ws:// 或 wss://。</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has no host name: write it as %2://host:port.</source>
        <translation>Broker 地址 &apos;%1&apos; 没有主机名：请写成 %2://host:port 的形式。</translation>
    </message>
    <message>
        <source>The broker address &apos;%1&apos; has the path &apos;%2&apos;, but only ws:// and wss:// addresses use a path: remove it or use a WebSocket address.</source>
        <translation>Broker 地址 &apos;%1&apos; 带有路径 &apos;%2&apos;，但只有 ws:// 和 wss:// 地址才使用路径：请删除路径或使用 WebSocket 地址。</translation>
    </message>
</context>
<context>
    <name>Mqtt::ServerLimits</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker announced a Receive Maximum of 0, which the protocol forbids.</source>
        <translation>Broker 声明的 Receive Maximum 为 0，协议禁止此值。</translation>
    </message>
    <message>
        <source>The broker announced a Maximum Packet Size of 0, which the protocol forbids.</source>
        <translation>Broker 声明的 Maximum Packet Size 为 0，协议禁止此值。</translation>
    </message>
    <message>
        <source>QoS %1 does not exist; use QoS 0, 1 or 2.</source>
        <translation>不存在 QoS %1；请使用 QoS 0、1 或 2。</translation>
    </message>
    <message>
        <source>The broker accepts messages up to QoS %1 only, so this QoS %2 message was not sent.</source>
        <translation>Broker 仅接受最高 QoS %1 的消息，因此未发送这条 QoS %2 消息。</translation>
    </message>
    <message>
        <source>The broker does not support retained messages, so this retained message was not sent.</source>
        <translation>Broker 不支持保留消息，因此未发送这条保留消息。</translation>
    </message>
    <message>
        <source>Topic alias 0 does not exist; topic aliases start at 1 [MQTT-3.3.2-8].</source>
        <translation>不存在主题别名 0；主题别名从 1 开始 [MQTT-3.3.2-8]。</translation>
    </message>
    <message>
        <source>The broker accepts no topic aliases, so the message with topic alias %1 was not sent.</source>
        <translation>Broker 不接受主题别名，因此未发送主题别名为 %1 的消息。</translation>
    </message>
    <message>
        <source>The broker accepts topic aliases 1 to %1, so the message with topic alias %2 was not sent.</source>
        <translation>Broker 接受的主题别名为 1 到 %1，因此未发送主题别名为 %2 的消息。</translation>
    </message>
    <message>
        <source>The subscribe request would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation>该订阅请求需要 %1 的报文，超过了 MQTT 允许的 %2。</translation>
    </message>
    <message>
        <source>The unsubscribe request would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation>该取消订阅请求需要 %1 的报文，超过了 MQTT 允许的 %2。</translation>
    </message>
    <message>
        <source>The message would need a packet of %1, more than the %2 MQTT allows.</source>
        <translation>该消息需要 %1 的报文，超过了 MQTT 允许的 %2。</translation>
    </message>
    <message>
        <source>The subscribe request would need a packet of %1, but the broker accepts at most %2; subscribe to fewer or shorter topic filters at a time.</source>
        <translation>该订阅请求需要 %1 的报文，但 Broker 最多接受 %2；请每次订阅更少或更短的主题过滤器。</translation>
    </message>
    <message>
        <source>The unsubscribe request would need a packet of %1, but the broker accepts at most %2; unsubscribe from fewer or shorter topic filters at a time.</source>
        <translation>该取消订阅请求需要 %1 的报文，但 Broker 最多接受 %2；请每次取消订阅更少或更短的主题过滤器。</translation>
    </message>
    <message>
        <source>The message would need a packet of %1, but the broker accepts at most %2.</source>
        <translation>该消息需要 %1 的报文，但 Broker 最多接受 %2。</translation>
    </message>
    <message>
        <source>A subscribe request needs at least one topic filter [MQTT-3.8.3-2].</source>
        <translation>订阅请求至少需要一个主题过滤器 [MQTT-3.8.3-2]。</translation>
    </message>
    <message>
        <source>A topic filter must not be empty [MQTT-4.7.3-1].</source>
        <translation>主题过滤器不能为空 [MQTT-4.7.3-1]。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid topic filter: + must fill a whole level and # must be the last level.</source>
        <translation>&quot;%1&quot; 不是有效的主题过滤器：+ 必须占据一个完整层级，# 必须是最后一个层级。</translation>
    </message>
    <message>
        <source>QoS %1 does not exist; subscribe with QoS 0, 1 or 2.</source>
        <translation>不存在 QoS %1；请使用 QoS 0、1 或 2 订阅。</translation>
    </message>
    <message>
        <source>Retain handling %1 does not exist; use 0, 1 or 2.</source>
        <translation>不存在 Retain Handling %1；请使用 0、1 或 2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid shared subscription; use $share/group/filter.</source>
        <translation>&quot;%1&quot; 不是有效的共享订阅；请使用 $share/group/filter 形式。</translation>
    </message>
    <message>
        <source>The broker does not support shared subscriptions, so &quot;%1&quot; was not subscribed.</source>
        <translation>Broker 不支持共享订阅，因此未订阅 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The shared subscription &quot;%1&quot; cannot use No Local [MQTT-3.8.3-4].</source>
        <translation>共享订阅 &quot;%1&quot; 不能使用 No Local [MQTT-3.8.3-4]。</translation>
    </message>
    <message>
        <source>The broker does not support wildcard subscriptions, so &quot;%1&quot; was not subscribed.</source>
        <translation>Broker 不支持通配符订阅，因此未订阅 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>A subscribe request can carry only one subscription identifier.</source>
        <translation>一个订阅请求只能携带一个订阅标识符。</translation>
    </message>
    <message>
        <source>Subscription identifier %1 is out of range; use 1 to %2.</source>
        <translation>订阅标识符 %1 超出范围；请使用 1 到 %2。</translation>
    </message>
    <message>
        <source>The broker does not support subscription identifiers, so the subscription was not sent.</source>
        <translation>Broker 不支持订阅标识符，因此未发送该订阅。</translation>
    </message>
    <message>
        <source>An unsubscribe request needs at least one topic filter [MQTT-3.10.3-2].</source>
        <translation>取消订阅请求至少需要一个主题过滤器 [MQTT-3.10.3-2]。</translation>
    </message>
</context>
<context>
    <name>Mqtt::Session</name>
    <message>
        <source>The connection closed before the broker answered the request.</source>
        <translation>连接在 Broker 应答请求之前已关闭。</translation>
    </message>
    <message>
        <source>The session was discarded before the broker confirmed the message.</source>
        <translation>会话在 Broker 确认消息之前已被丢弃。</translation>
    </message>
    <message>
        <source>The session was discarded before the request could be sent.</source>
        <translation>会话在请求发送之前已被丢弃。</translation>
    </message>
    <message>
        <source>The broker sent a malformed packet.</source>
        <translation>Broker 发送了格式错误的报文。</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet, which MQTT %1 does not have.</source>
        <translation>Broker 发送了 AUTH 报文，而 MQTT %1 没有这种报文。</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet before the client connected.</source>
        <translation>Broker 在客户端连接之前发送了 AUTH 报文。</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet although the client did not ask for enhanced authentication [MQTT-4.12.0-6].</source>
        <translation>客户端并未请求增强认证，Broker 却发送了 AUTH 报文 [MQTT-4.12.0-6]。</translation>
    </message>
    <message>
        <source>The broker sent an AUTH packet (%1).</source>
        <translation>Broker 发送了 AUTH 报文（%1）。</translation>
    </message>
    <message>
        <source>The broker sent a %1 packet, which only a client may send.</source>
        <translation>Broker 发送了 %1 报文，这种报文只能由客户端发送。</translation>
    </message>
    <message>
        <source>The broker sent a %1 packet before accepting the connection with CONNACK.</source>
        <translation>Broker 在用 CONNACK 接受连接之前发送了 %1 报文。</translation>
    </message>
    <message>
        <source>The broker sent a second CONNACK on the same connection.</source>
        <translation>Broker 在同一连接上发送了第二个 CONNACK。</translation>
    </message>
    <message>
        <source>The broker sent a CONNACK before the client sent CONNECT.</source>
        <translation>Broker 在客户端发送 CONNECT 之前发送了 CONNACK。</translation>
    </message>
    <message>
        <source>the broker does not support MQTT 5; use MQTT 3.1.1</source>
        <translation>该 Broker 不支持 MQTT 5；请使用 MQTT 3.1.1</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1.</source>
        <translation>Broker 拒绝了连接：%1。</translation>
    </message>
    <message>
        <source>It suggests the server %1.</source>
        <translation>它建议使用服务端 %1。</translation>
    </message>
    <message>
        <source>The broker reported an existing session although the client asked for a clean start [MQTT-3.2.2-2].</source>
        <translation>客户端请求了 Clean Start，Broker 却报告存在已有会话 [MQTT-3.2.2-2]。</translation>
    </message>
    <message>
        <source>Connected to the broker, which resumed the previous session.</source>
        <translation>已连接到 Broker，并恢复了之前的会话。</translation>
    </message>
    <message>
        <source>Connected to the broker with a new session.</source>
        <translation>已连接到 Broker，使用新会话。</translation>
    </message>
    <message numerus="yes">
        <source>The broker did not answer the keep-alive ping within %n second(s), so the connection is considered lost.</source>
        <translation>
            <numerusform>Broker 未在 %n 秒内应答保活 ping，因此认为连接已断开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The broker accepts packets of at most %n byte(s), too few for the %1 of %2 bytes that the protocol needs next, so the connection cannot go on.</source>
        <translation>
            <numerusform>Broker 最多接受 %n 字节的报文，不足以容纳协议接下来需要的 %1（%2 字节），因此连接无法继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker said: &quot;%1&quot;.</source>
        <translation>Broker 表示：&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The broker used topic alias %1, but the client accepts aliases 1 to %2 only.</source>
        <translation>Broker 使用了主题别名 %1，但客户端仅接受别名 1 到 %2。</translation>
    </message>
    <message>
        <source>The broker used topic alias %1 without ever saying which topic it stands for.</source>
        <translation>Broker 使用了主题别名 %1，却从未说明它代表哪个主题。</translation>
    </message>
    <message>
        <source>The broker sent a PUBLISH packet without a topic.</source>
        <translation>Broker 发送了没有主题的 PUBLISH 报文。</translation>
    </message>
    <message>
        <source>The broker sent more unacknowledged QoS 2 messages than the client&apos;s Receive Maximum of %1.</source>
        <translation>Broker 发送的未确认 QoS 2 消息数超过了客户端的 Receive Maximum（%1）。</translation>
    </message>
    <message>
        <source>The broker sent a PUBLISH packet with QoS 3.</source>
        <translation>Broker 发送了 QoS 3 的 PUBLISH 报文。</translation>
    </message>
    <message>
        <source>The broker sent PUBACK for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation>Broker 为报文标识符 %1 发送了 PUBACK，但没有使用该标识符的消息在等待 PUBACK。</translation>
    </message>
    <message>
        <source>The broker sent PUBACK for packet identifier %1, which is a QoS 2 message and needs PUBREC.</source>
        <translation>Broker 为报文标识符 %1 发送了 PUBACK，但这是一条 QoS 2 消息，需要的是 PUBREC。</translation>
    </message>
    <message>
        <source>The broker refused the message to &quot;%1&quot;: %2.</source>
        <translation>Broker 拒绝了发往 &quot;%1&quot; 的消息：%2。</translation>
    </message>
    <message>
        <source>The broker sent PUBREC for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation>Broker 为报文标识符 %1 发送了 PUBREC，但没有使用该标识符的消息在等待 PUBREC。</translation>
    </message>
    <message>
        <source>The broker sent PUBREC for packet identifier %1, which is a QoS 1 message and needs PUBACK.</source>
        <translation>Broker 为报文标识符 %1 发送了 PUBREC，但这是一条 QoS 1 消息，需要的是 PUBACK。</translation>
    </message>
    <message>
        <source>The broker sent a second PUBREC for packet identifier %1.</source>
        <translation>Broker 为报文标识符 %1 发送了第二个 PUBREC。</translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1, but no message with that identifier awaits one.</source>
        <translation>Broker 为报文标识符 %1 发送了 PUBCOMP，但没有使用该标识符的消息在等待 PUBCOMP。</translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1, which is a QoS 1 message and needs PUBACK.</source>
        <translation>Broker 为报文标识符 %1 发送了 PUBCOMP，但这是一条 QoS 1 消息，需要的是 PUBACK。</translation>
    </message>
    <message>
        <source>The broker sent PUBCOMP for packet identifier %1 before PUBREC.</source>
        <translation>Broker 在 PUBREC 之前为报文标识符 %1 发送了 PUBCOMP。</translation>
    </message>
    <message>
        <source>The broker sent SUBACK for packet identifier %1, but no subscribe request with that identifier awaits one.</source>
        <translation>Broker 为报文标识符 %1 发送了 SUBACK，但没有使用该标识符的订阅请求在等待 SUBACK。</translation>
    </message>
    <message numerus="yes">
        <source>The broker answered a subscribe request for %n topic filter(s) with %1 [MQTT-3.9.3-1].</source>
        <comment>%1 is a number of reason codes</comment>
        <translation>
            <numerusform>Broker 对包含 %n 个主题过滤器的订阅请求应答了 %1 [MQTT-3.9.3-1]。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reason code(s)</source>
        <translation>
            <numerusform>%n 个原因码</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker refused the subscription to &quot;%1&quot;: %2.</source>
        <translation>Broker 拒绝了对 &quot;%1&quot; 的订阅：%2。</translation>
    </message>
    <message>
        <source>The broker sent UNSUBACK for packet identifier %1, but no unsubscribe request with that identifier awaits one.</source>
        <translation>Broker 为报文标识符 %1 发送了 UNSUBACK，但没有使用该标识符的取消订阅请求在等待 UNSUBACK。</translation>
    </message>
    <message numerus="yes">
        <source>The broker answered an unsubscribe request for %n topic filter(s) with %1 [MQTT-3.11.3-1].</source>
        <comment>%1 is a number of reason codes</comment>
        <translation>
            <numerusform>Broker 对包含 %n 个主题过滤器的取消订阅请求应答了 %1 [MQTT-3.11.3-1]。</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker refused to remove the subscription to &quot;%1&quot;: %2.</source>
        <translation>Broker 拒绝移除对 &quot;%1&quot; 的订阅：%2。</translation>
    </message>
    <message>
        <source>The broker sent a DISCONNECT packet, which only a client may send before MQTT 5.</source>
        <translation>Broker 发送了 DISCONNECT 报文，而在 MQTT 5 之前只有客户端才能发送这种报文。</translation>
    </message>
    <message>
        <source>The broker closed the connection: %1.</source>
        <translation>Broker 关闭了连接：%1。</translation>
    </message>
    <message>
        <source>The broker did not keep the session, so the subscriptions must be made again.</source>
        <translation>Broker 未保留会话，因此必须重新订阅。</translation>
    </message>
    <message>
        <source>The broker had received the QoS 2 message to &quot;%1&quot;, but the connection ended before the exchange completed and the new connection started a clean session, so it is unknown whether the message was delivered; publish it again if it must arrive.</source>
        <translation>Broker 已收到发往 &quot;%1&quot; 的 QoS 2 消息，但在交互完成之前连接已结束，而新连接开始了全新的会话，因此无法得知该消息是否已投递；如果必须送达，请重新发布。</translation>
    </message>
    <message>
        <source>The connection ended before the broker acknowledged the QoS 2 message to &quot;%1&quot; and the new connection started a clean session, so it is unknown whether the broker received it. It was not sent again, because that could deliver it twice; publish it again if it must arrive.</source>
        <translation>在 Broker 确认发往 &quot;%1&quot; 的 QoS 2 消息之前连接已结束，而新连接开始了全新的会话，因此无法得知 Broker 是否已收到该消息。为避免重复投递，该消息未被重新发送；如果必须送达，请重新发布。</translation>
    </message>
    <message>
        <source>The broker had received the QoS 2 message to &quot;%1&quot; but did not keep the session, so it is unknown whether the message was delivered; publish it again if it must arrive.</source>
        <translation>Broker 已收到发往 &quot;%1&quot; 的 QoS 2 消息，但未保留会话，因此无法得知该消息是否已投递；如果必须送达，请重新发布。</translation>
    </message>
    <message>
        <source>The broker did not keep the session, so it is unknown whether it received the QoS 2 message to &quot;%1&quot;. It was not sent again, because that could deliver it twice; publish it again if it must arrive.</source>
        <translation>Broker 未保留会话，因此无法得知它是否收到了发往 &quot;%1&quot; 的 QoS 2 消息。为避免重复投递，该消息未被重新发送；如果必须送达，请重新发布。</translation>
    </message>
</context>
<context>
    <name>Mqtt::Transport</name>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>client certificate file</source>
        <translation>客户端证书文件</translation>
    </message>
    <message>
        <source>client key file</source>
        <translation>客户端密钥文件</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist: check the path.</source>
        <translation>%1 &apos;%2&apos; 不存在：请检查路径。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a folder, not a file: choose the file.</source>
        <translation>%1 &apos;%2&apos; 是文件夹而不是文件：请选择文件。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; cannot be read (%3): check its permissions.</source>
        <translation>无法读取%1 &apos;%2&apos;（%3）：请检查其权限。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; contains no PEM certificate: choose a certificate file.</source>
        <translation>%1 &apos;%2&apos; 不包含 PEM 证书：请选择证书文件。</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; is protected by a passphrase: enter the passphrase.</source>
        <translation>客户端密钥文件 &apos;%1&apos; 受口令保护：请输入口令。</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; could not be decrypted: check the passphrase.</source>
        <translation>无法解密客户端密钥文件 &apos;%1&apos;：请检查口令。</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; contains no PEM private key (RSA or EC): choose the key file that belongs to the client certificate.</source>
        <translation>客户端密钥文件 &apos;%1&apos; 不包含 PEM 私钥（RSA 或 EC）：请选择与客户端证书配套的密钥文件。</translation>
    </message>
    <message>
        <source>The client certificate &apos;%1&apos; needs its private key: set the client key file too.</source>
        <translation>客户端证书 &apos;%1&apos; 需要其私钥：请同时设置客户端密钥文件。</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; needs its certificate: set the client certificate file too.</source>
        <translation>客户端密钥文件 &apos;%1&apos; 需要其证书：请同时设置客户端证书文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation>系统的 CA 存储</translation>
    </message>
    <message>
        <source>the CA certificate file &apos;%1&apos;</source>
        <translation>CA 证书文件 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) is self-signed and not in %3: set the CA certificate file to the broker&apos;s certificate.</source>
        <translation>位于 %1 的 Broker 的 TLS 证书（&apos;%2&apos;）是自签名证书，且不在%3中：请将 CA 证书文件设置为该 Broker 的证书。</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;, issued by &apos;%3&apos;) is not trusted: its CA &apos;%4&apos; is not in %5. Set the CA certificate file to that CA&apos;s certificate.</source>
        <translation>位于 %1 的 Broker 的 TLS 证书（&apos;%2&apos;，由 &apos;%3&apos; 签发）不受信任：其 CA &apos;%4&apos; 不在%5中。请将 CA 证书文件设置为该 CA 的证书。</translation>
    </message>
    <message>
        <source>TLS peer verification is off for %1 (insecure mode): the connection is encrypted, but the broker&apos;s identity is not checked.</source>
        <translation>%1 的 TLS 对端验证已关闭（不安全模式）：连接已加密，但不会检查 Broker 的身份。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2: check that this port serves MQTT over TLS.</source>
        <translation>与 %1 的 TLS 握手未在 %2 内完成：请检查此端口是否提供基于 TLS 的 MQTT 服务。</translation>
    </message>
    <message>
        <source>The connection to %1 and its WebSocket handshake did not finish within %2: check the host, the port and that it serves MQTT over WebSockets.</source>
        <translation>与 %1 的连接及其 WebSocket 握手未在 %2 内完成：请检查主机、端口，以及它是否提供基于 WebSocket 的 MQTT 服务。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2: the broker did not answer. Check the host, the port and any firewall in between.</source>
        <translation>无法在 %2 内连接到 %1：Broker 没有应答。请检查主机、端口以及中间的防火墙。</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection during the TLS handshake: check that this port serves MQTT over TLS and whether it requires a client certificate.</source>
        <translation>位于 %1 的 Broker 在 TLS 握手期间关闭了连接：请检查此端口是否提供基于 TLS 的 MQTT 服务，以及是否要求客户端证书。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection during the WebSocket handshake: it is not a WebSocket endpoint. Check the port and the path.</source>
        <translation>位于 %1 的服务器在 WebSocket 握手期间关闭了连接：它不是 WebSocket 端点。请检查端口和路径。</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection while it was being opened.</source>
        <translation>位于 %1 的 Broker 在连接建立过程中关闭了连接。</translation>
    </message>
    <message>
        <source>The broker at %1 closed the connection.</source>
        <translation>位于 %1 的 Broker 关闭了连接。</translation>
    </message>
    <message>
        <source>Could not find the host &apos;%1&apos;: the name does not resolve. Check the host name.</source>
        <translation>找不到主机 &apos;%1&apos;：该名称无法解析。请检查主机名。</translation>
    </message>
    <message>
        <source>The broker at %1 refused the connection: nothing accepts connections on that port. Check that the broker is running and that the port is right.</source>
        <translation>位于 %1 的 Broker 拒绝了连接：该端口上没有程序接受连接。请检查 Broker 是否正在运行以及端口是否正确。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>与 %1 的连接超时。</translation>
    </message>
    <message>
        <source>The network connection to %1 failed (%2): check the network.</source>
        <translation>与 %1 的网络连接失败（%2）：请检查网络。</translation>
    </message>
    <message>
        <source>This program is not allowed to connect to %1 (%2).</source>
        <translation>不允许此程序连接到 %1（%2）。</translation>
    </message>
    <message>
        <source>The system has no resources left for a connection to %1 (%2).</source>
        <translation>系统没有剩余资源用于连接到 %1（%2）。</translation>
    </message>
    <message>
        <source>This system cannot connect to %1 (%2): the address type may not be supported.</source>
        <translation>此系统无法连接到 %1（%2）：可能不支持该地址类型。</translation>
    </message>
    <message>
        <source>The proxy for the connection to %1 failed (%2): check the proxy settings.</source>
        <translation>连接到 %1 所用的代理失败（%2）：请检查代理设置。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): check that this port serves MQTT over TLS.</source>
        <translation>与 %1 的 TLS 握手失败（%2）：请检查此端口是否提供基于 TLS 的 MQTT 服务。</translation>
    </message>
    <message>
        <source>The client key file &apos;%1&apos; does not belong to the client certificate &apos;%2&apos;: use the key that was made with that certificate.</source>
        <translation>客户端密钥文件 &apos;%1&apos; 与客户端证书 &apos;%2&apos; 不匹配：请使用与该证书一同生成的密钥。</translation>
    </message>
    <message>
        <source>The TLS settings for %1 could not be used (%2): check the client certificate and key.</source>
        <translation>无法使用 %1 的 TLS 设置（%2）：请检查客户端证书和密钥。</translation>
    </message>
    <message>
        <source>TLS could not be set up for the connection to %1 (%2).</source>
        <translation>无法为到 %1 的连接设置 TLS（%2）。</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2).</source>
        <translation>与 %1 的连接失败（%2）。</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2).</source>
        <translation>无法连接到 %1（%2）。</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 was rejected.</source>
        <translation>位于 %1 的 Broker 的 TLS 证书被拒绝。</translation>
    </message>
    <message>
        <source>The broker at %1 sent no TLS certificate, so its identity cannot be checked.</source>
        <translation>位于 %1 的 Broker 未发送 TLS 证书，因此无法检查其身份。</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 is for %2, not for &apos;%3&apos;: connect using a name the certificate lists, or set the name to verify.</source>
        <translation>位于 %1 的 Broker 的 TLS 证书是签发给 %2 的，而不是 &apos;%3&apos;：请使用证书中列出的名称进行连接，或设置要验证的名称。</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) expired on %3: the broker&apos;s operator must renew it.</source>
        <translation>位于 %1 的 Broker 的 TLS 证书（&apos;%2&apos;）已于 %3 过期：需由 Broker 的运维人员续期。</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) is not valid before %3: check this computer&apos;s clock.</source>
        <translation>位于 %1 的 Broker 的 TLS 证书（&apos;%2&apos;）在 %3 之前无效：请检查本机的时钟。</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) has been revoked.</source>
        <translation>位于 %1 的 Broker 的 TLS 证书（&apos;%2&apos;）已被吊销。</translation>
    </message>
    <message>
        <source>The TLS certificate of the broker at %1 (&apos;%2&apos;) was rejected: %3.</source>
        <translation>位于 %1 的 Broker 的 TLS 证书（&apos;%2&apos;）被拒绝：%3。</translation>
    </message>
    <message>
        <source>The broker at %1 requires a TLS client certificate: set a client certificate and key.</source>
        <translation>位于 %1 的 Broker 要求 TLS 客户端证书：请设置客户端证书和密钥。</translation>
    </message>
    <message>
        <source>The broker at %1 rejected the client certificate &apos;%2&apos; (%3): use a certificate issued by a CA the broker trusts.</source>
        <translation>位于 %1 的 Broker 拒绝了客户端证书 &apos;%2&apos;（%3）：请使用由该 Broker 信任的 CA 签发的证书。</translation>
    </message>
    <message>
        <source>The broker at %1 rejected the TLS handshake (%2): it may require a client certificate.</source>
        <translation>位于 %1 的 Broker 拒绝了 TLS 握手（%2）：它可能要求客户端证书。</translation>
    </message>
    <message>
        <source>The broker at %1 rejected the TLS handshake (%2): it may require a client certificate, or share no TLS version or cipher with this program.</source>
        <translation>位于 %1 的 Broker 拒绝了 TLS 握手（%2）：它可能要求客户端证书，或与本程序没有共同支持的 TLS 版本或密码套件。</translation>
    </message>
    <message>
        <source>The broker at %1 supports none of this program&apos;s TLS versions (%2).</source>
        <translation>位于 %1 的 Broker 不支持本程序的任何 TLS 版本（%2）。</translation>
    </message>
    <message>
        <source>The broker at %1 accepts none of the ALPN protocols %2.</source>
        <translation>位于 %1 的 Broker 不接受任何 ALPN 协议 %2。</translation>
    </message>
    <message>
        <source>The broker at %1 ended the TLS session with the alert &apos;%2&apos;.</source>
        <translation>位于 %1 的 Broker 以警报 &apos;%2&apos; 结束了 TLS 会话。</translation>
    </message>
    <message>
        <source>The server at %1 answered the WebSocket handshake for &apos;%2&apos; with HTTP %3 %4: it is not a WebSocket endpoint. Check the port and the path.</source>
        <translation>位于 %1 的服务器以 HTTP %3 %4 应答了 &apos;%2&apos; 的 WebSocket 握手：它不是 WebSocket 端点。请检查端口和路径。</translation>
    </message>
    <message>
        <source>The WebSocket handshake with %1 failed (%2): it is probably not a WebSocket endpoint. Check the port and the path.</source>
        <translation>与 %1 的 WebSocket 握手失败（%2）：它可能不是 WebSocket 端点。请检查端口和路径。</translation>
    </message>
    <message>
        <source>The name to verify (&apos;%1&apos;) cannot be checked on the WebSocket connection to %2: clear it, or connect using that name as the host.</source>
        <translation>无法在到 %2 的 WebSocket 连接上检查要验证的名称（&apos;%1&apos;）：请清空该名称，或使用该名称作为主机进行连接。</translation>
    </message>
    <message>
        <source>The server at %1 sent a WebSocket text frame, but MQTT is only carried in binary frames: the connection was closed.</source>
        <translation>位于 %1 的服务器发送了 WebSocket 文本帧，但 MQTT 只通过二进制帧传输：连接已关闭。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 from &quot;%2&quot;: the local address to connect from must be an IP address of this machine, such as 192.168.1.20.</source>
        <translation>无法从 &quot;%2&quot; 连接到 %1：用于发起连接的本地地址必须是本机的 IP 地址，如 192.168.1.20。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 from the local address %2 (%3); give an address of this machine.</source>
        <translation>无法从本地地址 %2 连接到 %1（%3）；请提供本机的地址。</translation>
    </message>
    <message>
        <source>A WebSocket connection to %1 cannot choose its local address (%2); connect with mqtt:// or mqtts:// to do so.</source>
        <translation>到 %1 的 WebSocket 连接无法选择本地地址（%2）；如需选择，请使用 mqtt:// 或 mqtts:// 连接。</translation>
    </message>
</context>
<context>
    <name>MsgPackDecoder</name>
    <message>
        <source>Not valid MessagePack: a type byte that MessagePack does not define at byte %1.</source>
        <translation>无效的 MessagePack：第 %1 字节处的类型字节未在 MessagePack 中定义。</translation>
    </message>
    <message>
        <source>Not valid MessagePack: the data ends before the object is complete (at byte %1).</source>
        <translation>无效的 MessagePack：数据在对象完整之前结束（位于第 %1 字节）。</translation>
    </message>
    <message>
        <source>Not valid MessagePack here: nesting deeper than %1 levels.</source>
        <translation>此处不是有效的 MessagePack：嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>Not valid MessagePack: the payload is empty.</source>
        <translation>无效的 MessagePack：载荷为空。</translation>
    </message>
    <message>
        <source>Not valid MessagePack: %1.</source>
        <translation>无效的 MessagePack：%1。</translation>
    </message>
    <message>
        <source>Not valid MessagePack.</source>
        <translation>无效的 MessagePack。</translation>
    </message>
    <message numerus="yes">
        <source>Not valid MessagePack: the object ends at byte %1, and %n more byte(s) follow.</source>
        <translation>
            <numerusform>无效的 MessagePack：对象在第 %1 字节结束，其后还有 %n 个字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumericPath</name>
    <message>
        <source>The path &quot;%1&quot; is not valid: %2 at character %3. Write it like $.sensors[0].temp.</source>
        <translation>路径 &quot;%1&quot; 无效：第 %3 个字符处%2。请按 $.sensors[0].temp 的格式书写。</translation>
    </message>
    <message>
        <source>a name is missing after &apos;.&apos;</source>
        <translation>&apos;.&apos; 之后缺少名称</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>&apos;]&apos; is missing</source>
        <translation>缺少 &apos;]&apos;</translation>
    </message>
    <message>
        <source>an index must be digits in brackets</source>
        <translation>索引必须是方括号中的数字</translation>
    </message>
    <message>
        <source>the index is too large</source>
        <translation>索引过大</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; or &apos;[&apos;</source>
        <translation>应为 &apos;.&apos; 或 &apos;[&apos;</translation>
    </message>
</context>
<context>
    <name>PacketTimelineModel</name>
    <message>
        <source>Handshake #%1</source>
        <translation>握手 #%1</translation>
    </message>
    <message>
        <source>→ out</source>
        <translation>→ 发出</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← 收到</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
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
        <translation>主题</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因码</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
</context>
<context>
    <name>PacketTimelinePanel</name>
    <message>
        <source>All packets</source>
        <translation>所有报文</translation>
    </message>
    <message>
        <source>PUBLISH and acknowledgements</source>
        <translation>PUBLISH 及其确认</translation>
    </message>
    <message>
        <source>Acknowledgements</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Connection (CONNECT, PING, DISCONNECT, AUTH)</source>
        <translation>连接（CONNECT、PING、DISCONNECT、AUTH）</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Topic contains…</source>
        <translation>主题包含…</translation>
    </message>
    <message>
        <source>Slow, over</source>
        <translation>慢速，超过</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>keep </source>
        <translation>保留 </translation>
    </message>
    <message>
        <source>How many packets the timeline keeps; the oldest go first</source>
        <translation>时间线保留的报文数量；最旧的报文最先被丢弃</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the packets shown as JSON Lines</source>
        <translation>将显示的报文保存为 JSON Lines</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Acknowledgement latency</source>
        <translation>确认延迟</translation>
    </message>
    <message>
        <source>Shown: %1 · kept: %2 · awaiting an answer: %3 · dropped: %4</source>
        <translation>显示：%1 · 保留：%2 · 等待应答：%3 · 已丢弃：%4</translation>
    </message>
    <message>
        <source>Export packets</source>
        <translation>导出报文</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The packets could not be saved to %1: %2. Choose another place.</source>
        <translation>无法将报文保存到 %1：%2。请选择其他位置。</translation>
    </message>
</context>
<context>
    <name>PagedTextView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一部分</translation>
    </message>
    <message>
        <source>The part of the payload before this one</source>
        <translation>此部分之前的载荷内容</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一部分 ▶</translation>
    </message>
    <message>
        <source>The part of the payload after this one</source>
        <translation>此部分之后的载荷内容</translation>
    </message>
    <message>
        <source>Not UTF-8: this byte is shown as its hex value</source>
        <translation>不是 UTF-8：此字节以十六进制值显示</translation>
    </message>
</context>
<context>
    <name>PayloadDetector</name>
    <message>
        <source>The content type says JSON, but the payload is cut, so it cannot be read as JSON.</source>
        <translation>内容类型表明是 JSON，但载荷已被截断，因此无法作为 JSON 读取。</translation>
    </message>
    <message>
        <source>The content type says JSON, but: %1</source>
        <translation>内容类型表明是 JSON，但：%1</translation>
    </message>
    <message>
        <source>The content type says CBOR, but: %1</source>
        <translation>内容类型表明是 CBOR，但：%1</translation>
    </message>
    <message>
        <source>The content type says MessagePack, but: %1</source>
        <translation>内容类型表明是 MessagePack，但：%1</translation>
    </message>
    <message>
        <source>The payload is cut, so it cannot be read as JSON.</source>
        <translation>载荷已被截断，因此无法作为 JSON 读取。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON 树</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>CBOR tree</source>
        <translation>CBOR 树</translation>
    </message>
    <message>
        <source>CBOR diagnostic</source>
        <translation>CBOR 诊断表示</translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>The payload is cut, so it cannot be read as Sparkplug B.</source>
        <translation>载荷已被截断，因此无法作为 Sparkplug B 读取。</translation>
    </message>
    <message>
        <source>The content type says Protocol Buffers, but: %1</source>
        <translation>内容类型表明是 Protocol Buffers，但是：%1</translation>
    </message>
    <message>
        <source>Protocol Buffers (raw)</source>
        <translation>Protocol Buffers（原始）</translation>
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
        <translation>位置 %2 处的 %1 不是十六进制数字；十六进制使用 0–9 和 a–f，每个字节两位数字。</translation>
    </message>
    <message>
        <source>&quot;0x&quot; at %1 is not followed by hex digits.</source>
        <translation>位置 %1 处的 &quot;0x&quot; 后面没有十六进制数字。</translation>
    </message>
    <message>
        <source>The hex group at %1 has an odd number of digits (%2); every byte needs two, e.g. 0f rather than f.</source>
        <translation>位置 %1 处的十六进制组的位数为奇数（%2）；每个字节需要两位，例如写 0f 而不是 f。</translation>
    </message>
    <message>
        <source>%1 at %2 cannot appear in base64, which uses A–Z, a–z, 0–9, + and / (or - and _), and = only at the end.</source>
        <translation>位置 %2 处的 %1 不能出现在 base64 中；base64 使用 A–Z、a–z、0–9、+ 和 /（或 - 和 _），= 只能出现在末尾。</translation>
    </message>
    <message>
        <source>%1 at %2 follows the = padding, which may only end base64.</source>
        <translation>位置 %2 处的 %1 出现在 = 填充之后，而 = 填充只能位于 base64 的末尾。</translation>
    </message>
    <message>
        <source>Base64 cannot end with a group of one character (at %1): it comes in groups of four characters, the last one two to four long.</source>
        <translation>Base64 不能以只有一个字符的组结尾（位置 %1）：它由四个字符一组构成，最后一组长度为二到四个字符。</translation>
    </message>
    <message>
        <source>The = padding at %1 does not fit: base64 ends with as many = as its last group of four lacks (%2 here).</source>
        <translation>位置 %1 处的 = 填充不正确：base64 末尾 = 的个数应等于最后一个四字符组所缺的字符数（此处为 %2）。</translation>
    </message>
</context>
<context>
    <name>PayloadFormat</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⟨binary, %1 byte(s)⟩</source>
        <translation>
            <numerusform>⟨二进制，%1 字节⟩</numerusform>
        </translation>
    </message>
    <message>
        <source> …(truncated, %1)</source>
        <translation> …（已截断，%1）</translation>
    </message>
    <message>
        <source>Payload format: %1</source>
        <translation>载荷格式：%1</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8 文本</translation>
    </message>
    <message>
        <source>unspecified bytes</source>
        <translation>未指定的字节</translation>
    </message>
    <message>
        <source>Message expiry interval: %1 s</source>
        <translation>消息过期间隔：%1 秒</translation>
    </message>
    <message>
        <source>Content type: %1</source>
        <translation>内容类型：%1</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>响应主题：%1</translation>
    </message>
    <message>
        <source>Correlation data (hex): %1</source>
        <translation>关联数据（十六进制）：%1</translation>
    </message>
    <message>
        <source>Subscription identifiers: %1</source>
        <translation>订阅标识符：%1</translation>
    </message>
    <message>
        <source>Topic alias: %1</source>
        <translation>主题别名：%1</translation>
    </message>
    <message>
        <source>User property: %1 = %2</source>
        <translation>用户属性：%1 = %2</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>接收时间：%1</translation>
    </message>
    <message>
        <source>QoS: %1</source>
        <translation>QoS：%1</translation>
    </message>
    <message>
        <source>Retain: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>MQTT 5 properties:</source>
        <translation>MQTT 5 属性：</translation>
    </message>
    <message>
        <source>Payload truncated: showing the first %1 of %2.</source>
        <translation>载荷已截断：显示 %2 中的前 %1。</translation>
    </message>
    <message>
        <source>Empty payload (on a retained message this deletes the retained message).</source>
        <translation>空载荷（用于保留消息时会删除该保留消息）。</translation>
    </message>
    <message>
        <source>Empty payload.</source>
        <translation>空载荷。</translation>
    </message>
    <message>
        <source>Binary payload, as a hex dump:</source>
        <translation>二进制载荷，以十六进制转储显示：</translation>
    </message>
    <message>
        <source>Hex dump of the first %1 of %2; the rest is not shown.</source>
        <translation>%2 中前 %1 的十六进制转储；其余部分未显示。</translation>
    </message>
    <message>
        <source>Payload (JSON, pretty-printed):</source>
        <translation>载荷（JSON，格式化显示）：</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>载荷：</translation>
    </message>
</context>
<context>
    <name>PayloadPane</name>
    <message>
        <source>This installation of Qt cannot read WebP images (its image format plugin is missing).</source>
        <translation>此 Qt 安装无法读取 WebP 图像（缺少其图像格式插件）。</translation>
    </message>
    <message>
        <source>Not an image Qt can read: %1.</source>
        <translation>不是 Qt 可以读取的图像：%1。</translation>
    </message>
    <message>
        <source>How the payload is shown; the bytes stay as they are whichever you pick</source>
        <translation>载荷的显示方式；无论选择哪种方式，字节本身都保持不变</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy the node&apos;s path, such as $.sensors[0].temp</source>
        <translation>复制节点的路径，如 $.sensors[0].temp</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>Payload truncated: the store kept the first %1 of %2; every view shows those bytes only.</source>
        <translation>载荷已截断：存储只保留了 %2 中的前 %1；所有视图都只显示这些字节。</translation>
    </message>
    <message>
        <source>The payload is cut at %1, so it cannot be read as %2.</source>
        <translation>载荷在 %1 处被截断，因此无法作为 %2 读取。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) are not UTF-8: each shows as its hex value in ⟨⟩, highlighted.</source>
        <translation>
            <numerusform>有 %Ln 个字节不是 UTF-8：每个字节以十六进制值显示在 ⟨⟩ 中并高亮标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 of JSON…</source>
        <translation>正在检查 %1 的 JSON…</translation>
    </message>
    <message>
        <source>Reading %1 of JSON…</source>
        <translation>正在读取 %1 的 JSON…</translation>
    </message>
    <message>
        <source>The diagnostic notation stops after %1 characters; the tree and hex views show everything.</source>
        <translation>诊断表示在 %1 个字符后截止；树视图和十六进制视图会显示全部内容。</translation>
    </message>
    <message>
        <source>Reading %1 of CBOR…</source>
        <translation>正在读取 %1 的 CBOR…</translation>
    </message>
    <message>
        <source>Reading %1 of MessagePack…</source>
        <translation>正在读取 %1 的 MessagePack…</translation>
    </message>
    <message>
        <source>Decoding a %1 image…</source>
        <translation>正在解码 %1 图像…</translation>
    </message>
    <message>
        <source>Shown as %1 instead.</source>
        <translation>已改为以 %1 显示。</translation>
    </message>
    <message>
        <source>The tree shows the first %1 values only; the text and hex views show everything.</source>
        <translation>树仅显示前 %1 个值；文本视图和十六进制视图会显示全部内容。</translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels</source>
        <translation>%1 图像，%2 × %3 像素</translation>
    </message>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>正在读取 %1 的 %2…</translation>
    </message>
</context>
<context>
    <name>PayloadTemplate</name>
    <message>
        <source>{{random}} at %1 needs a range: {{random:min:max}}, e.g. {{random:1:100}}.</source>
        <translation>位置 %1 处的 {{random}} 需要一个范围：{{random:min:max}}，例如 {{random:1:100}}。</translation>
    </message>
    <message>
        <source>The range of {{random}} at %1 must be two numbers: {{random:min:max}}.</source>
        <translation>位置 %1 处 {{random}} 的范围必须是两个数字：{{random:min:max}}。</translation>
    </message>
    <message>
        <source>The range of {{random}} at %1 is out of reach: use numbers from -10^15 to 10^15 with at most 9 decimals.</source>
        <translation>位置 %1 处 {{random}} 的范围超出可用范围：请使用 -10^15 到 10^15 之间、最多 9 位小数的数字。</translation>
    </message>
    <message>
        <source>The range of {{random}} at %1 is upside down: the minimum is above the maximum.</source>
        <translation>位置 %1 处 {{random}} 的范围颠倒了：最小值大于最大值。</translation>
    </message>
    <message>
        <source>{{%1}} at %2 is not a placeholder Canopy knows; use {{counter}}, {{timestamp}}, {{timestamp:iso}} or {{random:min:max}}.</source>
        <translation>位置 %2 处的 {{%1}} 不是 Canopy 支持的占位符；请使用 {{counter}}、{{timestamp}}、{{timestamp:iso}} 或 {{random:min:max}}。</translation>
    </message>
</context>
<context>
    <name>PayloadTree</name>
    <message numerus="yes">
        <source>… (%Ln byte(s))</source>
        <translation>
            <numerusform>…（%Ln 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefined</translation>
    </message>
    <message>
        <source>simple value</source>
        <translation>简单值</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>扩展</translation>
    </message>
</context>
<context>
    <name>PayloadTreeModel</name>
    <message>
        <source>(tagged value)</source>
        <translation>（带标签的值）</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>tag (%1)</source>
        <translation>标签（%1）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Keep between 1 and %1 messages per topic.</source>
        <translation>每个主题保留的消息数须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The history budget must be between 1 MiB and %1.</source>
        <translation>历史记录预算必须在 1 MiB 到 %1 之间。</translation>
    </message>
    <message>
        <source>The payload limit must be between 1 KiB and %1.</source>
        <translation>载荷限制必须在 1 KiB 到 %1 之间。</translation>
    </message>
    <message>
        <source>The payload limit (%1) is larger than the whole history budget (%2): raise the budget or lower the limit, or the history could not keep one full message.</source>
        <translation>载荷限制（%1）大于整个历史记录预算（%2）：请提高预算或降低限制，否则历史记录连一条完整的消息都无法保留。</translation>
    </message>
    <message>
        <source>A chart keeps between %1 and %2 points per series.</source>
        <translation>图表的每个数据系列保留 %1 到 %2 个点。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>How many messages of each topic the history keeps, the last one included</source>
        <translation>历史记录为每个主题保留的消息数（包括最新一条）</translation>
    </message>
    <message>
        <source>&amp;History per topic:</source>
        <translation>每个主题的历史记录(&amp;H)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory for the history of all topics of a connection; the oldest messages go first</source>
        <translation>一个连接中所有主题的历史记录可用的内存；最旧的消息最先被淘汰</translation>
    </message>
    <message>
        <source>History &amp;budget:</source>
        <translation>历史记录预算(&amp;B)：</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Payloads longer than this are kept and shown cut to it, and marked as truncated</source>
        <translation>超过此长度的载荷在保存和显示时会被截断到此长度，并标记为已截断</translation>
    </message>
    <message>
        <source>&amp;Payload display limit:</source>
        <translation>载荷显示上限(&amp;P)：</translation>
    </message>
    <message>
        <source>Points a chart keeps per series; the oldest go first</source>
        <translation>图表中每个数据系列保留的点数；最旧的点最先被丢弃</translation>
    </message>
    <message>
        <source>&amp;Chart points per series:</source>
        <translation>图表每个数据系列的点数(&amp;C)：</translation>
    </message>
    <message>
        <source>Appearance and start</source>
        <translation>外观与启动</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language applies the next time Canopy starts.</source>
        <translation>新语言将在 Canopy 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Reopen the saved connections that are open when Canopy closes</source>
        <translation>重新打开 Canopy 关闭时处于打开状态的已保存连接(&amp;R)</translation>
    </message>
    <message>
        <source>At start:</source>
        <translation>启动时：</translation>
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
        <translation>Retain As Published</translation>
    </message>
    <message>
        <source>retain handling %1</source>
        <translation>Retain Handling %1</translation>
    </message>
    <message>
        <source>identifier %1</source>
        <translation>标识符 %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Last Will</source>
        <translation>遗嘱消息</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>e.g. local mosquitto</source>
        <translation>例如：本地 mosquitto</translation>
    </message>
    <message>
        <source>broker.example.com, or a URL such as mqtts://host:8883</source>
        <translation>broker.example.com，或如 mqtts://host:8883 的 URL</translation>
    </message>
    <message>
        <source>A host name or IP address; a whole URL pasted here fills in the transport, port and path</source>
        <translation>主机名或 IP 地址；在此粘贴完整 URL 会自动填写传输方式、端口和路径</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
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
        <translation>安全 WebSocket (wss://)</translation>
    </message>
    <message>
        <source>MQTT 5, else 3.1.1</source>
        <translation>MQTT 5，否则 3.1.1</translation>
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
        <translation>&apos;MQTT 5, else 3.1.1&apos; 会在 Broker 拒绝 MQTT 5 时使用 3.1.1 重新连接</translation>
    </message>
    <message>
        <source>MQTT &amp;version:</source>
        <translation>MQTT 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>empty: the broker assigns one</source>
        <translation>留空：由 Broker 分配</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Make up a new client id</source>
        <translation>生成新的客户端 ID</translation>
    </message>
    <message>
        <source>Random suffix</source>
        <translation>随机后缀</translation>
    </message>
    <message>
        <source>Append a random suffix at every connection, so that several windows or tabs on the same broker do not take each other&apos;s place</source>
        <translation>每次连接时附加随机后缀，以免同一 Broker 上的多个窗口或标签页相互顶替</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Start a new session at every connection</source>
        <translation>每次连接时开始新会话</translation>
    </message>
    <message>
        <source>MQTT 5: how long the broker keeps the session after the connection ends, in seconds (0: not at all, 4294967295: for ever)</source>
        <translation>MQTT 5：连接结束后 Broker 保留会话的时长，单位为秒（0：不保留，4294967295：永久保留）</translation>
    </message>
    <message>
        <source>Session &amp;expiry (s):</source>
        <translation>会话过期(&amp;E)（秒）：</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Keep-alive (s):</source>
        <translation>保活(&amp;K)（秒）：</translation>
    </message>
    <message>
        <source>Reconnect when the connection is lost, waiting longer after each failure</source>
        <translation>连接断开时重新连接，每次失败后等待更长时间</translation>
    </message>
    <message>
        <source>&amp;Reconnect:</source>
        <translation>重新连接(&amp;R)：</translation>
    </message>
    <message>
        <source>TLS settings apply to the TLS and Secure WebSocket transports.</source>
        <translation>TLS 设置适用于 TLS 和安全 WebSocket 传输方式。</translation>
    </message>
    <message>
        <source>The system&apos;s CAs</source>
        <translation>系统的 CA</translation>
    </message>
    <message>
        <source>This CA file:</source>
        <translation>此 CA 文件：</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>信任：</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>证书和密钥 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>仅用于加密的密钥</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>密钥口令(&amp;P)：</translation>
    </message>
    <message>
        <source>empty: the host</source>
        <translation>留空：使用主机名</translation>
    </message>
    <message>
        <source>The name the broker&apos;s certificate must carry, also sent as SNI</source>
        <translation>Broker 证书必须包含的名称，也会作为 SNI 发送</translation>
    </message>
    <message>
        <source>e.g. mqtt, or x-amzn-mqtt-ca for AWS IoT on port 443</source>
        <translation>例如 mqtt，或在 443 端口上用于 AWS IoT 的 x-amzn-mqtt-ca</translation>
    </message>
    <message>
        <source>&amp;ALPN:</source>
        <translation>ALPN(&amp;A)：</translation>
    </message>
    <message>
        <source>Skip certificate verification</source>
        <translation>跳过证书验证</translation>
    </message>
    <message>
        <source>Anyone between you and the broker can read and change this connection, passwords included: the broker&apos;s identity is not checked. Use this only to try out a broker you control; give its CA file instead.</source>
        <translation>你与 Broker 之间的任何人都能读取和篡改此连接（包括密码）：不会检查 Broker 的身份。仅在试用你自己控制的 Broker 时使用此选项；更好的做法是提供其 CA 文件。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Options (MQTT 5)</source>
        <translation>选项（MQTT 5）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Subscribed to when the connection opens:</source>
        <translation>连接打开时订阅：</translation>
    </message>
    <message>
        <source>The session expiry is a number of seconds from 0 to 4294967295 (for ever).</source>
        <translation>会话过期时间是 0 到 4294967295（永久）之间的秒数。</translation>
    </message>
    <message>
        <source>Choose the CA file, or trust the system&apos;s CAs.</source>
        <translation>请选择 CA 文件，或信任系统的 CA。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>传输方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;WebSocket path:</source>
        <translation>WebSocket 路径(&amp;W)：</translation>
    </message>
    <message>
        <source>Cli&amp;ent id:</source>
        <translation>客户端 ID(&amp;E)：</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>密码(&amp;O)：</translation>
    </message>
    <message>
        <source>Clean st&amp;art:</source>
        <translation>Clean Start(&amp;A)：</translation>
    </message>
    <message>
        <source>Connect time&amp;out (s):</source>
        <translation>连接超时(&amp;O)（秒）：</translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation>客户端证书(&amp;R)：</translation>
    </message>
    <message>
        <source>Ser&amp;ver name (SNI):</source>
        <translation>服务器名称 (SNI)(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>&apos;%1&apos; is not base64.</source>
        <translation>&apos;%1&apos; 不是 base64。</translation>
    </message>
    <message>
        <source>Each user property is {&quot;name&quot;: …, &quot;value&quot;: …}.</source>
        <translation>每个用户属性的格式为 {&quot;name&quot;: …, &quot;value&quot;: …}。</translation>
    </message>
    <message>
        <source>&apos;alpn&apos; is a list of protocol names (text).</source>
        <translation>&apos;alpn&apos; 是协议名称（文本）的列表。</translation>
    </message>
    <message>
        <source>Each subscription is an object with a &quot;filter&quot;.</source>
        <translation>每个订阅都是带有 &quot;filter&quot; 的对象。</translation>
    </message>
    <message>
        <source>The file was written by a newer Canopy (format %1); what this version does not know is listed below.</source>
        <translation>此文件由较新版本的 Canopy 写入（格式 %1）；此版本无法识别的内容列在下方。</translation>
    </message>
    <message>
        <source>&apos;connections&apos; is missing.</source>
        <translation>缺少 &apos;connections&apos;。</translation>
    </message>
    <message>
        <source>Each connection is an object ({…}).</source>
        <translation>每个连接都是一个对象（{…}）。</translation>
    </message>
    <message>
        <source>&apos;transport&apos; is tcp, tls, ws or wss, not &apos;%1&apos;.</source>
        <translation>&apos;transport&apos; 应为 tcp、tls、ws 或 wss，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>&apos;protocol&apos; is 5-else-3.1.1, 5 or 3.1.1, not &apos;%1&apos;.</source>
        <translation>&apos;protocol&apos; 应为 5-else-3.1.1、5 或 3.1.1，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>The embedded file &apos;%1&apos; is not base64.</source>
        <translation>嵌入的文件 &apos;%1&apos; 不是 base64。</translation>
    </message>
    <message>
        <source>&apos;type&apos; is &quot;mqtt&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;type&apos; 应为 &quot;mqtt&quot;，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>&apos;protocol&apos; is &quot;mqtt&quot; or &quot;ws&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;protocol&apos; 应为 &quot;mqtt&quot; 或 &quot;ws&quot;，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>The subscription &apos;%1&apos; is not a valid topic filter: %2</source>
        <translation>订阅 &apos;%1&apos; 不是有效的主题过滤器：%2</translation>
    </message>
    <message>
        <source>Each subscription is {&quot;topic&quot;: …, &quot;qos&quot;: …} or a topic.</source>
        <translation>每个订阅的格式为 {&quot;topic&quot;: …, &quot;qos&quot;: …} 或一个主题。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object of connections by id.</source>
        <translation>&apos;%1&apos; 必须是以 id 为键的连接对象。</translation>
    </message>
    <message>
        <source>The connection &apos;%1&apos; is not an object ({…}).</source>
        <translation>连接 &apos;%1&apos; 不是对象（{…}）。</translation>
    </message>
    <message>
        <source>Each subscription is an object with a &quot;topic&quot;.</source>
        <translation>每个订阅都是带有 &quot;topic&quot; 的对象。</translation>
    </message>
    <message>
        <source>the subscription &apos;%1&apos; was disabled in MQTTX and was left out</source>
        <translation>订阅 &apos;%1&apos; 在 MQTTX 中已停用，因此未导入</translation>
    </message>
    <message>
        <source>the subscription&apos;s &apos;%1&apos; (of &apos;%2&apos;) has no equivalent in Canopy</source>
        <translation>订阅的 &apos;%1&apos;（属于 &apos;%2&apos;）在 Canopy 中没有对应项</translation>
    </message>
    <message>
        <source>&apos;protocol&apos; is mqtt, mqtts, ws or wss, not &apos;%1&apos;.</source>
        <translation>&apos;protocol&apos; 应为 mqtt、mqtts、ws 或 wss，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>MQTT 3.1 is not offered by Canopy; the connection uses 3.1.1</source>
        <translation>Canopy 不提供 MQTT 3.1；该连接使用 3.1.1</translation>
    </message>
    <message>
        <source>&apos;mqttVersion&apos; is &quot;3.1.1&quot; or &quot;5.0&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;mqttVersion&apos; 应为 &quot;3.1.1&quot; 或 &quot;5.0&quot;，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>&apos;certType&apos; is &quot;self&quot; but &apos;ca&apos; names no CA file.</source>
        <translation>&apos;certType&apos; 为 &quot;self&quot;，但 &apos;ca&apos; 未指定 CA 文件。</translation>
    </message>
    <message>
        <source>&apos;certType&apos; is &quot;&quot;, &quot;server&quot; or &quot;self&quot;, not &apos;%1&apos;.</source>
        <translation>&apos;certType&apos; 应为 &quot;&quot;、&quot;server&quot; 或 &quot;self&quot;，而不是 &apos;%1&apos;。</translation>
    </message>
    <message numerus="yes">
        <source>%n stored message(s) of MQTTX&apos;s history were not imported</source>
        <translation>
            <numerusform>MQTTX 历史记录中的 %n 条已存储消息未导入</numerusform>
        </translation>
    </message>
    <message>
        <source>Each connection of an MQTTX export is an object ({…}).</source>
        <translation>MQTTX 导出文件中的每个连接都是一个对象（{…}）。</translation>
    </message>
    <message>
        <source>This entry is not an MQTTX connection: it has no &apos;host&apos; and &apos;clientId&apos;.</source>
        <translation>此条目不是 MQTTX 连接：它没有 &apos;host&apos; 和 &apos;clientId&apos;。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This is not JSON (%1), so it is none of the connection files Canopy reads.</source>
        <translation>这不是 JSON（%1），因此不是 Canopy 可读取的任何一种连接文件。</translation>
    </message>
    <message>
        <source>The file says its format is &apos;%1&apos;, but Canopy&apos;s connection files say &apos;%2&apos;.</source>
        <translation>文件声明其格式为 &apos;%1&apos;，但 Canopy 的连接文件应为 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>This JSON is none of the connection files Canopy reads: Canopy&apos;s export, MQTTX&apos;s connection export or MQTT Explorer&apos;s settings file.</source>
        <translation>此 JSON 不是 Canopy 可读取的任何一种连接文件：Canopy 导出的文件、MQTTX 的连接导出文件或 MQTT Explorer 的设置文件。</translation>
    </message>
    <message>
        <source>The file holds no connections.</source>
        <translation>文件中没有连接。</translation>
    </message>
    <message>
        <source>Canopy connections</source>
        <translation>Canopy 连接</translation>
    </message>
    <message>
        <source>MQTTX connections</source>
        <translation>MQTTX 连接</translation>
    </message>
    <message>
        <source>MQTT Explorer settings</source>
        <translation>MQTT Explorer 设置</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; for the imported certificates cannot be created.</source>
        <translation>无法创建用于存放导入证书的文件夹 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>The imported certificate &apos;%1&apos; cannot be written to &apos;%2&apos; (%3).</source>
        <translation>无法将导入的证书 &apos;%1&apos; 写入 &apos;%2&apos;（%3）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty: every connection needs a name.</source>
        <translation>&apos;%1&apos; 为空：每个连接都需要名称。</translation>
    </message>
    <message>
        <source>The will topic &apos;%1&apos; cannot be used: %2</source>
        <translation>无法使用遗嘱主题 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no equivalent in Canopy</source>
        <translation>&apos;%1&apos; 在 Canopy 中没有对应项</translation>
    </message>
</context>
<context>
    <name>ProfileLauncher</name>
    <message>
        <source>The connection &apos;%1&apos; cannot be opened as it is: %2</source>
        <translation>无法按原样打开连接 &apos;%1&apos;：%2</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>The connections could not be saved to &apos;%1&apos;: check that the folder is writable.</source>
        <translation>无法将连接保存到 &apos;%1&apos;：请检查该文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
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
        <translation>%1：&apos;%2&apos; 为 &apos;%3&apos;，它不是%4；已改用 %5。</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>Connection %1 (&apos;%2&apos;)</source>
        <translation>连接 %1（&apos;%2&apos;）</translation>
    </message>
    <message>
        <source>tcp, tls, ws or wss</source>
        <translation>tcp、tls、ws 或 wss</translation>
    </message>
    <message>
        <source>5-else-3.1.1, 5 or 3.1.1</source>
        <translation>5-else-3.1.1、5 或 3.1.1</translation>
    </message>
    <message>
        <source>%1, subscription %2</source>
        <translation>%1，订阅 %2</translation>
    </message>
    <message>
        <source>%1, subscription %2: it has no filter and was left out.</source>
        <translation>%1，订阅 %2：它没有过滤器，因此未导入。</translation>
    </message>
    <message>
        <source>The settings file &apos;%1&apos; has lines that could not be read; they were ignored.</source>
        <translation>设置文件 &apos;%1&apos; 中有无法读取的行；这些行已被忽略。</translation>
    </message>
    <message>
        <source>The settings file &apos;%1&apos; was written by a newer Canopy (format %2); what this version does not know is ignored.</source>
        <translation>设置文件 &apos;%1&apos; 由较新版本的 Canopy 写入（格式 %2）；此版本无法识别的内容已被忽略。</translation>
    </message>
    <message>
        <source>Connection %1 (&apos;%2&apos;) has the id of another one and was given a new id; its saved password may have to be entered again.</source>
        <translation>连接 %1（&apos;%2&apos;）与另一个连接的 id 相同，已为其分配新的 id；可能需要重新输入其已保存的密码。</translation>
    </message>
    <message>
        <source>Connection %1 has no name and was called &apos;%2&apos;.</source>
        <translation>连接 %1 没有名称，已命名为 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>Two connections are called &apos;%1&apos;; the second is now &apos;%2&apos;.</source>
        <translation>有两个连接都叫 &apos;%1&apos;；第二个现在叫 &apos;%2&apos;。</translation>
    </message>
</context>
<context>
    <name>ProfileTransfer</name>
    <message>
        <source>&apos;%1&apos; cannot be read (%2).</source>
        <translation>无法读取 &apos;%1&apos;（%2）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 64 MiB: it is not a connections file.</source>
        <translation>&apos;%1&apos; 大于 64 MiB：它不是连接文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not imported. %2</source>
        <translation>&apos;%1&apos; 未导入。%2</translation>
    </message>
    <message>
        <source>Import Connections</source>
        <translation>导入连接</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) of this file have the name of one you have: %1.

Replace yours, or keep both (the imported ones get a new name)?</source>
        <translation>
            <numerusform>此文件中有 %n 个连接与你已有的连接同名：%1。

要替换你的连接，还是保留两者（导入的连接将获得新名称）？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace Mine</source>
        <translation>替换我的(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>保留两者(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) imported from %1.</source>
        <translation>
            <numerusform>从 %1 导入了 %n 个连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available: their passwords are kept for this session only.</source>
        <translation>没有可用的密钥链：这些连接的密码仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>Their passwords went into the system keychain, not into Canopy&apos;s settings.</source>
        <translation>这些连接的密码已存入系统密钥链，而不是 Canopy 的设置中。</translation>
    </message>
    <message>
        <source>Not imported, for want of an equivalent in Canopy:</source>
        <translation>由于在 Canopy 中没有对应项，以下内容未导入：</translation>
    </message>
    <message>
        <source>The connections could not be written to &apos;%1&apos; (%2).</source>
        <translation>无法将连接写入 &apos;%1&apos;（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) exported to %1, with their passwords in clear text: keep the file private.</source>
        <translation>
            <numerusform>已将 %n 个连接导出到 %1，其密码为明文：请妥善保管该文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) exported to %1, without passwords.</source>
        <translation>
            <numerusform>已将 %n 个连接导出到 %1，不含密码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>%1 must not contain the null character U+0000 (MQTT 5.0 [MQTT-1.5.4-2]).</source>
        <translation>%1 不得包含空字符 U+0000（MQTT 5.0 [MQTT-1.5.4-2]）。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 (MQTT 5.0 [MQTT-1.5.4-1]).</source>
        <translation>%1 不是有效的 UTF-8（MQTT 5.0 [MQTT-1.5.4-1]）。</translation>
    </message>
    <message>
        <source>%1 is longer than 65,535 bytes in UTF-8, the most an MQTT string can hold (MQTT 5.0 section 1.5.4).</source>
        <translation>%1 的 UTF-8 编码超过 65,535 字节，这是 MQTT 字符串所能容纳的上限（MQTT 5.0 第 1.5.4 节）。</translation>
    </message>
    <message>
        <source>&apos;#&apos; must be the last level of a filter and fill it alone, as in sensors/# (MQTT 5.0 [MQTT-4.7.1-1]).</source>
        <translation>&apos;#&apos; 必须是过滤器的最后一个层级且单独占据该层级，如 sensors/#（MQTT 5.0 [MQTT-4.7.1-1]）。</translation>
    </message>
    <message>
        <source>&apos;+&apos; must fill a whole level of a filter, as in sensors/+/temperature (MQTT 5.0 [MQTT-4.7.1-2]).</source>
        <translation>&apos;+&apos; 必须占据过滤器的一个完整层级，如 sensors/+/temperature（MQTT 5.0 [MQTT-4.7.1-2]）。</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
    <message>
        <source>Another connection is already called &apos;%1&apos;: choose another name.</source>
        <translation>已有另一个连接名为 &apos;%1&apos;：请换一个名称。</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or IP address, e.g. broker.example.com or 192.168.1.10.</source>
        <translation>请输入 Broker 的主机名或 IP 地址，如 broker.example.com 或 192.168.1.10。</translation>
    </message>
    <message>
        <source>Write the host alone, without a scheme: choose the transport below (or paste the whole URL into this field and leave it).</source>
        <translation>请只填写主机，不带协议方案：在下方选择传输方式（或将完整 URL 粘贴到此字段后直接离开）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: write a name such as broker.example.com or an IP address.</source>
        <translation>&apos;%1&apos; 不是主机名：请填写如 broker.example.com 的名称或 IP 地址。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (MQTT uses 1883, MQTT over TLS 8883).</source>
        <translation>端口必须是 1 到 65535 之间的数字（MQTT 使用 1883，基于 TLS 的 MQTT 使用 8883）。</translation>
    </message>
    <message>
        <source>A topic filter must not be empty (MQTT 5.0 [MQTT-4.7.3-1]).</source>
        <translation>主题过滤器不能为空（MQTT 5.0 [MQTT-4.7.3-1]）。</translation>
    </message>
    <message>
        <source>A topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <source>A shared subscription is $share/{group}/{filter}: a group name without &apos;/&apos;, &apos;+&apos; or &apos;#&apos;, then a filter (MQTT 5.0 [MQTT-4.8.2-1], [MQTT-4.8.2-2]).</source>
        <translation>共享订阅的格式为 $share/{group}/{filter}：先是不含 &apos;/&apos;、&apos;+&apos; 或 &apos;#&apos; 的组名，然后是过滤器（MQTT 5.0 [MQTT-4.8.2-1]、[MQTT-4.8.2-2]）。</translation>
    </message>
    <message>
        <source>A topic must not be empty (MQTT 5.0 [MQTT-4.7.3-1]).</source>
        <translation>主题不能为空（MQTT 5.0 [MQTT-4.7.3-1]）。</translation>
    </message>
    <message>
        <source>A topic to publish to must not contain the wildcards &apos;+&apos; or &apos;#&apos; (MQTT 5.0 [MQTT-3.3.2-2]).</source>
        <translation>要发布到的主题不能包含通配符 &apos;+&apos; 或 &apos;#&apos;（MQTT 5.0 [MQTT-3.3.2-2]）。</translation>
    </message>
    <message>
        <source>A topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>QoS %1 does not exist: subscribe with QoS 0, 1 or 2.</source>
        <translation>不存在 QoS %1：请使用 QoS 0、1 或 2 订阅。</translation>
    </message>
    <message>
        <source>Retain handling %1 does not exist: use 0 (send retained messages), 1 (only for a new subscription) or 2 (never).</source>
        <translation>不存在 Retain Handling %1：请使用 0（发送保留消息）、1（仅针对新订阅）或 2（从不发送）。</translation>
    </message>
    <message>
        <source>A subscription identifier goes from 1 to 268,435,455 (0: none).</source>
        <translation>订阅标识符的范围为 1 到 268,435,455（0：无）。</translation>
    </message>
    <message>
        <source>A shared subscription cannot use No Local (MQTT 5.0 [MQTT-3.8.3-4]).</source>
        <translation>共享订阅不能使用 No Local（MQTT 5.0 [MQTT-3.8.3-4]）。</translation>
    </message>
    <message>
        <source>The WebSocket path starts with &apos;/&apos;, e.g. /mqtt (mosquitto accepts any path).</source>
        <translation>WebSocket 路径以 &apos;/&apos; 开头，如 /mqtt（mosquitto 接受任何路径）。</translation>
    </message>
    <message>
        <source>The client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 keeps a session only for a client id: enter one, or turn Clean start on (MQTT 3.1.1 [MQTT-3.1.3-7]).</source>
        <translation>MQTT 3.1.1 仅在有客户端 ID 时才保留会话：请输入客户端 ID，或开启 Clean Start（MQTT 3.1.1 [MQTT-3.1.3-7]）。</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 sends a password only with a user name: enter the user name too (MQTT 3.1.1 [MQTT-3.1.2-22]).</source>
        <translation>MQTT 3.1.1 仅在有用户名时才发送密码：请同时输入用户名（MQTT 3.1.1 [MQTT-3.1.2-22]）。</translation>
    </message>
    <message>
        <source>Keep-alive goes from 0 (off) to 65,535 seconds.</source>
        <translation>保活时间的范围为 0（关闭）到 65,535 秒。</translation>
    </message>
    <message>
        <source>The connect timeout goes from 1 to 600 seconds.</source>
        <translation>连接超时的范围为 1 到 600 秒。</translation>
    </message>
    <message>
        <source>The client certificate needs its private key: choose the key file too.</source>
        <translation>客户端证书需要其私钥：请同时选择密钥文件。</translation>
    </message>
    <message>
        <source>The client key needs its certificate: choose the certificate file too.</source>
        <translation>客户端密钥需要其证书：请同时选择证书文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: the server name is the name in the broker&apos;s certificate, e.g. broker.example.com.</source>
        <translation>&apos;%1&apos; 不是主机名：服务器名称是 Broker 证书中的名称，如 broker.example.com。</translation>
    </message>
    <message>
        <source>Each ALPN protocol name has 1 to 255 bytes, e.g. mqtt or x-amzn-mqtt-ca; separate them with commas.</source>
        <translation>每个 ALPN 协议名称长 1 到 255 字节，如 mqtt 或 x-amzn-mqtt-ca；多个名称用逗号分隔。</translation>
    </message>
    <message>
        <source>The will&apos;s QoS is 0, 1 or 2.</source>
        <translation>遗嘱消息的 QoS 为 0、1 或 2。</translation>
    </message>
    <message>
        <source>Every user property of the will needs a name.</source>
        <translation>遗嘱消息的每个用户属性都需要名称。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice: remove one of them.</source>
        <translation>&apos;%1&apos; 列出了两次：请删除其中一个。</translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <source>e.g. application/json</source>
        <translation>例如 application/json</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>0 – unspecified bytes</source>
        <translation>0 – 未指定的字节</translation>
    </message>
    <message>
        <source>1 – UTF-8 text</source>
        <translation>1 – UTF-8 文本</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Message Expiry Interval: the broker drops the message if it cannot deliver it within this many seconds</source>
        <translation>消息过期间隔：如果 Broker 无法在这么多秒内投递该消息，就会丢弃它</translation>
    </message>
    <message>
        <source>replies come here; Canopy pairs them with this request</source>
        <translation>回复发送到这里；Canopy 会将回复与此请求配对</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>内容类型：</translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation>载荷格式：</translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Response topic:</source>
        <translation>响应主题：</translation>
    </message>
    <message>
        <source>Correlation data:</source>
        <translation>关联数据：</translation>
    </message>
    <message>
        <source>User properties:</source>
        <translation>用户属性：</translation>
    </message>
    <message>
        <source>Topic alias:</source>
        <translation>主题别名：</translation>
    </message>
    <message>
        <source>the broker says how many it allows when connected</source>
        <translation>连接后 Broker 会告知允许的数量</translation>
    </message>
    <message>
        <source>this broker allows no topic aliases</source>
        <translation>此 Broker 不允许主题别名</translation>
    </message>
    <message>
        <source>this broker allows 1 to %1</source>
        <translation>此 Broker 允许 1 到 %1</translation>
    </message>
</context>
<context>
    <name>ProtobufDecoder</name>
    <message>
        <source>groups nest deeper than %1 levels</source>
        <translation>分组嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>field number %1 is not allowed</source>
        <translation>不允许字段编号 %1</translation>
    </message>
    <message>
        <source>a %1-bit value runs past the end</source>
        <translation>一个 %1 位的值超出了末尾</translation>
    </message>
    <message>
        <source>field %1 says %2 bytes follow, but only %3 do</source>
        <translation>字段 %1 声明后面有 %2 字节，但实际只有 %3 字节</translation>
    </message>
    <message>
        <source>a group of field %1 ends that never started</source>
        <translation>字段 %1 的分组结束了，但它从未开始</translation>
    </message>
    <message>
        <source>wire type %1 does not exist</source>
        <translation>线路类型 %1 不存在</translation>
    </message>
    <message>
        <source>the group of field %1 never ends</source>
        <translation>字段 %1 的分组从未结束</translation>
    </message>
    <message>
        <source>a varint runs past the end</source>
        <translation>一个 varint 超出了末尾</translation>
    </message>
    <message>
        <source>a varint is longer than 10 bytes</source>
        <translation>一个 varint 超过 10 字节</translation>
    </message>
    <message>
        <source>Not valid Protocol Buffers: %1 at byte %2.</source>
        <translation>不是有效的 Protocol Buffers：%1，位于第 %2 字节。</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: its field %1 (%2) at byte %3 has the wrong type.</source>
        <translation>不是 Sparkplug B 载荷：其字段 %1（%2）位于第 %3 字节，类型错误。</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: the metric at byte %1 is not a message (%2)</source>
        <translation>不是 Sparkplug B 载荷：位于第 %1 字节的指标不是消息（%2）</translation>
    </message>
    <message>
        <source>Not a Sparkplug B payload: field %1 (%2) of the metric at byte %3 has the wrong type.</source>
        <translation>不是 Sparkplug B 载荷：位于第 %3 字节的指标字段 %1（%2）类型错误。</translation>
    </message>
    <message>
        <source>Not valid Protocol Buffers: messages nest deeper than %1 levels.</source>
        <translation>不是有效的 Protocol Buffers：消息嵌套超过 %1 层。</translation>
    </message>
</context>
<context>
    <name>PublishCollection</name>
    <message>
        <source>Canopy publish collection</source>
        <translation>Canopy 发布集合</translation>
    </message>
    <message>
        <source>A collection needs a &quot;name&quot; that is not empty.</source>
        <translation>集合需要一个非空的 &quot;name&quot;。</translation>
    </message>
    <message>
        <source>&quot;delayMs&quot; must be a whole number of milliseconds from 0 to %1.</source>
        <translation>&quot;delayMs&quot; 必须是 0 到 %1 之间的整数毫秒数。</translation>
    </message>
    <message>
        <source>A collection needs a &quot;messages&quot; array.</source>
        <translation>集合需要一个 &quot;messages&quot; 数组。</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>消息 %1：%2</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source># mosquitto_pub connects over TCP only; this broker was reached over WebSocket.</source>
        <translation># mosquitto_pub 只能通过 TCP 连接；此 Broker 是通过 WebSocket 连接的。</translation>
    </message>
    <message>
        <source># The payload was cut at %1 of %2: this publishes the stored part.</source>
        <translation># 载荷在 %2 中的 %1 处被截断：此命令发布的是已存储的部分。</translation>
    </message>
    <message>
        <source># The correlation data holds zero bytes, which a command line cannot pass: it is left out.</source>
        <translation># 关联数据包含零字节，命令行无法传递：已省略。</translation>
    </message>
    <message>
        <source># The payload (%1) is too large for a command line: save it first with “Save payload…” as %2.</source>
        <translation># 载荷（%1）太大，无法放在命令行中：请先用“保存载荷…”将其另存为 %2。</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <source>Choose the file whose bytes are the payload.</source>
        <translation>选择其字节作为载荷的文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is %2; an MQTT message can carry at most %3.</source>
        <translation>%1 的大小为 %2；一条 MQTT 消息最多只能携带 %3。</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
</context>
<context>
    <name>PublishEditor</name>
    <message>
        <source>Topic, e.g. home/kitchen/light/set</source>
        <translation>主题，例如 home/kitchen/light/set</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>How the payload is written; switching converts what is there when it can</source>
        <translation>载荷的编写方式；切换时会尽可能转换现有内容</translation>
    </message>
    <message>
        <source>{{…}}</source>
        <translation>{{…}}</translation>
    </message>
    <message>
        <source>Replace placeholders in text and JSON payloads: {{counter}}, {{timestamp}} (milliseconds), {{timestamp:iso}}, {{random:min:max}}</source>
        <translation>替换文本和 JSON 载荷中的占位符：{{counter}}、{{timestamp}}（毫秒）、{{timestamp:iso}}、{{random:min:max}}</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Indent the JSON, one member per line (values and order stay as typed)</source>
        <translation>缩进 JSON，每行一个成员（值和顺序保持输入时的样子）</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>紧凑</translation>
    </message>
    <message>
        <source>Remove the spaces and line breaks between JSON values</source>
        <translation>删除 JSON 值之间的空格和换行</translation>
    </message>
    <message>
        <source>Payload (empty is allowed: an empty retained message deletes the retained one)</source>
        <translation>载荷（允许为空：空的保留消息会删除已有的保留消息）</translation>
    </message>
    <message>
        <source>The file whose bytes are the payload</source>
        <translation>其字节作为载荷的文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>QoS 0 – at most once</source>
        <translation>QoS 0 – 最多一次</translation>
    </message>
    <message>
        <source>QoS 1 – at least once</source>
        <translation>QoS 1 – 至少一次</translation>
    </message>
    <message>
        <source>QoS 2 – exactly once</source>
        <translation>QoS 2 – 恰好一次</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>The broker keeps the message and gives it to every new subscriber</source>
        <translation>Broker 会保存该消息，并发送给每个新订阅者</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>载荷：</translation>
    </message>
    <message>
        <source>Payload from a file</source>
        <translation>来自文件的载荷</translation>
    </message>
    <message>
        <source>Not connected: the broker&apos;s limits are known once it accepts the connection.</source>
        <translation>未连接：Broker 接受连接后才能得知其限制。</translation>
    </message>
    <message>
        <source>MQTT 3.1.1 connection: message properties are not sent.</source>
        <translation>MQTT 3.1.1 连接：不发送消息属性。</translation>
    </message>
    <message>
        <source>packets of any size</source>
        <translation>任意大小的报文</translation>
    </message>
    <message>
        <source>packets up to %1</source>
        <translation>最大 %1 的报文</translation>
    </message>
    <message>
        <source>QoS up to %1</source>
        <translation>最高 QoS %1</translation>
    </message>
    <message>
        <source>retain allowed</source>
        <translation>允许保留消息</translation>
    </message>
    <message>
        <source>no retained messages</source>
        <translation>不支持保留消息</translation>
    </message>
    <message>
        <source>no topic aliases</source>
        <translation>不支持主题别名</translation>
    </message>
    <message>
        <source>topic aliases 1 to %1</source>
        <translation>主题别名 1 到 %1</translation>
    </message>
    <message>
        <source>This broker accepts: %1.</source>
        <translation>此 Broker 接受：%1。</translation>
    </message>
    <message>
        <source>The payload was left as typed: it was not valid before the switch.</source>
        <translation>载荷保持输入时的原样：切换前它就不是有效内容。</translation>
    </message>
    <message>
        <source>The payload was left as typed: its bytes are not UTF-8 text.</source>
        <translation>载荷保持输入时的原样：其字节不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Choose the file whose bytes are the payload.</source>
        <translation>选择其字节作为载荷的文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file Canopy can read.</source>
        <translation>%1 不是 Canopy 可以读取的文件。</translation>
    </message>
    <message>
        <source>%1 (%2 bytes), read when the message is sent.</source>
        <translation>%1（%2 字节），在发送消息时读取。</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON at %1: %2 It can still be sent, as text.</source>
        <translation>在 %1 处不是有效的 JSON：%2 仍可作为文本发送。</translation>
    </message>
    <message>
        <source>Valid JSON, %1.</source>
        <translation>有效的 JSON，%1。</translation>
    </message>
    <message>
        <source>Properties (set)</source>
        <translation>属性（已设置）</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>PublishFile</name>
    <message>
        <source>The file is larger than %1 MB; it cannot be a %2.</source>
        <translation>文件大于 %1 MB；它不可能是%2。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it cannot be a %1.</source>
        <translation>文件不是 UTF-8 文本，因此不可能是%1。</translation>
    </message>
    <message>
        <source>The file is not valid JSON at %1: %2</source>
        <translation>文件在 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>The file holds JSON but not an object, so it is not a %1.</source>
        <translation>文件包含 JSON，但不是对象，因此不是%1。</translation>
    </message>
    <message>
        <source>The file is not a %1: it lacks &quot;format&quot;: &quot;%2&quot;.</source>
        <translation>文件不是%1：缺少 &quot;format&quot;: &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>The file has no valid &quot;version&quot; (a whole number from 1).</source>
        <translation>文件没有有效的 &quot;version&quot;（从 1 开始的整数）。</translation>
    </message>
    <message>
        <source>The file was written by a newer Canopy (version %1 of the format; this one reads %2): update Canopy to read it.</source>
        <translation>此文件由较新版本的 Canopy 写入（格式版本 %1；此版本只能读取 %2）：请更新 Canopy 以读取该文件。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, at %3)</source>
        <translation>%1（%2，位于 %3）</translation>
    </message>
</context>
<context>
    <name>PublishHistory</name>
    <message>
        <source>Canopy publish history</source>
        <translation>Canopy 发布历史记录</translation>
    </message>
    <message>
        <source>The history needs an &quot;entries&quot; array.</source>
        <translation>历史记录需要一个 &quot;entries&quot; 数组。</translation>
    </message>
    <message>
        <source>Entry %1 needs a &quot;timeMs&quot; time and a &quot;count&quot; of 1 or more.</source>
        <translation>条目 %1 需要 &quot;timeMs&quot; 时间和大于等于 1 的 &quot;count&quot;。</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
</context>
<context>
    <name>PublishHistoryModel</name>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>awaiting the answer…</source>
        <translation>正在等待应答…</translation>
    </message>
    <message>
        <source>%1
QoS %2%3 · %4
Click to load it into the editor.</source>
        <translation>%1
QoS %2%3 · %4
单击可将其载入编辑器。</translation>
    </message>
    <message>
        <source>, retained</source>
        <translation>，保留</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>PublishLibrary</name>
    <message>
        <source>%1 was not loaded: %2</source>
        <translation>未载入 %1：%2</translation>
    </message>
    <message>
        <source>Collections of a connection can be saved once it has connected; save it for all connections instead.</source>
        <translation>连接建立后才能保存该连接的集合；也可以改为为所有连接保存。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not delete %1: %2.</source>
        <translation>无法删除 %1：%2。</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is too large to be a collection.</source>
        <translation>%1 太大，不可能是集合。</translation>
    </message>
    <message>
        <source>The publish history %1 could not be opened: %2.</source>
        <translation>无法打开发布历史记录 %1：%2。</translation>
    </message>
    <message>
        <source>The publish history could not be read (%1); it was kept as %2 and a new history begins.</source>
        <translation>无法读取发布历史记录（%1）；它已另存为 %2，并开始新的历史记录。</translation>
    </message>
    <message>
        <source>The publish history could not be read (%1).</source>
        <translation>无法读取发布历史记录（%1）。</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>PublishMessage</name>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; 必须是字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>A message must be a JSON object with at least a &quot;topic&quot;.</source>
        <translation>消息必须是至少包含 &quot;topic&quot; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>A message needs a &quot;topic&quot; string.</source>
        <translation>消息需要一个 &quot;topic&quot; 字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payload format; use text, json, hex, base64 or file.</source>
        <translation>&quot;%1&quot; 不是载荷格式；请使用 text、json、hex、base64 或 file。</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object.</source>
        <translation>&quot;properties&quot; 必须是对象。</translation>
    </message>
    <message>
        <source>&quot;correlationDataFormat&quot; must be &quot;text&quot; or &quot;hex&quot;.</source>
        <translation>&quot;correlationDataFormat&quot; 必须是 &quot;text&quot; 或 &quot;hex&quot;。</translation>
    </message>
    <message>
        <source>&quot;userProperties&quot; must be an array.</source>
        <translation>&quot;userProperties&quot; 必须是数组。</translation>
    </message>
    <message>
        <source>Each user property must be an object with a &quot;name&quot; and a &quot;value&quot; string.</source>
        <translation>每个用户属性都必须是包含 &quot;name&quot; 和 &quot;value&quot; 字符串的对象。</translation>
    </message>
</context>
<context>
    <name>PublishOutcome</name>
    <message>
        <source>queued: %1</source>
        <translation>已排队：%1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>acknowledged (PUBACK)</source>
        <translation>已确认（PUBACK）</translation>
    </message>
    <message>
        <source>completed (PUBCOMP)</source>
        <translation>已完成（PUBCOMP）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PublishPanel</name>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Publish the message (Ctrl+Enter)</source>
        <translation>发布消息（Ctrl+Enter）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>How many messages; 0 repeats until you stop it</source>
        <translation>消息数量；0 表示一直重复直到你停止</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Publish the message again and again; {{counter}} counts them</source>
        <translation>反复发布该消息；{{counter}} 会对其计数</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Publish to…</source>
        <translation>发布到…</translation>
    </message>
    <message>
        <source>Compose a message to this topic in the publish panel</source>
        <translation>在发布面板中编写发往此主题的消息</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>已发送 %1 / %2 条</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>已发送 %1 条</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 条已应答</translation>
    </message>
    <message>
        <source>%1 failed (first: %2)</source>
        <translation>%1 条失败（第一条：%2）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Sent to the connection, waiting for the answer…</source>
        <translation>已发送到连接，正在等待应答…</translation>
    </message>
    <message>
        <source>Sent, with a warning: %1</source>
        <translation>已发送，但有警告：%1</translation>
    </message>
    <message>
        <source>(Warning: %1)</source>
        <translation>（警告：%1）</translation>
    </message>
    <message>
        <source>Publish (in the publish panel)</source>
        <translation>发布（在发布面板中）</translation>
    </message>
</context>
<context>
    <name>PublishPreparation</name>
    <message>
        <source>The payload is not valid JSON (%1): %2 It was sent as text.</source>
        <translation>载荷不是有效的 JSON（%1）：%2 已作为文本发送。</translation>
    </message>
    <message>
        <source>This connection speaks MQTT 3.1.1, which has no message properties: they were not sent.</source>
        <translation>此连接使用 MQTT 3.1.1，它没有消息属性：属性未发送。</translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation>响应主题：%1</translation>
    </message>
    <message>
        <source>Correlation data: %1</source>
        <translation>关联数据：%1</translation>
    </message>
    <message>
        <source>The payload format indicator says UTF-8, but the payload is not valid UTF-8; the broker may refuse it (0x99).</source>
        <translation>载荷格式指示符表明是 UTF-8，但载荷不是有效的 UTF-8；Broker 可能会拒绝它（0x99）。</translation>
    </message>
</context>
<context>
    <name>ReconnectControls</name>
    <message>
        <source>Retry Now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Try to connect now instead of waiting for the countdown</source>
        <translation>立即尝试连接，而不是等待倒计时结束</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop reconnecting; the tab stays disconnected</source>
        <translation>停止重新连接；标签页保持断开状态</translation>
    </message>
</context>
<context>
    <name>ResponsesView</name>
    <message>
        <source>none: the next reply pairs</source>
        <translation>无：与下一条回复配对</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Request → response topic</source>
        <translation>请求 → 响应主题</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>关联数据</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Set a response topic (MQTT 5 properties) and Canopy subscribes to it for the request and pairs each reply with its request by correlation data.</source>
        <translation>设置响应主题（MQTT 5 属性）后，Canopy 会为该请求订阅此主题，并根据关联数据将每条回复与其请求配对。</translation>
    </message>
    <message>
        <source>waiting for the reply…</source>
        <translation>正在等待回复…</translation>
    </message>
    <message>
        <source>reply after %1 ms</source>
        <translation>%1 毫秒后收到回复</translation>
    </message>
    <message>
        <source>no reply within %1 s</source>
        <translation>%1 秒内无回复</translation>
    </message>
    <message>
        <source>request not delivered: %1</source>
        <translation>请求未送达：%1</translation>
    </message>
</context>
<context>
    <name>RetainedDeletion</name>
    <message>
        <source>Delete retained messages</source>
        <translation>删除保留消息</translation>
    </message>
    <message>
        <source>Delete the retained message of &quot;%1&quot; from the broker?</source>
        <translation>要从 Broker 删除 &quot;%1&quot; 的保留消息吗？</translation>
    </message>
    <message>
        <source>Delete the retained message of 1 topic in &quot;%1&quot; (%2) from the broker?</source>
        <translation>要从 Broker 删除 &quot;%1&quot; 中 1 个主题（%2）的保留消息吗？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the retained messages of %Ln topic(s) in &quot;%1&quot; from the broker?</source>
        <translation>
            <numerusform>要从 Broker 删除 &quot;%1&quot; 中 %Ln 个主题的保留消息吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Canopy publishes an empty retained message to each topic. New subscribers will no longer receive them; this cannot be undone.</source>
        <translation>Canopy 会向每个主题发布一条空的保留消息。新订阅者将不再收到这些保留消息；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Deleting retained messages…</source>
        <translation>正在删除保留消息…</translation>
    </message>
    <message>
        <source>Deleting retained messages: %1 of %2 done</source>
        <translation>正在删除保留消息：已完成 %1 / %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>密钥链未及时响应</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>In the topic tree, Ctrl+C copies the topic; in the publish panel, Ctrl+Enter publishes. In a chart, the Left and Right keys scroll through time, + and - zoom, and Home follows the newest values again; Shift with the wheel scrolls.</source>
        <translation>在主题树中，Ctrl+C 复制主题；在发布面板中，Ctrl+Enter 发布。在图表中，左右方向键在时间上滚动，+ 和 - 缩放，Home 重新跟随最新值；按住 Shift 滚动滚轮可平移。</translation>
    </message>
</context>
<context>
    <name>StringPager</name>
    <message>
        <source>characters %1–%2 of %3</source>
        <translation>第 %1–%2 个字符，共 %3 个</translation>
    </message>
</context>
<context>
    <name>StructuralDiff</name>
    <message>
        <source>A document has more values than the tree holds: only its first values are compared.</source>
        <translation>某个文档的值多于树所能容纳的数量：仅比较其前面的值。</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Add Subscription</source>
        <translation>添加订阅</translation>
    </message>
    <message>
        <source>Edit Subscription</source>
        <translation>编辑订阅</translation>
    </message>
    <message>
        <source>e.g. sensors/+/temperature or plant/#</source>
        <translation>例如 sensors/+/temperature 或 plant/#</translation>
    </message>
    <message>
        <source>0: at most once</source>
        <translation>0：最多一次</translation>
    </message>
    <message>
        <source>1: at least once</source>
        <translation>1：至少一次</translation>
    </message>
    <message>
        <source>2: exactly once</source>
        <translation>2：恰好一次</translation>
    </message>
    <message>
        <source>No local: not my own messages</source>
        <translation>No Local：不接收自己发布的消息</translation>
    </message>
    <message>
        <source>Retain as published</source>
        <translation>Retain As Published（保持发布时的保留标志）</translation>
    </message>
    <message>
        <source>0: send retained messages</source>
        <translation>0：发送保留消息</translation>
    </message>
    <message>
        <source>1: only for a new subscription</source>
        <translation>1：仅针对新订阅发送</translation>
    </message>
    <message>
        <source>2: never send retained messages</source>
        <translation>2：从不发送保留消息</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>过滤器(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>QoS(&amp;Q)：</translation>
    </message>
    <message>
        <source>MQTT 5 only:</source>
        <translation>仅 MQTT 5：</translation>
    </message>
    <message>
        <source>Retain &amp;handling:</source>
        <translation>Retain Handling(&amp;H)：</translation>
    </message>
    <message>
        <source>Subscription &amp;identifier:</source>
        <translation>订阅标识符(&amp;I)：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the list.</source>
        <translation>&apos;%1&apos; 已在列表中。</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>Filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Broker&apos;s answer</source>
        <translation>Broker 的应答</translation>
    </message>
    <message>
        <source>waiting for the broker…</source>
        <translation>正在等待 Broker…</translation>
    </message>
    <message>
        <source>unsubscribing…</source>
        <translation>正在取消订阅…</translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation>未订阅</translation>
    </message>
    <message>
        <source>%1 (asked for %2)</source>
        <translation>%1（请求的是 %2）</translation>
    </message>
    <message>
        <source>%1 (0x%2)</source>
        <translation>%1（0x%2）</translation>
    </message>
    <message>
        <source>no local</source>
        <translation>No Local</translation>
    </message>
    <message>
        <source>retain as published</source>
        <translation>Retain As Published</translation>
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
        <translation>未能取消订阅：%1（0x%2）</translation>
    </message>
    <message>
        <source>not unsubscribed: %1</source>
        <translation>未能取消订阅：%1</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <source>Subscribe to the broker&apos;s own statistics ($SYS/#), or stop</source>
        <translation>订阅 Broker 自身的统计信息（$SYS/#），或停止订阅</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>SysDashboardPanel</name>
    <message>
        <source>This broker has published no $SYS topics to this connection (yet). Brokers publish them every few seconds, or not at all: for mosquitto, add &quot;sys_interval 10&quot; to mosquitto.conf and restart it; EMQX and HiveMQ allow $SYS to local clients or with their $SYS extension only.</source>
        <translation>此 Broker（尚）未向此连接发布任何 $SYS 主题。Broker 会每隔几秒发布一次这些主题，也可能根本不发布：对于 mosquitto，请在 mosquitto.conf 中添加 &quot;sys_interval 10&quot; 并重启；EMQX 和 HiveMQ 仅向本地客户端或通过其 $SYS 扩展提供 $SYS。</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Other $SYS topics</source>
        <translation>其他 $SYS 主题</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Clients connected</source>
        <translation>已连接客户端</translation>
    </message>
    <message>
        <source>Clients maximum</source>
        <translation>最大客户端数</translation>
    </message>
    <message>
        <source>Messages in /s</source>
        <translation>接收消息/秒</translation>
    </message>
    <message>
        <source>Messages out /s</source>
        <translation>发送消息/秒</translation>
    </message>
    <message>
        <source>Bytes in /s</source>
        <translation>接收字节/秒</translation>
    </message>
    <message>
        <source>Bytes out /s</source>
        <translation>发送字节/秒</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>保留消息</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Dropped messages</source>
        <translation>已丢弃的消息</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>waiting for a second update</source>
        <translation>正在等待第二次更新</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min %4 s</source>
        <translation>%1 天 %2 小时 %3 分 %4 秒</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Broker: mosquitto</source>
        <translation>Broker：mosquitto</translation>
    </message>
    <message>
        <source>Broker: EMQX</source>
        <translation>Broker：EMQX</translation>
    </message>
    <message>
        <source>Broker: HiveMQ</source>
        <translation>Broker：HiveMQ</translation>
    </message>
    <message>
        <source>Broker: not recognised ($SYS topics listed below)</source>
        <translation>Broker：无法识别（$SYS 主题列于下方）</translation>
    </message>
</context>
<context>
    <name>SysRawModel</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>The changed region is too long to align line by line (over %1 lines): it shows as removed, then added.</source>
        <translation>更改的区域太长，无法逐行对齐（超过 %1 行）：显示为先删除、后添加。</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln unchanged line(s)</source>
        <translation>
            <numerusform>… %Ln 行未更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextPager</name>
    <message>
        <source>bytes %1–%2 of %3</source>
        <translation>第 %1–%2 个字节，共 %3 个</translation>
    </message>
</context>
<context>
    <name>TopTopicsModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>TopTopicsPanel</name>
    <message>
        <source>last 10 s</source>
        <translation>最近 10 秒</translation>
    </message>
    <message>
        <source>last 60 s</source>
        <translation>最近 60 秒</translation>
    </message>
    <message>
        <source>last second</source>
        <translation>最近 1 秒</translation>
    </message>
    <message>
        <source>The time the rates are averaged over</source>
        <translation>计算平均速率所用的时间段</translation>
    </message>
    <message>
        <source>by msg/s</source>
        <translation>按消息/秒</translation>
    </message>
    <message>
        <source>by bytes/s</source>
        <translation>按字节/秒</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>单个主题</translation>
    </message>
    <message>
        <source>level </source>
        <translation>层级 </translation>
    </message>
    <message>
        <source>Rank topics, or whole subtrees at this level (1: the first level of topics)</source>
        <translation>对单个主题排名，或对此层级上的整个子树排名（1：主题的第一层级）</translation>
    </message>
    <message>
        <source>Selected subtree only</source>
        <translation>仅限选中的子树</translation>
    </message>
    <message>
        <source>Rank only inside the subtree selected in the tree when this is checked</source>
        <translation>勾选后，仅在主题树中选中的子树内排名</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>%1 内</translation>
    </message>
</context>
<context>
    <name>TopicActions</name>
    <message>
        <source>Copy topic</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <source>Delete retained message</source>
        <translation>删除保留消息</translation>
    </message>
    <message>
        <source>Delete retained messages below…</source>
        <translation>删除下级的保留消息…</translation>
    </message>
    <message numerus="yes">
        <source>Delete retained messages below (%Ln topic(s))…</source>
        <translation>
            <numerusform>删除下级的保留消息（%Ln 个主题）…</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no retained messages below &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 下没有保留消息。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no retained message.</source>
        <translation>&quot;%1&quot; 没有保留消息。</translation>
    </message>
</context>
<context>
    <name>TopicFilter</name>
    <message>
        <source>The regular expression is not valid (%1 at position %2); correct it to filter topics.</source>
        <translation>正则表达式无效（位置 %2 处的 %1）；请更正后再筛选主题。</translation>
    </message>
    <message>
        <source>The topic filter is not valid: &apos;#&apos; may only be the whole last level and &apos;+&apos; only a whole level.</source>
        <translation>主题过滤器无效：&apos;#&apos; 只能是完整的最后一个层级，&apos;+&apos; 只能是完整的层级。</translation>
    </message>
</context>
<context>
    <name>TopicRow</name>
    <message>
        <source>⟨empty level⟩</source>
        <translation>⟨空层级⟩</translation>
    </message>
    <message>
        <source>The broker holds a retained message for this topic.</source>
        <translation>Broker 为此主题保存了一条保留消息。</translation>
    </message>
    <message numerus="yes">
        <source>Messages in this subtree: %1 (%2 topic(s))</source>
        <translation>
            <numerusform>此子树中的消息：%1（%2 个主题）</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages on this topic: %1</source>
        <translation>此主题上的消息：%1</translation>
    </message>
    <message>
        <source>Messages per second in this subtree: %1</source>
        <translation>此子树中每秒的消息数：%1</translation>
    </message>
    <message>
        <source>Messages per second on this topic: %1</source>
        <translation>此主题上每秒的消息数：%1</translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Msgs/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最后更新</translation>
    </message>
</context>
<context>
    <name>WillEditor</name>
    <message>
        <source>Send a last will when the connection ends unexpectedly</source>
        <translation>连接意外结束时发送遗嘱消息</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>载荷(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>QoS(&amp;Q)：</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>MQTT 5 will properties:</source>
        <translation>MQTT 5 遗嘱属性：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>empty: never expires</source>
        <translation>留空：永不过期</translation>
    </message>
    <message>
        <source>Message &amp;expiry (s):</source>
        <translation>消息过期(&amp;E)（秒）：</translation>
    </message>
    <message>
        <source>The payload is UTF-8 text</source>
        <translation>载荷为 UTF-8 文本</translation>
    </message>
    <message>
        <source>Content t&amp;ype:</source>
        <translation>内容类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Response topic:</source>
        <translation>响应主题(&amp;R)：</translation>
    </message>
    <message>
        <source>one name=value per line</source>
        <translation>每行一个 name=value</translation>
    </message>
    <message>
        <source>&amp;User properties:</source>
        <translation>用户属性(&amp;U)：</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) that are not text: kept unless you edit this)</source>
        <translation>
            <numerusform>（%n 个非文本字节：除非你编辑此处，否则会保留）</numerusform>
        </translation>
    </message>
    <message>
        <source>The will&apos;s message expiry is a number of seconds, or empty for never.</source>
        <translation>遗嘱消息的过期时间是秒数，留空表示永不过期。</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>主题(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Will delay (s):</source>
        <translation>遗嘱延迟(&amp;W)（秒）：</translation>
    </message>
    <message>
        <source>Correlation d&amp;ata:</source>
        <translation>关联数据(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Canopy, a native MQTT explorer.</source>
        <translation>Canopy，原生的 MQTT 浏览器。</translation>
    </message>
    <message>
        <source>Broker to connect to at start, subscribed to &apos;#&apos;, e.g. mqtt://localhost:1883 or mqtts://host:8883. Give it again for more brokers, each in a tab of its own.</source>
        <translation>启动时要连接的 Broker，并订阅 &apos;#&apos;，如 mqtt://localhost:1883 或 mqtts://host:8883。多次指定可连接多个 Broker，每个都在单独的标签页中。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Saved connection to open at start, by name (see the connection manager, Ctrl+N). Give it again for more, each in a tab of its own.</source>
        <translation>启动时按名称打开的已保存连接（参见连接管理器，Ctrl+N）。多次指定可打开多个，每个都在单独的标签页中。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Open the connection manager at start.</source>
        <translation>启动时打开连接管理器。</translation>
    </message>
    <message>
        <source>Save a PNG of the window to &lt;file&gt; after a delay, then quit.</source>
        <translation>延迟一段时间后将窗口的 PNG 截图保存到 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 3000).</source>
        <translation>执行 --screenshot 前等待的毫秒数（默认 3000）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Expand the first &lt;levels&gt; levels of the topic tree as they appear (default 1).</source>
        <translation>主题树中的主题出现时，展开其前 &lt;levels&gt; 个层级（默认 1）。</translation>
    </message>
    <message>
        <source>levels</source>
        <translation>levels</translation>
    </message>
    <message>
        <source>Select &lt;topic&gt; in the tree as soon as it arrives.</source>
        <translation>&lt;topic&gt; 一出现就在树中选中它。</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>canopy: --expand takes a number of levels (0 or more), not &apos;%1&apos;.</source>
        <translation>canopy：--expand 需要层级数（0 或更大），而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>canopy: --select takes a topic name, without the wildcards + and #, not &apos;%1&apos;.</source>
        <translation>canopy：--select 需要不含通配符 + 和 # 的主题名，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>canopy: &apos;%1&apos; is not a broker URL; write it as mqtt://host:port (or mqtts://, ws://, wss://).</source>
        <translation>canopy：&apos;%1&apos; 不是 Broker URL；请写成 mqtt://host:port（或 mqtts://、ws://、wss://）的形式。</translation>
    </message>
    <message>
        <source>canopy: there is no saved connection called &apos;%1&apos;; the connection manager (Ctrl+N) lists them.</source>
        <translation>canopy：没有名为 &apos;%1&apos; 的已保存连接；连接管理器（Ctrl+N）中列出了所有已保存连接。</translation>
    </message>
    <message>
        <source>canopy: could not write the screenshot to %1.</source>
        <translation>canopy：无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Open the Preferences dialog at start (with --screenshot: grab it).</source>
        <translation>启动时打开“首选项”对话框（与 --screenshot 一起使用时：截取该对话框）。</translation>
    </message>
</context>
</TS>
