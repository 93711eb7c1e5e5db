// SPDX-License-Identifier: MIT
// What the publish panel keeps and runs, with real widgets against a real mosquitto: the history survives the window
// and loads a message back with one click; a collection is saved, the window reopened, and the collection sent in
// order; deleting and replacing a collection ask first and touch no other; an import of nonsense imports nothing and
// says where; a repeat sends exactly M messages with {{counter}}; a request with a response topic is paired with
// its reply by correlation data (Canopy subscribing to the response topic itself when the tab does not).

#include "common/translations.h"
#include "mosquittofixture.h"
#include "publish/collectionsview.h"
#include "publish/propertieseditor.h"
#include "publish/publishcontroller.h"
#include "publish/publisheditor.h"
#include "publish/publishhistorymodel.h"
#include "publish/responsesview.h"
#include "publishtestutil.h"

#include <QCheckBox>
#include <QDir>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using PublishTest::Subscriber;
using PublishTest::Window;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

int filesIn(const QString &directory)
{
    return int(QDir(directory).entryList({ u"*.json"_s }, QDir::Files).size());
}
} // namespace

class TestPublishCollections : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    MosquittoFixture m_broker;

    Mqtt::ClientOptions options(const QString &purpose) const
    {
        return ClientTest::localOptions(
            m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V5, ClientTest::clientId(purpose));
    }
    static QListWidget *collectionList(const Window &w) { return w.child<QListWidget>(u"collectionList"_s); }
    static QListWidget *messageList(const Window &w) { return w.child<QListWidget>(u"collectionMessages"_s); }
    static void showTab(const Window &w, const QString &objectName)
    {
        auto *tabs = w.child<QTabWidget>(u"publishTabs"_s);
        tabs->setCurrentWidget(w.child<QWidget>(objectName));
    }
    static void click(const Window &w, const QString &button)
    {
        QTest::mouseClick(w.child<QPushButton>(button), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }

    void init()
    {
        // Every test starts without history or collections.
        QVERIFY(PublishLibrary::defaultRoot().startsWith(m_data.path()));
        QDir(PublishLibrary::defaultRoot()).removeRecursively();
    }

    void historyOutlivesTheWindowAndLoadsBack()
    {
        {
            Window w;
            QVERIFY(w.connect(options(u"first"_s)));
            w.setTopic(u"hist/a"_s);
            w.setFormat(PayloadKind::Json);
            w.setPayload(u"{\"x\": 1}"_s);
            w.setQos(1);
            w.panel()
                ->editor()
                ->properties()
                ->findChild<QLineEdit *>(u"publishContentType"_s)
                ->setText(u"application/json"_s);
            w.clickPublish();
            QTRY_COMPARE(w.result()->text(), u"✓ acknowledged (PUBACK)"_s);
            w.setTopic(u"hist/b"_s);
            w.setFormat(PayloadKind::Hex);
            w.setPayload(u"01 02"_s);
            w.setQos(0);
            w.clickPublish();
            QTRY_COMPARE(w.result()->text(), u"✓ sent"_s);
            w.clickPublish(); // the same again: one entry, counted
            QTRY_COMPARE(w.panel()->controller()->history().size(), 2);
            QTRY_COMPARE(w.panel()->controller()->history().entries().constFirst().outcome, u"sent"_s);
        }
        Window w;
        auto *history = w.child<QTreeView>(u"publishHistory"_s);
        w.watch(history->model());
        QCOMPARE(history->model()->rowCount(), 0); // no profile before connecting
        QVERIFY(w.connect(options(u"second"_s)));
        QTRY_COMPARE(history->model()->rowCount(), 2);
        const QAbstractItemModel *model = history->model();
        QCOMPARE(model->index(0, PublishHistoryModel::TopicColumn).data().toString(), u"hist/b"_s);
        QVERIFY2(model->index(0, PublishHistoryModel::TimeColumn).data().toString().endsWith(u"(×2)"_s),
            qPrintable(model->index(0, PublishHistoryModel::TimeColumn).data().toString()));
        QCOMPARE(model->index(0, PublishHistoryModel::ResultColumn).data().toString(), u"sent"_s);
        QCOMPARE(model->index(1, PublishHistoryModel::TopicColumn).data().toString(), u"hist/a"_s);
        QCOMPARE(model->index(1, PublishHistoryModel::ResultColumn).data().toString(), u"acknowledged (PUBACK)"_s);
        // One click loads it back, properties included.
        w.setTopic(u"something/else"_s);
        const QModelIndex row = model->index(1, PublishHistoryModel::TopicColumn);
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, history->visualRect(row).center());
        QCOMPARE(w.topic()->text(), u"hist/a"_s);
        QCOMPARE(w.format()->currentData().toInt(), int(PayloadKind::Json));
        QCOMPARE(w.payload()->toPlainText(), u"{\"x\": 1}"_s);
        QCOMPARE(w.qos()->currentIndex(), 1);
        QCOMPARE(w.panel()->editor()->message().contentType, u"application/json"_s);
    }

    void collectionIsSavedReopenedAndSent()
    {
        Subscriber subscriber;
        QVERIFY(subscriber.start(m_broker.host(), m_broker.port(), u"coll/#"_s, u"subscriber"_s));
        {
            Window w;
            QVERIFY(w.connect(options(u"first"_s)));
            showTab(w, u"publishCollections"_s);
            w.watch(collectionList(w)->model());
            w.watch(messageList(w)->model());
            // New: the name is edited in place.
            click(w, u"collectionNew"_s);
            QCOMPARE(collectionList(w)->count(), 1);
            auto *nameEditor = collectionList(w)->viewport()->findChild<QLineEdit *>();
            QVERIFY(nameEditor);
            nameEditor->setText(u"Thermostat"_s);
            QTest::keyClick(nameEditor, Qt::Key_Return);
            QTRY_COMPARE(collectionList(w)->item(0)->text(), u"Thermostat"_s);
            // Two messages from the editor.
            w.setTopic(u"coll/a"_s);
            w.setPayload(u"one"_s);
            w.setQos(1);
            click(w, u"collectionAddCurrent"_s);
            w.setTopic(u"coll/b"_s);
            w.setFormat(PayloadKind::Hex);
            w.setPayload(u"02"_s);
            click(w, u"collectionAddCurrent"_s);
            QCOMPARE(messageList(w)->count(), 2);
            auto *delay = w.child<QSpinBox>(u"collectionDelay"_s);
            delay->setValue(50);
            QTest::keyClick(delay, Qt::Key_Return);
            QCOMPARE(w.panel()->collections()->collections().constFirst().collection.delayMs, 50);
        }
        // Another window, the same broker: the collection is there.
        Window w;
        QVERIFY(w.connect(options(u"second"_s)));
        showTab(w, u"publishCollections"_s);
        w.watch(collectionList(w)->model());
        QTRY_COMPARE(collectionList(w)->count(), 1);
        QCOMPARE(collectionList(w)->item(0)->text(), u"Thermostat"_s);
        collectionList(w)->setCurrentRow(0);
        QCOMPARE(messageList(w)->count(), 2);
        QCOMPARE(w.child<QSpinBox>(u"collectionDelay"_s)->value(), 50);
        click(w, u"collectionSendAll"_s);
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.messages().size(), 2, 10000);
        QCOMPARE(subscriber.messages().at(0).topic, u"coll/a"_s);
        QCOMPARE(subscriber.messages().at(0).payload, QByteArray("one"));
        QCOMPARE(subscriber.messages().at(1).topic, u"coll/b"_s);
        QCOMPARE(subscriber.messages().at(1).payload, QByteArray("\x02"));
        QTRY_COMPARE(w.panel()->collections()->status(), u"2 of 2 sent · 2 answered · done"_s);
        // Reordered, the order is kept on disk; one message alone.
        messageList(w)->setCurrentRow(1);
        click(w, u"collectionUp"_s);
        QCOMPARE(messageList(w)->currentRow(), 0);
        QStringList problems;
        const auto stored = w.panel()->controller()->library().collections(&problems);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().collection.messages.at(0).topic, u"coll/b"_s);
        QCOMPARE(stored.constFirst().collection.messages.at(1).topic, u"coll/a"_s);
        messageList(w)->setCurrentRow(1);
        click(w, u"collectionSendSelected"_s);
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.messages().size(), 3, 10000);
        QCOMPARE(subscriber.messages().at(2).topic, u"coll/a"_s);
        // Double-click loads a message into the editor.
        QListWidget *messages = messageList(w);
        const QPoint first = messages->visualItemRect(messages->item(0)).center();
        QTest::mouseClick(messages->viewport(), Qt::LeftButton, {}, first);
        QTest::mouseDClick(messages->viewport(), Qt::LeftButton, {}, first);
        QCOMPARE(w.topic()->text(), u"coll/b"_s);
        QCOMPARE(w.format()->currentData().toInt(), int(PayloadKind::Hex));
    }

    void deletingAndReplacingAskFirstAndTouchNothingElse()
    {
        Window w;
        QVERIFY(w.connect(options(u"tab"_s)));
        showTab(w, u"publishCollections"_s);
        CollectionsView *view = w.panel()->collections();
        w.watch(collectionList(w)->model());
        const QString profileFolder
            = w.panel()->controller()->library().collectionDirectory(PublishLibrary::Scope::Profile);
        w.setTopic(u"x/1"_s);
        QVERIFY(view->createCollection(u"Alpha"_s));
        click(w, u"collectionAddCurrent"_s);
        QVERIFY(view->createCollection(u"Beta"_s));
        click(w, u"collectionAddCurrent"_s);
        click(w, u"collectionAddCurrent"_s);
        QCOMPARE(filesIn(profileFolder), 2);

        // Delete, cancelled: nothing changes.
        collectionList(w)->setCurrentRow(0);
        PublishTest::whenDialog(u"collectionDeleteCancel"_s);
        click(w, u"collectionDelete"_s);
        QCOMPARE(collectionList(w)->count(), 2);
        QCOMPARE(filesIn(profileFolder), 2);
        // Delete, confirmed: Alpha goes, Beta stays as it was.
        PublishTest::whenDialog(u"collectionDeleteConfirm"_s);
        click(w, u"collectionDelete"_s);
        QCOMPARE(collectionList(w)->count(), 1);
        QCOMPARE(filesIn(profileFolder), 1);
        view->reload();
        QCOMPARE(view->collections().size(), 1);
        QCOMPARE(view->collections().constFirst().collection.name, u"Beta"_s);
        QCOMPARE(view->collections().constFirst().collection.messages.size(), 2);

        // Another collection, which nothing below may touch.
        QVERIFY(view->createCollection(u"Zulu"_s));
        click(w, u"collectionAddCurrent"_s);
        QCOMPARE(filesIn(profileFolder), 2);
        view->reload();
        QCOMPARE(view->collections().size(), 2);
        const PublishLibrary::StoredCollection zulu = view->collections().at(1);
        QCOMPARE(zulu.collection.name, u"Zulu"_s);

        // Import a "Beta" of three messages: replace it, after asking.
        QTemporaryDir files;
        PublishCollection incoming;
        incoming.name = u"Beta"_s;
        for (const QString &topic : { u"in/1"_s, u"in/2"_s, u"in/3"_s }) {
            PublishMessage message;
            message.topic = topic;
            incoming.messages.append(message);
        }
        const QString incomingPath = files.filePath(u"beta.json"_s);
        QVERIFY(writeFile(incomingPath, incoming.toJson()));
        PublishTest::whenDialog(u"collectionImportCancel"_s);
        QVERIFY(!view->importFrom(incomingPath));
        QCOMPARE(view->collections().constFirst().collection.messages.size(), 2);
        PublishTest::whenDialog(u"collectionImportReplace"_s);
        QVERIFY(view->importFrom(incomingPath));
        QCOMPARE(filesIn(profileFolder), 2);
        view->reload();
        QCOMPARE(view->collections().size(), 2);
        QCOMPARE(view->collections().constFirst().collection, incoming);
        QCOMPARE(view->collections().at(1), zulu);
        // Or keep both.
        PublishTest::whenDialog(u"collectionImportKeepBoth"_s);
        QVERIFY(view->importFrom(incomingPath));
        view->reload();
        QCOMPARE(view->collections().size(), 3);
        QCOMPARE(view->collections().at(1).collection.name, u"Beta (2)"_s);
        QCOMPARE(view->collections().at(2), zulu);
        QCOMPARE(filesIn(profileFolder), 3);

        // Nonsense imports nothing, and says where it goes wrong.
        const QString nonsense = files.filePath(u"nonsense.json"_s);
        QVERIFY(writeFile(nonsense,
            "{\"format\": \"canopy-publish-collection\", \"version\": 1, \"name\": \"Gamma\",\n\"messages\": [\n"
            "  {\"topic\": \"ok\"},\n  {\"topic\": \"bad\", \"qos\": 9}\n]}"));
        QVERIFY(!view->importFrom(nonsense));
        QVERIFY2(view->status().startsWith(u"Nothing was imported: Message 2: \"qos\" must be a whole number from 0 to "
                                           u"2. (line 4, column"_s),
            qPrintable(view->status()));
        QCOMPARE(view->collections().size(), 3);
        QCOMPARE(filesIn(profileFolder), 3);

        // Export writes what import reads.
        const QString exported = files.filePath(u"exported.json"_s);
        QVERIFY(view->exportTo(0, exported));
        InputError error;
        QCOMPARE(PublishLibrary::readFile(exported, &error), std::optional<PublishCollection>(incoming));
    }

    void collectionsForAllConnections()
    {
        {
            Window w;
            QVERIFY(w.connect(options(u"tab"_s)));
            CollectionsView *view = w.panel()->collections();
            QVERIFY(view->createCollection(u"Mine"_s));
            QVERIFY(view->createCollection(u"Shared"_s));
            auto *scope = w.child<QComboBox>(u"collectionScope"_s);
            QCOMPARE(scope->currentData().toInt(), int(PublishLibrary::Scope::Profile));
            QVERIFY(view->setCollectionScope(1, PublishLibrary::Scope::Global));
        }
        // Another broker (another profile) sees only the shared one.
        MosquittoFixture other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        Window w;
        QVERIFY(w.connect(ClientTest::localOptions(
            other.host(), other.port(), Mqtt::ProtocolVersion::V5, ClientTest::clientId(u"other"_s))));
        QTRY_COMPARE(collectionList(w)->count(), 1);
        QCOMPARE(collectionList(w)->item(0)->text(), u"Shared"_s);
    }

    void repeatSendsExactlyM()
    {
        Subscriber subscriber;
        QVERIFY(subscriber.start(m_broker.host(), m_broker.port(), u"rep/#"_s, u"subscriber"_s));
        Window w;
        QVERIFY(w.connect(options(u"tab"_s)));
        w.setTopic(u"rep/n"_s);
        w.setPayload(u"n={{counter}}"_s);
        w.child<QCheckBox>(u"publishSubstitute"_s)->setChecked(true);
        w.setQos(1);
        w.child<QSpinBox>(u"publishRepeatInterval"_s)->setValue(20);
        w.child<QSpinBox>(u"publishRepeatCount"_s)->setValue(5);
        click(w, u"publishRepeat"_s);
        auto *counter = w.child<QLabel>(u"publishRepeatCounter"_s);
        QTRY_COMPARE_WITH_TIMEOUT(counter->text(), u"5 of 5 sent · 5 answered · done"_s, 10000);
        QVERIFY(!w.panel()->isRepeating());
        QCOMPARE(w.child<QPushButton>(u"publishRepeat"_s)->text(), u"Repeat"_s);
        // Every one of them, and no sixth: the next message is a sentinel sent afterwards.
        QVERIFY(subscriber.publish(u"rep/n"_s, "end"));
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.messages().size(), 6, 10000);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(subscriber.messages().at(i).payload, u"n=%1"_s.arg(i + 1).toUtf8());
        QCOMPARE(subscriber.messages().at(5).payload, QByteArray("end"));
        // In the history, the template once, counted.
        const PublishHistoryEntry &entry = w.panel()->controller()->history().entries().constFirst();
        QCOMPARE(entry.message.payload, u"n={{counter}}"_s);
        QCOMPARE(entry.count, 5u);

        // Until stopped: as many arrive as were sent.
        w.child<QSpinBox>(u"publishRepeatCount"_s)->setValue(0);
        w.child<QSpinBox>(u"publishRepeatInterval"_s)->setValue(30);
        click(w, u"publishRepeat"_s);
        QVERIFY(w.panel()->isRepeating());
        QCOMPARE(w.child<QPushButton>(u"publishRepeat"_s)->text(), u"Stop"_s);
        QTRY_VERIFY_WITH_TIMEOUT(counter->text().contains(u"3 answered"_s), 10000);
        click(w, u"publishRepeat"_s);
        QVERIFY(!w.panel()->isRepeating());
        QVERIFY2(counter->text().endsWith(u"stopped"_s), qPrintable(counter->text()));
        const int sent = counter->text().section(u' ', 0, 0).toInt();
        QVERIFY(sent >= 3);
        QVERIFY(subscriber.publish(u"rep/n"_s, "end2"));
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.messages().size(), 6 + sent + 1, 10000);
        QCOMPARE(subscriber.messages().last().payload, QByteArray("end2"));
        QCOMPARE(subscriber.messages().at(6 + sent - 1).payload, u"n=%1"_s.arg(sent).toUtf8());
    }

    void requestResponsePairsReplies_data()
    {
        QTest::addColumn<bool>("tabCoversTheResponseTopic");
        QTest::newRow("the tab subscribes to # already") << true;
        QTest::newRow("Canopy subscribes to the response topic for the request") << false;
    }

    void requestResponsePairsReplies()
    {
        QFETCH(bool, tabCoversTheResponseTopic);
        // A responder: answers every request on its response topic with its correlation data.
        Subscriber responder;
        QVERIFY(responder.start(m_broker.host(), m_broker.port(), u"req/#"_s, u"responder"_s));
        QObject::connect(&responder.client, &Mqtt::Client::messagesReceived, &responder.client,
            [&responder](const QList<Mqtt::Publish> &batch) {
                for (const Mqtt::Publish &request : batch) {
                    if (!request.properties.responseTopic)
                        continue;
                    Mqtt::Publish reply;
                    reply.topic = *request.properties.responseTopic;
                    reply.payload = "pong:" + request.payload;
                    reply.qos = 1;
                    reply.properties.correlationData = request.properties.correlationData;
                    responder.client.publish(reply);
                }
            });
        Window w;
        const QList<Mqtt::Subscription> subscriptions = tabCoversTheResponseTopic
            ? MainWindow::defaultSubscriptions()
            : QList<Mqtt::Subscription> { Mqtt::Subscription { u"unrelated/#"_s, {} } };
        QVERIFY(w.connect(options(u"tab"_s), subscriptions));
        showTab(w, u"publishResponses"_s);
        QTreeWidget *rows = w.panel()->responses()->tree();
        w.watch(rows->model());
        PropertiesEditor *properties = w.panel()->editor()->properties();
        w.setTopic(u"req/ping"_s);
        w.setPayload(u"hello"_s);
        w.setQos(1);
        properties->findChild<QLineEdit *>(u"publishResponseTopic"_s)->setText(u"resp/canopy"_s);
        properties->findChild<QLineEdit *>(u"publishCorrelationData"_s)->setText(u"c-1"_s);
        w.clickPublish();
        QTRY_COMPARE(rows->topLevelItemCount(), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(
            rows->topLevelItem(0)->text(ResponsesView::ResultColumn).startsWith(u"reply after "_s),
            qPrintable(rows->topLevelItem(0)->text(ResponsesView::ResultColumn)), 10000);
        QCOMPARE(rows->topLevelItem(0)->text(ResponsesView::ReplyColumn), u"pong:hello"_s);
        QCOMPARE(rows->topLevelItem(0)->text(ResponsesView::CorrelationColumn), u"c-1"_s);
        QCOMPARE(rows->topLevelItem(0)->text(ResponsesView::RequestColumn), u"req/ping → resp/canopy"_s);

        // Without correlation data the next reply pairs.
        properties->findChild<QLineEdit *>(u"publishCorrelationData"_s)->clear();
        w.setPayload(u"again"_s);
        w.clickPublish();
        QTRY_COMPARE(rows->topLevelItemCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(
            rows->topLevelItem(0)->text(ResponsesView::ResultColumn).startsWith(u"reply after "_s), 10000);
        QCOMPARE(rows->topLevelItem(0)->text(ResponsesView::ReplyColumn), u"pong:again"_s);

        // Nobody answers: said once the deadline has passed.
        w.panel()->controller()->setResponseTimeout(300);
        w.setTopic(u"nobody/listens"_s);
        w.clickPublish();
        QTRY_COMPARE(rows->topLevelItemCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(
            rows->topLevelItem(0)->text(ResponsesView::ResultColumn), u"no reply within 0.3 s"_s, 5000);
    }
};

QTEST_MAIN(TestPublishCollections)
#include "tst_publishcollections.moc"
