// SPDX-License-Identifier: MIT
// canopy-cli: pub, sub, simulate, top and bench ingest on the Canopy core. Options follow mosquitto_pub/mosquitto_sub.
#include "benchingestcommand.h"
#include "clioptions.h"
#include "common/translations.h"
#include "common/version.h"
#include "pubcommand.h"
#include "simulatecommand.h"
#include "subcommand.h"
#include "terminationsignals.h"
#include "topcommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"canopy-cli"_s);
    QCoreApplication::setApplicationVersion(Canopy::versionString());
    Canopy::installEnglishPlurals(&app); // the core's sentences count in English ("1 second", "2 seconds")

    const Cli::ParseResult parsed = Cli::parseArguments(QCoreApplication::arguments());
    if (!parsed.ok) {
        print(stderr, u"Error: "_s + parsed.error + u"\n\n"_s + Cli::usage());
        return 1;
    }
    if (parsed.versionRequested) {
        print(stdout, u"canopy-cli "_s + Canopy::versionString() + u'\n');
        return 0;
    }
    if (parsed.helpRequested) {
        print(stdout,
            Cli::usage(QCoreApplication::arguments().size() > 2 ? std::optional<Cli::Command>(parsed.options.command)
                                                                : std::nullopt));
        return 0;
    }

    std::unique_ptr<QObject> command;
    bool started = false;
    // Only sub takes SIGINT and SIGTERM, as only mosquitto_sub does; the others end by the signal's default action
    // (a simulator's will then tells its subscribers it went offline).
    std::unique_ptr<Cli::TerminationSignals> terminationSignals;
    switch (parsed.options.command) {
    case Cli::Command::Sub: {
        auto sub = std::make_unique<Cli::SubCommand>(parsed.options, stdout, stderr);
        terminationSignals = std::make_unique<Cli::TerminationSignals>();
        QObject::connect(
            terminationSignals.get(), &Cli::TerminationSignals::received, sub.get(), &Cli::SubCommand::stop);
        started = sub->start();
        command = std::move(sub);
        break;
    }
    case Cli::Command::Pub: {
        auto pub = std::make_unique<Cli::PubCommand>(parsed.options, stderr);
        started = pub->start();
        command = std::move(pub);
        break;
    }
    case Cli::Command::Simulate: {
        auto simulate = std::make_unique<Cli::SimulateCommand>(parsed.options, stdout, stderr);
        started = simulate->start();
        command = std::move(simulate);
        break;
    }
    case Cli::Command::Top: {
        auto top = std::make_unique<Cli::TopCommand>(parsed.options, stdout, stderr);
        started = top->start();
        command = std::move(top);
        break;
    }
    case Cli::Command::BenchIngest: {
        auto bench = std::make_unique<Cli::BenchIngestCommand>(parsed.options, stdout, stderr);
        started = bench->start();
        command = std::move(bench);
        break;
    }
    }
    if (!started)
        return 1;
    return app.exec();
}
