// SPDX-License-Identifier: MIT
// TopicStore, batches: a batch ingested in slices (the ingest worker lets go of the lock between them) or in its
// prefetch groups gives exactly what one message at a time gives: tree, counts, own and subtree figures, rates,
// history, retained marks and change sets.

#include "store/topicstore.h"
#include "topicstoretestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TopicStoreTest;

namespace {
// Everything a reader can see of a node, as text, for one comparison.
QString describe(const TopicStore &store, NodeId id, qint64 nowMs)
{
    const NodeStats s = store.stats(id, nowMs);
    QStringList history;
    for (const StoredMessage &m : store.history(id))
        history.append(QString::fromLatin1(m.payload) + u'@' + QString::number(m.timeMs) + (m.retain ? u"r"_s : u""_s));
    return u"%1 parent=%2 row=%3 own=%4/%5/%6/%7 subtree=%8/%9/%10/%11/%12 retained=%13 history=[%14]"_s
        .arg(label(store, id))
        .arg(store.parent(id))
        .arg(store.row(id))
        .arg(s.messages)
        .arg(s.bytes)
        .arg(s.messagesPerSecond)
        .arg(s.bytesPerSecond)
        .arg(s.subtreeTopics)
        .arg(s.subtreeMessages)
        .arg(s.subtreeBytes)
        .arg(s.subtreeMessagesPerSecond)
        .arg(s.subtreeBytesPerSecond)
        .arg(store.isRetained(id))
        .arg(history.join(u' '));
}

QString describe(const ChangeSet &changes)
{
    QStringList inserted;
    for (const ChangeSet::InsertedRows &range : changes.inserted)
        inserted.append(u"%1:%2-%3"_s.arg(range.parent).arg(range.first).arg(range.last));
    QStringList changed;
    for (NodeId id : changes.changed)
        changed.append(QString::number(id));
    return u"reset=%1 inserted=[%2] changed=[%3]"_s.arg(changes.reset).arg(inserted.join(u' '), changed.join(u' '));
}
} // namespace

class TestStoreIngest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ingestInSlices();
    void groupsMatchOneMessageAtATime_data();
    void groupsMatchOneMessageAtATime();
};

void TestStoreIngest::ingestInSlices()
{
    // The ingest worker lets go of the store lock between slices of a long batch: every message must go in exactly
    // once, in order, with the same result as ingesting the batch in one go.
    QList<Mqtt::Publish> batch;
    for (int i = 0; i < 1000; ++i)
        batch.append(publish(u"s/%1/%2"_s.arg(i % 13).arg(i % 37), QByteArray::number(i), quint8(i % 2), i % 5 == 0));
    TopicStore whole;
    whole.setHistoryDepth(10);
    whole.ingest(batch, 5);

    TopicStore sliced;
    sliced.setHistoryDepth(10);
    int asked = 0;
    QList<qsizetype> stops;
    for (qsizetype at = 0; at < batch.size();) {
        at = sliced.ingest(batch, at, 5, [&] { return ++asked % 3 == 0; }); // stops at every third question
        stops.append(at);
    }
    // Asked after every 64 messages of a slice, never after the last message.
    QCOMPARE(stops, (QList<qsizetype> { 192, 384, 576, 768, 960, 1000 }));
    QCOMPARE(asked, 15);

    QCOMPARE(sliced.totalMessages(), whole.totalMessages());
    QCOMPARE(sliced.totalBytes(), whole.totalBytes());
    QCOMPARE(sliced.nodeCount(), whole.nodeCount());
    QCOMPARE(dump(sliced), dump(whole));
    for (NodeId id = 1; id < NodeId(whole.nodeCount()); ++id) {
        QCOMPARE(sliced.topic(id), whole.topic(id));
        QCOMPARE(sliced.messageCount(id), whole.messageCount(id));
        QCOMPARE(sliced.isRetained(id), whole.isRetained(id));
        QList<QByteArray> a, b;
        for (const StoredMessage &m : sliced.history(id))
            a.append(m.payload);
        for (const StoredMessage &m : whole.history(id))
            b.append(m.payload);
        QCOMPARE(a, b);
    }
    // Never asked, a call takes the whole rest; from the end, nothing.
    TopicStore once;
    QCOMPARE(once.ingest(batch, 0, 5, [] { return true; }), qsizetype(64));
    QCOMPARE(once.ingest(batch, 64, 5, [] { return false; }), batch.size());
    QCOMPARE(once.ingest(batch, batch.size(), 5, [] { return true; }), batch.size());
    QCOMPARE(once.totalMessages(), quint64(1000));
}

void TestStoreIngest::groupsMatchOneMessageAtATime_data()
{
    QTest::addColumn<QList<Mqtt::Publish>>("batch");
    // Within one prefetch group, the nodes of later messages are found (and created) before the earlier messages
    // go in: a topic that gets a message and then children, or children and then a message, in the same group.
    QTest::newRow("parent's message, then its first child")
        << QList<Mqtt::Publish> { publish(u"a"_s, "1"), publish(u"a/b"_s, "2"), publish(u"a"_s, "3"),
               publish(u"a/b/c"_s, "4"), publish(u"x"_s, "5", 1, true), publish(u"x/y"_s, "6"), publish(u"a"_s, "7") };
    QTest::newRow("child first, then the parent's own message")
        << QList<Mqtt::Publish> { publish(u"p/q"_s, "1"), publish(u"p"_s, "2", 0, true), publish(u"p/q/r"_s, "3"),
               publish(u"p"_s, QByteArray(), 0, true), publish(u""_s, "empty level"), publish(u"/"_s, "6") };
    QList<Mqtt::Publish> mixed;
    for (int i = 0; i < 300; ++i) {
        const QString topic = i % 7 == 0 ? u"m/%1"_s.arg(i % 5) : u"m/%1/%2"_s.arg(i % 5).arg(i % 11);
        mixed.append(publish(topic, QByteArray::number(i), quint8(i % 3), i % 13 == 0));
    }
    QTest::newRow("300 messages, parents and children interleaved") << mixed;
}

void TestStoreIngest::groupsMatchOneMessageAtATime()
{
    QFETCH(QList<Mqtt::Publish>, batch);
    constexpr qint64 Now = 1'700'000'000'000;
    TopicStore single;
    TopicStore grouped;
    for (TopicStore *store : { &single, &grouped }) {
        store->setHistoryDepth(4);
        store->ingest(publish(u"before"_s, "0"), Now); // a change set before, so the next one lists changes
        (void)store->takeChanges();
    }
    for (const Mqtt::Publish &message : std::as_const(batch))
        single.ingest(message, Now + 10);
    QCOMPARE(grouped.ingest(batch, 0, Now + 10, [] { return false; }), batch.size());

    QCOMPARE(grouped.nodeCount(), single.nodeCount());
    QCOMPARE(dump(grouped), dump(single));
    for (NodeId id = 0; id < NodeId(single.nodeCount()); ++id)
        QCOMPARE(describe(grouped, id, Now + 500), describe(single, id, Now + 500));
    QCOMPARE(describe(grouped.takeChanges()), describe(single.takeChanges()));
}

QTEST_APPLESS_MAIN(TestStoreIngest)
#include "tst_storeingest.moc"
