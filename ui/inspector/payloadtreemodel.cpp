// SPDX-License-Identifier: MIT
#include "inspector/payloadtreemodel.h"

#include "common/displaytext.h"
#include "payload/cbordecoder.h"

#include <QLocale>

using namespace Qt::StringLiterals;

PayloadTreeModel::PayloadTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void PayloadTreeModel::setTree(std::shared_ptr<const PayloadTree> tree, bool isCbor)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_cbor = isCbor;
    endResetModel();
}

quint32 PayloadTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? quint32(index.internalId()) : PayloadTree::NoNode;
}

QModelIndex PayloadTreeModel::indexOf(quint32 n, int column) const
{
    if (!m_tree || n >= m_tree->size())
        return {};
    const int row = m_tree->parent(n) == PayloadTree::NoNode ? 0 : m_tree->row(n);
    return createIndex(row, column, quintptr(n));
}

QModelIndex PayloadTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || m_tree->isEmpty() || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const quint32 p = node(parent);
    if (row >= m_tree->childCount(p))
        return {};
    return createIndex(row, column, quintptr(m_tree->child(p, row)));
}

QModelIndex PayloadTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_tree)
        return {};
    const quint32 p = m_tree->parent(node(child));
    return p == PayloadTree::NoNode ? QModelIndex() : indexOf(p);
}

int PayloadTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || m_tree->isEmpty())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return m_tree->childCount(node(parent));
}

int PayloadTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool PayloadTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant PayloadTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_tree)
        return {};
    const quint32 n = node(index);
    const quint32 p = m_tree->parent(n);
    switch (role) {
    case PathRole:
        return m_tree->path(n);
    case SubtreeRole:
        return m_tree->subtreeText(n);
    case Qt::ToolTipRole:
        // Always rich text, escaped: broker text never reads as markup.
        return QString(
            u"<p style='white-space:pre'>"_s + Canopy::visibleText(m_tree->path(n)).toHtmlEscaped() + u"</p>"_s);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case KeyColumn:
        if (p == PayloadTree::NoNode)
            return u"$"_s;
        if (m_tree->type(p) == PayloadTree::Type::Array)
            return QString(u'[' + QString::number(index.row()) + u']');
        if (m_tree->type(p) == PayloadTree::Type::Tag)
            return tr("(tagged value)");
        return Canopy::visibleText(m_tree->key(n));
    case ValueColumn: {
        if (m_tree->type(n) == PayloadTree::Type::Tag)
            return m_tree->valueText(n);
        QString value = m_tree->valueText(n);
        if (value.size() > ValueCharacters)
            value = QString(value.left(ValueCharacters) + u'…');
        if (m_tree->type(n) == PayloadTree::Type::String)
            value = u'"' + value + u'"';
        return Canopy::visibleText(value);
    }
    case TypeColumn:
        if (m_tree->type(n) == PayloadTree::Type::Tag && m_cbor) {
            const QString name = CborDecoder::tagName(m_tree->valueText(n).toULongLong());
            return name.isEmpty() ? tr("tag") : tr("tag (%1)").arg(name);
        }
        return PayloadTree::typeName(m_tree->type(n));
    default:
        return {};
    }
}

QVariant PayloadTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}
