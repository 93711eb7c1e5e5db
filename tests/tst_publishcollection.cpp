// SPDX-License-Identifier: MIT
// What the publish panel keeps: collections and history as JSON (nonsense refused with line and reason, nothing
// half-read), the files they live in (save, rename, move between scopes, delete, unreadable files left alone), and
// request/response pairing by correlation data.

#include "publish/publishcollection.h"
#include "publish/publishhistory.h"
#include "publish/publishlibrary.h"
#include "publish/responsetracker.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
PublishMessage message(const QString &topic, const QString &payload = {})
{
    PublishMessage m;
    m.topic = topic;
    m.payload = payload;
    return m;
}

PublishCollection sample(const QString &name)
{
    PublishCollection collection;
    collection.name = name;
    collection.delayMs = 250;
    PublishMessage json = message(u"home/thermostat/set"_s, u"{\"target\": 21}"_s);
    json.format = PayloadKind::Json;
    json.qos = 1;
    json.contentType = u"application/json"_s;
    json.userProperties = { { u"origin"_s, u"canopy"_s } };
    collection.messages = { json, message(u"home/light"_s, u"on"_s) };
    return collection;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestPublishCollection : public QObject {
    Q_OBJECT

private slots:
    void collectionRoundTrip();
    void collectionNonsense_data();
    void collectionNonsense();
    void historyCoalescesAndCaps();
    void historyRoundTripAndNonsense();
    void librarySaveRenameMoveDelete();
    void libraryLeavesUnreadableFilesAlone();
    void libraryKeepsUnreadableHistoryAside();
    void libraryProfileNamesAreSafe();
    void responsesPairByCorrelation();
    void responsesWithoutCorrelationTakeTheNextReply();
    void responsesExpireAndReleaseTopics();
};

void TestPublishCollection::collectionRoundTrip()
{
    const PublishCollection collection = sample(u"Thermostat"_s);
    InputError error;
    const std::optional<PublishCollection> back = PublishCollection::fromJson(collection.toJson(), &error);
    QVERIFY2(back, qPrintable(error.sentence));
    QCOMPARE(*back, collection);
}

void TestPublishCollection::collectionNonsense_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");

    QTest::newRow("not UTF-8") << QByteArray("{\"a\": \"\xff\"}") << 0 << u"not UTF-8"_s;
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"canopy-publish-collection\",\n  oops\n}") << 3
                              << u"not valid JSON at line 3, column 3"_s;
    QTest::newRow("JSON but an array") << QByteArray("[]") << 1 << u"not an object"_s;
    QTest::newRow("another format") << QByteArray("{\"format\": \"mqttx\", \"version\": 1}") << 1
                                    << u"lacks \"format\": \"canopy-publish-collection\""_s;
    QTest::newRow("newer version") << QByteArray("{\"format\": \"canopy-publish-collection\",\n\"version\": 9}") << 2
                                   << u"newer Canopy"_s;
    QTest::newRow("no name") << QByteArray(
        "{\"format\": \"canopy-publish-collection\", \"version\": 1, \"messages\": []}")
                             << 1 << u"needs a \"name\""_s;
    QTest::newRow("negative delay") << QByteArray(
        "{\"format\": \"canopy-publish-collection\", \"version\": 1, \"name\": \"x\",\n\"delayMs\": -5, "
        "\"messages\": []}") << 2 << u"\"delayMs\""_s;
    QTest::newRow("QoS 7 in the third message")
        << QByteArray("{\"format\": \"canopy-publish-collection\", \"version\": 1, \"name\": \"x\", \"messages\": [\n"
                      "  {\"topic\": \"a\"},\n  {\"topic\": \"b\"},\n  {\"topic\": \"c\",\n   \"qos\": 7}\n]}")
        << 5 << u"Message 3: \"qos\" must be a whole number from 0 to 2. (line 5, column 11, at messages[2].qos)"_s;
    QTest::newRow("a message that is a number") << QByteArray(
        "{\"format\": \"canopy-publish-collection\", \"version\": 1, \"name\": \"x\", \"messages\": [\n"
        "  {\"topic\": \"a\"},\n  42\n]}") << 3 << u"Message 2"_s;
}

