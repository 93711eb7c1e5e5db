// SPDX-License-Identifier: MIT
// TopicTreeModel over a TopicStore fed by hand-made batches: inserts per parent in ranges, dataChanged per parent,
// reset on clear, pause/resume, filters, values, and a concurrent flood, always under QAbstractItemModelTester.
#include "common/translations.h"
#include "payload/payloadformat.h"
#include "topicstoretestutil.h"
#include "tree/topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocumentFragment>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using TopicStoreTest::publish;

namespace {
constexpr qint64 T0 = 1'700'000'000'000; // a fixed receive time (ms since the epoch)

struct Harness {
    TopicStore store;
    QMutex mutex;
    std::unique_ptr<TopicTreeModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Harness() { reset(); }
    void reset()
    {
        tester.reset();
        model = std::make_unique<TopicTreeModel>(store, mutex);
        model->setClock([] { return T0; });
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void ingest(const QList<Mqtt::Publish> &batch, qint64 now = T0)
    {
        QMutexLocker lock(&mutex);
        store.ingest(batch, now);
    }
    ChangeSet take()
    {
        QMutexLocker lock(&mutex);
        return store.takeChanges();
    }
    // What a change set delivery does: take and apply.
    void deliver() { model->applyChanges(take()); }
    void feed(const QList<Mqtt::Publish> &batch)
    {
        ingest(batch);
        deliver();
    }
    void clear()
    {
        model->clear([this] {
            QMutexLocker lock(&mutex);
            store.clear();
        });
    }
    QModelIndex find(const QString &topic)
    {
        std::optional<NodeId> id;
        {
            QMutexLocker lock(&mutex);
            id = store.find(topic);
        }
        return id ? model->indexForNode(*id) : QModelIndex();
    }
};

// The model depth-first, fetching as a view would: "  name" per level, then " = value" and " (messages)".
QStringList dump(QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, TopicTreeModel::TopicColumn, parent);
        QString line = QString(depth * 2, u' ') + index.data().toString();
        const QString value = index.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString();
        if (!value.isEmpty())
            line += u" = "_s + value;
        line += u" ("_s + index.siblingAtColumn(TopicTreeModel::MessagesColumn).data().toString() + u')';
        lines.append(line);
        lines += dump(model, index, depth + 1);
    }
    return lines;
}

// Only the names, for comparing with the store's own dump (TopicStoreTest::dump shows "[name]").
QStringList names(QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString name = index.data(TopicTreeModel::FullTopicRole).toString().section(u'/', -1);
        lines.append(QString(depth * 2, u' ') + u'[' + name + u']');
        lines += names(model, index, depth + 1);
    }
    return lines;
}

struct Insert {
    QString parent;
    int first;
    int last;
    bool operator==(const Insert &) const = default;
};

QString topicOf(const QModelIndex &index)
{
    return index.isValid() ? index.data(TopicTreeModel::FullTopicRole).toString() : u"<root>"_s;
}

QList<Insert> inserts(const QSignalSpy &spy)
{
    QList<Insert> out;
    for (const QList<QVariant> &args : spy)
        out.append({ topicOf(args.at(0).toModelIndex()), args.at(1).toInt(), args.at(2).toInt() });
    return out;
}

QStringList ranges(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        out.append(u"%1: rows %2-%3, columns %4-%5"_s.arg(topicOf(from.parent()))
                       .arg(from.row())
                       .arg(to.row())
                       .arg(from.column())
                       .arg(to.column()));
    }
    return out;
}
} // namespace

QT_BEGIN_NAMESPACE
namespace QTest {
template<>
char *toString(const Insert &insert)
{
    return qstrdup(qPrintable(u"(%1, %2, %3)"_s.arg(insert.parent).arg(insert.first).arg(insert.last)));
}
} // namespace QTest
QT_END_NAMESPACE

class TestTopicTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); } // "1 byte"
    void emptyStore()
    {
        Harness h;
        QCOMPARE(h.model->rowCount(), 0);
        QCOMPARE(h.model->columnCount(), int(TopicTreeModel::ColumnCount));
        QCOMPARE(h.model->headerData(TopicTreeModel::ValueColumn, Qt::Horizontal).toString(), u"Value"_s);
    }

    void modelOverFilledStoreIsLazy()
    {
        TopicStore store;
        QMutex mutex;
        store.ingest({ publish(u"a/b/c"_s, "1"), publish(u"a/d"_s, "2"), publish(u"e"_s, "3") }, T0);
        store.takeChanges();
        TopicTreeModel model(store, mutex);
        // Top-level rows at once; deeper levels only when a view asks for them.
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex a = model.index(0, 0);
        QVERIFY(model.hasChildren(a));
        QCOMPARE(model.rowCount(a), 0);
        QVERIFY(model.canFetchMore(a));
        QVERIFY(!model.canFetchMore(model.index(1, 0))); // "e" has no children
        QVERIFY(!model.hasChildren(model.index(1, 0)));
        QVERIFY(!model.hasChildren(a.siblingAtColumn(1))); // only column 0 has children
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), TopicStoreTest::dump(store));
    }

    void insertsOneRangePerParent()
    {
        Harness h;
        h.feed({ publish(u"a/b"_s, "1"), publish(u"x"_s, "2") });
        QCOMPARE(dump(*h.model), QStringList({ u"a (1)"_s, u"  b = 1 (1)"_s, u"x = 2 (1)"_s }));

        QSignalSpy inserted(h.model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(h.model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(h.model.get(), &QAbstractItemModel::modelReset);
        h.feed({ publish(u"a/c"_s, "3"), publish(u"a/d"_s, "4"), publish(u"x/y"_s, "5"), publish(u"z"_s, "6"),
            publish(u"a/e"_s, "7") });
        // Ascending by parent id: the root (z), a (c, d, e in one range), x (y).
        QCOMPARE(inserts(inserted), QList<Insert>({ { u"<root>"_s, 2, 2 }, { u"a"_s, 1, 3 }, { u"x"_s, 0, 0 } }));
        // a and x changed (their subtrees got messages): one signal for the root's rows 0..1, all columns.
        QCOMPARE(ranges(changed), QStringList({ u"<root>: rows 0-1, columns 0-4"_s }));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(dump(*h.model),
            QStringList({ u"a (4)"_s, u"  b = 1 (1)"_s, u"  c = 3 (1)"_s, u"  d = 4 (1)"_s, u"  e = 7 (1)"_s,
                u"x = 2 (2)"_s, u"  y = 5 (1)"_s, u"z = 6 (1)"_s }));
    }

    void dataChangedOnePerParent()
    {
        Harness h;
        h.feed({ publish(u"a/b"_s, "1"), publish(u"a/c"_s, "2"), publish(u"a/d"_s, "3"), publish(u"a/e"_s, "4"),
            publish(u"f/g"_s, "5"), publish(u"f/h"_s, "6") });
        dump(*h.model); // fetch everything, as an expanded view would
        QSignalSpy inserted(h.model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(h.model.get(), &QAbstractItemModel::dataChanged);
        h.feed({ publish(u"a/e"_s, "40"), publish(u"a/b"_s, "10"), publish(u"a/c"_s, "20"), publish(u"f/h"_s, "60") });
        QCOMPARE(inserted.size(), 0);
        // Per parent the rows from the first to the last changed one (b, c, e: rows 0..3).
        QCOMPARE(ranges(changed),
            QStringList(
                { u"<root>: rows 0-1, columns 0-4"_s, u"a: rows 0-3, columns 0-4"_s, u"f: rows 1-1, columns 0-4"_s }));
        QCOMPARE(h.find(u"a/e"_s).siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(), u"40"_s);
    }

    void unfetchedSubtreesCostNoSignals()
    {
        TopicStore store;
        QMutex mutex;
        TopicTreeModel model(store, mutex);
        // No tester here: it fetches everything, which is what this test must avoid.
        store.ingest({ publish(u"deep/a/b"_s, "1") }, T0);
        model.applyChanges(store.takeChanges());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.canFetchMore(model.index(0, 0)));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        store.ingest({ publish(u"deep/a/c"_s, "2"), publish(u"deep/a/b"_s, "3") }, T0);
        model.applyChanges(store.takeChanges());
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(ranges(changed), QStringList({ u"<root>: rows 0-0, columns 0-4"_s })); // only "deep" is a row
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), TopicStoreTest::dump(store));
    }

    void resetOnClear()
    {
        Harness h;
        h.feed({ publish(u"a/b"_s, "1"), publish(u"c"_s, "2") });
        dump(*h.model);
        QSignalSpy reset(h.model.get(), &QAbstractItemModel::modelReset);
        h.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(h.model->rowCount(), 0);
        // The change set after the clear says reset; the model has already done it.
        h.feed({ publish(u"n/m"_s, "3") });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(dump(*h.model), QStringList({ u"n (1)"_s, u"  m = 3 (1)"_s }));

        // A store cleared behind the model's back: the change set's reset resets the model.
        {
            QMutexLocker lock(&h.mutex);
            h.store.clear();
            h.store.ingest({ publish(u"p"_s, "4") }, T0);
        }
        h.deliver();
        QCOMPARE(reset.size(), 2);
        QCOMPARE(dump(*h.model), QStringList({ u"p = 4 (1)"_s }));
    }

    void pauseFreezesAndResumeCatchesUp()
    {
        Harness h;
        h.feed({ publish(u"a/b"_s, "1"), publish(u"a/c"_s, "2") });
        QCOMPARE(dump(*h.model), QStringList({ u"a (2)"_s, u"  b = 1 (1)"_s, u"  c = 2 (1)"_s }));

        h.model->setPaused(true);
        QVERIFY(h.model->isPaused());
        const QModelIndex b = h.find(u"a/b"_s);
        QCOMPARE(b.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(), u"1"_s); // first read: frozen
        QSignalSpy inserted(h.model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(h.model.get(), &QAbstractItemModel::dataChanged);
        h.feed({ publish(u"a/b"_s, "10"), publish(u"a/new"_s, "3"), publish(u"q"_s, "4") });
        h.feed({ publish(u"a/b"_s, "11") });
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 0);
        // Repaints read the frozen values; the store counted on.
        QCOMPARE(dump(*h.model), QStringList({ u"a (2)"_s, u"  b = 1 (1)"_s, u"  c = 2 (1)"_s }));
        {
            QMutexLocker lock(&h.mutex);
            QCOMPARE(h.store.totalMessages(), quint64(6));
        }

        h.model->setPaused(false);
        QCOMPARE(inserts(inserted), QList<Insert>({ { u"<root>"_s, 1, 1 }, { u"a"_s, 2, 2 } }));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(dump(*h.model),
            QStringList({ u"a (5)"_s, u"  b = 11 (3)"_s, u"  c = 2 (1)"_s, u"  new = 3 (1)"_s, u"q = 4 (1)"_s }));
        // Later change sets overlap with what the resume showed: nothing twice.
        h.feed({ publish(u"a/new"_s, "5") });
        QCOMPARE(names(*h.model), TopicStoreTest::dump(h.store));
    }

    void filter_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QStringList>("expected");
        const auto substring = int(TopicFilterSpec::TopicMode::Substring);
        const auto wildcard = int(TopicFilterSpec::TopicMode::Wildcard);
        const auto regex = int(TopicFilterSpec::TopicMode::RegularExpression);
        const auto any = int(TopicFilterSpec::TopicMode::Any);
        QTest::newRow("substring, case-insensitive, with ancestors")
            << substring << u"TEMP"_s << QString()
            << QStringList({ u"[home]"_s, u"  [kitchen]"_s, u"    [temperature]"_s, u"[office]"_s, u"  [temp]"_s });
        QTest::newRow("MQTT-4.7.1-3 '+' matches one level")
            << wildcard << u"home/+/door"_s << QString()
            << QStringList({ u"[home]"_s, u"  [garage]"_s, u"    [door]"_s });
        QTest::newRow("MQTT-4.7.1-2 '#' matches the parent level and all below")
            << wildcard << u"office/#"_s << QString() << QStringList({ u"[office]"_s, u"  [temp]"_s, u"  [lamp]"_s });
        QTest::newRow("regular expression") << regex << u"^home/.*y$"_s << QString()
                                            << QStringList({ u"[home]"_s, u"  [kitchen]"_s, u"    [humidity]"_s });
        QTest::newRow("payload text") << any << QString() << u"on"_s
                                      << QStringList({ u"[home]"_s, u"  [garage]"_s, u"    [door]"_s, u"[office]"_s,
                                             u"  [lamp]"_s });
    }

    void filter()
    {
        QFETCH(int, mode);
        QFETCH(QString, topic);
        QFETCH(QString, payload);
        QFETCH(QStringList, expected);
        Harness h;
        h.feed({ publish(u"home/kitchen/temperature"_s, "21.5"), publish(u"home/kitchen/humidity"_s, "40"),
            publish(u"home/garage/door"_s, "ON"), publish(u"office/temp"_s, "19"), publish(u"office/lamp"_s, "on") });
        const QStringList full = names(*h.model);
        QSignalSpy reset(h.model.get(), &QAbstractItemModel::modelReset);
        TopicFilterSpec spec;
        spec.topicMode = TopicFilterSpec::TopicMode(mode);
        spec.topic = topic;
        spec.payload = payload;
        QCOMPARE(h.model->setFilter(spec), QString());
        QVERIFY(h.model->isFiltered());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(names(*h.model), expected);

        h.model->setFilter(TopicFilterSpec {});
        QVERIFY(!h.model->isFiltered());
        QCOMPARE(names(*h.model), full);
    }

    void newMatchingTopicAppearsWhileFiltered()
    {
        Harness h;
        h.feed({ publish(u"home/kitchen/temperature"_s, "21"), publish(u"home/garage/door"_s, "closed"),
            publish(u"office/lamp"_s, "on") });
        TopicFilterSpec spec;
        spec.topicMode = TopicFilterSpec::TopicMode::Substring;
        spec.topic = u"temp"_s;
        QCOMPARE(h.model->setFilter(spec), QString());
        QCOMPARE(names(*h.model), QStringList({ u"[home]"_s, u"  [kitchen]"_s, u"    [temperature]"_s }));

        QSignalSpy reset(h.model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(h.model.get(), &QAbstractItemModel::rowsInserted);
        // A match under a hidden node (garage), a new branch (cellar), a non-match, and an update of a shown topic.
        h.feed({ publish(u"home/garage/temperature"_s, "12"), publish(u"home/garage/light"_s, "off"),
            publish(u"cellar/temp"_s, "9"), publish(u"home/kitchen/temperature"_s, "22"),
            publish(u"office/printer"_s, "idle") });
        QCOMPARE(reset.size(), 0);
        // New rows come at the end of their parent: rows shown before keep their place.
        QCOMPARE(names(*h.model),
            QStringList({ u"[home]"_s, u"  [kitchen]"_s, u"    [temperature]"_s, u"  [garage]"_s,
                u"    [temperature]"_s, u"[cellar]"_s, u"  [temp]"_s }));
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(h.find(u"home/kitchen/temperature"_s).siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(),
            u"22"_s);
        QVERIFY(!h.find(u"home/garage/light"_s).isValid()); // filtered out
        QVERIFY(!h.find(u"office/lamp"_s).isValid());

        // A node that only had children gets a message of its own that matches.
        spec.topicMode = TopicFilterSpec::TopicMode::Wildcard;
        spec.topic = u"office"_s;
        QCOMPARE(h.model->setFilter(spec), QString());
        QCOMPARE(h.model->rowCount(), 0);
        h.feed({ publish(u"office"_s, "building") });
        QCOMPARE(names(*h.model), QStringList({ u"[office]"_s }));

        h.model->setFilter(TopicFilterSpec {});
        QCOMPARE(names(*h.model), TopicStoreTest::dump(h.store));
    }

    // Topics (and payloads) that arrive after the filter was set meet all of it: the topic criterion in every mode
    // and the payload text, with the case sensitivity asked for. A topic already in the tree whose new payload
    // matches appears too. The result is what the same filter shows when set on the whole store afterwards.
    void laterTopicsMeetTheWholeFilter_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QStringList>("expected");
        const auto any = int(TopicFilterSpec::TopicMode::Any);
        const auto substring = int(TopicFilterSpec::TopicMode::Substring);
        const auto wildcard = int(TopicFilterSpec::TopicMode::Wildcard);
        const auto regex = int(TopicFilterSpec::TopicMode::RegularExpression);
        QTest::newRow("payload text, case-insensitive")
            << any << QString() << u"open"_s << false
            << QStringList({ u"[home]"_s, u"  [garage]"_s, u"    [door]"_s, u"  [cellar]"_s, u"    [temperature]"_s,
                   u"[office]"_s, u"  [printer]"_s });
        QTest::newRow("payload text, case-sensitive")
            << any << QString() << u"open"_s << true
            << QStringList({ u"[home]"_s, u"  [cellar]"_s, u"    [temperature]"_s, u"[office]"_s, u"  [printer]"_s });
        QTest::newRow("regular expression")
            << regex << u"^home/.+/(door|alarm)$"_s << QString() << false
            << QStringList({ u"[home]"_s, u"  [garage]"_s, u"    [door]"_s, u"    [alarm]"_s });
        QTest::newRow("regular expression, case-insensitive")
            << regex << u"door$"_s << QString() << false
            << QStringList({ u"[home]"_s, u"  [garage]"_s, u"    [door]"_s, u"[Office]"_s, u"  [Door]"_s });
        QTest::newRow("regular expression, case-sensitive")
            << regex << u"door$"_s << QString() << true
            << QStringList({ u"[home]"_s, u"  [garage]"_s, u"    [door]"_s });
        QTest::newRow("regular expression and payload text")
            << regex << u"^home/"_s << u"open"_s << false
            << QStringList({ u"[home]"_s, u"  [garage]"_s, u"    [door]"_s, u"  [cellar]"_s, u"    [temperature]"_s });
        QTest::newRow("substring and payload text")
            << substring << u"temp"_s << u"on"_s << false << QStringList({ u"[sensors]"_s, u"  [temp1]"_s });
        QTest::newRow("MQTT-4.7.1-3 wildcard and payload text")
            << wildcard << u"office/+"_s << u"tray"_s << false << QStringList({ u"[office]"_s, u"  [printer]"_s });
    }

    void laterTopicsMeetTheWholeFilter()
    {
        QFETCH(int, mode);
        QFETCH(QString, topic);
        QFETCH(QString, payload);
        QFETCH(bool, caseSensitive);
        QFETCH(QStringList, expected);
        Harness h;
        // Before the filter: nothing here matches any of the rows.
        h.feed({ publish(u"home/kitchen/temperature"_s, "21.5"), publish(u"office/lamp"_s, "on") });
        TopicFilterSpec spec;
        spec.topicMode = TopicFilterSpec::TopicMode(mode);
        spec.topic = topic;
        spec.payload = payload;
        spec.caseSensitivity = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        QCOMPARE(h.model->setFilter(spec), QString());
        QCOMPARE(names(*h.model), QStringList());

        QSignalSpy reset(h.model.get(), &QAbstractItemModel::modelReset);
        // Later topics: matching topics with payloads that do not match and the other way round.
        h.feed({ publish(u"home/garage/door"_s, "OPEN"), publish(u"home/garage/alarm"_s, "armed"),
            publish(u"home/cellar/temperature"_s, "open window"), publish(u"office/printer"_s, "idle"),
            publish(u"Office/Door"_s, "closed"), publish(u"sensors/temp1"_s, "on") });
        names(*h.model); // fetched, as a view that shows everything: what comes next is inserted as rows
        // A topic already in the store, hidden until its new payload matches.
        h.feed({ publish(u"office/printer"_s, "open tray") });
        QCOMPARE(reset.size(), 0);
        QCOMPARE(names(*h.model), expected);

        // The same filter set now, on the whole store, shows the same.
        h.model->setFilter(TopicFilterSpec {});
        QCOMPARE(h.model->setFilter(spec), QString());
        QCOMPARE(names(*h.model), expected);
    }

    void invalidFilterIsAnErrorNotAChange()
    {
        Harness h;
        h.feed({ publish(u"a/b"_s, "1") });
        const QStringList before = names(*h.model);
        QSignalSpy reset(h.model.get(), &QAbstractItemModel::modelReset);
        TopicFilterSpec spec;
        spec.topicMode = TopicFilterSpec::TopicMode::RegularExpression;
        spec.topic = u"a(b"_s;
        const QString error = h.model->setFilter(spec);
        QVERIFY(error.contains(u"regular expression"_s));
        QVERIFY(!h.model->isFiltered());
        spec.topicMode = TopicFilterSpec::TopicMode::Wildcard;
        spec.topic = u"a/#/b"_s;
        QVERIFY(!h.model->setFilter(spec).isEmpty());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(names(*h.model), before);
    }

    void clearWhileFilteredKeepsTheFilter()
    {
        Harness h;
        h.feed({ publish(u"a/temp"_s, "1"), publish(u"b"_s, "2") });
        TopicFilterSpec spec;
        spec.topicMode = TopicFilterSpec::TopicMode::Substring;
        spec.topic = u"temp"_s;
        h.model->setFilter(spec);
        h.clear();
        QCOMPARE(h.model->rowCount(), 0);
        h.feed({ publish(u"c/temp"_s, "3"), publish(u"d"_s, "4") });
        QCOMPARE(names(*h.model), QStringList({ u"[c]"_s, u"  [temp]"_s }));
    }

    void values()
    {
        Harness h;
        h.store.setPayloadLimit(1000);
        Mqtt::Publish retained = publish(u"dev/state"_s, "{\"on\": true}\nsecond line", 1, true);
        h.feed({ retained, publish(u"dev/raw"_s, QByteArray("\x00\x01\xff", 3)),
            publish(u"dev/big"_s, QByteArray(2000, 'x')), publish(u"dev/long"_s, QByteArray(200, 'y')),
            publish(u"dev/raw1"_s, QByteArray("\x02", 1)), publish(u"dev"_s, "inner") });
        // At most 120 characters of the first line; a cut says so, a truncated payload says how big it was.
        const QString big = QString(120, u'x') + u" …(truncated, "_s + PayloadFormat::dataSize(2000) + u')';
        QCOMPARE(dump(*h.model),
            QStringList({ u"dev = inner (6)"_s, u"  state = {\"on\": true}… (1)"_s, u"  raw = ⟨binary, 3 bytes⟩ (1)"_s,
                u"  big = "_s + big + u" (1)"_s, u"  long = "_s + QString(120, u'y') + u"… (1)"_s,
                u"  raw1 = ⟨binary, 1 byte⟩ (1)"_s }));

        const QModelIndex state = h.find(u"dev/state"_s);
        QVERIFY(state.data(TopicTreeModel::RetainedRole).toBool());
        QVERIFY(!h.find(u"dev/raw"_s).data(TopicTreeModel::RetainedRole).toBool());
        QCOMPARE(state.data(TopicTreeModel::FullTopicRole).toString(), u"dev/state"_s);
        QCOMPARE(state.data(TopicTreeModel::NodeIdRole).value<quint32>(), h.model->nodeId(state));
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        // Inner node: the subtree's count in the cell, both counts in the tooltip.
        const QString tip
            = h.find(u"dev"_s).siblingAtColumn(TopicTreeModel::MessagesColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"subtree: 6"_s) && tip.contains(u"topic: 1"_s), qPrintable(tip));
        // Six messages within the current second: 6 msg/s.
        QCOMPARE(h.find(u"dev"_s).siblingAtColumn(TopicTreeModel::RateColumn).data().toString(), u"6.0"_s);
        QVERIFY(!h.find(u"dev"_s).siblingAtColumn(TopicTreeModel::LastUpdateColumn).data().toString().isEmpty());
    }

    void textIsPlain()
    {
        Harness h;
        h.feed({ publish(u"<b>bold</b>/<i>x"_s, "<h1>big</h1>") });
        const QModelIndex leaf = h.find(u"<b>bold</b>/<i>x"_s);
        QCOMPARE(leaf.data().toString(), u"<i>x"_s);
        QCOMPARE(leaf.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(), u"<h1>big</h1>"_s);
        // Tooltips are escaped, so that the text shows literally.
        const QString tip = leaf.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;b&gt;bold&lt;/b&gt;/&lt;i&gt;x"_s), qPrintable(tip));
        QVERIFY(!tip.contains(u"<b>"_s));
    }

    // Issue 7: bidi controls and invisible characters show as <U+XXXX> in the cells and tooltips; the role that
    // actions use (copy topic, delete retained) keeps the real topic. Right-to-left text and emoji stay text.
    void invisibleCharactersAreShown()
    {
        Harness h;
        const QString topic = u"dl/rtl-\u202Eexe.txt"_s;
        const QString hebrew = u"dl/שלום 😀"_s;
        h.feed({ publish(topic, "a\u200Bb\tc", 0, true), publish(hebrew, "מים 💧") });
        const QModelIndex leaf = h.find(topic);
        QVERIFY(leaf.isValid());
        QCOMPARE(leaf.data().toString(), u"rtl-<U+202E>exe.txt"_s);
        const QModelIndex value = leaf.siblingAtColumn(TopicTreeModel::ValueColumn);
        QCOMPARE(value.data().toString(), u"a<U+200B>b<U+0009>c"_s);
        // Tooltips are rich text (escaped): what they show, as plain text.
        const QString tip = leaf.data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(QChar(0x202E)), qPrintable(tip));
        QCOMPARE(QTextDocumentFragment::fromHtml(tip).toPlainText().section(u'\n', 0, 0), u"dl/rtl-<U+202E>exe.txt"_s);
        QCOMPARE(QTextDocumentFragment::fromHtml(value.data(Qt::ToolTipRole).toString()).toPlainText(),
            u"a<U+200B>b<U+0009>c"_s);
        QCOMPARE(leaf.data(TopicTreeModel::FullTopicRole).toString(), topic);
        QCOMPARE(h.find(hebrew).data().toString(), u"שלום 😀"_s);
        QCOMPARE(h.find(hebrew).siblingAtColumn(TopicTreeModel::ValueColumn).data().toString(), u"מים 💧"_s);
    }

    // A repaint must not wait for an ingest thread that holds the store for long (e.g. while it grows an index).
    void busyStoreShowsTheLastValuesAndLooksAgain()
    {
        Harness h;
        // Row 1: the model tester reads the data of row 0 on every signal, which would refresh it.
        h.feed({ publish(u"first"_s, "0"), publish(u"a"_s, "1") });
        const QModelIndex a = h.find(u"a"_s).siblingAtColumn(TopicTreeModel::ValueColumn);
        QCOMPARE(a.row(), 1);
        QCOMPARE(a.data().toString(), u"1"_s);
        h.feed({ publish(u"a"_s, "2") });

        QSemaphore locked;
        QSemaphore release;
        std::thread holder([&] {
            QMutexLocker lock(&h.mutex);
            locked.release();
            release.acquire();
        });
        locked.acquire();
        QSignalSpy changed(h.model.get(), &QAbstractItemModel::dataChanged);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(a.data().toString(), u"1"_s); // the values read before, at once
        QVERIFY(timer.elapsed() < 1000);
        release.release();
        holder.join();
        // The model looks again and says so.
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.constFirst().at(0).toModelIndex().siblingAtColumn(0), a.siblingAtColumn(0));
        QCOMPARE(a.data().toString(), u"2"_s);
    }

    // A view reads the rows it is about to paint in one go: painting them then needs no lock at all.
    void refreshedRowsNeedNoLock()
    {
        Harness h;
        h.feed({ publish(u"first"_s, "0"), publish(u"a"_s, "1"), publish(u"b"_s, "1") });
        const QModelIndex a = h.find(u"a"_s).siblingAtColumn(TopicTreeModel::ValueColumn);
        const QModelIndex b = h.find(u"b"_s).siblingAtColumn(TopicTreeModel::ValueColumn);
        QCOMPARE(a.data().toString(), u"1"_s);
        QCOMPARE(b.data().toString(), u"1"_s);
        h.feed({ publish(u"a"_s, "2"), publish(u"b"_s, "2") });
        h.model->refreshRows({ a, b.siblingAtColumn(0) }); // any column stands for its row

        QSemaphore locked;
        QSemaphore release;
        std::thread holder([&] {
            QMutexLocker lock(&h.mutex);
            locked.release();
            release.acquire();
        });
        locked.acquire();
        // The store is locked: without the refresh, data() would wait for it (2 ms per call) and then show the old
        // values ("1"). A repaint asks for every cell, and again at the next repaint.
        QElapsedTimer reads;
        reads.start();
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(a.data().toString(), u"2"_s);
            QCOMPARE(b.data().toString(), u"2"_s);
        }
        QVERIFY2(reads.elapsed() < 150, qPrintable(u"200 reads took %1 ms"_s.arg(reads.elapsed())));
        QCOMPARE(b.siblingAtColumn(TopicTreeModel::MessagesColumn).data().toString(), u"2"_s);
        release.release();
        holder.join();

        // Asked while the store stays locked, a refresh gives up at once and changes nothing.
        h.feed({ publish(u"a"_s, "3") });
        std::thread holderAgain([&] {
            QMutexLocker lock(&h.mutex);
            locked.release();
            release.acquire();
        });
        locked.acquire();
        QElapsedTimer timer;
        timer.start();
        h.model->refreshRows({ a });
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(a.data().toString(), u"2"_s); // the values read before
        release.release();
        holderAgain.join();
        h.model->refreshRows({ a });
        QCOMPARE(a.data().toString(), u"3"_s);
    }

    void emptyLevelsAreVisible()
    {
        Harness h;
        h.feed({ publish(u"a//b"_s, "1") });
        QCOMPARE(dump(*h.model), QStringList({ u"a (1)"_s, u"  ⟨empty level⟩ (1)"_s, u"    b = 1 (1)"_s }));
    }

    void manyBatchesMatchTheStore()
    {
        Harness h;
        // Batches with new topics at every level and updates, delivered in varying groups.
        for (int round = 0; round < 30; ++round) {
            QList<Mqtt::Publish> batch;
            for (int i = 0; i < 40; ++i) {
                const int t = (round * 37 + i * 11) % 400;
                batch.append(publish(u"site%1/dev%2/s%3"_s.arg(t % 3).arg(t % 17).arg(t), QByteArray::number(round)));
            }
            h.ingest(batch);
            if (round % 3 != 1)
                h.deliver();
        }
        h.deliver();
        QCOMPARE(names(*h.model), TopicStoreTest::dump(h.store));
    }

    // The pipeline's situation: another thread ingests under the mutex while this one applies change sets and reads.
    void concurrentFloodUnderTester()
    {
        Harness h;
        std::atomic<bool> done { false };
        constexpr int Batches = 400;
        std::thread writer([&] {
            for (int b = 0; b < Batches; ++b) {
                QList<Mqtt::Publish> batch;
                for (int i = 0; i < 100; ++i) {
                    const int t = (b * 100 + i) % 300;
                    batch.append(publish(u"flood/%1/%2/value"_s.arg(t / 30).arg(t), QByteArray::number(b)));
                }
                QMutexLocker lock(&h.mutex);
                h.store.ingest(batch, T0);
            }
            done = true;
        });
        int deliveries = 0;
        while (!done) {
            h.deliver();
            dump(*h.model); // read everything, fetching as we go
            ++deliveries;
            QTest::qWait(2);
        }
        writer.join();
        h.deliver();
        QVERIFY(deliveries > 1);
        QCOMPARE(names(*h.model), TopicStoreTest::dump(h.store));
        QCOMPARE(h.model->index(0, TopicTreeModel::MessagesColumn).data().toString(),
            QLocale().toString(qint64(Batches) * 100));
    }
};

QTEST_MAIN(TestTopicTreeModel)
#include "tst_topictreemodel.moc"
