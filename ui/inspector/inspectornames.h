// SPDX-License-Identifier: MIT
#pragma once

// Object names of the inspector's widgets. The Message tab and the History tab's preview show a message with the
// same widgets; the preview's names carry a prefix ("historyPayloadText" beside "payloadText") so that every
// name in the window is unique and tests find what they mean.

#include <QString>

namespace InspectorNames {

inline QString childName(const QString &prefix, const QString &name)
{
    if (prefix.isEmpty())
        return name;
    return prefix + name.at(0).toUpper() + name.mid(1);
}

} // namespace InspectorNames