void TestPublishCollection::collectionNonsense()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, words);
    InputError error;
    QVERIFY(!PublishCollection::fromJson(bytes, &error));
    QVERIFY2(error.sentence.contains(words), qPrintable(error.sentence));
    if (line > 0)
        QCOMPARE(error.line, line);
}

void TestPublishCollection::historyCoalescesAndCaps()
{
    PublishHistory history;
    const quint64 first = history.add(message(u"a"_s, u"1"_s), 1000);
    QVERIFY(history.setOutcome(first, u"sent"_s));
    // The same message again is the same entry, counted, its outcome awaited again.
    QCOMPARE(history.add(message(u"a"_s, u"1"_s), 2000), first);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.entries().constFirst().count, 2u);
    QCOMPARE(history.entries().constFirst().timeMs, 2000);
    QVERIFY(history.entries().constFirst().outcome.isEmpty());
    // Another message is a new entry, newest first.
    const quint64 second = history.add(message(u"b"_s), 3000);
    QVERIFY(second != first);
    QCOMPARE(history.entries().constFirst().message.topic, u"b"_s);
    // At most Capacity entries: the oldest go.
    for (int i = 0; i < 300; ++i)
        history.add(message(u"t/%1"_s.arg(i)), 4000 + i);
    QCOMPARE(history.size(), PublishHistory::Capacity);
    QCOMPARE(history.entries().constFirst().message.topic, u"t/299"_s);
    QCOMPARE(history.entries().constLast().message.topic, u"t/100"_s);
    QVERIFY(!history.setOutcome(first, u"gone"_s));
    QVERIFY(!history.find(first));
}

void TestPublishCollection::historyRoundTripAndNonsense()
{
    PublishHistory history;
    history.setOutcome(history.add(message(u"a"_s, u"1"_s), 1000), u"acknowledged (PUBACK)"_s);
    history.add(message(u"a"_s, u"1"_s), 1500);
    history.add(message(u"b"_s, u"2"_s), 2000);
    PublishHistory back;
    InputError error;
    QVERIFY2(back.readJson(history.toJson(), &error), qPrintable(error.sentence));
    QCOMPARE(back.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        QCOMPARE(back.entries().at(i).message, history.entries().at(i).message);
        QCOMPARE(back.entries().at(i).timeMs, history.entries().at(i).timeMs);
        QCOMPARE(back.entries().at(i).count, history.entries().at(i).count);
        QCOMPARE(back.entries().at(i).outcome, history.entries().at(i).outcome);
    }
    // Nonsense leaves what was there untouched.
    const QByteArray broken(
        "{\"format\": \"canopy-publish-history\", \"version\": 1, \"entries\": [\n"
        "  {\"timeMs\": 1, \"message\": {\"topic\": \"x\"}},\n  {\"timeMs\": 2, \"message\": {}}\n]}");
    QVERIFY(!back.readJson(broken, &error));
    QCOMPARE(error.line, 3);
    QVERIFY2(error.sentence.contains(u"Entry 2"_s), qPrintable(error.sentence));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.entries().constFirst().message.topic, u"b"_s);
}

