// SPDX-License-Identifier: MIT
// TopicStore: tree shape and addressing, interned level strings, exact counts, sliding-window rates, change sets for
// the GUI model, retained marks, flood ranking, MQTT 5 properties, clear(), and lookups while the tables grow in
// steps (child index and string pool growing, clear() in the middle of a growth, per-node tables across chunks).

#include "store/topicstore.h"
#include "topicstoretestutil.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace TopicStoreTest;

class TestTopicStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void treeShape_data();
    void treeShape();
    void interning_data();
    void interning();
    void counts_data();
    void counts();
    void rates_data();
    void rates();
    void changeSets_data();
    void changeSets();
    void retained_data();
    void retained();
    void ranking_data();
    void ranking();
    void properties();
    void clearResetsEverything();
    void randomTrafficCountsExactly();
    void lookupsWhileTablesGrow_data();
    void lookupsWhileTablesGrow();
    void clearWhileTheIndexGrows();
    void ownFiguresAndPropertiesAcrossChunks();
    void childrenWithPrefix();
};

void TestTopicStore::treeShape_data()
{
    QTest::addColumn<QStringList>("topics");
    QTest::addColumn<QStringList>("tree");

    QTest::newRow("one level") << QStringList { u"a"_s } << QStringList { u"[a]"_s };
    QTest::newRow("levels split on '/' share their parents") << QStringList { u"a/b/c"_s, u"a/b/d"_s,
        u"a/e"_s } << QStringList { u"[a]"_s, u"  [b]"_s, u"    [c]"_s, u"    [d]"_s, u"  [e]"_s };
    QTest::newRow("children keep insertion order as rows")
        << QStringList { u"z"_s, u"a"_s, u"m"_s, u"a"_s } << QStringList { u"[z]"_s, u"[a]"_s, u"[m]"_s };
    QTest::newRow("MQTT-4.7.3 empty middle level 'a//b' is a real level")
        << QStringList { u"a//b"_s } << QStringList { u"[a]"_s, u"  []"_s, u"    [b]"_s };
    QTest::newRow("leading '/' makes an empty first level")
        << QStringList { u"/a"_s, u"a"_s } << QStringList { u"[]"_s, u"  [a]"_s, u"[a]"_s };
    QTest::newRow("trailing '/' makes an empty last level")
        << QStringList { u"a/"_s, u"a"_s } << QStringList { u"[a]"_s, u"  []"_s };
    QTest::newRow("'/' alone is two empty levels") << QStringList { u"/"_s } << QStringList { u"[]"_s, u"  []"_s };
    QTest::newRow("$SYS is just a subtree") << QStringList { u"$SYS/broker/uptime"_s,
        u"$SYS/broker/load"_s } << QStringList { u"[$SYS]"_s, u"  [broker]"_s, u"    [uptime]"_s, u"    [load]"_s };
    QTest::newRow("unicode levels") << QStringList { u"Küche/température/温度"_s, u"Küche/😀"_s }
                                    << QStringList { u"[Küche]"_s, u"  [température]"_s, u"    [温度]"_s, u"  [😀]"_s };
    QTest::newRow("same name under different parents is a different node") << QStringList { u"a/x"_s, u"b/x"_s,
        u"x"_s } << QStringList { u"[a]"_s, u"  [x]"_s, u"[b]"_s, u"  [x]"_s, u"[x]"_s };
}

void TestTopicStore::treeShape()
{
    QFETCH(QStringList, topics);
    QFETCH(QStringList, tree);

    TopicStore store;
    for (const QString &t : topics) {
        const NodeId id = store.ingest(publish(t, "x"), 0);
        QCOMPARE(store.topic(id), t);
        QCOMPARE(store.find(t), std::optional<NodeId>(id));
    }
    QCOMPARE(dump(store), tree);
    QCOMPARE(store.nodeCount(), tree.size() + 1);

    // Every node: its parent lists it at its row, find() returns it from its topic, its name is its last level.
    for (NodeId id = 1; id < NodeId(store.nodeCount()); ++id) {
        const NodeId parent = store.parent(id);
        QCOMPARE(store.child(parent, store.row(id)), id);
        QVERIFY(parent < id);
        const QString t = store.topic(id);
        QCOMPARE(store.find(t), std::optional<NodeId>(id));
        QCOMPARE(t.split(u'/').last(), store.name(id));
        QCOMPARE(store.depth(id), int(t.count(u'/')) + 1);
    }
    QCOMPARE(store.find(u"no/such/topic"), std::nullopt);
}

