// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "version.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Canopy"));
    resize(1280, 800);

    auto *connectionBar = addToolBar(tr("Connection"));
    connectionBar->setObjectName(u"connectionBar"_s);
    connectionBar->setMovable(false);
    connectionBar->addWidget(new QLabel(tr("Broker:"), connectionBar));
    m_urlEdit = new QLineEdit(connectionBar);
    m_urlEdit->setObjectName(u"brokerUrl"_s);
    m_urlEdit->setPlaceholderText(tr("mqtt://host:1883, mqtts://host:8883, ws://host:8080/mqtt"));
    m_urlEdit->setClearButtonEnabled(true);
    connectionBar->addWidget(m_urlEdit);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    m_topicTree = new QTreeView(splitter);
    m_topicTree->setObjectName(u"topicTree"_s);
    m_topicTree->setUniformRowHeights(true);
    m_topicTree->header()->setStretchLastSection(true);
    m_messageView = new QPlainTextEdit(splitter);
    m_messageView->setObjectName(u"messageView"_s);
    m_messageView->setReadOnly(true);
    m_messageView->setPlaceholderText(tr("Select a topic to see its last message."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_connectionStatus = new QLabel(tr("Not connected"), this);
    m_connectionStatus->setObjectName(u"connectionStatus"_s);
    m_connectionStatus->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_connectionStatus, 1);

    createActions();
}

void MainWindow::setBrokerUrl(const QUrl &url)
{
    // Never show credentials from the URL on screen.
    m_urlEdit->setText(url.toDisplayString(QUrl::RemoveUserInfo));
}

QUrl MainWindow::brokerUrl() const
{
    return QUrl::fromUserInput(m_urlEdit->text().trimmed());
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *aboutAction = helpMenu->addAction(tr("&About Canopy"));
    aboutAction->setObjectName(u"aboutAction"_s);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setTextFormat(Qt::PlainText);
    box.setWindowTitle(tr("About Canopy"));
    box.setText(tr("Canopy %1\nA native MQTT 3.1.1 and 5.0 explorer.").arg(Canopy::versionString()));
    box.exec();
}
