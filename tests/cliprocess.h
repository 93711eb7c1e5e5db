// SPDX-License-Identifier: MIT
#pragma once

// canopy-cli and the mosquitto clients as processes in the end-to-end tests: started with their standard input
// written and closed, finished within a deadline (killed after it), described in one line for failure messages.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace CliProcess {

struct Finished {
    int exitCode = -1; // -1: killed by a signal, crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

inline std::unique_ptr<QProcess> start(
    const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    auto process = std::make_unique<QProcess>();
    process->start(program, arguments);
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
    return process;
}

inline Finished finish(QProcess &process, int timeoutMs = 15000)
{
    Finished result;
    // waitForFinished() is false for a process that has already finished.
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.err = "(did not finish within " + QByteArray::number(timeoutMs) + " ms) ";
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    return result;
}

inline Finished run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    auto process = start(program, arguments, input);
    return finish(*process);
}

// What a running process has printed on standard output so far, without taking it (finish() still returns all).
inline QByteArray printedSoFar(QProcess &process)
{
    return process.peek(process.bytesAvailable());
}

inline QString describe(const QString &program, const QStringList &arguments, const Finished &result)
{
    return QStringLiteral("%1 %2 exited with %3; stdout: %4; stderr: %5")
        .arg(program, arguments.join(u' '))
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out.left(400)), QString::fromUtf8(result.err.left(400)));
}

} // namespace CliProcess
