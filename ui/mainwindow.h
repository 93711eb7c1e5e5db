// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeView;

// The explorer window: connection bar on top, topic tree on the left, message details on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Pre-fills the connection bar (from --url); connecting is done by the client layer.
    void setBrokerUrl(const QUrl &url);
    QUrl brokerUrl() const;

private:
    void createActions();
    void showAbout();

    QLineEdit *m_urlEdit = nullptr;
    QTreeView *m_topicTree = nullptr;
    QPlainTextEdit *m_messageView = nullptr;
    QLabel *m_connectionStatus = nullptr;
};