void TestTopicStore::interning_data()
{
    QTest::addColumn<QStringList>("topics");
    QTest::addColumn<int>("distinctStrings"); // the root's empty name included

    QTest::newRow("nothing but the root's empty name") << QStringList {} << 1;
    QTest::newRow("each level string once") << QStringList { u"a/b"_s, u"b/a"_s, u"a/b/a"_s } << 3;
    QTest::newRow("'temperature' in many branches is one string")
        << QStringList { u"x/temperature"_s, u"y/temperature"_s, u"z/w/temperature"_s } << 6;
    QTest::newRow("empty levels share the root's empty string") << QStringList { u"/a"_s, u"a//"_s } << 2;
    QTest::newRow("case differs, strings differ") << QStringList { u"Temp"_s, u"temp"_s, u"TEMP"_s } << 4;
}

void TestTopicStore::interning()
{
    QFETCH(QStringList, topics);
    QFETCH(int, distinctStrings);

    TopicStore store;
    for (const QString &t : topics)
        store.ingest(publish(t, "1"), 0);
    QCOMPARE(store.internedStringCount(), qsizetype(distinctStrings));

    // Nodes with the same name point at the very same characters.
    for (NodeId a = 0; a < NodeId(store.nodeCount()); ++a) {
        for (NodeId b = a + 1; b < NodeId(store.nodeCount()); ++b) {
            if (store.nameView(a) == store.nameView(b) && !store.nameView(a).isEmpty())
                QCOMPARE(store.nameView(a).utf16(), store.nameView(b).utf16());
        }
    }
}

void TestTopicStore::counts_data()
{
    // Messages as "topic=payload size"; expectations as "topic: messages bytes subtreeTopics subtreeMessages
    // subtreeBytes" ("<root>" for the root).
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one message counts in every ancestor")
        << QStringList { u"a/b/c=10"_s }
        << QStringList { u"<root>: 0 0 1 1 10"_s, u"a: 0 0 1 1 10"_s, u"a/b: 0 0 1 1 10"_s, u"a/b/c: 1 10 1 1 10"_s };
    QTest::newRow("a parent that is also a topic") << QStringList { u"a=5"_s, u"a/b=7"_s, u"a/b=3"_s,
        u"a=1"_s } << QStringList { u"<root>: 0 0 2 4 16"_s, u"a: 2 6 2 4 16"_s, u"a/b: 2 10 1 2 10"_s };
    QTest::newRow("a parent that becomes a topic after its children") << QStringList { u"a/b=7"_s, u"a=5"_s, u"a/b=1"_s,
        u"a=2"_s } << QStringList { u"<root>: 0 0 2 4 15"_s, u"a: 2 7 2 4 15"_s, u"a/b: 2 8 1 2 8"_s };
    QTest::newRow("siblings add up in the parent")
        << QStringList { u"s/x=1"_s, u"s/y=2"_s, u"s/z=3"_s, u"s/x=4"_s, u"t=100"_s }
        << QStringList { u"<root>: 0 0 4 5 110"_s, u"s: 0 0 3 4 10"_s, u"s/x: 2 5 1 2 5"_s, u"t: 1 100 1 1 100"_s };
    QTest::newRow("empty payloads are counted messages")
        << QStringList { u"e=0"_s, u"e=0"_s } << QStringList { u"<root>: 0 0 1 2 0"_s, u"e: 2 0 1 2 0"_s };
}

