// SPDX-License-Identifier: MIT
// The real explorer window against a real mosquitto under a flood (build/bin/canopy-flood): every message is
// counted, the selection, the expanded rows and the scroll position stay put while the tree updates underneath,
// Pause freezes the tree while counting goes on, Clear resets, and retained messages are deleted through the
// tree's context menu. The model is under QAbstractItemModelTester throughout.
#include "common/translations.h"
#include "floodpublisher.h"
#include "ingest/ingestpipeline.h"
#include "mosquittofixture.h"
#include "tree/filterbar.h"
#include "tree/topictreemodel.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMutexLocker>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr int FloodTopics = 200; // topics "flood/<t / 100>/<t>/value"; the tester walks the whole tree per signal
constexpr int FloodCount = 50000;

QString floodTopic(int t)
{
    return FloodPublisher::topic(u"flood"_s, t);
}

// Runs f on the next modal dialog of type T (polling, since the dialog's exec() blocks the caller).
template<typename T>
void whenModal(std::function<void(T *)> f, int attemptsLeft = 250)
{
    QTimer::singleShot(20, qApp, [f, attemptsLeft] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            f(dialog);
            return;
        }
        if (attemptsLeft > 0)
            whenModal<T>(f, attemptsLeft - 1);
    });
}

void whenPopup(std::function<void(QMenu *)> f, int attemptsLeft = 250)
{
    QTimer::singleShot(20, qApp, [f, attemptsLeft] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            f(menu);
            return;
        }
        if (attemptsLeft > 0)
            whenPopup(f, attemptsLeft - 1);
    });
}

QSet<QString> expandedTopics(QTreeView *tree)
{
    QSet<QString> topics;
    QList<QModelIndex> pending { QModelIndex() };
    QAbstractItemModel *model = tree->model();
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (tree->isExpanded(index)) {
                topics.insert(index.data(TopicTreeModel::FullTopicRole).toString());
                pending.append(index);
            }
        }
    }
    return topics;
}
} // namespace

class TestExplorerFlood : public QObject {
    Q_OBJECT
private:
    MosquittoFixture m_broker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    TopicTreeModel *model() const { return m_window->model(); }
    QTreeView *tree() const { return m_window->topicTree(); }

    quint64 storeTotal() const
    {
        QMutexLocker lock(&m_window->pipeline()->storeMutex());
        return m_window->pipeline()->store().totalMessages();
    }

    QModelIndex indexOf(const QString &topic) const
    {
        std::optional<NodeId> node;
        {
            QMutexLocker lock(&m_window->pipeline()->storeMutex());
            node = m_window->pipeline()->store().find(topic);
        }
        return node ? model()->indexForNode(*node) : QModelIndex();
    }

