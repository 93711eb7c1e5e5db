// SPDX-License-Identifier: MIT
// The payload views as they render (offscreen widgets, no broker), one row per format and clause of issue 9: what
// Auto shows, what a chosen view shows, and the fallback with the reason in words when a view cannot read the
// payload (JSON that is not, CBOR that is not, an image that is not one); NaN and Infinity; 10,000 levels of
// nesting; a million-element array decoded off the GUI thread; CBOR tags; real PNG, JPEG, BMP and GIF images; and
// a truncated payload saying so in every view.

#include "common/translations.h"
#include "inspector/pagedtextview.h"
#include "inspector/payloadpane.h"
#include "inspector/payloadtreemodel.h"
#include "inspector/rowview.h"
#include "protobufwire.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCborMap>
#include <QCborValue>
#include <QComboBox>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PayloadView)

namespace {
QByteArray imageBytes(const char *format)
{
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

StoredMessage message(const QByteArray &payload, const QString &contentType = QString())
{
    StoredMessage m;
    m.payload = payload;
    m.originalSize = payload.size();
    if (!contentType.isEmpty()) {
        Mqtt::Properties p;
        p.contentType = contentType;
        m.properties = std::make_shared<const Mqtt::Properties>(p);
    }
    return m;
}
} // namespace

class TestPayloadPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Canopy::installEnglishPlurals(QCoreApplication::instance())); }
    void views_data();
    void views();
    void deepNestingOpensOnlyTheTop();
    void millionElementsOffTheGuiThread();
    void truncatedSaysSoInEveryView();
    void sparkplugOnItsTopic();
};

