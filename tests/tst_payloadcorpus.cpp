// SPDX-License-Identifier: MIT
// The payload fuzzer's seed corpus (fuzz/corpus/payload), replayed in every build through the very checks
// fuzz_payload runs (fuzz/payloadfuzzcase.cpp), so that a finding once fixed stays fixed without a clang fuzz build.
// (Main has tests/tst_fuzzcorpus.cpp for the MQTT fuzzers; these rows belong with it when the branches meet.)

#include "common/translations.h"
#include "payloadfuzzcase.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPayloadCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); }

    void payloadCorpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir directory(qEnvironmentVariable("CANOPY_SOURCE_DIR") + u"/fuzz/corpus/payload"_s);
        const QStringList names = directory.entryList(QDir::Files, QDir::Name);
        QVERIFY2(names.size() >= 30, qPrintable(u"no corpus in "_s + directory.path()));
        for (const QString &name : names)
            QTest::newRow(qPrintable(u"payload/"_s + name)) << directory.filePath(name);
    }

    void payloadCorpus()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        QVERIFY2(!input.isEmpty(), qPrintable(path));
        const QString failure = Fuzz::runPayloadCase(input);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestPayloadCorpus)
#include "tst_payloadcorpus.moc"
