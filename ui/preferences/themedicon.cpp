// SPDX-License-Identifier: MIT
#include "preferences/themedicon.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace {
const QString Folder = u":/icons/actions"_s;

class SvgColorEngine : public QIconEngine {
public:
    explicit SvgColorEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(coloured(mode));
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        // Qt 6.4's QIcon passes the size in device pixels already (size * scale); the pixmap says its ratio.
        const QSize pixels = size;
        if (pixels.isEmpty())
            return {};
        const QByteArray svg = coloured(mode);
        const QString key = QString::number(qHash(svg)) + u'/' + QString::number(pixels.width()) + u'x'
            + QString::number(pixels.height());
        if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
            return *cached;
        QPixmap pixmap(pixels);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QSvgRenderer(svg).render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        if (m_cache.size() > 32)
            m_cache.clear(); // a few sizes in a few colours; a theme change leaves the old ones behind
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new SvgColorEngine(m_svg); }
    QString key() const override { return u"canopy-themed-svg"_s; }

private:
    QByteArray coloured(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        QByteArray svg = m_svg;
        return svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    }

    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};
} // namespace

namespace ThemedIcon {

QIcon icon(const QString &name)
{
    QFile file(Folder + u'/' + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgColorEngine(file.readAll()));
}

QStringList names()
{
    QStringList list;
    const QStringList files = QDir(Folder).entryList({ u"*.svg"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        list.append(file.chopped(4));
    return list;
}

} // namespace ThemedIcon