void TestPayloadPane::views_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("choice");
    QTest::addColumn<PayloadView>("shown");
    QTest::addColumn<QString>("notice"); // what the notice starts with ("" for none)
    QTest::addColumn<QString>("text"); // what a text view shows (start), or the tree's root value

    const int automatic = PayloadPane::AutoView;
    QTest::newRow("text: UTF-8, auto") << QByteArray("hello\nworld") << QString() << automatic << PayloadView::Text
                                       << QString() << u"hello\nworld"_s;
    QTest::newRow("text: invalid UTF-8 marked, not dropped")
        << QByteArray("caf\xe9 ok") << QString() << int(PayloadView::Text) << PayloadView::Text
        << u"1 byte is not UTF-8"_s << u"caf⟨E9⟩ ok"_s;
    QTest::newRow("text: bidi controls cannot reorder the view")
        << QByteArray("a\xe2\x80\xae"
                      "b")
        << QString() << automatic << PayloadView::Text << QString() << u"a<U+202E>b"_s;
    QTest::newRow("JSON: pretty-printed, auto")
        << QByteArray(R"({"a":[1,2]})") << QString() << automatic << PayloadView::Json << QString()
        << u"{\n  \"a\": [\n    1,\n    2\n  ]\n}\n"_s;
    QTest::newRow("JSON: NaN and Infinity shown as written, with a warning")
        << QByteArray(R"({"v": NaN, "w": Infinity})") << QString() << automatic << PayloadView::Json
        << u"Not strict JSON: NaN at line 1, column 7"_s << u"{\n  \"v\": NaN,"_s;
    QTest::newRow("JSON: claimed by the content type but not JSON: text, and why")
        << QByteArray("temp=21") << u"application/json"_s << automatic << PayloadView::Text
        << u"The content type says JSON, but: Not valid JSON: "_s << u"temp=21"_s;
    QTest::newRow("JSON: chosen on text that is not JSON: text, and why")
        << QByteArray(R"({"a": })") << QString() << int(PayloadView::Json) << PayloadView::Text
        << u"Not valid JSON: expected a value at line 1, column 7. Shown as text instead."_s << u"{\"a\": }"_s;
    QTest::newRow("JSON tree") << QByteArray(R"({"a": {"b": [true]}})") << QString() << int(PayloadView::JsonTree)
                               << PayloadView::JsonTree << QString() << u"{1}"_s;
    QTest::newRow("CBOR: a map with a tag, auto")
        << QByteArray::fromHex("a2647768656ec11a6553f1006474656d70f93e00") << QString() << automatic
        << PayloadView::CborTree << QString() << u"{2}"_s;
    QTest::newRow("CBOR: diagnostic notation")
        << QByteArray::fromHex("a2647768656ec11a6553f1006474656d70f93e00") << QString()
        << int(PayloadView::CborDiagnostic) << PayloadView::CborDiagnostic << QString()
        << u"{\n  \"when\": 1(1700000000),\n  \"temp\": 1.5\n}"_s;
    QTest::newRow("CBOR: claimed but not CBOR: hex, and why")
        << QByteArray("\xff\xfe", 2) << u"application/cbor"_s << automatic << PayloadView::Hex
        << u"The content type says CBOR, but: Not valid CBOR: "_s << QString();
    QTest::newRow("CBOR: chosen on bytes that are not CBOR: hex, and why")
        << QByteArray("\x83\x01", 2) << QString() << int(PayloadView::CborTree) << PayloadView::Hex
        << u"Not valid CBOR: "_s << QString();
    QTest::newRow("MessagePack, auto") << QByteArray::fromHex("82a161c3a16292c0cb3ff8000000000000") << QString()
                                       << automatic << PayloadView::MsgPackTree << QString() << u"{2}"_s;
    QTest::newRow("MessagePack: chosen on bytes that are not: hex, and why")
        << QByteArray::fromHex("91c1") << QString() << int(PayloadView::MsgPackTree) << PayloadView::Hex
        << u"Not valid MessagePack: "_s << QString();
    QTest::newRow("hex, auto for binary")
        << QByteArray("\x00\x01\x02", 3) << QString() << automatic << PayloadView::Hex << QString() << QString();
    QTest::newRow("base64") << QByteArray("\x00\x01\x02hello", 8) << QString() << int(PayloadView::Base64)
                            << PayloadView::Base64 << QString() << u"AAECaGVsbG8=\n"_s;
    QTest::newRow("image: PNG, auto") << imageBytes("PNG") << QString() << automatic << PayloadView::Image
                                      << u"PNG image, 4 × 3 pixels"_s << QString();
    QTest::newRow("image: JPEG, auto") << imageBytes("JPEG") << QString() << automatic << PayloadView::Image
                                       << u"JPEG image, 4 × 3 pixels"_s << QString();
    QTest::newRow("image: BMP, auto") << imageBytes("BMP") << QString() << automatic << PayloadView::Image
                                      << u"BMP image, 4 × 3 pixels"_s << QString();
    QTest::newRow("image: GIF, auto") << QByteArray::fromHex(
        "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")
                                      << QString() << automatic << PayloadView::Image << u"GIF image, 1 × 1 pixels"_s
                                      << QString();
    QTest::newRow("image: PNG magic but not an image: hex, and why")
        << QByteArray("\x89PNG\r\n\x1a\nthis is no image", 24) << QString() << automatic << PayloadView::Hex
        << u"Not an image Qt can read: "_s << QString();
    QTest::newRow("image: chosen on text: hex, and why")
        << QByteArray("plain text") << QString() << int(PayloadView::Image) << PayloadView::Hex
        << u"Not an image Qt can read: "_s << QString();
    const QByteArray webp = QByteArray::fromBase64("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    if (QImageReader::supportedImageFormats().contains("webp"))
        QTest::newRow("image: WebP, auto")
            << webp << QString() << automatic << PayloadView::Image << u"WEBP image, 1 × 1 pixels"_s << QString();
    else
        QTest::newRow("image: WebP without Qt's WebP plugin: hex, and why")
            << webp << QString() << automatic << PayloadView::Hex
            << u"This installation of Qt cannot read WebP images (its image format plugin is missing)."_s << QString();
    QTest::newRow("protobuf: by content type, raw")
        << ProtobufWire::number(1, 150) + ProtobufWire::bytes(2, "ok") << u"application/x-protobuf"_s << automatic
        << PayloadView::Protobuf << QString() << u"{2}"_s;
    QTest::newRow("protobuf: chosen, not protobuf: hex, and why")
        << QByteArray::fromHex("0f") << QString() << int(PayloadView::Protobuf) << PayloadView::Hex
        << u"Not valid Protocol Buffers: wire type 7 does not exist at byte 0."_s << QString();
    QTest::newRow("empty payload") << QByteArray() << QString() << automatic << PayloadView::Text << QString()
                                   << QString();
}

