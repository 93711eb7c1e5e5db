// SPDX-License-Identifier: MIT
#pragma once

// One payload in the view the user picks (or the one PayloadDetector suggests, "Auto"): text, pretty JSON, JSON
// tree, hex, base64, CBOR tree, CBOR diagnostic notation, MessagePack tree, image. The raw bytes stay as they are,
// so switching views never loses anything. A view that cannot read the payload (JSON that is not, an image that
// is not) falls back to text or hex and says why in words. A truncated payload says so above every view.
//
// Nothing here blocks the window on a large payload: text views show one page at a time, the hex view makes its rows
// when they are painted, and decoding a payload over SyncLimit (JSON tree, CBOR, MessagePack, an image, checking
// JSON) runs on a pool thread with a notice, its result shown only if the pane still shows that message.

#include "payload/payloaddetector.h"
#include "payload/payloadtree.h"
#include "store/topicmessage.h"

#include <QImage>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class HexModel;
class PagedTextView;
class PayloadTreeModel;
class QComboBox;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTreeView;
class RowView;
class TextPager;

class PayloadPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int AutoView = -1;
    static constexpr qsizetype SyncLimit = 256 * 1024;
    static constexpr int AutoExpandNodes = 5000; // trees with fewer nodes open three levels at once

    // prefix names the children (see InspectorNames): "" gives payloadViewSelector, payloadText, payloadTree, ...
    explicit PayloadPane(const QString &prefix, QWidget *parent = nullptr);
    ~PayloadPane() override;

    // choice: AutoView or a PayloadView. keepPosition: the same topic's next message keeps page and scroll position.
    // topic: the message's topic, for what only the topic tells (Sparkplug B under spBv1.0/).
    void setMessage(const StoredMessage &message, int choice, bool keepPosition, const QString &topic = QString());
    void clear();
    int choice() const { return m_choice; }
    PayloadView shownView() const { return m_shown; } // after fallbacks
    PayloadView detectedView() const { return m_detection.view; }
    QString notice() const;
    bool isBusy() const { return m_busy; }

    PagedTextView *textView() const { return m_text; }
    QTreeView *treeView() const { return m_tree; }
    RowView *hexView() const { return m_hex; }
    PayloadTreeModel *treeModel() const { return m_treeModel; }
    QLabel *imageLabel() const { return m_image; }
    QComboBox *selector() const { return m_selector; }
    // The text on screen in the text views (one page); empty in the others.
    QString currentText() const;

Q_SIGNALS:
    void choiceChanged(int choice); // the user picked a view in the selector
    void shown(); // a view is on screen for the current message (after an off-thread decode, when it ends)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Job;
    void render(bool keepPosition);
    void showText(std::unique_ptr<TextPager> pager, bool keepPosition);
    void showTree(std::shared_ptr<const PayloadTree> tree, bool cbor);
    void showHex();
    void showImage(const QImage &image, const QString &format);
    void fallback(PayloadView to, const QString &why, bool keepPosition);
    void runJob(std::function<std::shared_ptr<Job>(const std::atomic<bool> &cancel)> work,
        std::function<void(const Job &)> done, const QString &busyNotice);
    void setNotice(const QString &text);
    void setBusy(bool busy);
    void updateSelector();
    void fitImage();
    void copyTreeNode(int role);

    QString m_prefix;
    QComboBox *m_selector = nullptr;
    QLabel *m_truncated = nullptr;
    QLabel *m_notice = nullptr;
    QStackedWidget *m_stack = nullptr;
    PagedTextView *m_text = nullptr;
    QTreeView *m_tree = nullptr;
    PayloadTreeModel *m_treeModel = nullptr;
    RowView *m_hex = nullptr;
    HexModel *m_hexModel = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_image = nullptr;
    QImage m_imageData;

    StoredMessage m_message;
    QString m_topic;
    bool m_hasMessage = false;
    PayloadDetector::Detection m_detection;
    int m_choice = AutoView;
    PayloadView m_shown = PayloadView::Text;
    bool m_busy = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
