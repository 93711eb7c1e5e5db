// SPDX-License-Identifier: MIT
// canopy-bench-inspector: the inspector's goals of issue 9, measured on real widgets (offscreen unless
// QT_QPA_PLATFORM says otherwise), each next to a reference measured in the same run:
//
//   json_paint   10 MB JSON payload: from handing the message to the Message tab (Auto view) to the first paint of
//                the pretty JSON view. Reference: what the old message panel did (QJsonDocument parse, toJson,
//                visibleText, setPlainText of the whole) and paint.                                 goal <= 200 ms
//   json_diff    two 1 MB JSON documents (keys shuffled, 1 % of values changed): MessageDiff::compare, both parsed
//                and compared structurally.                                                          goal <= 100 ms
//   history      a QTableView over HistoryModel on one topic with 1,000,000 stored messages: one scroll step (a
//                jump to a random position, then a page down) and a synchronous repaint, per frame; the same with
//                10,000 stored messages as the reference (5 warm-up frames not counted).             goal <= 16 ms
//   memory       heap growth (mallinfo2) of the history model + view after scrolling to 200 positions, with 10,000
//                and with 1,000,000 stored messages: it must follow the rows on screen, not the rows stored.
//
//   huge         (with --huge) a 100 MB JSON payload in each view: the GUI thread's time to the first paint.
//
//     canopy-bench-inspector [--runs N] [--huge]
//
// Figures are best / median of N runs (default 7); the machine is shared, so compare rows of one run.

#include "common/translations.h"
#include "diff/messagediff.h"
#include "ingest/ingestpipeline.h"
#include "inspector/historymodel.h"
#include "inspector/messageview.h"
#include "inspector/payloadpane.h"
#include "inspector/rowview.h"
#include "payload/payloadformat.h"
#include "store/topicstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QMutex>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