void TestTopicStore::counts()
{
    QFETCH(QStringList, messages);
    QFETCH(QStringList, expected);

    TopicStore store;
    for (const QString &m : messages) {
        const auto parts = m.split(u'=');
        store.ingest(publish(parts[0], QByteArray(parts[1].toInt(), 'p')), 1000);
    }
    QStringList actual;
    for (const QString &e : expected) {
        const QString t = e.section(u':', 0, 0);
        const NodeId id = t == u"<root>" ? TopicStore::root() : store.find(t).value();
        const NodeStats s = store.stats(id, 1000);
        QCOMPARE(store.messageCount(id), s.messages);
        QCOMPARE(store.subtreeMessageCount(id), s.subtreeMessages);
        QCOMPARE(store.subtreeTopicCount(id), s.subtreeTopics);
        actual.append(u"%1: %2 %3 %4 %5 %6"_s.arg(t)
                          .arg(s.messages)
                          .arg(s.bytes)
                          .arg(s.subtreeTopics)
                          .arg(s.subtreeMessages)
                          .arg(s.subtreeBytes));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(store.totalMessages(), quint64(messages.size()));
}

void TestTopicStore::rates_data()
{
    // Messages to "a/b" with 10-byte payloads at the given times; rates of "a/b" and of "a" read at `at`.
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<double>("messagesPerSecond");

    QTest::newRow("all in the current second count fully") << QList<qint64> { 5000, 5100, 5900 } << qint64(5950) << 3.0;
    QTest::newRow("the previous second counts for the part still in the window")
        << QList<qint64> { 5000, 5500 } << qint64(6250) << 1.5;
    QTest::newRow("previous and current second add up")
        << QList<qint64> { 5000, 5100, 6000, 6100, 6200, 6300 } << qint64(6250) << 5.5;
    QTest::newRow("a second without traffic empties the window") << QList<qint64> { 5000, 5100 } << qint64(7000) << 0.0;
    QTest::newRow("a gap of several seconds forgets the old bucket")
        << QList<qint64> { 1000, 1100, 4000 } << qint64(4500) << 1.0;
    QTest::newRow("a clock going back counts in the current second")
        << QList<qint64> { 5000, 4000 } << qint64(5000) << 2.0;
    QTest::newRow("start of the next second still sees the whole previous one")
        << QList<qint64> { 5000, 5999 } << qint64(6000) << 2.0;
}

void TestTopicStore::rates()
{
    QFETCH(QList<qint64>, times);
    QFETCH(qint64, at);
    QFETCH(double, messagesPerSecond);

    TopicStore store;
    store.ingest(publish(u"a/c"_s, "z"), 0); // a sibling without recent traffic
    for (qint64 t : times)
        store.ingest(publish(u"a/b"_s, QByteArray(10, 'x')), t);
    const NodeStats topic = store.stats(store.find(u"a/b").value(), at);
    QCOMPARE(topic.messagesPerSecond, messagesPerSecond);
    QCOMPARE(topic.bytesPerSecond, messagesPerSecond * 10);
    const NodeStats parent = store.stats(store.find(u"a").value(), at);
    QCOMPARE(parent.subtreeMessagesPerSecond, messagesPerSecond);
    QCOMPARE(parent.messagesPerSecond, 0.0);

    // The subtree rate sums the children's.
    store.ingest(publish(u"a/c"_s, QByteArray(4, 'y')), at);
    const NodeStats after = store.stats(store.find(u"a").value(), at);
    QCOMPARE(after.subtreeMessagesPerSecond, store.stats(store.find(u"a/b").value(), at).messagesPerSecond + 1);
}

void TestTopicStore::changeSets_data()
{
    QTest::addColumn<QStringList>("before"); // ingested, then one takeChanges() whose result is dropped
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("inserted"); // "parent: first-last"
    QTest::addColumn<QStringList>("changed");

    QTest::newRow("new nodes come as one range per parent, parents first")
        << QStringList {} << QStringList { u"a/b"_s, u"a/c"_s, u"d"_s, u"a/c/e"_s }
        << QStringList { u"<root>: 0-1"_s, u"a: 0-1"_s, u"a/c: 0-0"_s } << QStringList { u"<root>"_s };
    QTest::newRow("new children are appended after the known ones")
        << QStringList { u"a/b"_s, u"a/c"_s } << QStringList { u"a/x"_s, u"a/y"_s, u"a/b"_s }
        << QStringList { u"a: 2-3"_s } << QStringList { u"<root>"_s, u"a"_s, u"a/b"_s };
    QTest::newRow("changed ids are de-duplicated and include the ancestors")
        << QStringList { u"a/b/c"_s, u"a/d"_s } << QStringList { u"a/b/c"_s, u"a/b/c"_s, u"a/b/c"_s, u"a/d"_s }
        << QStringList {} << QStringList { u"<root>"_s, u"a"_s, u"a/b"_s, u"a/b/c"_s, u"a/d"_s };
    QTest::newRow("an untouched sibling is not changed")
        << QStringList { u"x/1"_s, u"x/2"_s, u"y/1"_s } << QStringList { u"x/2"_s } << QStringList {}
        << QStringList { u"<root>"_s, u"x"_s, u"x/2"_s };
    QTest::newRow("nothing happened, nothing changed")
        << QStringList { u"a/b"_s } << QStringList {} << QStringList {} << QStringList {};
}

void TestTopicStore::changeSets()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, inserted);
    QFETCH(QStringList, changed);

    TopicStore store;
    for (const QString &t : before)
        store.ingest(publish(t, "1"), 0);
    store.takeChanges();
    for (const QString &t : after)
        store.ingest(publish(t, "2"), 1);
    const ChangeSet changes = store.takeChanges();
    QVERIFY(!changes.reset);

    QStringList actualInserted;
    NodeId lastParent = 0;
    for (const ChangeSet::InsertedRows &r : changes.inserted) {
        QVERIFY(r.parent >= lastParent);
        lastParent = r.parent;
        QCOMPARE(r.last, store.childCount(r.parent) - 1); // always the end of the list
        actualInserted.append(u"%1: %2-%3"_s.arg(label(store, r.parent)).arg(r.first).arg(r.last));
    }
    QCOMPARE(actualInserted, inserted);
    QVERIFY(std::is_sorted(changes.changed.cbegin(), changes.changed.cend()));
    QCOMPARE(sorted(labels(store, changes.changed)), changed);

    QVERIFY(store.takeChanges().isEmpty());
}

