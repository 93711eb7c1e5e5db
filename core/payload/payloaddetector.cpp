// SPDX-License-Identifier: MIT
#include "payload/payloaddetector.h"

#include "payload/cbordecoder.h"
#include "payload/jsonparser.h"
#include "payload/msgpackdecoder.h"
#include "payload/payloadformat.h"
#include "payload/protobufdecoder.h"

using namespace Qt::StringLiterals;

namespace {

enum class Declared : quint8 { Nothing, Json, Cbor, MsgPack, Protobuf, Image, Text, Binary };

Declared declaredType(const Mqtt::Properties *properties)
{
    if (!properties || !properties->contentType)
        return Declared::Nothing;
    QString type = properties->contentType->trimmed().toLower();
    const qsizetype semicolon = type.indexOf(u';');
    if (semicolon >= 0)
        type = type.first(semicolon).trimmed();
    if (type == u"application/json" || type == u"text/json" || type.endsWith(u"+json"))
        return Declared::Json;
    if (type == u"application/cbor" || type.endsWith(u"+cbor"))
        return Declared::Cbor;
    if (type == u"application/msgpack" || type == u"application/x-msgpack" || type == u"application/vnd.msgpack")
        return Declared::MsgPack;
    if (type == u"application/x-protobuf" || type == u"application/protobuf"
        || type == u"application/vnd.google.protobuf" || type == u"application/octet-stream+protobuf")
        return Declared::Protobuf;
    if (type.startsWith(u"image/"))
        return Declared::Image;
    if (type.startsWith(u"text/"))
        return Declared::Text;
    if (type == u"application/octet-stream")
        return Declared::Binary;
    return Declared::Nothing;
}

bool cborContainerStart(uchar first)
{
    return first >= 0x80 && first <= 0xdb; // arrays, maps, tags
}

bool msgPackContainerStart(uchar first)
{
    return (first >= 0x80 && first <= 0x9f) || (first >= 0xdc && first <= 0xdf) || (first >= 0xc7 && first <= 0xc9)
        || (first >= 0xd4 && first <= 0xd8);
}

} // namespace

PayloadDetector::ImageFormat PayloadDetector::imageFormat(QByteArrayView p)
{
    if (p.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)))
        return ImageFormat::Png;
    if (p.size() >= 3 && uchar(p[0]) == 0xFF && uchar(p[1]) == 0xD8 && uchar(p[2]) == 0xFF)
        return ImageFormat::Jpeg;
    if (p.startsWith("GIF87a") || p.startsWith("GIF89a"))
        return ImageFormat::Gif;
    if (p.size() >= 12 && p.startsWith("RIFF") && p.sliced(8, 4) == "WEBP")
        return ImageFormat::WebP;
    // "BM", the file size, two reserved 16-bit zeros: text that starts with "BM" does not have the zeros.
    if (p.size() >= 26 && p.startsWith("BM") && p[6] == 0 && p[7] == 0 && p[8] == 0 && p[9] == 0)
        return ImageFormat::Bmp;
    return ImageFormat::None;
}

QString PayloadDetector::imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return u"PNG"_s;
    case ImageFormat::Jpeg:
        return u"JPEG"_s;
    case ImageFormat::Gif:
        return u"GIF"_s;
    case ImageFormat::Bmp:
        return u"BMP"_s;
    case ImageFormat::WebP:
        return u"WebP"_s;
    case ImageFormat::None:
        break;
    }
    return {};
}