void TestPublishCollection::librarySaveRenameMoveDelete()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const PublishLibrary library(root.path(), u"127.0.0.1:1883"_s);
    QString error;
    QStringList problems;

    PublishLibrary::StoredCollection mine { QString(), PublishLibrary::Scope::Profile, sample(u"Beta"_s) };
    PublishLibrary::StoredCollection shared { QString(), PublishLibrary::Scope::Global, sample(u"Alpha"_s) };
    PublishLibrary::StoredCollection other { QString(), PublishLibrary::Scope::Profile, sample(u"Gamma"_s) };
    QVERIFY2(library.save(&mine, &error), qPrintable(error));
    QVERIFY2(library.save(&shared, &error), qPrintable(error));
    QVERIFY2(library.save(&other, &error), qPrintable(error));
    QVERIFY(!mine.id.isEmpty() && mine.id != other.id);
    QList<PublishLibrary::StoredCollection> all = library.collections(&problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(all, (QList<PublishLibrary::StoredCollection> { shared, mine, other })); // global first, by name

    // Another profile sees the global collection only.
    QCOMPARE(PublishLibrary(root.path(), u"other:1883"_s).collections(&problems),
        QList<PublishLibrary::StoredCollection> { shared });

    // Rename: the same file, a new name.
    mine.collection.name = u"Zeta"_s;
    QVERIFY(library.save(&mine, &error));
    all = library.collections(&problems);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.last(), mine);

    // Move to the global scope: one file, in the other folder.
    mine.scope = PublishLibrary::Scope::Global;
    QVERIFY(library.save(&mine, &error));
    all = library.collections(&problems);
    QCOMPARE(all, (QList<PublishLibrary::StoredCollection> { shared, mine, other }));
    QCOMPARE(QDir(library.collectionDirectory(PublishLibrary::Scope::Profile)).entryList(QDir::Files).size(), 1);

    // Delete removes that collection and no other.
    QVERIFY(library.remove(mine, &error));
    QCOMPARE(library.collections(&problems), (QList<PublishLibrary::StoredCollection> { shared, other }));

    // Export and import: the same collection.
    const QString exported = root.filePath(u"export.json"_s);
    QVERIFY(PublishLibrary::writeFile(other.collection, exported, &error));
    InputError readError;
    QCOMPARE(PublishLibrary::readFile(exported, &readError), std::optional<PublishCollection>(other.collection));
    QVERIFY(!PublishLibrary::readFile(root.filePath(u"missing.json"_s), &readError));
    QVERIFY(readError.sentence.contains(u"Could not open"_s));

    // History, per profile.
    PublishHistory history;
    history.add(message(u"x"_s), 5);
    QVERIFY(library.saveHistory(history, &error));
    QString note;
    QCOMPARE(library.loadHistory(&note).size(), 1);
    QVERIFY(note.isEmpty());
    QCOMPARE(PublishLibrary(root.path(), u"other:1883"_s).loadHistory(&note).size(), 0);
}

void TestPublishCollection::libraryLeavesUnreadableFilesAlone()
{
    QTemporaryDir root;
    const PublishLibrary library(root.path(), u"p"_s);
    PublishLibrary::StoredCollection good { QString(), PublishLibrary::Scope::Global, sample(u"Good"_s) };
    QString error;
    QVERIFY(library.save(&good, &error));
    const QString bad = library.collectionDirectory(PublishLibrary::Scope::Global) + u"/bad.json"_s;
    const QByteArray badBytes("{\"format\": \"canopy-publish-collection\",\n \"version\": 1, \"name\": 5}");
    QVERIFY(writeFile(bad, badBytes));
    QStringList problems;
    QCOMPARE(library.collections(&problems), QList<PublishLibrary::StoredCollection> { good });
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"bad.json"_s) && problems.constFirst().contains(u"line 2"_s),
        qPrintable(problems.constFirst()));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), badBytes);
}