void TestTopicStore::retained_data()
{
    // Messages as "topic=payload" with a trailing " R" when retained.
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QString>("subtree");
    QTest::addColumn<QStringList>("retained");
    QTest::addColumn<bool>("asPublished"); // retain flags as published (MQTT 5 Retain As Published) or 3.1.1's

    QTest::newRow("retained messages are marked, in tree order")
        << QStringList { u"a/x=1 R"_s, u"b=2"_s, u"a/y=3 R"_s, u"a=4 R"_s } << QString()
        << QStringList { u"a"_s, u"a/x"_s, u"a/y"_s } << true;
    QTest::newRow("a subtree lists only its own") << QStringList { u"a/x=1 R"_s, u"b/x=2 R"_s, u"a/y/z=3 R"_s }
                                                  << u"a"_s << QStringList { u"a/x"_s, u"a/y/z"_s } << true;
    QTest::newRow("an empty retained payload clears the mark")
        << QStringList { u"a/x=1 R"_s, u"a/y=2 R"_s, u"a/x= R"_s } << QString() << QStringList { u"a/y"_s } << true;
    QTest::newRow("a later live message keeps the mark (the broker still holds it)")
        << QStringList { u"a/x=1 R"_s, u"a/x=2"_s } << QString() << QStringList { u"a/x"_s } << true;
    QTest::newRow("an empty live payload does not clear the mark")
        << QStringList { u"a/x=1 R"_s, u"a/x="_s } << QString() << QStringList { u"a/x"_s } << true;
    QTest::newRow("retained again after a deletion")
        << QStringList { u"a=1 R"_s, u"a= R"_s, u"a=3 R"_s } << QString() << QStringList { u"a"_s } << true;
    QTest::newRow("$SYS and empty levels keep their names")
        << QStringList { u"$SYS/x=1 R"_s, u"/a//b=2 R"_s } << QString() << QStringList { u"$SYS/x"_s, u"/a//b"_s }
        << true;

    // MQTT 3.1.1 MQTT-3.3.1-9: live messages arrive with retain=0, a deletion as an empty message with retain=0.
    QTest::newRow("MQTT-3.3.1-9 3.1.1: an empty live payload is a deletion and clears the mark")
        << QStringList { u"a/x=1 R"_s, u"a/y=2 R"_s, u"a/x="_s } << QString() << QStringList { u"a/y"_s } << false;
    QTest::newRow("MQTT-3.3.1-9 3.1.1: a later live message keeps the mark")
        << QStringList { u"a/x=1 R"_s, u"a/x=2"_s } << QString() << QStringList { u"a/x"_s } << false;
    QTest::newRow("MQTT-3.3.1-9 3.1.1: an empty payload on a topic never retained marks nothing")
        << QStringList { u"a/x="_s, u"a/y=1 R"_s } << QString() << QStringList { u"a/y"_s } << false;
    QTest::newRow("MQTT-3.3.1-9 3.1.1: retained again after a deletion")
        << QStringList { u"a=1 R"_s, u"a="_s, u"a=3 R"_s } << QString() << QStringList { u"a"_s } << false;
    QTest::newRow("MQTT-3.3.1-10 3.1.1: an empty retained payload (a new subscription's) clears the mark too")
        << QStringList { u"a=1 R"_s, u"a= R"_s } << QString() << QStringList {} << false;
}

