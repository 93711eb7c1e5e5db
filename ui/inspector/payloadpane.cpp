// SPDX-License-Identifier: MIT
#include "inspector/payloadpane.h"

#include "common/displaytext.h"
#include "inspector/hexmodel.h"
#include "inspector/inspectornames.h"
#include "inspector/pagedtextview.h"
#include "inspector/payloadtreemodel.h"
#include "inspector/rowview.h"
#include "payload/cbordecoder.h"
#include "payload/jsonparser.h"
#include "payload/payloadformat.h"
#include "payload/treeviewdecoder.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

// What an off-thread decode hands back.
struct PayloadPane::Job {
    bool valid = false;
    bool cancelled = false;
    QString error;
    QString warning;
    std::shared_ptr<const PayloadTree> tree;
    QString diagnostic;
    bool diagnosticTruncated = false;
    QImage image;
    QString imageFormat;
};

namespace {
QString sizeWords(qsizetype bytes)
{
    return PayloadFormat::dataSize(bytes);
}

std::pair<QImage, QString> decodeImage(const QByteArray &bytes, QString &error)
{
    QByteArray copy = bytes; // QBuffer wants a non-const array; shares the bytes
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    QImage image = reader.read();
    if (image.isNull()) {
        const PayloadDetector::ImageFormat magic = PayloadDetector::imageFormat(bytes);
        if (magic == PayloadDetector::ImageFormat::WebP && !QImageReader::supportedImageFormats().contains("webp"))
            error = PayloadPane::tr(
                "This installation of Qt cannot read WebP images (its image format plugin is missing).");
        else
            error = PayloadPane::tr("Not an image Qt can read: %1.").arg(reader.errorString());
        return {};
    }
    return { image, QString::fromLatin1(format).toUpper() };
}
} // namespace