struct Stats {
    double best = 0;
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(std::vector<double> samples)
{
    Stats s;
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.best = samples.front();
    s.median = samples[samples.size() / 2];
    s.p99 = samples[std::min(samples.size() - 1, size_t(0.99 * double(samples.size())))];
    s.max = samples.back();
    return s;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

// CPU time of this thread, in milliseconds: what a frame costs without the other processes of a loaded machine.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Heap in use, large blocks (which malloc maps on their own) included.
size_t heapUsed()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

// A sensor reading as a Zigbee bridge publishes it, about 200 bytes; `shift` changes a few values.
QByteArray reading(int i, int shift, bool shuffled)
{
    const QByteArray id = QByteArray::number(i);
    const QByteArray temperature = QByteArray::number(20 + (i * 7 + shift) % 100 / 10.0);
    if (shuffled)
        return "{\"linkquality\":" + QByteArray::number(100 + i % 50) + ",\"id\":" + id
            + ",\"temperature\":" + temperature + ",\"humidity\":" + QByteArray::number(40 + i % 20)
            + ",\"device\":{\"model\":\"WSDCGQ11LM\",\"ieee\":\"0x00158d000" + id
            + "\"},\"battery\":" + QByteArray::number(90 + i % 10) + ",\"tags\":[\"a\",\"b\"]}";
    return "{\"id\":" + id + ",\"temperature\":" + temperature + ",\"humidity\":" + QByteArray::number(40 + i % 20)
        + ",\"battery\":" + QByteArray::number(90 + i % 10) + ",\"linkquality\":" + QByteArray::number(100 + i % 50)
        + ",\"device\":{\"ieee\":\"0x00158d000" + id + "\",\"model\":\"WSDCGQ11LM\"},\"tags\":[\"a\",\"b\"]}";
}

QByteArray jsonDocument(qsizetype bytes, int shift, bool shuffled)
{
    QByteArray json = "{\"bridge\":\"zigbee2mqtt\",\"devices\":[";
    for (int i = 0; json.size() < bytes; ++i) {
        if (i)
            json += ',';
        // 1 % of the readings differ between the two documents.
        json += reading(i, i % 100 == 0 ? shift : 0, shuffled);
    }
    json += "]}";
    return json;
}

StoredMessage message(const QByteArray &payload)
{
    StoredMessage m;
    m.payload = payload;
    m.originalSize = payload.size();
    m.timeMs = 1764487208123;
    return m;
}

void benchJsonPaint(int runs)
{
    const QByteArray json = jsonDocument(10 * 1024 * 1024, 0, false);
    std::vector<double> canopy;
    std::vector<double> reference;
    for (int run = 0; run < runs; ++run) {
        {
            MessageView view { QString() };
            view.resize(700, 800);
            view.show();
            QApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            view.showMessage(quint32(run + 1), u"bench/json"_s, message(json), PayloadPane::AutoView);
            view.repaint();
            canopy.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (view.payload()->shownView() != PayloadView::Json)
                line(u"json_paint: the Auto view is not JSON"_s);
        }
        {
            QPlainTextEdit edit;
            edit.resize(700, 800);
            edit.show();
            QApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            edit.setPlainText(PayloadFormat::messageText(u"bench/json"_s, message(json)));
            edit.repaint();
            reference.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        QApplication::processEvents();
    }
    const Stats c = stats(canopy);
    const Stats r = stats(reference);
    line(
        u"json_paint 10 MB JSON, Message tab (Auto -> pretty JSON, first page): best %1 ms, median %2 ms (goal <= 200)"_s
            .arg(ms(c.best), ms(c.median)));
    line(u"json_paint reference, whole document parsed, pretty-printed and laid out: best %1 ms, median %2 ms (%3x)"_s
             .arg(ms(r.best), ms(r.median), QString::number(r.median / std::max(c.median, 0.001), 'f', 0)));
}

// A 100 MB payload in each view: how long the GUI thread is busy from handing it over to the first paint (decodes
// that take longer continue on a pool thread; the figure says when they are done, for information).
void benchHugePayload()
{
    const QByteArray json = jsonDocument(100 * 1024 * 1024, 0, false);
    QStringList parts;
    for (PayloadView view : { PayloadView::Json, PayloadView::Text, PayloadView::Hex, PayloadView::Base64,
             PayloadView::JsonTree, PayloadView::CborTree, PayloadView::Image }) {
        PayloadPane pane { QString() };
        pane.resize(700, 800);
        pane.show();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        pane.setMessage(message(json), int(view), false);
        pane.repaint();
        const double gui = double(timer.nsecsElapsed()) / 1e6;
        QString part = PayloadDetector::viewKey(view) + u' ' + ms(gui) + u" ms"_s;
        if (pane.isBusy()) {
            while (pane.isBusy())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            part += u" (off-thread result after %1 s)"_s.arg(QString::number(double(timer.elapsed()) / 1000, 'f', 1));
        }
        parts << part;
    }
    line(u"huge 100 MB JSON payload, GUI thread from setMessage to first paint per view: "_s + parts.join(u", "_s));
}

void benchJsonDiff(int runs)
{
    const QByteArray older = jsonDocument(1024 * 1024, 0, false);
    const QByteArray newer = jsonDocument(1024 * 1024, 3, true);
    std::vector<double> samples;
    DiffResult result;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        result = MessageDiff::compare(older, newer);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const Stats s = stats(samples);
    line(u"json_diff two 1 MB JSON documents, keys shuffled, 1 %% of values changed: best %1 ms, median %2 ms "
         "(goal <= 100); %3 paths changed, %4 added, %5 removed, structural: %6"_s.arg(ms(s.best), ms(s.median))
             .arg(result.changed)
             .arg(result.added)
             .arg(result.removed)
             .arg(result.mode == DiffResult::Mode::Structural ? u"yes"_s : u"NO"_s)
             .replace(u"%%"_s, u"%"_s));
}

struct HistoryFigures {
    Stats frame;
    Stats frameCpu;
    size_t heapGrowth = 0;
    size_t modelBytes = 0;
    qsizetype cachedRows = 0;
};

HistoryFigures benchHistory(int messages, int frames)
{
    TopicStore store;
    QMutex mutex;
    store.setHistoryDepth(messages + 1);
    store.setHistoryBudget(qint64(4) * 1024 * 1024 * 1024);
    NodeId node = 0;
    {
        QList<Mqtt::Publish> batch;
        for (int i = 0; i < messages; ++i) {
            Mqtt::Publish p;
            p.topic = u"plant/line1/sensor"_s;
            p.payload = "{\"seq\":" + QByteArray::number(i)
                + ",\"temperature\":" + QByteArray::number(20 + i % 100 / 10.0) + ",\"unit\":\"C\"}";
            node = store.ingest(p, 1764487208123 + i);
        }
    }
    HistoryFigures figures;
    const size_t before = heapUsed();
    {
        auto *model = new HistoryModel(mutex, store);
        auto *view = new RowView; // as the History tab has it
        view->setModel(model);
        view->header()->setStretchLastSection(true);
        view->resize(700, 600);
        view->show();
        model->setNode(node);
        QApplication::processEvents();
        QRandomGenerator random(9);
        std::vector<double> samples;
        std::vector<double> cpu;
        QScrollBar *bar = view->verticalScrollBar();
        constexpr int WarmUp = 5; // first paints fill glyph caches once; not counted
        for (int frame = -WarmUp; frame < frames; ++frame) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            if (frame % 2 == 0)
                bar->setValue(int(random.bounded(bar->maximum() + 1)));
            else
                bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep()));
            view->viewport()->repaint();
            if (frame >= 0) {
                samples.push_back(double(timer.nsecsElapsed()) / 1e6);
                cpu.push_back(threadCpuMs() - cpuStart);
            }
        }
        figures.frame = stats(samples);
        figures.frameCpu = stats(cpu);
        figures.heapGrowth = heapUsed() - before;
        figures.modelBytes = model->memoryUsage();
        figures.cachedRows = model->cachedRows();
        delete view;
        delete model;
    }
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Canopy::installEnglishPlurals(&app);
    int runs = 7;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(u"--runs"_s);
    if (at >= 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());