    // count QoS 0 messages round-robin over topics: with build/bin/canopy-flood, as the benchmarks do, or (in a
    // build without the tools) with the tests' own publisher thread. Both publish "PREFIX/<t / 100>/<t>/value".
    bool flood(int count, int topics, const QString &prefix = u"flood"_s)
    {
        const QString tool = qEnvironmentVariable("CANOPY_BINARY_DIR") + u"/bin/canopy-flood"_s;
        if (!QFileInfo(tool).isExecutable()) {
            FloodPublisher publisher;
            publisher.start({ m_broker.host(), m_broker.port(), count, topics, 32, prefix, false });
            publisher.wait();
            return !publisher.failed();
        }
        QProcess process;
        process.start(tool,
            { u"-h"_s, m_broker.host(), u"-p"_s, QString::number(m_broker.port()), u"-C"_s, QString::number(count),
                u"-T"_s, QString::number(topics), u"-s"_s, u"32"_s, u"--prefix"_s, prefix });
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qWarning() << "canopy-flood failed:" << process.readAllStandardError();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); // "3 topics", as the program reads
        QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Connect the way a user does: the URL field and the Connect button.
        QSignalSpy subscribed(m_window->pipeline(), &IngestPipeline::subscribed);
        auto *url = m_window->findChild<QLineEdit *>(u"brokerUrl"_s);
        auto *button = m_window->findChild<QPushButton *>(u"connectButton"_s);
        QVERIFY(url && button);
        url->setText(u"mqtt://%1:%2"_s.arg(m_broker.host()).arg(m_broker.port()));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 10000);
        auto *status = m_window->findChild<QLabel *>(u"connectionStatus"_s);
        QVERIFY(status);
        QTRY_COMPARE(status->text(), u"Connected to mqtt://%1:%2"_s.arg(m_broker.host()).arg(m_broker.port()));
        QCOMPARE(button->text(), u"Disconnect"_s);
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
    }

    void floodIsCountedAndTheViewStaysPut()
    {
        QVERIFY(flood(FloodCount, FloodTopics));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->totalMessages(), quint64(FloodCount), 60000);
        const QLocale locale;
        // Counted in the model (the subtree count of "flood") and in the status bar.
        QTRY_COMPARE(model()->index(0, TopicTreeModel::MessagesColumn).data().toString(), locale.toString(FloodCount));
        auto *figures = m_window->findChild<QLabel *>(u"ingestStatus"_s);
        QVERIFY(figures);
        QVERIFY2(figures->text().contains(locale.toString(FloodCount)), qPrintable(figures->text()));
        QVERIFY2(figures->text().contains(u"%1 topics"_s.arg(FloodTopics)), qPrintable(figures->text()));

        // Open two groups, select a topic in the second one and scroll it into the middle.
        tree()->expand(indexOf(u"flood"_s));
        tree()->expand(indexOf(u"flood/0"_s));
        tree()->expand(indexOf(u"flood/1"_s));
        const QString selected = floodTopic(150);
        const QModelIndex selectedIndex = indexOf(selected);
        QVERIFY(selectedIndex.isValid());
        tree()->setCurrentIndex(selectedIndex);
        tree()->scrollTo(selectedIndex, QAbstractItemView::PositionAtCenter);
        QCoreApplication::processEvents();
        const int scroll = tree()->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const QRect where = tree()->visualRect(tree()->currentIndex());
        const QSet<QString> expanded = expandedTopics(tree());
        // flood, flood/0, flood/1, and flood/1/150 (scrollTo() opened the selected topic's parents).
        QCOMPARE(expanded, QSet<QString>({ u"flood"_s, u"flood/0"_s, u"flood/1"_s, u"flood/1/150"_s }));
        auto *messageTopic = m_window->findChild<QLineEdit *>(u"messageTopic"_s);
        QVERIFY(messageTopic);
        QTRY_COMPARE(messageTopic->text(), selected);

        // Flood again: the same topics, and new ones that arrive after "flood" at the top level.
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        QVERIFY(flood(FloodCount, FloodTopics));
        QVERIFY(flood(1000, 50, u"later"_s));
        const quint64 total = 2 * quint64(FloodCount) + 1000;
        QTRY_COMPARE_WITH_TIMEOUT(m_window->totalMessages(), total, 60000);
        QTRY_COMPARE(
            model()->index(0, TopicTreeModel::MessagesColumn).data().toString(), locale.toString(2 * FloodCount));
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(tree()->currentIndex().data(TopicTreeModel::FullTopicRole).toString(), selected);
        QCOMPARE(tree()->verticalScrollBar()->value(), scroll);
        QCOMPARE(tree()->visualRect(tree()->currentIndex()), where);
        QCOMPARE(expandedTopics(tree()), expanded);
        // The panel followed the selected topic's new messages (its count is in the tooltip of the row).
        QCOMPARE(tree()->currentIndex().siblingAtColumn(TopicTreeModel::MessagesColumn).data().toString(),
            locale.toString(2 * FloodCount / FloodTopics));
        QCOMPARE(messageTopic->text(), selected);
    }

    void pauseFreezesAndClearResets()
    {
        QVERIFY(flood(10000, FloodTopics));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->totalMessages(), quint64(10000), 60000);
        const QLocale locale;
        QTRY_COMPARE(model()->index(0, TopicTreeModel::MessagesColumn).data().toString(), locale.toString(10000));

        auto *pause = m_window->findChild<QToolButton *>(u"pauseButton"_s);
        QVERIFY(pause && pause->isCheckable());
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(model()->isPaused());
        QSignalSpy inserted(model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        QVERIFY(flood(10000, FloodTopics));
        QVERIFY(flood(100, 10, u"paused"_s));
        // Counting goes on (status bar), the tree stands still.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->totalMessages(), quint64(20100), 60000);
        auto *figures = m_window->findChild<QLabel *>(u"ingestStatus"_s);
        QVERIFY(figures->text().contains(locale.toString(20100)));
        QVERIFY(figures->text().startsWith(u"View paused"_s));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, TopicTreeModel::MessagesColumn).data().toString(), locale.toString(10000));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 0);

        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!model()->isPaused());
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->index(0, TopicTreeModel::MessagesColumn).data().toString(), locale.toString(20000));

        auto *clear = m_window->findChild<QToolButton *>(u"clearButton"_s);
        QVERIFY(clear);
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        QTest::mouseClick(clear, Qt::LeftButton); // asks nothing
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(storeTotal(), quint64(0));
        QCOMPARE(m_window->totalMessages(), quint64(0));
        // Still connected: new messages fill the tree again.
        QVERIFY(flood(500, 5, u"again"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->totalMessages(), quint64(500), 30000);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(resets.size(), 1);
    }

    void filterWhileFlooding()
    {
        QVERIFY(flood(5000, FloodTopics));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->totalMessages(), quint64(5000), 60000);
        auto *text = m_window->findChild<QLineEdit *>(u"topicFilter"_s);
        auto *mode = m_window->findChild<QComboBox *>(u"filterMode"_s);
        auto *message = m_window->findChild<QLabel *>(u"filterMessage"_s);
        QVERIFY(text && mode && message);
        mode->setCurrentIndex(mode->findData(int(TopicFilterSpec::TopicMode::Wildcard)));
        text->setText(u"flood/2/+/value"_s);
        QTRY_VERIFY(model()->isFiltered());
        QCOMPARE(model()->rowCount(), 0); // topics 0..199 live in flood/0 and flood/1
        QVERIFY(message->isHidden());
        // New matching topics appear (with their ancestors) while filtered; others do not.
        QVERIFY(flood(300, 300));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->totalMessages(), quint64(5300), 60000);
        QTRY_COMPARE(model()->rowCount(), 1);
        QTRY_COMPARE(model()->rowCount(indexOf(u"flood/2"_s)), 100);
        QVERIFY(!indexOf(u"flood/0"_s).isValid());
        QVERIFY(!indexOf(u"flood/1"_s).isValid());

        mode->setCurrentIndex(mode->findData(int(TopicFilterSpec::TopicMode::RegularExpression)));
        text->setText(u"flood/(2"_s);
        QTRY_VERIFY(!message->text().isEmpty());
        QVERIFY(message->isVisible());
        QVERIFY(model()->isFiltered()); // the last good filter stays

        text->clear();
        QTRY_VERIFY(!model()->isFiltered());
        QVERIFY(message->isHidden());
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(indexOf(u"flood/0"_s).isValid());
        QVERIFY(indexOf(floodTopic(250)).isValid());
    }

    void deleteRetainedThroughTheContextMenu()
    {
        FloodPublisher publisher;
        publisher.start({ m_broker.host(), m_broker.port(), 3, 3, 16, u"keep"_s, true });
        publisher.wait();
        QVERIFY(!publisher.failed());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->totalMessages(), quint64(3), 10000);
        const QModelIndex top = indexOf(u"keep"_s);
        QVERIFY(top.isValid());
        QTRY_VERIFY(indexOf(FloodPublisher::topic(u"keep"_s, 2)).data(TopicTreeModel::RetainedRole).toBool());

        tree()->setCurrentIndex(top);
        tree()->scrollTo(top);
        const QRect rect = tree()->visualRect(top);
        QString question;
        bool menuChecked = false;
        whenPopup([&](QMenu *menu) {
            const QList<QAction *> actions = menu->actions();
            QAction *below = nullptr;
            QAction *single = nullptr;
            for (QAction *action : actions) {
                if (action->objectName() == u"deleteRetainedBelowAction"_s)
                    below = action;
                if (action->objectName() == u"deleteRetainedAction"_s)
                    single = action;
            }
            menuChecked = below && single && below->isEnabled() && !single->isEnabled() // "keep" itself has none
                && below->text().contains(u"3 topics"_s);
            whenModal<QMessageBox>([&](QMessageBox *box) {
                question = box->text();
                QTest::mouseClick(box->findChild<QPushButton *>(u"confirmDelete"_s), Qt::LeftButton);
            });
            menu->setActiveAction(below);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QSignalSpy progress(m_window->pipeline(), &IngestPipeline::deleteRetainedProgress);
        QContextMenuEvent event(
            QContextMenuEvent::Mouse, rect.center(), tree()->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(tree()->viewport(), &event);
        QVERIFY(menuChecked);
        QVERIFY2(question.contains(u"3 topics"_s) && question.contains(u"\"keep\""_s), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() == 3, 10000);
        QCOMPARE(progress.last().at(1).toInt(), 3);
        // The broker passes the deletions on (retain as published): no topic is marked retained any more.
        for (int t = 0; t < 3; ++t)
            QTRY_VERIFY(!indexOf(FloodPublisher::topic(u"keep"_s, t)).data(TopicTreeModel::RetainedRole).toBool());
        auto *progressDialog = m_window->findChild<QWidget *>(u"deleteRetainedProgress"_s);
        QTRY_VERIFY(!progressDialog || !progressDialog->isVisible());
    }
};

QTEST_MAIN(TestExplorerFlood)
#include "tst_explorerflood.moc"