void TestPublishCollection::libraryKeepsUnreadableHistoryAside()
{
    QTemporaryDir root;
    const PublishLibrary library(root.path(), u"p"_s);
    QVERIFY(QDir().mkpath(QFileInfo(library.historyFile()).path()));
    QVERIFY(writeFile(library.historyFile(), "not json"));
    QString note;
    QCOMPARE(library.loadHistory(&note).size(), 0);
    QVERIFY2(note.contains(u"history.unreadable-"_s), qPrintable(note));
    QVERIFY(!QFile::exists(library.historyFile()));
    const QStringList aside = QDir(QFileInfo(library.historyFile()).path()).entryList({ u"history.unreadable-*"_s });
    QCOMPARE(aside.size(), 1);
    QFile kept(QFileInfo(library.historyFile()).dir().filePath(aside.constFirst()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("not json"));
}

void TestPublishCollection::libraryProfileNamesAreSafe()
{
    QTemporaryDir root;
    const PublishLibrary dots(root.path(), u".."_s);
    QVERIFY(dots.historyFile().startsWith(root.path() + u"/profiles/%2E%2E/"_s));
    const PublishLibrary url(root.path(), u"mqtts://host:8883/a b"_s);
    QVERIFY2(!url.historyFile().mid(root.path().size() + 10).contains(u"//"_s), qPrintable(url.historyFile()));
    QVERIFY(url.historyFile().contains(u"mqtts%3A%2F%2Fhost%3A8883%2Fa%20b"_s));
    const PublishLibrary none(root.path(), QString());
    QVERIFY(!none.hasProfile());
    PublishLibrary::StoredCollection stored { QString(), PublishLibrary::Scope::Profile, sample(u"x"_s) };
    QString error;
    QVERIFY(!none.save(&stored, &error));
    QVERIFY(!error.isEmpty());
}

void TestPublishCollection::responsesPairByCorrelation()
{
    ResponseTracker tracker;
    QVERIFY(tracker.add(1, u"replies"_s, QByteArray("a"), 1000, 30000)); // first on the topic: subscribe
    QVERIFY(!tracker.add(2, u"replies"_s, QByteArray("b"), 1100, 30000));
    QVERIFY(tracker.isAwaited(u"replies"_s));
    // A reply for another requester, or without correlation data, pairs with nothing.
    QVERIFY(!tracker.match(u"replies"_s, QByteArray("zz"), 1200));
    QVERIFY(!tracker.match(u"replies"_s, std::nullopt, 1200));
    QVERIFY(!tracker.match(u"other"_s, QByteArray("a"), 1200));
    // Replies out of order find their requests.
    const auto second = tracker.match(u"replies"_s, QByteArray("b"), 1350);
    QVERIFY(second);
    QCOMPARE(second->requestId, 2u);
    QCOMPARE(second->roundTripMs, 250);
    QVERIFY(tracker.takeReleasedTopics().isEmpty()); // request 1 still waits
    const auto first = tracker.match(u"replies"_s, QByteArray("a"), 1500);
    QVERIFY(first);
    QCOMPARE(first->requestId, 1u);
    QCOMPARE(first->roundTripMs, 500);
    // A second reply with the same correlation data pairs no more.
    QVERIFY(!tracker.match(u"replies"_s, QByteArray("a"), 1600));
    QCOMPARE(tracker.takeReleasedTopics(), QStringList { u"replies"_s });
    QCOMPARE(tracker.pendingCount(), 0);
}

void TestPublishCollection::responsesWithoutCorrelationTakeTheNextReply()
{
    ResponseTracker tracker;
    tracker.add(1, u"r"_s, std::nullopt, 0, 1000);
    tracker.add(2, u"r"_s, std::nullopt, 10, 1000);
    QVERIFY(!tracker.match(u"r"_s, QByteArray("x"), 20)); // one with correlation data is not for them
    QCOMPARE(tracker.match(u"r"_s, std::nullopt, 30)->requestId, 1u); // oldest first
    QCOMPARE(tracker.match(u"r"_s, std::nullopt, 40)->requestId, 2u);
}

void TestPublishCollection::responsesExpireAndReleaseTopics()
{
    ResponseTracker tracker;
    tracker.add(1, u"a"_s, QByteArray("1"), 0, 100);
    tracker.add(2, u"b"_s, QByteArray("2"), 50, 100);
    tracker.add(3, u"c"_s, QByteArray("3"), 60, 100);
    QCOMPARE(tracker.nextDeadline(), 100);
    QVERIFY(tracker.expire(99).isEmpty());
    QCOMPARE(tracker.expire(150), (QList<quint64> { 1, 2 }));
    QCOMPARE(tracker.takeReleasedTopics(), (QStringList { u"a"_s, u"b"_s }));
    QVERIFY(tracker.cancel(3));
    QVERIFY(!tracker.cancel(3));
    QCOMPARE(tracker.takeReleasedTopics(), QStringList { u"c"_s });
    QCOMPARE(tracker.nextDeadline(), -1);
    // Needed again before the owner unsubscribed: not released.
    tracker.add(4, u"d"_s, std::nullopt, 0, 10);
    tracker.expire(20);
    QVERIFY(tracker.add(5, u"d"_s, std::nullopt, 20, 10));
    QVERIFY(tracker.takeReleasedTopics().isEmpty());
}

QTEST_GUILESS_MAIN(TestPublishCollection)
#include "tst_publishcollection.moc"