    benchJsonPaint(runs);
    benchJsonDiff(runs);
    if (args.contains(u"--huge"_s))
        benchHugePayload();
    const HistoryFigures small = benchHistory(10000, 200);
    const HistoryFigures large = benchHistory(1000000, 200);
    line(u"history 1,000,000 stored messages, scroll frame (jump or page down + repaint): wall p50 %1 ms, p99 %2 ms, "
         "max %3 ms; thread CPU p50 %4 ms, p99 %5 ms, max %6 ms (goal <= 16)"_s.arg(ms(large.frame.median),
             ms(large.frame.p99), ms(large.frame.max), ms(large.frameCpu.median), ms(large.frameCpu.p99),
             ms(large.frameCpu.max)));
    line(u"history reference, 10,000 stored messages: wall p50 %1 ms, p99 %2 ms, max %3 ms; thread CPU p50 %4 ms, "
         "p99 %5 ms, max %6 ms"_s.arg(ms(small.frame.median), ms(small.frame.p99), ms(small.frame.max),
             ms(small.frameCpu.median), ms(small.frameCpu.p99), ms(small.frameCpu.max)));
    line(u"memory of the history view after 200 scroll positions: %1 KB with 10,000 stored, %2 KB with 1,000,000 "
         "stored (ratio %3 for 100x the rows); the model holds %4 rows (%5 KB) in both"_s.arg(
             large.heapGrowth > 0 ? QString::number(small.heapGrowth / 1024) : u"?"_s,
             QString::number(large.heapGrowth / 1024),
             QString::number(double(large.heapGrowth) / double(std::max<size_t>(small.heapGrowth, 1)), 'f', 2),
             QString::number(large.cachedRows), QString::number(large.modelBytes / 1024)));
    return 0;
}