PayloadDetector::Detection PayloadDetector::detect(
    QByteArrayView payload, bool truncated, const Mqtt::Properties *properties, QStringView topic)
{
    if (payload.isEmpty())
        return { PayloadView::Text, {} };
    if (imageFormat(payload) != ImageFormat::None)
        return { PayloadView::Image, {} };
    const bool small = payload.size() <= FullCheckLimit;
    const QByteArray bytes = small ? payload.toByteArray() : QByteArray();

    // Sparkplug B: its topics carry its payloads.
    if (ProtobufDecoder::isSparkplugTopic(topic) && PayloadFormat::looksBinary(payload)) {
        if (truncated)
            return { PayloadView::Hex, tr("The payload is cut, so it cannot be read as Sparkplug B.") };
        if (!small)
            return { PayloadView::SparkplugB, {} };
        const ProtobufDecoder::Result sparkplug
            = ProtobufDecoder::decode(bytes, ProtobufDecoder::Schema::SparkplugB, false);
        if (sparkplug.valid)
            return { PayloadView::SparkplugB, {} };
        return { PayloadView::Hex, sparkplug.error };
    }

    switch (declaredType(properties)) {
    case Declared::Json:
        if (truncated)
            return { PayloadView::Text,
                tr("The content type says JSON, but the payload is cut, so it cannot be read as JSON.") };
        if (small) {
            const JsonParser::Result json = JsonParser::parse(bytes, false);
            if (!json.valid)
                return { PayloadFormat::looksBinary(payload) ? PayloadView::Hex : PayloadView::Text,
                    tr("The content type says JSON, but: %1").arg(json.error) };
        }
        return { PayloadView::Json, {} };
    case Declared::Cbor:
        if (small && !truncated) {
            CborDecoder::Options options;
            options.tree = false;
            options.diagnostic = false;
            const CborDecoder::Result cbor = CborDecoder::decode(bytes, options);
            if (!cbor.valid)
                return { PayloadView::Hex, tr("The content type says CBOR, but: %1").arg(cbor.error) };
        }
        return { PayloadView::CborTree, {} };
    case Declared::MsgPack:
        if (small && !truncated) {
            const MsgPackDecoder::Result msgpack = MsgPackDecoder::decode(bytes, false);
            if (!msgpack.valid)
                return { PayloadView::Hex, tr("The content type says MessagePack, but: %1").arg(msgpack.error) };
        }
        return { PayloadView::MsgPackTree, {} };
    case Declared::Protobuf:
        if (small && !truncated) {
            const ProtobufDecoder::Result protobuf
                = ProtobufDecoder::decode(bytes, ProtobufDecoder::Schema::Raw, false);
            if (!protobuf.valid)
                return { PayloadView::Hex, tr("The content type says Protocol Buffers, but: %1").arg(protobuf.error) };
        }
        return { PayloadView::Protobuf, {} };
    case Declared::Image:
        return { PayloadView::Image, {} };
    case Declared::Text:
        return { PayloadView::Text, {} };
    case Declared::Binary:
        return { PayloadView::Hex, {} };
    case Declared::Nothing:
        break;
    }

    const bool declaredUtf8 = properties && properties->payloadFormatIndicator == 1;
    if (!PayloadFormat::looksBinary(payload) || declaredUtf8) {
        if (!JsonParser::looksLikeJson(payload))
            return { PayloadView::Text, {} };
        if (truncated)
            return { PayloadView::Text, tr("The payload is cut, so it cannot be read as JSON.") };
        if (small) {
            const JsonParser::Result json = JsonParser::parse(bytes, false);
            if (!json.valid)
                return { PayloadView::Text, json.error };
        }
        return { PayloadView::Json, {} };
    }
    const auto first = uchar(payload[0]);
    if (!small || truncated) {
        // Too large to decode here: only self-described CBOR (tag 55799) is taken for CBOR.
        if (payload.startsWith(QByteArrayView("\xd9\xd9\xf7", 3)))
            return { PayloadView::CborTree, {} };
        return { PayloadView::Hex, {} };
    }
    if (cborContainerStart(first)) {
        CborDecoder::Options options;
        options.tree = false;
        options.diagnostic = false;
        if (CborDecoder::decode(bytes, options).valid)
            return { PayloadView::CborTree, {} };
    }
    if (msgPackContainerStart(first) && MsgPackDecoder::decode(bytes, false).valid)
        return { PayloadView::MsgPackTree, {} };
    return { PayloadView::Hex, {} };
}

QList<PayloadView> PayloadDetector::allViews()
{
    return { PayloadView::Text, PayloadView::Json, PayloadView::JsonTree, PayloadView::Hex, PayloadView::Base64,
        PayloadView::CborTree, PayloadView::CborDiagnostic, PayloadView::MsgPackTree, PayloadView::Protobuf,
        PayloadView::SparkplugB, PayloadView::Image };
}

QString PayloadDetector::viewName(PayloadView view)
{
    switch (view) {
    case PayloadView::Text:
        return tr("Text");
    case PayloadView::Json:
        return tr("JSON");
    case PayloadView::JsonTree:
        return tr("JSON tree");
    case PayloadView::Hex:
        return tr("Hex");
    case PayloadView::Base64:
        return tr("Base64");
    case PayloadView::CborTree:
        return tr("CBOR tree");
    case PayloadView::CborDiagnostic:
        return tr("CBOR diagnostic");
    case PayloadView::MsgPackTree:
        return tr("MessagePack");
    case PayloadView::Image:
        return tr("Image");
    case PayloadView::Protobuf:
        return tr("Protocol Buffers (raw)");
    case PayloadView::SparkplugB:
        return tr("Sparkplug B");
    }
    return {};
}

QString PayloadDetector::viewKey(PayloadView view)
{
    switch (view) {
    case PayloadView::Text:
        return u"text"_s;
    case PayloadView::Json:
        return u"json"_s;
    case PayloadView::JsonTree:
        return u"json-tree"_s;
    case PayloadView::Hex:
        return u"hex"_s;
    case PayloadView::Base64:
        return u"base64"_s;
    case PayloadView::CborTree:
        return u"cbor-tree"_s;
    case PayloadView::CborDiagnostic:
        return u"cbor-diagnostic"_s;
    case PayloadView::MsgPackTree:
        return u"msgpack"_s;
    case PayloadView::Image:
        return u"image"_s;
    case PayloadView::Protobuf:
        return u"protobuf"_s;
    case PayloadView::SparkplugB:
        return u"sparkplug-b"_s;
    }
    return {};
}

bool PayloadDetector::viewFromKey(QStringView key, PayloadView &view)
{
    for (PayloadView candidate : allViews()) {
        if (viewKey(candidate) == key) {
            view = candidate;
            return true;
        }
    }
    return false;
}
