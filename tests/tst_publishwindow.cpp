// SPDX-License-Identifier: MIT
// The publish panel in the explorer window, against a real mosquitto: the topic field completes from the live tree,
// follows the tree's selection (but not over a topic the user typed), "Publish to…" from the tree's menu, Ctrl+Enter;
// and the screenshot of the documentation (written to $CANOPY_SCREENSHOT_DIR when that is set).

#include "common/translations.h"
#include "mosquittofixture.h"
#include "publish/propertieseditor.h"
#include "publish/publisheditor.h"
#include "publish/topiccompleter.h"
#include "publishtestutil.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QDockWidget>
#include <QMutexLocker>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using PublishTest::Subscriber;
using PublishTest::Window;

class TestPublishWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    MosquittoFixture m_broker;

    Mqtt::ClientOptions options(const QString &purpose) const
    {
        return ClientTest::localOptions(
            m_broker.host(), m_broker.port(), Mqtt::ProtocolVersion::V5, ClientTest::clientId(purpose));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }

    void topicCompletesFromTheTree()
    {
        Subscriber publisher;
        QVERIFY(publisher.start(m_broker.host(), m_broker.port(), u"unused/#"_s, u"publisher"_s));
        Window w;
        QVERIFY(w.connect(options(u"tab"_s)));
        for (const QString &topic : { u"site/north/temp"_s, u"site/south/temp"_s, u"site/south2/hum"_s, u"site/x"_s })
            QVERIFY(publisher.publish(topic, "1"));
        QTRY_VERIFY([&w] {
            QMutexLocker lock(&w.tab()->pipeline()->storeMutex());
            return w.tab()->pipeline()->store().find(u"site/x"_s).has_value();
        }());
        w.topic()->setFocus();
        w.topic()->clear();
        QTest::keyClicks(w.topic(), u"site/s"_s);
        TopicCompleter *completer = w.panel()->editor()->topicCompleter();
        QCOMPARE(completer->suggestions(), (QStringList { u"site/south/"_s, u"site/south2/"_s }));
        QVERIFY(completer->isComplete());
        QTRY_VERIFY(completer->completer()->popup()->isVisible());
        // Choosing one goes on to the next level.
        completer->completer()->popup()->setCurrentIndex(completer->completer()->completionModel()->index(0, 0));
        QTest::keyClick(completer->completer()->popup(), Qt::Key_Return);
        QCOMPARE(w.topic()->text(), u"site/south/"_s);
        QCOMPARE(completer->suggestions(), QStringList { u"site/south/temp"_s });
        // A level with a message completes without '/'; an unknown parent offers nothing.
        w.topic()->clear();
        QTest::keyClicks(w.topic(), u"site/"_s);
        QVERIFY(completer->suggestions().contains(u"site/x"_s));
        w.topic()->clear();
        QTest::keyClicks(w.topic(), u"nothing/"_s);
        QVERIFY(completer->suggestions().isEmpty());
        QTRY_VERIFY(!completer->completer()->popup()->isVisible());
    }

    void topicFollowsTheSelectionAndPublishTo()
    {
        Subscriber publisher;
        QVERIFY(publisher.start(m_broker.host(), m_broker.port(), u"unused/#"_s, u"publisher"_s));
        Subscriber subscriber;
        QVERIFY(subscriber.start(m_broker.host(), m_broker.port(), u"room/#"_s, u"subscriber"_s));
        Window w;
        QVERIFY(w.connect(options(u"tab"_s)));
        QVERIFY(publisher.publish(u"room/a"_s, "1"));
        QVERIFY(publisher.publish(u"room/b"_s, "2"));
        w.tab()->selectTopic(u"room/a"_s);
        QTRY_COMPARE(w.topic()->text(), u"room/a"_s);
        w.tab()->selectTopic(u"room/b"_s);
        QTRY_COMPARE(w.topic()->text(), u"room/b"_s);
        // A topic of one's own is not replaced by the selection...
        w.setTopic(u"room/mine"_s);
        w.tab()->selectTopic(u"room/a"_s);
        QTRY_COMPARE(w.tab()->currentTopic(), u"room/a"_s);
        QCOMPARE(w.topic()->text(), u"room/mine"_s);
        // ...but "Publish to…" from the tree's menu sets it, and shows the panel.
        auto *dock = w.tab()->panelDock(u"publishDock"_s);
        QVERIFY(dock);
        dock->hide();
        QAction *publishTo = w.panel()->publishToAction();
        QCOMPARE(publishTo->objectName(), u"publishToAction"_s);
        publishTo->trigger();
        QCOMPARE(w.topic()->text(), u"room/a"_s);
        QVERIFY(dock->isVisible());
        // Ctrl+Enter publishes from the payload editor.
        w.setPayload(u"by keyboard"_s);
        w.payload()->setFocus();
        QTest::keyClick(w.payload(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.messages().size(), 3, 10000);
        QCOMPARE(subscriber.messages().last().topic, u"room/a"_s);
        QCOMPARE(subscriber.messages().last().payload, QByteArray("by keyboard"));
        QTRY_COMPARE(w.result()->text(), u"✓ sent"_s);
    }

    // The window as the documentation shows it; written to $CANOPY_SCREENSHOT_DIR when that is set.
    void screenshot()
    {
        Subscriber publisher;
        QVERIFY(publisher.start(m_broker.host(), m_broker.port(), u"unused/#"_s, u"publisher"_s));
        Window w;
        w.window->resize(1500, 900);
        QVERIFY(w.connect(options(u"tab"_s)));
        for (const auto &[topic, payload] : { std::pair { u"home/kitchen/temperature"_s, QByteArray("21.5") },
                 std::pair { u"home/kitchen/light"_s, QByteArray("{\"on\": false, \"brightness\": 0}") },
                 std::pair { u"home/thermostat/state"_s, QByteArray("{\"target\": 20.5, \"mode\": \"heat\"}") },
                 std::pair { u"home/garden/sprinkler"_s, QByteArray("off") } })
            QVERIFY(publisher.publish(topic, payload));
        w.window->setAutoExpandDepth(3);
        w.tab()->selectTopic(u"home/kitchen/light"_s);
        QTRY_COMPARE(w.topic()->text(), u"home/kitchen/light"_s);
        w.setFormat(PayloadKind::Json);
        w.setPayload(u"{\"on\": true, \"brightness\": 80}"_s);
        w.setQos(1);
        w.clickPublish();
        QTRY_COMPARE(w.result()->text(), u"✓ acknowledged (PUBACK)"_s);
        w.setTopic(u"home/thermostat/set"_s);
        w.setPayload(u"{\"target\": {{random:19.5:22.5}}, \"sent\": {{timestamp}}}"_s);
        w.child<QCheckBox>(u"publishSubstitute"_s)->setChecked(true);
        w.panel()
            ->editor()
            ->properties()
            ->findChild<QLineEdit *>(u"publishContentType"_s)
            ->setText(u"application/json"_s);
        w.clickPublish();
        QTRY_COMPARE(w.result()->text(), u"✓ acknowledged (PUBACK)"_s);
        QTest::mouseClick(w.child<QPushButton>(u"publishPrettyJson"_s), Qt::LeftButton);
        QTRY_VERIFY(w.panel()->editor()->payloadStatus().startsWith(u"Valid JSON"_s));
        const QImage image = w.window->grab().toImage();
        QVERIFY(!image.isNull());
        if (const QByteArray directory = qgetenv("CANOPY_SCREENSHOT_DIR"); !directory.isEmpty()) {
            QVERIFY(image.save(QFile::decodeName(directory) + u"/publish-panel.png"_s));
            w.child<QTabWidget>(u"publishTabs"_s)->setCurrentIndex(0);
            for (int i = 0; i < 3; ++i) // the tab's layout settles (its scroll bar appears) before the picture
                QCoreApplication::processEvents();
            QVERIFY(w.window->grab().save(QFile::decodeName(directory) + u"/publish-properties.png"_s));
        }
    }
};

QTEST_MAIN(TestPublishWindow)
#include "tst_publishwindow.moc"