void TestPayloadPane::views()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, contentType);
    QFETCH(int, choice);
    QFETCH(PayloadView, shown);
    QFETCH(QString, notice);
    QFETCH(QString, text);

    PayloadPane pane { QString() };
    pane.resize(600, 400);
    pane.show();
    pane.setMessage(message(payload, contentType), choice, false);
    QVERIFY(!pane.isBusy()); // small payloads decode at once
    QCOMPARE(PayloadDetector::viewKey(pane.shownView()), PayloadDetector::viewKey(shown));
    if (notice.isEmpty())
        QVERIFY2(pane.notice().isEmpty(), qPrintable(pane.notice()));
    else
        QVERIFY2(pane.notice().startsWith(notice), qPrintable(pane.notice()));
    switch (shown) {
    case PayloadView::Text:
    case PayloadView::Json:
    case PayloadView::Base64:
    case PayloadView::CborDiagnostic:
        QVERIFY2(pane.currentText().startsWith(text), qPrintable(pane.currentText()));
        QCOMPARE(pane.textView()->editor()->toPlainText(), pane.currentText());
        break;
    case PayloadView::JsonTree:
    case PayloadView::CborTree:
    case PayloadView::MsgPackTree:
    case PayloadView::Protobuf:
    case PayloadView::SparkplugB:
        QCOMPARE(pane.treeModel()->index(0, PayloadTreeModel::ValueColumn).data().toString(), text);
        break;
    case PayloadView::Hex:
        QCOMPARE(pane.hexView()->model()->rowCount(), (payload.size() + 15) / 16);
        break;
    case PayloadView::Image:
        QVERIFY(!pane.imageLabel()->pixmap().isNull());
        break;
    }
    // The selector says what Auto picked, and which view is chosen.
    QCOMPARE(pane.selector()->itemText(0), u"Auto (%1)"_s.arg(PayloadDetector::viewName(pane.detectedView())));
    QCOMPARE(pane.selector()->currentData().toInt(), choice);
}

void TestPayloadPane::deepNestingOpensOnlyTheTop()
{
    QByteArray json(10000, '[');
    json += "\"bottom\"" + QByteArray(10000, ']');
    PayloadPane pane { QString() };
    pane.show();
    pane.setMessage(message(json), int(PayloadView::JsonTree), false);
    QCOMPARE(pane.shownView(), PayloadView::JsonTree);
    const PayloadTreeModel *model = pane.treeModel();
    QModelIndex index = model->index(0, 0);
    for (int level = 0; level < 10000; ++level) {
        QCOMPARE(model->rowCount(index), 1);
        index = model->index(0, 0, index);
    }
    QCOMPARE(index.siblingAtColumn(PayloadTreeModel::ValueColumn).data().toString(), u"\"bottom\""_s);
    QVERIFY(pane.treeView()->isExpanded(model->index(0, 0)));
    // The pretty view pages it (indentation stops growing, so each line stays short).
    pane.setMessage(message(json), int(PayloadView::Json), false);
    QCOMPARE(pane.shownView(), PayloadView::Json);
    QVERIFY(pane.currentText().size() < 400 * 1024);
}