void TestTopicStore::retained()
{
    QFETCH(QStringList, messages);
    QFETCH(QString, subtree);
    QFETCH(QStringList, retained);
    QFETCH(bool, asPublished);

    TopicStore store;
    QVERIFY(store.retainFlagsAsPublished()); // the default
    store.setRetainFlagsAsPublished(asPublished);
    bool lastRetain = false;
    NodeId lastId = 0;
    for (const QString &m : messages) {
        lastRetain = m.endsWith(u" R");
        const QString body = lastRetain ? m.chopped(2) : m;
        lastId = store.ingest(publish(body.section(u'=', 0, 0), body.section(u'=', 1).toUtf8(), 0, lastRetain), 0);
    }
    QCOMPARE(store.lastMessage(lastId).retain, lastRetain); // the flag as the last message had it
    const NodeId root = subtree.isEmpty() ? TopicStore::root() : store.find(subtree).value();
    QCOMPARE(store.retainedTopics(root), retained);
}

void TestTopicStore::ranking_data()
{
    // Messages as "topic=payload size", all received at 10,000 ms (in the second 10.0 to 11.0).
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QString>("subtree");
    QTest::addColumn<RankBy>("by");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QStringList>("top"); // "topic messages/s bytes/s", worked out by hand

    const QStringList traffic { u"x/a=100"_s, u"x/a=100"_s, u"x/a=100"_s, u"x/b=10"_s, u"x/b=10"_s, u"x/b=10"_s,
        u"x/b=10"_s, u"x/b=10"_s, u"y/c=1000"_s, u"x=1"_s };
    // Within the second of the messages, the rate is all of them: x/a 3 messages of 100 bytes, x/b 5 of 10 bytes.
    QTest::newRow("by messages per second")
        << traffic << QString() << RankBy::MessagesPerSecond << 10 << qint64(10500)
        << QStringList { u"x/b 5 50"_s, u"x/a 3 300"_s, u"x 1 1"_s, u"y/c 1 1000"_s };
    QTest::newRow("by bytes per second") << traffic << QString() << RankBy::BytesPerSecond << 10 << qint64(10500)
                                         << QStringList { u"y/c 1 1000"_s, u"x/a 3 300"_s, u"x/b 5 50"_s, u"x 1 1"_s };
    QTest::newRow("count limits the list") << traffic << QString() << RankBy::BytesPerSecond << 2 << qint64(10500)
                                           << QStringList { u"y/c 1 1000"_s, u"x/a 3 300"_s };
    QTest::newRow("within a subtree, the subtree's own topic included")
        << traffic << u"x"_s << RankBy::MessagesPerSecond << 10 << qint64(10500)
        << QStringList { u"x/b 5 50"_s, u"x/a 3 300"_s, u"x 1 1"_s };
    // Half a second into the next second, the window (the last second) holds half of the second of the messages.
    QTest::newRow("the window slides: half a second later, half the rate")
        << traffic << QString() << RankBy::MessagesPerSecond << 10 << qint64(11500)
        << QStringList { u"x/b 2.5 25"_s, u"x/a 1.5 150"_s, u"x 0.5 0.5"_s, u"y/c 0.5 500"_s };
    QTest::newRow("ties keep the older topic first")
        << QStringList { u"q/2=1"_s, u"q/1=1"_s } << QString() << RankBy::MessagesPerSecond << 10 << qint64(10500)
        << QStringList { u"q/2 1 1"_s, u"q/1 1 1"_s };
}

void TestTopicStore::ranking()
{
    QFETCH(QStringList, messages);
    QFETCH(QString, subtree);
    QFETCH(RankBy, by);
    QFETCH(int, count);
    QFETCH(qint64, now);
    QFETCH(QStringList, top);

    TopicStore store;
    store.ingest(publish(u"x/quiet"_s, "old"), 1000); // no traffic in the window: never ranked
    for (const QString &m : messages)
        store.ingest(publish(m.section(u'=', 0, 0), QByteArray(m.section(u'=', 1).toInt(), 'p')), 10000);
    const NodeId root = subtree.isEmpty() ? TopicStore::root() : store.find(subtree).value();
    const QList<RankedTopic> ranked = store.topTopics(root, count, by, now);
    QStringList actual;
    for (const RankedTopic &r : ranked) {
        QCOMPARE(store.topic(r.node), r.topic);
        actual.append(u"%1 %2 %3"_s.arg(r.topic).arg(r.messagesPerSecond).arg(r.bytesPerSecond));
    }
    QCOMPARE(actual, top);
}

