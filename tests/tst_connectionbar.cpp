// SPDX-License-Identifier: MIT
// The connection bar: client options from the URL field, credentials kept from --url but never shown, and the
// window's status line for a URL that cannot be used.
#include "connections/connectionbar.h"
#include "window/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionBar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void optionsFromTheUrl()
    {
        ConnectionBar bar;
        bar.findChild<QLineEdit *>(u"brokerUrl"_s)->setText(u"mqtts://broker.example:8884"_s);
        QString error;
        const auto options = bar.clientOptions(&error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->connection.scheme, Mqtt::ConnectionOptions::Scheme::Mqtts);
        QCOMPARE(options->connection.host, u"broker.example"_s);
        QCOMPARE(options->connection.port, quint16(8884));
        QCOMPARE(options->session.connect.version, Mqtt::ProtocolVersion::V5);
        QVERIFY(options->session.connect.clientId.startsWith(u"canopy-"_s));
        QVERIFY(!options->session.connect.userName);
        QVERIFY(options->autoReconnect);
        // A host alone means mqtt:// on the default port.
        bar.findChild<QLineEdit *>(u"brokerUrl"_s)->setText(u"localhost"_s);
        QCOMPARE(bar.clientOptions(&error)->connection.port, quint16(1883));
    }

    void credentialsFromSetBrokerUrlAreUsedButNotShown()
    {
        ConnectionBar bar;
        bar.setBrokerUrl(QUrl(u"mqtt://alice:s3cret@broker.example:1883"_s));
        auto *edit = bar.findChild<QLineEdit *>(u"brokerUrl"_s);
        QVERIFY(!edit->text().contains(u"s3cret"_s));
        QVERIFY(!edit->text().contains(u"alice"_s));
        QString error;
        auto options = bar.clientOptions(&error);
        QVERIFY(options);
        QCOMPARE(options->session.connect.userName, std::optional<QString>(u"alice"_s));
        QCOMPARE(options->session.connect.password, std::optional<QByteArray>("s3cret"));
        // Another host does not get them.
        edit->setText(u"mqtt://elsewhere.example"_s);
        options = bar.clientOptions(&error);
        QVERIFY(options);
        QVERIFY(!options->session.connect.userName);
        QVERIFY(!options->session.connect.password);
    }

    void buttonFollowsTheState()
    {
        ConnectionBar bar;
        auto *button = bar.findChild<QPushButton *>(u"connectButton"_s);
        QSignalSpy connectSpy(&bar, &ConnectionBar::connectRequested);
        QSignalSpy disconnectSpy(&bar, &ConnectionBar::disconnectRequested);
        QCOMPARE(button->text(), u"Connect"_s);
        button->click();
        QCOMPARE(connectSpy.size(), 1);
        bar.setState(Mqtt::Client::State::Connected);
        QCOMPARE(button->text(), u"Disconnect"_s);
        button->click();
        QCOMPARE(disconnectSpy.size(), 1);
    }

    void unusableUrlIsExplainedInTheStatusBar()
    {
        MainWindow window;
        window.findChild<QLineEdit *>(u"brokerUrl"_s)->setText(u"http://broker.example"_s);
        window.findChild<QPushButton *>(u"connectButton"_s)->click();
        const QString status = window.findChild<QLabel *>(u"connectionStatus"_s)->text();
        QVERIFY2(status.contains(u"http"_s), qPrintable(status));
        QCOMPARE(window.connectionState(), Mqtt::Client::State::Disconnected);
    }
};

QTEST_MAIN(TestConnectionBar)
#include "tst_connectionbar.moc"
