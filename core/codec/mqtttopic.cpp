// SPDX-License-Identifier: MIT
#include "codec/mqtttopic.h"

#include "codec/mqttwire.h"

#include <QCoreApplication>

namespace Mqtt {
namespace {

constexpr QStringView SharePrefix = u"$share/";

// No U+0000, no unpaired surrogate, and short enough for a UTF-8 Encoded String.
bool isEncodableString(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0)
            return false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 == size || !QChar::isLowSurrogate(text[i + 1].unicode()))
                return false;
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return false;
        }
    }
    return Wire::utf8Length(text, Wire::MaximumStringBytes + 1) <= Wire::MaximumStringBytes;
}

bool isValidPlainFilter(QStringView filter)
{
    const qsizetype size = filter.size();
    if (size == 0)
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = filter[i];
        const bool levelStart = i == 0 || filter[i - 1] == u'/';
        if (c == u'#') {
            if (!levelStart || i != size - 1)
                return false;
        } else if (c == u'+') {
            if (!levelStart || (i + 1 < size && filter[i + 1] != u'/'))
                return false;
        }
    }
    return true;
}

// The filter after "$share/{ShareName}/", or a null view when filter is not a well-formed shared subscription.
QStringView sharedInnerFilter(QStringView filter, QStringView *shareName = nullptr)
{
    const QStringView rest = filter.sliced(SharePrefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    if (slash <= 0)
        return {};
    if (shareName)
        *shareName = rest.first(slash);
    const QStringView inner = rest.sliced(slash + 1);
    return inner.isEmpty() ? QStringView() : inner;
}

QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("Mqtt", text, nullptr, n);
}

bool isWildcardLevel(QStringView level, char16_t wildcard)
{
    return level.size() == 1 && level[0] == wildcard;
}

} // namespace

bool isValidTopicName(QStringView topic)
{
    if (topic.isEmpty() || topic.contains(u'+') || topic.contains(u'#'))
        return false;
    return isEncodableString(topic);
}

bool isValidTopicFilter(QStringView filter)
{
    if (!isEncodableString(filter))
        return false;
    if (!filter.startsWith(SharePrefix))
        return isValidPlainFilter(filter);
    QStringView shareName;
    const QStringView inner = sharedInnerFilter(filter, &shareName);
    if (inner.isNull() || shareName.contains(u'+') || shareName.contains(u'#'))
        return false;
    return isValidPlainFilter(inner);
}

QString topicNameError(QStringView topic)
{
    if (topic.isEmpty())
        return translated(
            QT_TRANSLATE_NOOP("Mqtt", "A message needs a topic: a topic name must not be empty [MQTT-4.7.3-1]."));
    const qsizetype size = topic.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = topic[i].unicode();
        if (c == u'+' || c == u'#') {
            return translated(QT_TRANSLATE_NOOP("Mqtt",
                                  "The topic contains the wildcard %1 at character %2; wildcards (+ and #) are for "
                                  "subscriptions only, a message needs a topic without them [MQTT-3.3.2-2]."))
                .arg(QChar(c))
                .arg(i + 1);
        }
        if (c == 0) {
            return translated(QT_TRANSLATE_NOOP("Mqtt",
                                  "The topic contains a NUL character (U+0000) at character %1, which MQTT forbids in "
                                  "topics [MQTT-4.7.3-2]."))
                .arg(i + 1);
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(topic[i + 1].unicode())) {
            ++i;
        } else if (QChar::isSurrogate(c)) {
            return translated(
                QT_TRANSLATE_NOOP("Mqtt",
                    "The topic contains half of a UTF-16 surrogate pair at character %1, which has no UTF-8 "
                    "form [MQTT-1.5.4-1]."))
                .arg(i + 1);
        }
    }
    const qsizetype bytes = Wire::utf8Length(topic, Wire::MaximumStringBytes + 1);
    if (bytes > Wire::MaximumStringBytes) {
        const qsizetype exact = topic.toUtf8().size(); // only for the sentence: a rare, already refused topic
        return translated(QT_TRANSLATE_N_NOOP("Mqtt",
                              "The topic takes %n byte(s) in UTF-8; a topic may take at most 65,535 [MQTT-4.7.3-3]."),
            int(exact));
    }
    return {};
}

QString topicNameWarning(QStringView topic)
{
    if (topic.isEmpty())
        return {};
    if (topic.startsWith(u'/') || topic.endsWith(u'/') || topic.contains(u"//")) {
        return translated(QT_TRANSLATE_NOOP("Mqtt",
            "The topic has an empty level (a leading, trailing or double /): MQTT allows it, but it is another "
            "topic than the one without it."));
    }
    if (topic.front().isSpace() || topic.back().isSpace())
        return translated(QT_TRANSLATE_NOOP("Mqtt",
            "The topic begins or ends with a space: MQTT allows it, but it is another topic than the one without it."));
    if (topic.startsWith(u'$'))
        return translated(QT_TRANSLATE_NOOP("Mqtt",
            "Topics that begin with $ are reserved for the broker ($SYS); most brokers ignore or refuse messages "
            "published to them."));
    return {};
}

QStringView sharedSubscriptionName(QStringView filter)
{
    if (!filter.startsWith(SharePrefix))
        return {};
    QStringView shareName;
    return sharedInnerFilter(filter, &shareName).isNull() ? QStringView() : shareName;
}

bool topicMatches(QStringView filter, QStringView topic)
{
    if (filter.startsWith(SharePrefix)) {
        filter = sharedInnerFilter(filter);
        if (filter.isNull())
            return false;
    }
    if (filter.isEmpty() || topic.isEmpty())
        return false;
    if (topic.startsWith(u'$') && (filter.startsWith(u'+') || filter.startsWith(u'#')))
        return false;

    qsizetype f = 0;
    qsizetype t = 0;
    for (;;) {
        qsizetype filterEnd = filter.indexOf(u'/', f);
        if (filterEnd < 0)
            filterEnd = filter.size();
        const QStringView filterLevel = filter.sliced(f, filterEnd - f);
        if (isWildcardLevel(filterLevel, u'#'))
            return true;
        qsizetype topicEnd = topic.indexOf(u'/', t);
        if (topicEnd < 0)
            topicEnd = topic.size();
        const QStringView topicLevel = topic.sliced(t, topicEnd - t);
        if (!isWildcardLevel(filterLevel, u'+') && filterLevel != topicLevel)
            return false;
        const bool filterDone = filterEnd == filter.size();
        const bool topicDone = topicEnd == topic.size();
        if (filterDone)
            return topicDone;
        if (topicDone) // "a/#" matches "a": the only way a longer filter can match
            return isWildcardLevel(filter.sliced(filterEnd + 1), u'#');
        f = filterEnd + 1;
        t = topicEnd + 1;
    }
}

} // namespace Mqtt