void TestTopicStore::properties()
{
    TopicStore store;
    Mqtt::Publish withProperties = publish(u"p"_s, "1");
    withProperties.properties.contentType = u"application/json"_s;
    withProperties.properties.userProperties.append({ u"k"_s, u"v"_s });

    store.ingest(publish(u"p"_s, "0"), 1);
    const NodeId id = store.ingest(withProperties, 2);
    QVERIFY(store.lastMessage(id).properties);
    QCOMPARE(*store.lastMessage(id).properties, withProperties.properties);

    // A stream repeating the same properties shares one copy.
    store.ingest(withProperties, 3);
    store.ingest(publish(u"p"_s, "3"), 4);
    const QList<StoredMessage> history = store.history(id);
    QCOMPARE(history.size(), 4);
    QVERIFY(!history[0].properties); // none on the wire, none stored
    QVERIFY(history[1].properties);
    QCOMPARE(history[1].properties.get(), history[2].properties.get());
    QCOMPARE(*history[2].properties, withProperties.properties);
    QVERIFY(!history[3].properties);
    QVERIFY(!store.lastMessage(id).properties);
}

void TestTopicStore::clearResetsEverything()
{
    TopicStore store;
    store.setHistoryBudget(100);
    for (int i = 0; i < 20; ++i)
        store.ingest(publish(u"a/b%1"_s.arg(i % 3), QByteArray(30, 'x'), 1, true), i);
    QVERIFY(store.evictedCount() > 0);
    store.takeChanges();

    store.clear();
    QCOMPARE(store.nodeCount(), qsizetype(1));
    QCOMPARE(store.totalMessages(), quint64(0));
    QCOMPARE(store.totalBytes(), quint64(0));
    QCOMPARE(store.topicCount(), quint32(0));
    QCOMPARE(store.childCount(TopicStore::root()), 0);
    QCOMPARE(store.internedStringCount(), qsizetype(1));
    QCOMPARE(store.evictedCount(), quint64(0));
    QCOMPARE(store.historyBytes(), qint64(0));
    QVERIFY(store.retainedTopics(TopicStore::root()).isEmpty());
    QCOMPARE(store.find(u"a/b0"), std::nullopt);
    QCOMPARE(store.historyBudget(), qint64(100)); // configuration stays

    const ChangeSet changes = store.takeChanges();
    QVERIFY(changes.reset);
    const NodeId id = store.ingest(publish(u"n"_s, "1"), 100);
    QCOMPARE(id, NodeId(1)); // ids start again
    const ChangeSet next = store.takeChanges();
    QVERIFY(!next.reset);
    QCOMPARE(next.inserted, (QList<ChangeSet::InsertedRows> { { TopicStore::root(), 0, 0 } }));
}

void TestTopicStore::randomTrafficCountsExactly()
{
    // Every message is counted: per topic, per subtree and in total, against a plain reference model.
    TopicStore store;
    store.setHistoryDepth(5);
    QRandomGenerator rng(42);
    struct Reference {
        quint64 messages = 0;
        quint64 bytes = 0;
        QList<QByteArray> last;
    };
    std::map<QString, Reference> reference;
    quint64 totalBytes = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString t = u"r/%1/%2"_s.arg(rng.bounded(7)).arg(rng.bounded(40));
        const QByteArray payload = QByteArray::number(i).repeated(rng.bounded(4));
        store.ingest(publish(t, payload), i);
        Reference &r = reference[t];
        ++r.messages;
        r.bytes += quint64(payload.size());
        r.last.append(payload);
        if (r.last.size() > 5)
            r.last.removeFirst();
        totalBytes += quint64(payload.size());
    }
    QCOMPARE(store.totalMessages(), quint64(20000));
    QCOMPARE(store.totalBytes(), totalBytes);
    QCOMPARE(store.topicCount(), quint32(reference.size()));
    quint64 subtreeSum = 0;
    for (const auto &[t, r] : reference) {
        const NodeId id = store.find(t).value();
        QCOMPARE(store.messageCount(id), r.messages);
        QCOMPARE(store.stats(id, 0).bytes, r.bytes);
        QList<QByteArray> payloads;
        for (const StoredMessage &m : store.history(id))
            payloads.append(m.payload);
        QCOMPARE(payloads, r.last);
    }
    for (NodeId kid : store.children(store.find(u"r").value()))
        subtreeSum += store.subtreeMessageCount(kid);
    QCOMPARE(subtreeSum, quint64(20000));
    QCOMPARE(store.evictedCount(), quint64(0));
}