PayloadPane::PayloadPane(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(prefix)
{
    const auto name = [&prefix](const QString &base) { return InspectorNames::childName(prefix, base); };
    m_selector = new QComboBox(this);
    m_selector->setObjectName(name(u"payloadViewSelector"_s));
    m_selector->setToolTip(tr("How the payload is shown; the bytes stay as they are whichever you pick"));
    m_selector->addItem(tr("Auto"), AutoView);
    for (PayloadView view : PayloadDetector::allViews())
        m_selector->addItem(PayloadDetector::viewName(view), int(view));
    auto *viewLabel = new QLabel(tr("View:"), this);
    viewLabel->setBuddy(m_selector);

    m_truncated = new QLabel(this);
    m_truncated->setObjectName(name(u"payloadTruncated"_s));
    m_truncated->setTextFormat(Qt::PlainText);
    m_truncated->setWordWrap(true);
    m_truncated->setStyleSheet(u"QLabel { background: #fbe3c2; padding: 3px; }"_s);
    m_truncated->hide();
    m_notice = new QLabel(this);
    m_notice->setObjectName(name(u"payloadNotice"_s));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setStyleSheet(u"QLabel { background: #fdf4cf; padding: 3px; }"_s);
    m_notice->hide();

    m_stack = new QStackedWidget(this);
    m_text = new PagedTextView(prefix, m_stack);
    m_stack->addWidget(m_text);

    m_tree = new QTreeView(m_stack);
    m_tree->setObjectName(name(u"payloadTree"_s));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_treeModel = new PayloadTreeModel(this);
    m_tree->setModel(m_treeModel);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PayloadTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(PayloadTreeModel::KeyColumn, 220);
    auto *copyPath = new QAction(tr("Copy Path"), m_tree);
    copyPath->setObjectName(name(u"copyPathAction"_s));
    copyPath->setShortcut(QKeySequence::Copy);
    copyPath->setShortcutContext(Qt::WidgetShortcut);
    copyPath->setToolTip(tr("Copy the node's path, such as $.sensors[0].temp"));
    connect(copyPath, &QAction::triggered, this, [this] { copyTreeNode(PayloadTreeModel::PathRole); });
    auto *copyValue = new QAction(tr("Copy Value"), m_tree);
    copyValue->setObjectName(name(u"copyValueAction"_s));
    connect(copyValue, &QAction::triggered, this, [this] { copyTreeNode(PayloadTreeModel::SubtreeRole); });
    m_tree->addActions({ copyPath, copyValue });
    m_stack->addWidget(m_tree);

    m_hex = new RowView(m_stack); // rows are made when painted: a 100 MB payload costs its screen
    m_hex->setObjectName(name(u"payloadHex"_s));
    m_hexModel = new HexModel(this);
    m_hex->setModel(m_hexModel);
    {
        const QFontMetrics metrics(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_hex->setColumnWidth(HexModel::OffsetColumn, metrics.horizontalAdvance(u"00000000"_s) + 16);
        m_hex->setColumnWidth(HexModel::HexColumn, metrics.horizontalAdvance(QString(49, u'0')) + 16);
        m_hex->header()->setStretchLastSection(true);
    }
    auto *copyRows = new QAction(tr("Copy"), m_hex);
    copyRows->setObjectName(name(u"copyHexAction"_s));
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    connect(copyRows, &QAction::triggered, this, [this] {
        const QModelIndexList rows = m_hex->selectionModel()->selectedRows();
        int first = INT_MAX;
        int last = -1;
        for (const QModelIndex &row : rows) {
            first = std::min(first, row.row());
            last = std::max(last, row.row());
        }
        if (last >= 0)
            QApplication::clipboard()->setText(m_hexModel->rowsText(first, last));
    });
    m_hex->addAction(copyRows);
    m_hex->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_stack->addWidget(m_hex);

    m_imageArea = new QScrollArea(m_stack);
    m_imageArea->setObjectName(name(u"payloadImageArea"_s));
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_image = new QLabel(m_imageArea);
    m_image->setObjectName(name(u"payloadImage"_s));
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_imageArea->viewport()->installEventFilter(this);
    m_stack->addWidget(m_imageArea);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(viewLabel);
    top->addWidget(m_selector);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addWidget(m_truncated);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    connect(m_selector, &QComboBox::activated, this, [this](int index) {
        m_choice = m_selector->itemData(index).toInt();
        Q_EMIT choiceChanged(m_choice);
        if (m_hasMessage)
            render(false);
    });
    // The image is scaled to fit whenever its area changes size.
    connect(this, &PayloadPane::shown, this, &PayloadPane::fitImage);
}

PayloadPane::~PayloadPane()
{
    if (m_cancel)
        *m_cancel = true;
}

QString PayloadPane::notice() const
{
    return m_notice->isVisible() || !m_notice->text().isEmpty() ? m_notice->text() : QString();
}

QString PayloadPane::currentText() const
{
    return m_stack->currentWidget() == m_text ? m_text->text() : QString();
}

void PayloadPane::clear()
{
    if (m_cancel)
        *m_cancel = true;
    ++m_generation;
    m_hasMessage = false;
    m_message = StoredMessage {};
    m_text->clear();
    m_treeModel->setTree(nullptr);
    m_hexModel->setBytes({});
    m_image->clear();
    m_imageData = QImage();
    setNotice({});
    setBusy(false);
    m_truncated->hide();
    m_stack->setCurrentWidget(m_text);
}

void PayloadPane::setMessage(const StoredMessage &message, int choice, bool keepPosition, const QString &topic)
{
    m_message = message;
    m_topic = topic;
    m_hasMessage = true;
    m_choice = choice;
    m_detection = PayloadDetector::detect(message.payload, message.truncated, message.properties.get(), m_topic);
    updateSelector();
    render(keepPosition);
}

void PayloadPane::updateSelector()
{
    m_selector->setItemText(0, tr("Auto (%1)").arg(PayloadDetector::viewName(m_detection.view)));
    const int index = m_selector->findData(m_choice);
    m_selector->setCurrentIndex(index >= 0 ? index : 0);
}

void PayloadPane::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void PayloadPane::setBusy(bool busy)
{
    m_busy = busy;
}

void PayloadPane::render(bool keepPosition)
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    ++m_generation;
    setBusy(false);
    const QByteArray &payload = m_message.payload;
    const qsizetype size = payload.size();
    const bool small = size <= SyncLimit;

    if (m_message.truncated) {
        m_truncated->setText(
            tr("Payload truncated: the store kept the first %1 of %2; every view shows those bytes only.")
                .arg(sizeWords(size), sizeWords(qsizetype(m_message.originalSize))));
    }
    m_truncated->setVisible(m_message.truncated);

    const bool automatic = m_choice == AutoView;
    const PayloadView view = automatic ? m_detection.view : PayloadView(m_choice);
    m_shown = view;
    setNotice(automatic ? m_detection.note : QString());
    const QString cutNote = tr("The payload is cut at %1, so it cannot be read as %2.");

    switch (view) {
    case PayloadView::Text: {
        showText(std::make_unique<Utf8Pager>(payload), keepPosition);
        const qsizetype invalid = small ? PayloadText::invalidUtf8Bytes(payload) : 0;
        if (invalid > 0 && m_notice->text().isEmpty())
            setNotice(tr(
                "%Ln byte(s) are not UTF-8: each shows as its hex value in ⟨⟩, highlighted.", nullptr, int(invalid)));
        return;
    }
    case PayloadView::Base64:
        showText(std::make_unique<Base64Pager>(payload), keepPosition);
        return;
    case PayloadView::Hex:
        showHex();
        return;
    case PayloadView::Json: {
        if (m_message.truncated)
            return fallback(PayloadView::Text, cutNote.arg(sizeWords(size), u"JSON"_s), keepPosition);
        if (small) {
            const JsonParser::Result json = JsonParser::parse(payload, false);
            if (!json.valid)
                return fallback(PayloadFormat::looksBinary(payload) ? PayloadView::Hex : PayloadView::Text, json.error,
                    keepPosition);
            showText(std::make_unique<JsonPager>(payload), keepPosition);
            if (!json.warning.isEmpty())
                setNotice(json.warning);
            return;
        }
        // Large: the first page at once, the whole document checked off the GUI thread.
        showText(std::make_unique<JsonPager>(payload), keepPosition);
        runJob(
            [payload](const std::atomic<bool> &cancel) {
                auto job = std::make_shared<Job>();
                const JsonParser::Result json = JsonParser::parse(payload, false, &cancel);
                job->valid = json.valid;
                job->cancelled = json.cancelled;
                job->error = json.error;
                job->warning = json.warning;
                return job;
            },
            [this, keepPosition](const Job &job) {
                if (!job.valid)
                    return fallback(PayloadView::Text, job.error, keepPosition);
                setNotice(job.warning);
            },
            tr("Checking %1 of JSON…").arg(sizeWords(size)));
        return;
    }
    case PayloadView::JsonTree: {
        if (m_message.truncated)
            return fallback(PayloadView::Text, cutNote.arg(sizeWords(size), u"JSON"_s), keepPosition);
        auto work = [payload](const std::atomic<bool> &cancel) {
            auto job = std::make_shared<Job>();
            const JsonParser::Result json = JsonParser::parse(payload, true, &cancel);
            job->valid = json.valid;
            job->cancelled = json.cancelled;
            job->error = json.error;
            job->warning = json.warning;
            job->tree = json.tree;
            return job;
        };
        auto done = [this, keepPosition, payload](const Job &job) {
            if (!job.valid)
                return fallback(PayloadFormat::looksBinary(payload) ? PayloadView::Hex : PayloadView::Text, job.error,
                    keepPosition);
            showTree(job.tree, false);
            if (!job.warning.isEmpty())
                setNotice(job.warning);
        };
        if (small) {
            std::atomic<bool> never { false };
            done(*work(never));
            return;
        }
        runJob(work, done, tr("Reading %1 of JSON…").arg(sizeWords(size)));
        return;
    }
    case PayloadView::CborTree:
    case PayloadView::CborDiagnostic: {
        if (m_message.truncated)
            return fallback(PayloadView::Hex,
                cutNote.arg(sizeWords(size), TreeViewDecoder::formatName(PayloadView::CborTree)), keepPosition);
        const bool tree = view == PayloadView::CborTree;
        auto work = [payload, tree](const std::atomic<bool> &cancel) {
            CborDecoder::Options options;
            options.tree = tree;
            options.diagnostic = !tree;
            options.cancel = &cancel;
            const CborDecoder::Result cbor = CborDecoder::decode(payload, options);
            auto job = std::make_shared<Job>();
            job->valid = cbor.valid;
            job->cancelled = cbor.cancelled;
            job->error = cbor.error;
            job->tree = cbor.tree;
            job->diagnostic = cbor.diagnostic;
            job->diagnosticTruncated = cbor.diagnosticTruncated;
            return job;
        };
        auto done = [this, keepPosition, tree](const Job &job) {
            if (!job.valid)
                return fallback(PayloadView::Hex, job.error, keepPosition);
            if (tree) {
                showTree(job.tree, true);
                return;
            }
            showText(std::make_unique<StringPager>(Canopy::visibleText(job.diagnostic, Canopy::TextView::MultiLine)),
                keepPosition);
            if (job.diagnosticTruncated)
                setNotice(
                    tr("The diagnostic notation stops after %1 characters; the tree and hex views show everything.")
                        .arg(QLocale().toString(CborDecoder::DefaultDiagnosticLimit)));
        };
        if (small) {
            std::atomic<bool> never { false };
            done(*work(never));
            return;
        }
        runJob(work, done, tr("Reading %1 of CBOR…").arg(sizeWords(size)));
        return;
    }
    case PayloadView::MsgPackTree:
    case PayloadView::Protobuf:
    case PayloadView::SparkplugB: {
        // The decoders that build only a tree: one job.
        const QString name = TreeViewDecoder::formatName(view);
        if (m_message.truncated)
            return fallback(PayloadView::Hex, cutNote.arg(sizeWords(size), name), keepPosition);
        auto work = [payload, view](const std::atomic<bool> &cancel) {
            const TreeViewDecoder::Result result = TreeViewDecoder::decode(payload, view, &cancel);
            auto job = std::make_shared<Job>();
            job->valid = result.valid;
            job->cancelled = result.cancelled;
            job->error = result.error;
            job->tree = result.tree;
            return job;
        };
        auto done = [this, keepPosition](const Job &job) {
            if (!job.valid)
                return fallback(PayloadView::Hex, job.error, keepPosition);
            showTree(job.tree, false);
        };
        if (small) {
            std::atomic<bool> never { false };
            done(*work(never));
            return;
        }
        runJob(work, done,
            view == PayloadView::MsgPackTree ? tr("Reading %1 of MessagePack…").arg(sizeWords(size))
                                             : tr("Reading %1 of %2…").arg(sizeWords(size), name));
        return;
    }
    case PayloadView::Image: {
        auto work = [payload](const std::atomic<bool> &) {
            auto job = std::make_shared<Job>();
            auto [image, format] = decodeImage(payload, job->error);
            job->valid = !image.isNull();
            job->image = image;
            job->imageFormat = format;
            return job;
        };
        auto done = [this, keepPosition](const Job &job) {
            if (!job.valid)
                return fallback(PayloadView::Hex, job.error, keepPosition);
            showImage(job.image, job.imageFormat);
        };
        if (small) {
            std::atomic<bool> never { false };
            done(*work(never));
            return;
        }
        runJob(work, done, tr("Decoding a %1 image…").arg(sizeWords(size)));
        return;
    }
    }
}

void PayloadPane::runJob(std::function<std::shared_ptr<Job>(const std::atomic<bool> &cancel)> work,
    std::function<void(const Job &)> done, const QString &busyNotice)
{
    const quint64 generation = m_generation;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    setBusy(true);
    if (m_notice->text().isEmpty())
        setNotice(busyNotice);
    else
        setNotice(m_notice->text() + u'\n' + busyNotice);
    auto *watcher = new QFutureWatcher<std::shared_ptr<Job>>(this);
    connect(
        watcher, &QFutureWatcher<std::shared_ptr<Job>>::finished, this, [this, watcher, generation, done, busyNotice] {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // another message or view since: this result is of no use
            const std::shared_ptr<Job> job = watcher->result();
            setBusy(false);
            // Take the busy notice away, keep what was there before it.
            QString text = m_notice->text();
            text.remove(busyNotice);
            setNotice(text.trimmed());
            if (!job->cancelled)
                done(*job);
            Q_EMIT shown();
        });
    watcher->setFuture(QtConcurrent::run([work, cancel] { return work(*cancel); }));
}

void PayloadPane::fallback(PayloadView to, const QString &why, bool keepPosition)
{
    m_shown = to;
    setNotice(why + u' ' + tr("Shown as %1 instead.").arg(PayloadDetector::viewName(to).toLower()));
    if (to == PayloadView::Hex)
        showHex();
    else
        showText(std::make_unique<Utf8Pager>(m_message.payload), keepPosition);
}

void PayloadPane::showText(std::unique_ptr<TextPager> pager, bool keepPosition)
{
    m_text->setPager(std::move(pager), keepPosition && m_stack->currentWidget() == m_text);
    m_stack->setCurrentWidget(m_text);
    if (!m_busy)
        Q_EMIT shown();
}

void PayloadPane::showTree(std::shared_ptr<const PayloadTree> tree, bool cbor)
{
    m_treeModel->setTree(std::move(tree), cbor);
    m_stack->setCurrentWidget(m_tree);
    const auto &t = m_treeModel->tree();
    if (t && !t->isEmpty()) {
        if (t->size() <= AutoExpandNodes)
            m_tree->expandToDepth(2);
        else
            m_tree->expand(m_treeModel->index(0, 0));
        if (!t->isComplete()) {
            setNotice(tr("The tree shows the first %1 values only; the text and hex views show everything.")
                          .arg(QLocale().toString(t->size())));
        }
    }
    if (!m_busy)
        Q_EMIT shown();
}

void PayloadPane::showHex()
{
    m_hexModel->setBytes(m_message.payload);
    m_stack->setCurrentWidget(m_hex);
    if (!m_busy)
        Q_EMIT shown();
}

void PayloadPane::showImage(const QImage &image, const QString &format)
{
    m_imageData = image;
    m_stack->setCurrentWidget(m_imageArea);
    setNotice(tr("%1 image, %2 × %3 pixels").arg(format).arg(image.width()).arg(image.height()));
    fitImage();
    if (!m_busy)
        Q_EMIT shown();
}

void PayloadPane::fitImage()
{
    if (m_imageData.isNull() || m_stack->currentWidget() != m_imageArea)
        return;
    const QSize room = m_imageArea->viewport()->size() - QSize(4, 4);
    const QImage shown = (m_imageData.width() > room.width() || m_imageData.height() > room.height()) && room.isValid()
            && !room.isEmpty()
        ? m_imageData.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : m_imageData;
    m_image->setPixmap(QPixmap::fromImage(shown));
}

bool PayloadPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_imageArea->viewport() && event->type() == QEvent::Resize)
        fitImage();
    return QWidget::eventFilter(watched, event);
}

void PayloadPane::copyTreeNode(int role)
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    QStringList parts;
    for (const QModelIndex &row : rows)
        parts << row.data(role).toString();
    if (parts.isEmpty() && m_tree->currentIndex().isValid())
        parts << m_tree->currentIndex().siblingAtColumn(0).data(role).toString();
    if (!parts.isEmpty())
        QApplication::clipboard()->setText(parts.join(u'\n'));
}
