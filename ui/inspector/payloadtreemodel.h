// SPDX-License-Identifier: MIT
#pragma once

// A decoded document (JSON, CBOR, MessagePack: PayloadTree) for a tree view: key, value and type of every value, with
// the document's root as the one top-level row. Rows are made when the view asks for them: a million-element array
// costs the rows on screen. Text is shown through Canopy::visibleText(); PathRole gives a node's JSONPath
// ($.sensors[0].temp), which is what copying a node copies.

#include "payload/payloadtree.h"

#include <QAbstractItemModel>

#include <memory>

class PayloadTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: $.a[0]
        SubtreeRole, // QString: the value as compact text (JSON, or CBOR diagnostic notation)
    };
    static constexpr int ValueCharacters = 500; // a value cell shows at most this many characters

    explicit PayloadTreeModel(QObject *parent = nullptr);

    // isCbor: tags get their names ("tag 1 (epoch time)").
    void setTree(std::shared_ptr<const PayloadTree> tree, bool isCbor = false);
    const std::shared_ptr<const PayloadTree> &tree() const { return m_tree; }
    quint32 node(const QModelIndex &index) const;
    QModelIndex indexOf(quint32 node, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const PayloadTree> m_tree;
    bool m_cbor = false;
};
