// SPDX-License-Identifier: MIT
#include "export/historyexport.h"

#include "common/pluralcount.h"
#include "payload/payloadformat.h"
#include "store/topicstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>
#include <QSaveFile>
#include <QThread>

#include <vector>

using namespace Qt::StringLiterals;

struct HistoryExport::Job {
    QString topic;
    bool subtree = false;
    QString fileName;
    HistoryFormat::Format format = HistoryFormat::Format::Csv;
    int progressIntervalMs = 100;
    std::atomic<bool> cancel { false };
    std::atomic<bool> done { false }; // finished() is being emitted: the thread ends next
};

namespace {
struct TopicRange {
    NodeId node = 0;
    QString topic;
    quint64 first = 0; // message numbers first .. end - 1
    quint64 end = 0;
};
} // namespace

HistoryExport::HistoryExport(QMutex &storeMutex, const TopicStore &store, QObject *parent)
    : QObject(parent)
    , m_mutex(storeMutex)
    , m_store(store)
{
}

HistoryExport::~HistoryExport()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool HistoryExport::isRunning() const
{
    return m_job && !m_job->done;
}

void HistoryExport::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

bool HistoryExport::start(const QString &topic, bool subtree, const QString &fileName, HistoryFormat::Format format)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    auto job = std::make_shared<Job>();
    job->topic = topic;
    job->subtree = subtree;
    job->fileName = fileName;
    job->format = format;
    job->progressIntervalMs = m_progressIntervalMs;
    m_job = job;
    m_thread = QThread::create([this, job] { run(job); });
    m_thread->setObjectName(u"historyExport"_s);
    m_thread->start(QThread::LowPriority);
    return true;
}

void HistoryExport::run(const std::shared_ptr<Job> &job)
{
    const QLocale locale;
    auto finish = [this, job](bool ok, const QString &sentence) {
        job->done = true;
        Q_EMIT finished(ok, sentence);
    };
    const QString name = QFileInfo(job->fileName).fileName();
    const QString cancelled = tr("Export cancelled: “%1” was not written.").arg(name);

    // The topics and the messages they keep now, gathered a few thousand nodes per hold of the lock.
    std::vector<TopicRange> topics;
    quint64 generation = 0;
    {
        std::vector<NodeId> stack;
        bool started = false;
        while (!started || !stack.empty()) {
            if (job->cancel)
                return finish(false, cancelled);
            QMutexLocker lock(&m_mutex);
            if (!started) {
                started = true;
                generation = m_store.generation();
                const std::optional<NodeId> node = m_store.find(job->topic);
                if (!node)
                    return finish(false, tr("Nothing to export: “%1” has no messages.").arg(job->topic));
                stack.push_back(*node);
            } else if (m_store.generation() != generation) {
                return finish(false, tr("The topics were cleared during the export: “%1” was not written.").arg(name));
            }
            for (int n = 0; n < NodesPerHold && !stack.empty(); ++n) {
                const NodeId id = stack.back();
                stack.pop_back();
                if (m_store.hasMessage(id)) {
                    const HistoryInfo info = m_store.historyInfo(id);
                    topics.push_back({ id, m_store.topic(id), info.firstKept(), info.received });
                }
                if (job->subtree) {
                    const std::span<const NodeId> kids = m_store.children(id);
                    stack.insert(stack.end(), kids.rbegin(), kids.rend()); // first child on top
                }
            }
        }
    }
    quint64 total = 0;
    for (const TopicRange &range : topics)
        total += range.end - range.first;
    if (total == 0)
        return finish(false, tr("Nothing to export: “%1” has no messages.").arg(job->topic));

    QSaveFile file(job->fileName);
    if (!file.open(QIODevice::WriteOnly))
        return finish(false, tr("“%1” cannot be written: %2").arg(job->fileName, file.errorString()));
    file.write(HistoryFormat::header(job->format));
    quint64 done = 0;
    quint64 evicted = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QList<StoredMessage> chunk;
    for (const TopicRange &range : topics) {
        quint64 next = range.first;
        while (next < range.end) {
            if (job->cancel) {
                file.cancelWriting();
                return finish(false, cancelled);
            }
            chunk.clear();
            quint64 firstRead = next;
            {
                QMutexLocker lock(&m_mutex);
                if (m_store.generation() != generation) {
                    file.cancelWriting();
                    return finish(
                        false, tr("The topics were cleared during the export: “%1” was not written.").arg(name));
                }
                firstRead = std::max(next, m_store.historyInfo(range.node).firstKept());
                if (firstRead < range.end) {
                    const int count = int(std::min<quint64>(MessagesPerHold, range.end - firstRead));
                    m_store.readHistory(range.node, firstRead, count, chunk);
                }
            }
            if (firstRead > next) { // evicted for the budget (or over the depth) since the start
                const quint64 lost = std::min(firstRead, range.end) - next;
                evicted += lost;
                done += lost;
            }
            for (const StoredMessage &message : chunk)
                file.write(HistoryFormat::record(job->format, range.topic, message));
            done += quint64(chunk.size());
            next = std::min(firstRead, range.end) + quint64(chunk.size());
            if (chunk.isEmpty())
                next = range.end;
            if (sinceProgress.elapsed() >= job->progressIntervalMs) {
                sinceProgress.restart();
                Q_EMIT progress(qint64(done), qint64(total));
            }
        }
    }
    if (!file.commit())
        return finish(false, tr("“%1” cannot be written: %2").arg(job->fileName, file.errorString()));
    Q_EMIT progress(qint64(total), qint64(total));
    const quint64 written = total - evicted;
    QString sentence = tr("%1 message(s) exported to “%2”", nullptr, Canopy::pluralCount(written))
                           .arg(locale.toString(written), name);
    if (topics.size() > 1)
        sentence += u' ' + tr("(from %Ln topic(s))", nullptr, int(topics.size()));
    sentence += u'.';
    if (evicted > 0)
        sentence += u' '
            + tr("%1 older message(s) were evicted during the export and are missing.", nullptr,
                Canopy::pluralCount(evicted))
                  .arg(locale.toString(evicted));
    finish(true, sentence);
}