void TestPayloadPane::millionElementsOffTheGuiThread()
{
    QByteArray json = "[";
    for (int i = 0; i < 1000000; ++i)
        json += (i ? "," : "") + QByteArray::number(i % 10);
    json += ']';
    QVERIFY(json.size() > PayloadPane::SyncLimit);
    PayloadPane pane { QString() };
    pane.show();
    QSignalSpy shown(&pane, &PayloadPane::shown);
    pane.setMessage(message(json), int(PayloadView::JsonTree), false);
    QVERIFY(pane.isBusy());
    QVERIFY2(pane.notice().startsWith(u"Reading "_s), qPrintable(pane.notice()));
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isBusy(), 30000);
    QCOMPARE(pane.shownView(), PayloadView::JsonTree);
    QCOMPARE(pane.treeModel()->rowCount(pane.treeModel()->index(0, 0)), 1000000);
    QVERIFY(pane.notice().isEmpty());
    // A newer message while a decode runs: the old result is dropped.
    pane.setMessage(message(json), int(PayloadView::JsonTree), false);
    QVERIFY(pane.isBusy());
    pane.setMessage(message("[1]"), int(PayloadView::JsonTree), false);
    QVERIFY(!pane.isBusy());
    QTest::qWait(200);
    QCOMPARE(pane.treeModel()->rowCount(pane.treeModel()->index(0, 0)), 1);
}

void TestPayloadPane::truncatedSaysSoInEveryView()
{
    StoredMessage m = message(QByteArray("{\"a\": [1, 2, 3") + QByteArray(2000, ' '));
    m.truncated = true;
    m.originalSize = 5 * 1024 * 1024;
    PayloadPane pane { QString() };
    pane.show();
    auto *banner = pane.findChild<QLabel *>(u"payloadTruncated"_s);
    QVERIFY(banner);
    for (PayloadView view : PayloadDetector::allViews()) {
        pane.setMessage(m, int(view), false);
        QVERIFY2(banner->isVisible(), qPrintable(PayloadDetector::viewName(view)));
        QVERIFY2(banner->text().startsWith(u"Payload truncated: the store kept the first 2.0 KiB of 5.0 MiB"_s)
                || banner->text().startsWith(u"Payload truncated: the store kept the first "_s),
            qPrintable(banner->text()));
    }
    // Decoders say why they cannot read a cut document.
    pane.setMessage(m, int(PayloadView::JsonTree), false);
    QVERIFY2(pane.notice().startsWith(u"The payload is cut at "_s), qPrintable(pane.notice()));
    pane.setMessage(message("not cut"), PayloadPane::AutoView, false);
    QVERIFY(!banner->isVisible());
}

// A Sparkplug B payload on a spBv1.0/ topic opens as Sparkplug B: metrics by name, values by their data type.
void TestPayloadPane::sparkplugOnItsTopic()
{
    using namespace ProtobufWire;
    const QByteArray payload
        = number(1, 1'700'000'000'000) + metric("Tank/Level", 10, float64(13, 73.25)) + number(3, 4);
    PayloadPane pane { QString() };
    pane.resize(600, 400);
    pane.show();
    QAbstractItemModelTester tester(pane.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setMessage(message(payload), PayloadPane::AutoView, false, u"spBv1.0/site/DDATA/edge1/tank"_s);
    QCOMPARE(pane.shownView(), PayloadView::SparkplugB);
    QCOMPARE(pane.selector()->itemText(0), u"Auto (Sparkplug B)"_s);
    const PayloadTreeModel *model = pane.treeModel();
    const QModelIndex root = model->index(0, 0);
    QStringList keys;
    for (int row = 0; row < model->rowCount(root); ++row)
        keys << model->index(row, 0, root).data().toString();
    QCOMPARE(keys, (QStringList { u"timestamp"_s, u"metrics"_s, u"seq"_s }));
    const QModelIndex metric = model->index(0, 0, model->index(1, 0, root));
    QStringList values;
    for (int row = 0; row < model->rowCount(metric); ++row)
        values << model->index(row, PayloadTreeModel::ValueColumn, metric).data().toString();
    QCOMPARE(values, (QStringList { u"\"Tank/Level\""_s, u"\"Double\""_s, u"73.25"_s }));
    // The same bytes on another topic are binary: hex.
    pane.setMessage(message(payload), PayloadPane::AutoView, false, u"site/tank"_s);
    QCOMPARE(pane.shownView(), PayloadView::Hex);
}

QTEST_MAIN(TestPayloadPane)
#include "tst_payloadpane.moc"
