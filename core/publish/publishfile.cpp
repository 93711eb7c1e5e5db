// SPDX-License-Identifier: MIT
#include "publish/publishfile.h"

#include <QJsonDocument>
#include <QUtf8StringView>

using namespace Qt::StringLiterals;

std::optional<QJsonObject> PublishFile::parse(
    const QByteArray &bytes, const QString &format, const QString &formatWords, InputError *error, QString *text)
{
    *error = {};
    if (bytes.size() > MaximumBytes) {
        error->sentence
            = tr("The file is larger than %1 MB; it cannot be a %2.").arg(MaximumBytes >> 20).arg(formatWords);
        return std::nullopt;
    }
    if (!QUtf8StringView(bytes).isValidUtf8()) {
        error->sentence = tr("The file is not UTF-8 text, so it cannot be a %1.").arg(formatWords);
        return std::nullopt;
    }
    *text = QString::fromUtf8(bytes);
    if (const InputError syntax = JsonText::validate(*text); syntax.isError()) {
        *error = syntax;
        error->sentence = tr("The file is not valid JSON at %1: %2")
                              .arg(InputError::placeText(syntax.line, syntax.column), syntax.sentence);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        *error = locate(*text, {}, tr("The file holds JSON but not an object, so it is not a %1.").arg(formatWords));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.value(u"format"_s).toString() != format) {
        *error = locate(*text, object.contains(u"format"_s) ? JsonPath { u"format"_s } : JsonPath {},
            tr("The file is not a %1: it lacks \"format\": \"%2\".").arg(formatWords, format));
        return std::nullopt;
    }
    const QJsonValue version = object.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt())) {
        *error = locate(*text, object.contains(u"version"_s) ? JsonPath { u"version"_s } : JsonPath {},
            tr("The file has no valid \"version\" (a whole number from 1)."));
        return std::nullopt;
    }
    if (version.toInt() > Version) {
        *error = locate(*text, { u"version"_s },
            tr("The file was written by a newer Canopy (version %1 of the format; this one reads %2): update "
               "Canopy to read it.")
                .arg(version.toInt())
                .arg(Version));
        return std::nullopt;
    }
    return object;
}

InputError PublishFile::locate(const QString &text, const JsonPath &path, const QString &sentence)
{
    const qsizetype offset = std::max<qsizetype>(JsonText::valueOffset(text, path), 0);
    InputError error = InputError::at(text, offset, QString());
    const QString place = InputError::placeText(error.line, error.column);
    error.sentence = path.isEmpty() ? tr("%1 (%2)").arg(sentence, place)
                                    : tr("%1 (%2, at %3)").arg(sentence, place, JsonText::pathText(path));
    return error;
}

QByteArray PublishFile::write(const QString &format, const QJsonObject &members)
{
    QJsonObject object = members;
    object.insert(u"format"_s, format);
    object.insert(u"version"_s, Version);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}