void TestTopicStore::lookupsWhileTablesGrow_data()
{
    // The child index and the string pool grow in steps, both tables answering lookups meanwhile. 3,000 topics take
    // them through seven growths (64 -> 8,192 slots), each spread over a hundred or more ingests.
    QTest::addColumn<QString>("pattern"); // %1: the topic number
    QTest::addColumn<int>("levels"); // new nodes per topic (after the first few)

    QTest::newRow("many children under one parent") << u"wide/%1"_s << 1;
    QTest::newRow("children across 500 parents") << u"p%2/leaf%1"_s << 1;
    QTest::newRow("the same level name under 3,000 parents") << u"device%1/value"_s << 2;
    QTest::newRow("two new levels per topic, as canopy-flood names them") << u"flood/%2/%1/value"_s << 2;
}

void TestTopicStore::lookupsWhileTablesGrow()
{
    QFETCH(QString, pattern);
    QFETCH(int, levels);
    const int count = 3000;
    auto topicName = [&](int i) { return pattern.contains(u"%2"_s) ? pattern.arg(i).arg(i % 500) : pattern.arg(i); };

    TopicStore store;
    std::vector<NodeId> ids;
    QRandomGenerator rng(7);
    for (int i = 0; i < count; ++i) {
        const QString t = topicName(i);
        QCOMPARE(store.find(t), std::nullopt);
        const qsizetype nodesBefore = store.nodeCount();
        const NodeId id = store.ingest(publish(t, QByteArray::number(i)), i);
        ids.push_back(id);
        QCOMPARE(store.find(t), std::optional<NodeId>(id));
        QCOMPARE(store.topic(id), t);
        if (i >= 500)
            QCOMPARE(store.nodeCount(), nodesBefore + levels);
        // A known topic again: the same node, nothing new.
        const qsizetype nodes = store.nodeCount();
        const int again = int(rng.bounded(i + 1));
        QCOMPARE(store.ingest(publish(topicName(again), "again"), i), ids[size_t(again)]);
        QCOMPARE(store.nodeCount(), nodes);
        if (i % 7 == 0) { // and every topic so far, whether it arrived before, during or after a growth
            for (int k = 0; k <= i; ++k)
                QCOMPARE(store.find(topicName(k)), std::optional<NodeId>(ids[size_t(k)]));
            QCOMPARE(store.find(u"no/such/topic"), std::nullopt);
        }
    }
    // Every node: found through its parent by its name, at its row.
    for (NodeId id = 1; id < NodeId(store.nodeCount()); ++id) {
        const NodeId parent = store.parent(id);
        QCOMPARE(store.findChild(parent, store.nameView(id)), std::optional<NodeId>(id));
        QCOMPARE(store.child(parent, store.row(id)), id);
    }
    QCOMPARE(store.topicCount(), quint32(count));
    QCOMPARE(store.totalMessages(), quint64(2 * count));
}

void TestTopicStore::clearWhileTheIndexGrows()
{
    // The child index of 4,096 slots starts growing at its 2,561st node and is done about 260 ingests of new topics
    // later; clearing anywhere in that stretch must leave nothing behind.
    for (int stopAt = 2500; stopAt <= 2900; stopAt += 20) {
        TopicStore store;
        for (int i = 0; i < stopAt; ++i)
            store.ingest(publish(u"t%1"_s.arg(i), "x"), i);
        store.clear();
        QCOMPARE(store.nodeCount(), qsizetype(1));
        QCOMPARE(store.internedStringCount(), qsizetype(1));
        QCOMPARE(store.find(u"t0"), std::nullopt);
        QCOMPARE(store.find(u"t%1"_s.arg(stopAt - 1)), std::nullopt);
        for (int i = 0; i < stopAt; ++i) {
            const NodeId id = store.ingest(publish(u"u%1"_s.arg(i), "y"), i);
            QCOMPARE(id, NodeId(i + 1)); // ids start again, one new node per topic
        }
        for (int i = 0; i < stopAt; i += 7) {
            QCOMPARE(store.find(u"u%1"_s.arg(i)), std::optional<NodeId>(NodeId(i + 1)));
            QCOMPARE(store.find(u"t%1"_s.arg(i)), std::nullopt);
        }
        QCOMPARE(store.internedStringCount(), qsizetype(stopAt + 1));
    }
}

