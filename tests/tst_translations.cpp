// SPDX-License-Identifier: MIT
// Counts in sentences (issue 7, "1 payloads"): English reads "1 payload" / "2 payloads" through the embedded English
// plural forms (translations/canopy_en.ts); every plural message of the sources has them, and the German .ts lists the
// same messages as plural ones, ready for translators. Also Canopy::pluralCount() for 64-bit counts.
// The full translations (de, es, zh_CN): each embedded .qm translates a sample of the .ts file's own messages (a
// plural among them) as the .ts says, not as the English source; and no .ts has unfinished or obsolete entries
// (the test names the file and the counts).
#include "common/pluralcount.h"
#include "common/translations.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {
struct TsMessage {
    bool numerus = false;
    bool finished = false;
    bool obsolete = false; // "obsolete" or "vanished": the sources no longer have it
    QString context;
    QString source;
    QString comment;
    QStringList forms; // numerus forms (or the one translation)
};

const QStringList FullLanguages { u"de"_s, u"es"_s, u"zh_CN"_s };

// context + '\n' + source + '\n' + comment -> message, as lupdate wrote the file.
QHash<QString, TsMessage> readTs(const QString &path, QString *error)
{
    QHash<QString, TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) { // of a context
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != u"message"_s)
            continue;
        TsMessage message;
        message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        QString source;
        QString comment;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"comment"_s) {
                comment = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                const auto type = xml.attributes().value(u"type"_s);
                message.finished = type.isEmpty();
                message.obsolete = type == u"obsolete"_s || type == u"vanished"_s;
                if (message.numerus) {
                    while (xml.readNextStartElement())
                        message.forms << xml.readElementText();
                } else {
                    message.forms << xml.readElementText();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        message.context = context;
        message.source = source;
        message.comment = comment;
        messages.insert(context + u'\n' + source + u'\n' + comment, message);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QHash<QString, TsMessage> numerusOnly(const QHash<QString, TsMessage> &all)
{
    QHash<QString, TsMessage> out;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it->numerus)
            out.insert(it.key(), *it);
    }
    return out;
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private:
    QHash<QString, TsMessage> m_english;
    QHash<QString, TsMessage> m_german;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance()));
        QString error;
        m_english = readTs(TestSupport::sourceDir() + u"/translations/canopy_en.ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_german = readTs(TestSupport::sourceDir() + u"/translations/canopy_de.ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_english.isEmpty() && !m_german.isEmpty());
    }

    void englishCounts_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("english");
        const auto row = [](const char *name, const char *context, const char *source, const char *comment, int n,
                             const QString &english) {
            QTest::newRow(name) << QString::fromUtf8(context) << QString::fromUtf8(source) << QString::fromUtf8(comment)
                                << n << english;
        };
        row("issue 7: status bar 1 payload", "ConnectionTab", "%1 payload(s) over %2 truncated (their size is kept)",
            "", 1, u"%1 payload over %2 truncated (its size is kept)"_s);
        row("issue 7: status bar 2 payloads", "ConnectionTab", "%1 payload(s) over %2 truncated (their size is kept)",
            "", 2, u"%1 payloads over %2 truncated (their size is kept)"_s);
        row("status bar 0 messages is plural", "ConnectionTab", "%1 message(s)", "status bar", 0, u"%1 messages"_s);
        row("status bar 1 message", "ConnectionTab", "%1 message(s)", "status bar", 1, u"%1 message"_s);
        row("status bar 1 topic", "ConnectionTab", "%1 topic(s)", "status bar", 1, u"%1 topic"_s);
        row("%n is replaced: 1 second", "Mqtt::Transport", "%n second(s)", "", 1, u"1 second"_s);
        row("%n is replaced: 21 seconds", "Mqtt::Transport", "%n second(s)", "", 21, u"21 seconds"_s);
        row("codec sentences (QT_TRANSLATE_N_NOOP) have plural forms", "Mqtt",
            "%1 with %n unexpected byte(s) after its contents (its remaining length does not match its contents).", "",
            1, u"%1 with 1 unexpected byte after its contents (its remaining length does not match its contents)."_s);
    }

    void englishCounts()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, comment);
        QFETCH(int, n);
        QFETCH(QString, english);
        const QByteArray c = context.toUtf8();
        const QByteArray s = source.toUtf8();
        const QByteArray d = comment.toUtf8();
        QCOMPARE(QCoreApplication::translate(c.constData(), s.constData(), d.isEmpty() ? nullptr : d.constData(), n),
            english);
    }

    // Every plural message of the sources (lupdate puts them all in each .ts) has finished English forms, singular
    // first, and none still says "(s)".
    void everyPluralHasEnglishForms()
    {
        const QHash<QString, TsMessage> plurals = numerusOnly(m_german);
        QVERIFY(plurals.size() >= 15);
        for (auto it = plurals.cbegin(); it != plurals.cend(); ++it) {
            const QString where = QString(it.key()).replace(u'\n', u" | "_s);
            QVERIFY2(m_english.contains(it.key()), qPrintable(u"missing in canopy_en.ts: "_s + where));
            const TsMessage &english = m_english.value(it.key());
            QVERIFY2(english.numerus && english.finished, qPrintable(where));
            QCOMPARE(english.forms.size(), 2);
            for (const QString &form : english.forms)
                QVERIFY2(!form.isEmpty() && !form.contains(u"(s)"_s), qPrintable(where + u" -> "_s + form));
            QVERIFY2(english.forms.at(0) != english.forms.at(1), qPrintable(where));
        }
        // canopy_en.ts holds plural forms only (lupdate -pluralonly) and nothing the sources lost.
        QCOMPARE(numerusOnly(m_english).size(), m_english.size());
        for (auto it = m_english.cbegin(); it != m_english.cend(); ++it)
            QVERIFY2(plurals.contains(it.key()), qPrintable(u"obsolete in canopy_en.ts: "_s + it.key()));
    }

    void germanHasThePluralMessages_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("status bar messages") << u"ConnectionTab\n%1 message(s)\nstatus bar"_s;
        QTest::newRow("status bar topics") << u"ConnectionTab\n%1 topic(s)\nstatus bar"_s;
        QTest::newRow("status bar truncated payloads")
            << u"ConnectionTab\n%1 payload(s) over %2 truncated (their size is kept)\n"_s;
        QTest::newRow("status bar history")
            << u"ConnectionTab\nHistory: %1 oldest message(s) dropped to stay under %2\n"_s;
        QTest::newRow("context menu") << u"TopicActions\nDelete retained messages below (%Ln topic(s))…\n"_s;
        QTest::newRow("payload sizes") << u"PayloadFormat\n%Ln byte(s)\n"_s;
    }

    void germanHasThePluralMessages()
    {
        QFETCH(QString, key);
        QVERIFY2(m_german.contains(key), qPrintable(key));
        QVERIFY(m_german.value(key).numerus);
    }

    // Each full translation is embedded (.qm under :/i18n) and translates what its .ts says: ten messages spread
    // over the file (every n-th finished one, sentences of several words) and a plural one, through QTranslator as
    // the application installs it. Until a translation is complete this fails with the count of what it lacks.
    void embeddedTranslationsMatchTheirTs_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : FullLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void embeddedTranslationsMatchTheirTs()
    {
        QFETCH(QString, language);
        const QString qm = u":/i18n/canopy_%1.qm"_s.arg(language);
        QVERIFY2(QFile::exists(qm), qPrintable(qm + u" is not embedded"_s));
        QTranslator translator;
        QVERIFY2(translator.load(qm), qPrintable(qm));

        QString error;
        const QString tsName = u"canopy_%1.ts"_s.arg(language);
        const QHash<QString, TsMessage> ts = readTs(TestSupport::sourceDir() + u"/translations/"_s + tsName, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<TsMessage> sentences;
        QList<TsMessage> plurals;
        for (const TsMessage &message : ts) {
            if (!message.finished || message.forms.isEmpty() || message.forms.constFirst().isEmpty())
                continue;
            if (message.numerus)
                plurals.append(message);
            else if (message.source.count(u' ') >= 2)
                sentences.append(message);
        }
        const auto byKey = [](const TsMessage &a, const TsMessage &b) {
            return std::tie(a.context, a.source, a.comment) < std::tie(b.context, b.source, b.comment);
        };
        std::sort(sentences.begin(), sentences.end(), byKey);
        std::sort(plurals.begin(), plurals.end(), byKey);
        QVERIFY2(sentences.size() >= 10 && !plurals.isEmpty(),
            qPrintable(u"%1 has %2 finished sentences and %3 finished plural messages: not enough to check (is it "
                       "translated yet?)"_s.arg(tsName)
                           .arg(sentences.size())
                           .arg(plurals.size())));
        QList<TsMessage> sample;
        const qsizetype step = sentences.size() / 10;
        for (int i = 0; i < 10; ++i)
            sample.append(sentences.at(i * step));
        sample.append(plurals.at(plurals.size() / 2));

        for (const TsMessage &message : std::as_const(sample)) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const QString where = tsName + u": "_s + message.context + u" | "_s + message.source;
            // n = 1 reads the first form (singular in German and Spanish; Chinese has one form).
            const QString translated = translator.translate(
                context.constData(), source.constData(), comment.isEmpty() ? nullptr : comment.constData(), 1);
            QVERIFY2(translated == message.forms.constFirst(),
                qPrintable(where + u"\n  .qm: "_s + translated + u"\n  .ts: "_s + message.forms.constFirst()));
            QVERIFY2(translated != message.source, qPrintable(where + u" is not translated"_s));
            if (message.numerus && message.forms.size() > 1) {
                const QString many = translator.translate(
                    context.constData(), source.constData(), comment.isEmpty() ? nullptr : comment.constData(), 5);
                QCOMPARE(many, message.forms.at(1));
            }
        }
    }

    // ./scripts/test fails while a translation is incomplete or keeps what the sources lost.
    void noUnfinishedOrObsoleteEntries()
    {
        QStringList problems;
        for (const QString &language : FullLanguages) {
            QString error;
            const QString tsName = u"canopy_%1.ts"_s.arg(language);
            const QHash<QString, TsMessage> ts
                = readTs(TestSupport::sourceDir() + u"/translations/"_s + tsName, &error);
            QVERIFY2(error.isEmpty(), qPrintable(tsName + u": "_s + error));
            int unfinished = 0;
            int obsolete = 0;
            for (const TsMessage &message : ts) {
                if (message.obsolete)
                    ++obsolete;
                else if (!message.finished)
                    ++unfinished;
            }
            if (unfinished > 0 || obsolete > 0)
                problems.append(u"%1: %2 unfinished, %3 obsolete of %4 messages"_s.arg(tsName)
                                    .arg(unfinished)
                                    .arg(obsolete)
                                    .arg(ts.size()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    void pluralCount_data()
    {
        QTest::addColumn<quint64>("count");
        QTest::addColumn<int>("n");
        QTest::newRow("small counts unchanged") << quint64(1) << 1;
        QTest::newRow("INT_MAX unchanged") << quint64(INT_MAX) << INT_MAX;
        QTest::newRow("past INT_MAX: leading group and last three digits kept")
            << quint64(12'345'678'901) << 12'000'901;
        QTest::newRow("2^64-1") << quint64(18'446'744'073'709'551'615ULL) << 18'000'615;
        QTest::newRow("exactly a power of 1000") << quint64(1'000'000'000'000ULL) << 1'000'000;
    }

    void pluralCount()
    {
        QFETCH(quint64, count);
        QFETCH(int, n);
        QCOMPARE(Canopy::pluralCount(count), n);
        // What Qt's plural rules look at stays the same.
        QCOMPARE(quint64(n) % 100, count % 100);
        quint64 lead = count;
        while (lead >= 1000)
            lead /= 1000;
        int nLead = n;
        while (nLead >= 1000)
            nLead /= 1000;
        QCOMPARE(quint64(nLead), lead);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
