// SPDX-License-Identifier: MIT
#pragma once

// Which view suits a payload, decided cheaply (the inspector asks for every message it shows): an image's magic
// bytes, then Sparkplug B on a spBv1.0/ topic, then the MQTT 5 content type (Protocol Buffers included), then JSON,
// text, CBOR and MessagePack in that order, else hex. Whatever it
// picks is a default the user can switch away from; a view that then fails to decode falls back and says why.
//
// Payloads up to FullCheckLimit are decoded (validated without building a tree); larger ones are judged by their
// first bytes only, and the view that renders them validates off the GUI thread. Pure.

#include "codec/mqttpacket.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

enum class PayloadView : quint8 {
    Text,
    Json, // pretty-printed
    JsonTree,
    Hex,
    Base64,
    CborTree,
    CborDiagnostic,
    MsgPackTree,
    Image,
    Protobuf, // the wire format without a schema, as protoc --decode_raw
    SparkplugB,
};

class PayloadDetector {
    Q_DECLARE_TR_FUNCTIONS(PayloadDetector)
public:
    static constexpr qsizetype FullCheckLimit = 256 * 1024;

    struct Detection {
        PayloadView view = PayloadView::Text;
        QString note; // why not the obvious view, in words ("the payload is cut, so it cannot be read as JSON"); may be
                      // empty
    };
    enum class ImageFormat : quint8 { None, Png, Jpeg, Gif, Bmp, WebP };

    static Detection detect(
        QByteArrayView payload, bool truncated, const Mqtt::Properties *properties = nullptr, QStringView topic = {});
    // The image format that payload's first bytes announce.
    static ImageFormat imageFormat(QByteArrayView payload);
    static QString imageFormatName(ImageFormat format); // "PNG"; empty for None
    // Every view, in the order the view menu lists them, with its name in words ("JSON tree").
    static QList<PayloadView> allViews();
    static QString viewName(PayloadView view);
    // A view's stable name for settings and tests ("json-tree").
    static QString viewKey(PayloadView view);
    static bool viewFromKey(QStringView key, PayloadView &view);
};