void TestTopicStore::ownFiguresAndPropertiesAcrossChunks()
{
    // 2,500 parents with a message of their own (figures kept apart, in chunks of 1,024) and MQTT 5 properties on
    // every message (records in chunks of 1,024, last messages and history).
    TopicStore store;
    const int count = 2500;
    for (int i = 0; i < count; ++i) {
        Mqtt::Publish own = publish(u"p%1"_s.arg(i), "own");
        own.properties.contentType = u"own/%1"_s.arg(i);
        store.ingest(own, i);
        Mqtt::Publish child = publish(u"p%1/c"_s.arg(i), "child");
        child.properties.contentType = u"child/%1"_s.arg(i);
        store.ingest(child, i);
        Mqtt::Publish second = publish(u"p%1"_s.arg(i), "own again");
        second.properties.messageExpiryInterval = quint32(i + 1);
        store.ingest(second, i);
    }
    for (int i = 0; i < count; ++i) {
        const NodeId p = store.find(u"p%1"_s.arg(i)).value();
        QCOMPARE(store.messageCount(p), quint64(2));
        QCOMPARE(store.subtreeMessageCount(p), quint64(3));
        const QList<StoredMessage> history = store.history(p);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].properties->contentType, std::optional<QString>(u"own/%1"_s.arg(i)));
        QCOMPARE(history[1].properties->messageExpiryInterval, std::optional<quint32>(quint32(i + 1)));
        const NodeId c = store.find(u"p%1/c"_s.arg(i)).value();
        QCOMPARE(store.lastMessage(c).properties->contentType, std::optional<QString>(u"child/%1"_s.arg(i)));
    }
}

void TestTopicStore::childrenWithPrefix()
{
    TopicStore store;
    for (const QString &topic : { u"home/kitchen/temp"_s, u"home/kit"_s, u"home/garden"_s, u"home/kitchenette"_s,
             u"home/Kitchen"_s, u"office/desk"_s })
        store.ingest(publish(topic, "x"), 1000);
    const NodeId home = *store.find(u"home"_s);
    const auto all = [&store](NodeId parent, const QString &prefix, qsizetype maxResults = 10) {
        QList<NodeId> found;
        const qsizetype next = store.childrenWithPrefix(parent, prefix, 0, 1000, maxResults, &found);
        return std::make_pair(labels(store, found), next);
    };
    // Arrival order; case-sensitive.
    QCOMPARE(all(home, u"kit"_s),
        std::make_pair(QStringList { u"home/kitchen"_s, u"home/kit"_s, u"home/kitchenette"_s }, qsizetype(5)));
    QCOMPARE(all(home, u"K"_s).first, QStringList { u"home/Kitchen"_s });
    QCOMPARE(all(home, u"x"_s), std::make_pair(QStringList(), qsizetype(5)));
    QCOMPARE(all(TopicStore::root(), QString()).first, (QStringList { u"home"_s, u"office"_s }));
    QCOMPARE(all(*store.find(u"office/desk"_s), QString()), std::make_pair(QStringList(), qsizetype(0)));
    // At most maxResults: the scan stops after the last one found.
    QCOMPARE(all(home, QString(), 2), std::make_pair(QStringList { u"home/kitchen"_s, u"home/kit"_s }, qsizetype(2)));
    // In slices of two children (kitchen, kit | garden, kitchenette | Kitchen), resumed where the last one stopped,
    // skipping a node already shown.
    QList<NodeId> found;
    const NodeId kit = *store.find(u"home/kit"_s);
    qsizetype next = store.childrenWithPrefix(home, u"kit"_s, 0, 2, 10, &found, kit);
    QCOMPARE(next, 2);
    QCOMPARE(labels(store, found), QStringList { u"home/kitchen"_s });
    next = store.childrenWithPrefix(home, u"kit"_s, next, 2, 10, &found, kit);
    QCOMPARE(next, 4);
    QCOMPARE(labels(store, found), (QStringList { u"home/kitchen"_s, u"home/kitchenette"_s }));
    next = store.childrenWithPrefix(home, u"kit"_s, next, 2, 10, &found, kit);
    QCOMPARE(next, 5);
    QCOMPARE(found.size(), 2);
    QCOMPARE(store.childrenWithPrefix(home, u"kit"_s, 99, 2, 10, &found, kit), 5); // past the end: done
}

QTEST_APPLESS_MAIN(TestTopicStore)
#include "tst_topicstore.moc"
