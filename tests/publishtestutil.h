// SPDX-License-Identifier: MIT
#pragma once

// Helpers of the publish panel's GUI tests: the window with its publish panel, the panel's widgets by object name, a
// connection of the window's tab, and an independent subscriber that records what a broker delivers.

#include "clienttestutil.h"
#include "ingest/ingestpipeline.h"
#include "publish/publishpanel.h"
#include "window/connectiontab.h"
#include "window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace PublishTest {

// A client of its own that subscribes to a filter and keeps what arrives (MQTT 5 unless told).
class Subscriber {
public:
    bool start(const QString &host, quint16 port, const QString &filter, const QString &purpose,
        Mqtt::ProtocolVersion version = Mqtt::ProtocolVersion::V5)
    {
        client.setOptions(ClientTest::localOptions(host, port, version, ClientTest::clientId(purpose)));
        client.connectToBroker();
        const Mqtt::RequestHandle handle = client.subscribe(filter, 2);
        return QTest::qWaitFor([&handle] { return handle.isFinished(); }, 10000) && handle.isSuccess();
    }
    QList<Mqtt::Publish> messages() const { return recorder.messages; }
    // Publishes as another client would, and waits for the broker's answer (QoS 1).
    bool publish(const QString &topic, const QByteArray &payload, const Mqtt::Properties &properties = {})
    {
        Mqtt::Publish message;
        message.topic = topic;
        message.payload = payload;
        message.qos = 1;
        message.properties = properties;
        const Mqtt::RequestHandle handle = client.publish(message);
        return QTest::qWaitFor([&handle] { return handle.isFinished(); }, 10000) && handle.isSuccess();
    }

    Mqtt::Client client;
    ClientTest::Recorder recorder { &client };
};

// Answers the next modal dialog (a QMessageBox) by clicking its button of that object name.
inline void whenDialog(const QString &buttonName, int attemptsLeft = 250)
{
    QTimer::singleShot(20, qApp, [buttonName, attemptsLeft] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (auto *button = box->findChild<QPushButton *>(buttonName)) {
                button->click();
                return;
            }
        }
        if (attemptsLeft > 0)
            whenDialog(buttonName, attemptsLeft - 1);
    });
}

// The window under test and its publish panel.
class Window {
public:
    Window()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
    }
    ~Window() { testers.clear(); }

    ConnectionTab *tab() const { return window->currentTab(); }
    PublishPanel *panel() const { return tab()->findChild<PublishPanel *>(QStringLiteral("publishPanel")); }
    template<typename T>
    T *child(const QString &name) const
    {
        return panel()->findChild<T *>(name);
    }
    QLineEdit *topic() const { return child<QLineEdit>(QStringLiteral("publishTopic")); }
    QPlainTextEdit *payload() const { return child<QPlainTextEdit>(QStringLiteral("publishPayload")); }
    QComboBox *format() const { return child<QComboBox>(QStringLiteral("publishFormat")); }
    QComboBox *qos() const { return child<QComboBox>(QStringLiteral("publishQos")); }
    QPushButton *publishButton() const { return child<QPushButton>(QStringLiteral("publishButton")); }
    QLabel *result() const { return child<QLabel>(QStringLiteral("publishResult")); }

    void setFormat(PayloadKind kind) const { format()->setCurrentIndex(format()->findData(int(kind))); }
    void setQos(int level) const { qos()->setCurrentIndex(level); }
    void setTopic(const QString &text) const
    {
        topic()->clear();
        QTest::keyClicks(topic(), text);
    }
    void setPayload(const QString &text) const { payload()->setPlainText(text); }
    void clickPublish() const { QTest::mouseClick(publishButton(), Qt::LeftButton); }

    // Connects the tab with these options and subscriptions and waits until the broker has accepted it and the
    // panel knows the broker's limits.
    bool connect(const Mqtt::ClientOptions &options,
        const QList<Mqtt::Subscription> &subscriptions = MainWindow::defaultSubscriptions()) const
    {
        window->connectToBroker(options, subscriptions);
        return QTest::qWaitFor(
            [this] {
                return tab()->connectionState() == Mqtt::Client::State::Connected
                    && tab()->pipeline()->serverLimitsKnown();
            },
            10000);
    }

    void watch(QAbstractItemModel *model)
    {
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    std::unique_ptr<MainWindow> window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

} // namespace PublishTest
