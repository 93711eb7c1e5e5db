// SPDX-License-Identifier: MIT
#include "payload/treeviewdecoder.h"

#include "payload/cbordecoder.h"
#include "payload/msgpackdecoder.h"
#include "payload/protobufdecoder.h"

using namespace Qt::StringLiterals;

namespace {
template<class DecoderResult>
TreeViewDecoder::Result take(const DecoderResult &result)
{
    return TreeViewDecoder::Result { result.valid, result.cancelled, result.error, result.tree };
}
} // namespace

bool TreeViewDecoder::reads(PayloadView view)
{
    return !formatName(view).isEmpty();
}

TreeViewDecoder::Result TreeViewDecoder::decode(
    const QByteArray &bytes, PayloadView view, const std::atomic<bool> *cancel)
{
    switch (view) {
    case PayloadView::CborTree: {
        CborDecoder::Options options;
        options.diagnostic = false;
        options.cancel = cancel;
        return take(CborDecoder::decode(bytes, options));
    }
    case PayloadView::MsgPackTree:
        return take(MsgPackDecoder::decode(bytes, true, cancel));
    case PayloadView::Protobuf:
        return take(ProtobufDecoder::decode(bytes, ProtobufDecoder::Schema::Raw, true, cancel));
    case PayloadView::SparkplugB:
        return take(ProtobufDecoder::decode(bytes, ProtobufDecoder::Schema::SparkplugB, true, cancel));
    default:
        return {};
    }
}

QString TreeViewDecoder::formatName(PayloadView view)
{
    switch (view) {
    case PayloadView::CborTree:
        return u"CBOR"_s;
    case PayloadView::MsgPackTree:
        return u"MessagePack"_s;
    case PayloadView::Protobuf:
        return u"Protocol Buffers"_s;
    case PayloadView::SparkplugB:
        return u"Sparkplug B"_s;
    default:
        return {};
    }
}
