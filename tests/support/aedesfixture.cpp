// SPDX-License-Identifier: MIT
#include "aedesfixture.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <csignal>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {
constexpr int readyTimeoutMs = 10000; // node loads aedes in well under a second; the machine may be busy
constexpr int stopTimeoutMs = 5000;
constexpr int startAttempts = 5;

QString aedesDirectory()
{
    const QString source = TestSupport::sourceDir();
    return source.isEmpty() ? QString() : QDir(source).filePath(u"tests/support/aedes"_s);
}
} // namespace

AedesFixture::AedesFixture() = default;

AedesFixture::~AedesFixture()
{
    stop();
}

bool AedesFixture::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning && !m_process->waitForFinished(0);
}

QString AedesFixture::output() const
{
    QByteArray all = m_output;
    if (m_process)
        all += m_process->peek(m_process->bytesAvailable());
    return QString::fromLocal8Bit(all);
}

bool AedesFixture::start()
{
    stop();
    m_error.clear();
    const QString directory = aedesDirectory();
    if (directory.isEmpty()) {
        m_error = u"CANOPY_SOURCE_DIR is not set, so tests/support/aedes cannot be found (run the test through "
                  u"ctest)."_s;
        return false;
    }
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty()) {
        m_error = u"Node.js (node, version 20 or later) was not found in PATH: the aedes test broker needs it. "
                  u"Install Node.js, then run ./scripts/test (it installs aedes)."_s;
        return false;
    }
    if (!QFileInfo::exists(directory + u"/node_modules/aedes/package.json"_s)) {
        m_error = u"The aedes test broker is not installed in %1/node_modules: run `npm ci` there, or "
                  u"./scripts/test, which does it."_s.arg(directory);
        return false;
    }
    for (int attempt = 1; attempt <= startAttempts; ++attempt) {
        if (launch())
            return true;
        if (!m_output.contains("EADDRINUSE"))
            return false;
    }
    m_error = u"aedes could not listen in %1 attempts (other processes kept taking the ports). "_s.arg(startAttempts)
        + m_error;
    return false;
}

bool AedesFixture::launch()
{
    {
        QTcpServer probe; // a port free right now; aedes binds it a moment later (start() retries if it was taken)
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = u"Could not find a free TCP port on 127.0.0.1: %1."_s.arg(probe.errorString());
            return false;
        }
        m_port = probe.serverPort();
    }
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStandardPaths::findExecutable(u"node"_s));
    m_process->setArguments({ u"server.js"_s, QString::number(m_port) });
    m_process->setWorkingDirectory(aedesDirectory());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // If the test process dies (crash, ctest timeout), the kernel kills the broker instead of leaving it behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process->start();
    if (!m_process->waitForStarted(readyTimeoutMs)) {
        m_error = u"Could not start node: %1."_s.arg(m_process->errorString());
        return false;
    }
    const QByteArray ready = "aedes ready on 127.0.0.1:" + QByteArray::number(m_port);
    const QDeadlineTimer deadline(readyTimeoutMs);
    while (!m_output.contains(ready)) {
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_output += m_process->readAll();
            m_error = (m_process->state() == QProcess::NotRunning
                              ? u"aedes exited during start-up (exit code %1)."_s.arg(m_process->exitCode())
                              : u"aedes did not say it was ready within %1 s."_s.arg(readyTimeoutMs / 1000))
                + u"\naedes output:\n"_s + QString::fromLocal8Bit(m_output);
            stop();
            return false;
        }
        m_process->waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
        m_output += m_process->readAll();
    }
    return true;
}

void AedesFixture::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(stopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(stopTimeoutMs);
    }
    m_output += m_process->readAll();
}
