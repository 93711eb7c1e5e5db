// SPDX-License-Identifier: MIT
#include "common/translations.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Canopy {
namespace {
const QString Folder = u":/i18n"_s;
const QString Name = u"canopy"_s;

bool install(QCoreApplication *app, QTranslator *translator, bool loaded)
{
    if (!loaded || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    translator->setParent(app);
    return true;
}
} // namespace

bool installEnglishPlurals(QCoreApplication *app)
{
    auto *translator = new QTranslator;
    return install(app, translator, translator->load(Name + u"_en"_s, Folder));
}

bool installTranslation(QCoreApplication *app, const QLocale &locale)
{
    auto *translator = new QTranslator;
    const bool loaded = translator->load(locale, Name, u"_"_s, Folder);
    // The first of the locale's languages that Canopy has; English is installed already.
    if (loaded && QLocale(translator->language()).language() == QLocale::English) {
        delete translator;
        return false;
    }
    return install(app, translator, loaded);
}

} // namespace Canopy
